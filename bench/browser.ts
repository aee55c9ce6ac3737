/**
 * The browser the benchmark drives: the system Chromium (scripts/findChromium.mjs) launched as a
 * server so a hung page can be killed, a fresh context per run with a recorder installed before the
 * page's scripts (long tasks, input time stamps), and the page-side primitives every operation is
 * built from: evaluate with a time limit, settle, the longest task in a window, and waiting for the
 * painted frame that shows an input's effect.
 */
import { chromium, type Browser, type BrowserServer, type Page } from "playwright-core";
// @ts-expect-error -- a plain .mjs helper shared with the e2e tests and the screenshot script
import * as chromiumHelpers from "../scripts/findChromium.mjs";
import type { FrameCondition } from "../src/testing/measurement";
import type { ExplorerTestHandle } from "../src/testing/testHandle";
import { log } from "./cli";
import type { PageKind } from "./samples";
import { positiveDuration } from "./stats";

const { CHROMIUM_ARGS, CHROMIUM_INSTALL_HINT, findChromium } = chromiumHelpers as {
  CHROMIUM_ARGS: string[];
  CHROMIUM_INSTALL_HINT: string;
  findChromium(): string | null;
};
export { CHROMIUM_INSTALL_HINT, findChromium };

export const VIEWPORT = { width: 1440, height: 900 };
const BROWSER_ARGS = [...CHROMIUM_ARGS, "--enable-precise-memory-info", "--js-flags=--expose-gc"];

/** With --gpu: the GPU on (the shared flags turn it off), rasterisation and WebGL on it. */
const GPU_ARGS = [
  ...BROWSER_ARGS.filter((arg) => arg !== "--disable-gpu"),
  "--enable-gpu",
  "--enable-gpu-rasterization",
  "--ignore-gpu-blocklist",
  "--enable-webgl",
  "--use-angle=default",
];

/** Renderer names of software WebGL: with one of these there is no GPU to measure. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** The WebGL renderer the page gets ("" without WebGL), and whether it is a hardware GPU. */
export async function gpuRenderer(page: Page): Promise<{ renderer: string; hardware: boolean }> {
  const renderer = await page.evaluate(() => {
    const gl = document.createElement("canvas").getContext("webgl");
    if (!gl) return "";
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  });
  return { renderer, hardware: renderer !== "" && !SOFTWARE_RENDERERS.test(renderer) };
}

/** An operation that passed its time limit (reported as a timeout, not a failure). */
export class Timeout extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  promise.catch(() => {});
  const expiry = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, expiry]).finally(() => clearTimeout(timer));
}

// --- What the pages expose ---------------------------------------------------------------------------

/** What the recorder keeps in each page, and the waits the driver arms there. */
export interface PageRecord {
  /** [startTime, duration] of every long task. */
  longTasks: [number, number][];
  /** When the last input of each kind happened (its timeStamp; performance.now() for the file input). */
  events: Partial<Record<InputKind, number>>;
  frame?: Promise<number | null>;
  panel?: Promise<number | null>;
  /** The painted frame after the page's DOM first met a condition (armDom). */
  dom?: Promise<number | null>;
  /** When the page's DOM first met that condition (before it was painted). */
  domMet?: number;
  /** When the app's measures stopped computing, and how they ended (measuresRun.ts). */
  measures?: Promise<{ at: number; status: string | null } | null>;
}

/** The inputs whose time the recorder keeps ("select": a select's change; "change": a file chosen). */
export type InputKind = "change" | "select" | "mousedown" | "mouseup" | "mousemove" | "wheel";

/**
 * What the page's DOM must show, every part at once: an element matching `selector`, whose text
 * contains `text` when given, and which lies inside its scrolling grid's visible box when `inView`.
 */
export type DomCondition = { selector: string; text?: string; inView?: boolean }[];

/**
 * What the benchmark uses of the app's test handle (src/testing/testHandle.ts) and the baseline's
 * handle (bench/baseline.ts): both have these, so one driver measures both.
 */
/** What the benchmark reads on both pages: the app's test handle and the baseline's alike. */
export type MeasuredHandle = Pick<
  ExplorerTestHandle,
  "nodePagePosition" | "zoom" | "pan" | "positions" | "nextFrame" | "armLoadTimes" | "loadTimes" | "exportPng"
>;

declare global {
  interface Window {
    __bench: PageRecord;
    /** Exposed by --js-flags=--expose-gc. */
    gc?: () => void;
  }
}

export const HANDLES = { app: "__explorer", baseline: "__baseline" } as const;
export type HandleName = (typeof HANDLES)[PageKind];
/** The window as page functions see it: they look the handle up by its name, passed as an argument. */
export type HandleWindow = Window & Record<HandleName, MeasuredHandle>;

// Installed in every page before its scripts: long tasks, and when the inputs of each operation
// happened. It also defines `__name`: tsx compiles this driver with esbuild's keepNames, which wraps
// named functions inside the page functions below in `__name(...)`, a helper the page does not have.
const INIT_SCRIPT = `(() => {
  window.__name ??= (target) => target;
  const bench = { longTasks: [], events: {} };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  addEventListener("change", (e) => {
    if (e.target && e.target.type === "file") bench.events.change = performance.now();
    if (e.target && e.target.tagName === "SELECT") bench.events.select = e.timeStamp;
  }, true);
  for (const type of ["mousedown", "mouseup", "mousemove", "wheel"])
    addEventListener(type, (e) => { bench.events[type] = e.timeStamp; }, true);
})();`;

// --- The browser -------------------------------------------------------------------------------------

/** One Chromium for the whole run, restarted when a page hangs. */
export class Chromium {
  private server: BrowserServer | null = null;
  private browser: Browser | null = null;

  constructor(
    private readonly executablePath: string,
    /** The time limit of one operation. */
    readonly timeoutMs: number,
    /** Launch with the GPU on (--gpu). */
    private readonly gpu = false,
  ) {}

  async version(): Promise<string> {
    return (await this.connected()).version();
  }

  private async connected(): Promise<Browser> {
    if (this.browser?.isConnected()) return this.browser;
    // A server (not a plain launch) so a browser stuck in a page can be killed by its own process id.
    this.server = await chromium.launchServer({
      executablePath: this.executablePath,
      headless: true,
      args: this.gpu ? GPU_ARGS : BROWSER_ARGS,
    });
    this.browser = await chromium.connect(this.server.wsEndpoint());
    return this.browser;
  }

  /** Closes the browser, killing it if it does not close. */
  async close(): Promise<void> {
    try {
      if (this.browser) await withTimeout(this.browser.close(), 10_000, "closing the browser");
    } catch {
      // killed below
    }
    await this.server?.kill().catch(() => {});
    this.browser = null;
    this.server = null;
  }

  /** Opens `url` in a fresh context, runs `body`, closes it (killing the browser if it hangs). */
  async withPage<T>(url: string, kind: PageKind, body: (page: MeasuredPage) => Promise<T>): Promise<T> {
    const context = await (await this.connected()).newContext({ viewport: VIEWPORT });
    await context.addInitScript(INIT_SCRIPT);
    const page = await context.newPage();
    const measured = new MeasuredPage(page, kind, this.timeoutMs);
    page.on("pageerror", (error) => measured.errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") measured.errors.push(message.text());
    });
    try {
      await withTimeout(page.goto(url), 60_000, "opening the page");
      return await body(measured);
    } finally {
      try {
        await withTimeout(context.close(), 15_000, "closing the page");
      } catch {
        log("restarting the browser");
        await this.close();
      }
    }
  }
}

// --- One page ----------------------------------------------------------------------------------------

/** An input's effect on screen: from the input to the painted frame, and the longest task between. */
export interface FrameTiming {
  ms: number;
  start: number;
  end: number;
  longest: number | null;
}

/** A page of the app or the baseline, with the primitives the operations are measured with. */
export class MeasuredPage {
  /** The page's console errors and uncaught errors. */
  readonly errors: string[] = [];
  readonly handle: HandleName;

  constructor(
    readonly page: Page,
    readonly kind: PageKind,
    readonly timeoutMs: number,
  ) {
    this.handle = HANDLES[kind];
  }

  /**
   * page.evaluate, bounded in time (a page stuck in a long task never answers). `fn` runs in the
   * page: it sees only its argument and the page's globals, nothing of this module.
   */
  evaluate<R, Arg>(
    fn: (arg: Arg) => R | Promise<R>,
    arg: Arg,
    ms = this.timeoutMs + 5_000,
    what = "evaluate",
  ): Promise<R> {
    // Playwright's own typing of the argument is a conditional type that a generic Arg cannot meet.
    return withTimeout(this.page.evaluate<R, Arg>(fn as never, arg), ms, what);
  }

  /** Waits until the page has been idle for a moment: two frames, then `ms`. */
  settle(ms = 150): Promise<void> {
    return this.evaluate(
      (wait) =>
        new Promise<void>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, wait))),
        ),
      ms,
      this.timeoutMs,
      "settling",
    );
  }

  /** The longest task that overlapped any of the windows, read a moment later (entries arrive late). */
  async longestTask(windows: [from: number, to: number][]): Promise<number> {
    await this.settle(60);
    return this.evaluate(
      (spans) =>
        window.__bench.longTasks
          .filter(([s, d]) => spans.some(([start, end]) => s < end && s + d > start))
          .reduce((max, [, d]) => Math.max(max, d), 0),
      windows,
    );
  }

  /** Arms a frame wait in the page: the next drawn frame that meets `until`; forgets earlier inputs. */
  armFrame(until?: FrameCondition): Promise<void> {
    return this.evaluate(
      ({ handle, condition, ms }) => {
        window.__bench.events = {};
        window.__bench.frame = (window as HandleWindow)[handle].nextFrame(condition ?? undefined, ms);
      },
      { handle: this.handle, condition: until ?? null, ms: this.timeoutMs },
    );
  }

  /**
   * Arms a wait for the DOM: the painted frame after the page first meets `until` (checked on every
   * change to the document and every frame, then one animation frame); forgets earlier inputs.
   */
  armDom(until: DomCondition): Promise<void> {
    return this.evaluate(
      ({ condition, ms }) => {
        window.__bench.events = {};
        window.__bench.dom = new Promise((resolve) => {
          const holds = () =>
            condition.every(({ selector, text, inView }) => {
              const element = document.querySelector(selector);
              if (!element) return false;
              if (text !== undefined && !(element.textContent ?? "").includes(text)) return false;
              if (!inView) return true;
              // Inside the grid's scroller and below its sticky header, to within a pixel (rows
              // land on fractional pixels).
              const box = element.getBoundingClientRect();
              const grid = element.closest('[role="grid"]');
              const frame = grid?.getBoundingClientRect();
              const header = grid?.querySelector('[role="columnheader"]')?.getBoundingClientRect();
              const top = Math.max(frame?.top ?? 0, header?.bottom ?? 0);
              return !!frame && box.top >= top - 1 && box.bottom <= frame.bottom + 1;
            });
          let done = false;
          let frame = 0;
          const check = () => {
            if (done || !holds()) return;
            done = true;
            window.__bench.domMet = performance.now();
            observer.disconnect();
            cancelAnimationFrame(frame);
            clearTimeout(timer);
            requestAnimationFrame(() => resolve(performance.now()));
          };
          // Checked on every change to the document, and on every frame: a scroll moves rows into
          // view without changing the document.
          const everyFrame = () => {
            check();
            if (!done) frame = requestAnimationFrame(everyFrame);
          };
          frame = requestAnimationFrame(everyFrame);
          const observer = new MutationObserver(check);
          const timer = setTimeout(() => {
            done = true;
            observer.disconnect();
            cancelAnimationFrame(frame);
            resolve(null);
          }, ms);
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            characterData: true,
          });
        });
      },
      { condition: until, ms: this.timeoutMs },
    );
  }

  /** Waits for the armed canvas frame (`armFrame`) or DOM frame (`armDom`), timed from the last `event`. */
  async frameAfter(
    event: InputKind,
    what: string,
    { longest = true, wait = "frame" }: { longest?: boolean; wait?: "frame" | "dom" } = {},
  ): Promise<FrameTiming> {
    const result = await this.evaluate(
      async ({ name, wait }) => ({
        end: await (wait === "dom" ? window.__bench.dom! : window.__bench.frame!),
        start: window.__bench.events[name] ?? null,
      }),
      { name: event, wait },
      this.timeoutMs + 5_000,
      what,
    );
    if (result.end === null)
      throw new Timeout(`${what}: no matching frame within ${this.timeoutMs / 1000} s`);
    if (result.start === null) throw new Error(`${what}: the ${event} input was not seen`);
    return {
      ms: positiveDuration(what, result.end - result.start),
      start: result.start,
      end: result.end,
      longest: longest ? await this.longestTask([[result.start, result.end]]) : null,
    };
  }
}
