/**
 * The explorer's limits, in one place: how large and how deeply nested a file may be, how long its
 * texts are shown, how many actors and relationships each drawing mode takes, how much a link may
 * carry, and how long a background worker may take. Each limit is a constant the code uses and a row
 * of `LIMITS`, the table the README's "Limits" section shows (tests/unit/validation/limits.test.ts keeps the two
 * equal). Whatever reaches a limit says so: a problem in the problems panel (a file), a warning beside
 * the open dataset (a text shown shortened), or a notice over the canvas (a link, a layout).
 */

// ---------------------------------------------------------------------------------------------------
// Files

/** The largest file opened. Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The deepest nesting read: of arrays and objects in JSON, of elements in XML. A dataset nests 7
 * levels deep, a graph file a few more (yEd's nested groups); a file nested far deeper is not one,
 * and parsing or checking it recursively would overflow the call stack. Checked in one pass over the
 * text before anything parses it (jsonLocation.offsetDeeperThan, xml.ts).
 */
export const MAX_NESTING_DEPTH = 512;

/** The most actors a file may hold: at 50,000 every redraw already takes 10–20 s without a GPU. */
export const MAX_ACTORS = 100_000;

/** The most relationships a file may hold (three per actor at the actor limit). */
export const MAX_RELATIONSHIPS = 300_000;

/** The longest id. Ids travel in links, where every character counts. */
export const MAX_ID_CHARS = 200;

/** The longest single text (a summary, a quote): longer texts are refused. */
export const MAX_TEXT_CHARS = 10_000_000;

// ---------------------------------------------------------------------------------------------------
// Texts as they are shown (the data keeps them whole)

/** Labels longer than this get a warning, and are shortened with "…" wherever a name is shown. */
export const LABEL_SHOWN_CHARS = 200;

/**
 * Labels on the canvas (and in exported images) are cut to this with "…": a label box many times the
 * size of the graph would make "fit" shrink the graph to a dot and each redraw slow.
 */
export const CANVAS_LABEL_CHARS = 60;

/** The details panel shows this much of a longer text, with "Show all" for the rest. */
export const TEXT_SHOWN_CHARS = 2_000;

/** The most warnings of one kind listed for a file; the rest are counted in one more. */
export const WARNINGS_LISTED_PER_KIND = 20;

// ---------------------------------------------------------------------------------------------------
// Drawing modes by size

/** Up to this many actors the force layout runs on the page, measuring labels. */
export const PAGE_LAYOUT_MAX_NODES = 400;

/** Above this, the force layout runs at its draft quality. */
export const DEFAULT_QUALITY_MAX_NODES = 1000;

/** Above this, no force layout: even draft quality takes minutes on two cores. A grid instead. */
export const FORCE_LAYOUT_MAX_NODES = 25_000;

/** Above this many actors (or three times as many relationships) fast drawing turns on by itself. */
export const FAST_RENDERING_MIN_NODES = 2000;

/**
 * From this many actors a dataset opens in the overview: its communities drawn as groups, expanded on
 * demand. Below it the whole graph is drawn (the force layout still runs up to FORCE_LAYOUT_MAX_NODES;
 * a first frame at 20,000 actors already takes tens of seconds without a GPU).
 */
export const OVERVIEW_MIN_ACTORS = 20_000;

/** A group larger than this is split (by its own communities, then by type): expanding one stays quick. */
export const OVERVIEW_MAX_GROUP_ACTORS = 2_000;

/** The most links between collapsed groups drawn at once (the strongest); the rest are counted. */
export const OVERVIEW_MAX_GROUP_LINKS = 1_500;

// ---------------------------------------------------------------------------------------------------
// Links

/** The most settings read from a link; the rest are ignored with one notice. */
export const URL_MAX_PARAMS = 100;

/** The longest value read from a link: a list is cut to the whole ids within it, anything else ignored. */
export const URL_MAX_VALUE_CHARS = 100_000;

/** The most ids read from one list in a link (focus, hidden types, sources, selection). */
export const URL_MAX_LIST_IDS = 5_000;

// ---------------------------------------------------------------------------------------------------
// Notices

/** A notice names at most this many of the ids it is about ("n0, n1, n2 …"). */
export const NOTICE_EXAMPLES = 3;

/** Ids and values quoted in a notice are cut to this many characters. */
export const NOTICE_QUOTE_CHARS = 40;

/** The longest notice shown; a longer one is cut with "…". */
export const NOTICE_MAX_CHARS = 300;

/** The most notices kept at once; older ones give way to newer ones. */
export const NOTICES_KEPT = 20;

// ---------------------------------------------------------------------------------------------------
// Background work

/** How long the validation worker may take over one file before it is stopped and the file refused. */
export const VALIDATION_TIMEOUT_MS = 120_000;

/** How long the layout worker may take before it is stopped and the graph drawn where actors start. */
export const LAYOUT_TIMEOUT_MS = 300_000;

/** How long the network measures of one view may take in their worker before they are stopped. */
export const MEASURES_TIMEOUT_MS = 120_000;

// ---------------------------------------------------------------------------------------------------
// Helpers

/** "1,234,567": numbers in messages are written the way people read them. */
export function count(value: number): string {
  return value.toLocaleString("en");
}

/** The text cut to `max` characters, the last one an ellipsis; shorter text comes back unchanged. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in half: a lone half shows as a replacement box.
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A name as it is shown wherever names are listed: clipped to LABEL_SHOWN_CHARS. */
export const shownLabel = (label: string): string => clip(label, LABEL_SHOWN_CHARS);

/** A name as the canvas draws it: clipped to CANVAS_LABEL_CHARS. */
export const canvasLabel = (label: string): string => clip(label, CANVAS_LABEL_CHARS);

/** The message for a file over MAX_FILE_BYTES. */
export function fileTooLargeMessage(bytes: number): string {
  const megabytes = (value: number) => `${count(Math.round(value / 1048576))} MB`;
  return (
    `The file is ${megabytes(bytes)}; the explorer opens files up to ${megabytes(MAX_FILE_BYTES)}. ` +
    "Split it into smaller datasets, or remove what you do not need to see."
  );
}

// ---------------------------------------------------------------------------------------------------
// The table

export interface Limit {
  /** What is limited. */
  what: string;
  /** The limit, as people read it. */
  limit: string;
  /** What happens when it is reached. */
  then: string;
}

const chars = (value: number) => `${count(value)} characters`;

export const LIMITS: readonly Limit[] = [
  {
    what: "File size",
    limit: `${count(MAX_FILE_BYTES / 1048576)} MB`,
    then: "The file is refused before it is read, with a problem saying its size.",
  },
  {
    what: "Nesting of arrays and objects (JSON), of elements (XML)",
    limit: `${count(MAX_NESTING_DEPTH)} levels`,
    then: "Checked before the file is parsed: refused with a problem giving the line and column where it goes deeper.",
  },
  {
    what: "Actors in a file",
    limit: count(MAX_ACTORS),
    then: "Refused with a problem at `nodes`.",
  },
  {
    what: "Relationships in a file",
    limit: count(MAX_RELATIONSHIPS),
    then: "Refused with a problem at `edges`.",
  },
  { what: "An id", limit: chars(MAX_ID_CHARS), then: "Refused with a problem at the id." },
  {
    what: "A single text (summary, quote, note…)",
    limit: chars(MAX_TEXT_CHARS),
    then: "Refused with a problem at the text.",
  },
  {
    what: "A label shown (actor, type, source title)",
    limit: chars(LABEL_SHOWN_CHARS),
    then: `Opens, with a warning per label (${count(WARNINGS_LISTED_PER_KIND)} listed, the rest counted); names are shown cut with "…".`,
  },
  {
    what: "A label on the canvas and in exported images",
    limit: chars(CANVAS_LABEL_CHARS),
    then: 'Cut with "…"; the details panel shows the name.',
  },
  {
    what: "A text in the details panel",
    limit: chars(TEXT_SHOWN_CHARS),
    then: "The rest behind _Show all_.",
  },
  {
    what: "Force layout on the page",
    limit: `${count(PAGE_LAYOUT_MAX_NODES)} actors`,
    then: "Above it the layout runs in a background worker, with progress and _Cancel_.",
  },
  {
    what: "Force layout at default quality",
    limit: `${count(DEFAULT_QUALITY_MAX_NODES)} actors`,
    then: "Above it, draft quality.",
  },
  {
    what: "Force layout at all",
    limit: `${count(FORCE_LAYOUT_MAX_NODES)} actors`,
    then: "Above it a grid (or the file's positions), with a notice.",
  },
  {
    what: "Full-detail drawing",
    limit: `${count(FAST_RENDERING_MIN_NODES)} actors or ${count(3 * FAST_RENDERING_MIN_NODES)} relationships`,
    then: "Above it _Fast drawing_ turns on (the toolbar can force _Full detail_).",
  },
  {
    what: "Overview",
    limit: `${count(OVERVIEW_MIN_ACTORS)} actors`,
    then: `From it the graph opens as groups (its communities, at most ${count(OVERVIEW_MAX_GROUP_ACTORS)} actors each), expanded on demand; the ${count(OVERVIEW_MAX_GROUP_LINKS)} strongest links between collapsed groups are drawn.`,
  },
  {
    what: "Settings in a link",
    limit: count(URL_MAX_PARAMS),
    then: "The rest are ignored, with one notice.",
  },
  {
    what: "A value in a link",
    limit: chars(URL_MAX_VALUE_CHARS),
    then: "A list is cut to the whole ids within it, anything else ignored; one notice.",
  },
  {
    what: "Ids in one list in a link",
    limit: count(URL_MAX_LIST_IDS),
    then: "The first ones are read, with one notice.",
  },
  {
    what: "Notices",
    limit: `${count(NOTICES_KEPT)} kept, ${chars(NOTICE_MAX_CHARS)} each`,
    then: `One notice per kind, naming ${count(NOTICE_EXAMPLES)} examples; the box scrolls, _Dismiss_ stays in reach.`,
  },
  {
    what: "Checking a file in the background",
    limit: `${count(VALIDATION_TIMEOUT_MS / 1000)} s`,
    then: "The check is stopped and the file refused with a problem saying so; the open dataset stays.",
  },
  {
    what: "A layout in the background",
    limit: `${count(LAYOUT_TIMEOUT_MS / 1000)} s`,
    then: "The layout is stopped; the graph is drawn where the actors start, with a notice.",
  },
  {
    what: "Network measures in the background",
    limit: `${count(MEASURES_TIMEOUT_MS / 1000)} s`,
    then: "The measures are stopped; the details panel says so, and actors keep their size.",
  },
];

/** LIMITS as the README's Markdown table. */
export function limitsTable(): string {
  const rows = [
    ["what", "limit", "when it is reached"],
    ["---", "---", "---"],
    ...LIMITS.map((l) => [l.what, l.limit, l.then]),
  ];
  return rows.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
