/**
 * Opening a file from a link (?url=https://…): only http(s), fetched with the page's abort signal (a
 * newer load cancels it), up to the size the explorer opens. Failures are explained in words: a server
 * that does not let other sites read the file (CORS), one that cannot be reached, an HTTP error with
 * its status, a file too large.
 */
import { MAX_FILE_BYTES } from "./imports";
import { inputFromBytes, type InputFile } from "./inputs";
import type { Problem } from "../domain/validation/validate";

export type Fetched = { ok: true; input: InputFile } | { ok: false; problems: Problem[]; aborted?: boolean };

/** A web link, or undefined: javascript:, data:, file: and anything malformed are refused. */
export function httpLink(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The file's name from its link: the last part of the path, else the host. */
export function fileNameOf(url: URL): string {
  const last = url.pathname.split("/").filter(Boolean).at(-1);
  try {
    return last ? decodeURIComponent(last) : url.hostname;
  } catch {
    return last ?? url.hostname;
  }
}

const STATUS_WORDS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  410: "Gone",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";

/**
 * A fetch that fails without an answer is either CORS (the server answered, but without letting this
 * page read it) or the network. The browser does not say which; a second, opaque request does: it
 * succeeds when the server is there.
 */
async function reachable(url: URL, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, { mode: "no-cors", signal, cache: "no-store" });
    return true;
  } catch {
    return false;
  }
}

async function bodyWithin(response: Response, limit: number): Promise<ArrayBuffer | null> {
  if (!response.body) {
    const bytes = await response.arrayBuffer();
    return bytes.byteLength > limit ? null : bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all.buffer;
}

export async function fetchLinkedFile(
  link: string,
  signal: AbortSignal,
  limit = MAX_FILE_BYTES,
): Promise<Fetched> {
  const url = httpLink(link);
  const name = url ? fileNameOf(url) : link;
  const fail = (message: string): Fetched => ({
    ok: false,
    problems: [{ severity: "error", file: name, path: "", message }],
  });
  if (!url) return fail(`Only http(s) links can be opened, not “${link.slice(0, 60)}”.`);
  const host = url.host;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: "omit", cache: "no-store" });
  } catch (error) {
    if (isAbort(error) || signal.aborted)
      return { ...fail("The download was cancelled."), aborted: true } as Fetched;
    if (await reachable(url, signal))
      return fail(
        `The server at ${host} does not allow other sites to read this file (CORS). Download it and open it with Open file…, or ask its owner to allow it.`,
      );
    return fail(
      `The server at ${host} could not be reached: check the link and your connection, or download the file and open it with Open file….`,
    );
  }
  if (!response.ok) {
    const words = response.statusText || STATUS_WORDS[response.status] || "";
    return fail(
      `The server at ${host} answered ${response.status}${words ? ` (${words})` : ""}: the file could not be downloaded.`,
    );
  }
  const declared = Number(response.headers.get("content-length") ?? "");
  const tooLarge = fail(
    `The file at ${host} is larger than ${Math.round(limit / 1048576)} MB, the most the explorer opens.`,
  );
  if (Number.isFinite(declared) && declared > limit) return tooLarge;
  try {
    const bytes = await bodyWithin(response, limit);
    if (!bytes) return tooLarge;
    return { ok: true, input: inputFromBytes(name, bytes) };
  } catch (error) {
    if (isAbort(error) || signal.aborted)
      return { ...fail("The download was cancelled."), aborted: true } as Fetched;
    return fail(`The download from ${host} stopped before the end: ${String(error)}.`);
  }
}
