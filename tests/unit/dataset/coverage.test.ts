/**
 * The coverage table of the bundled Quds Force dataset (graph-data/quds-force.coverage.json): every
 * sentence of the article, in order, with the actors, relationships and attributes that carry it,
 * or the reason it is not modelled. This test keeps the table, the dataset and the article in step.
 *
 * How the table is tied to the article. Each row keeps its sentence exactly (`text`) and what
 * follows it up to the next sentence (`separator`: spaces and line breaks), so the rows re-joined
 * give the article back byte for byte. `sha256` is the hash of the article file; the test always
 * recomputes it from the re-joined rows, so editing a sentence (or a separator) without updating
 * the hash fails, even where the article is not at hand. Where it is (../shared/seed/
 * quds-force-article.txt beside the repository, or the file named by QUDS_ARTICLE), the stored hash
 * must also be the file's, and the rows must be what `splitSentences` makes of the file: then an
 * edited sentence fails whether or not someone re-hashed it. If the article itself changes, split it
 * again (tests/unit/dataset/articleSentences.ts), take the hash the failing test prints, and review
 * every row.
 *
 * How the table is tied to the dataset. A reference is "node:<id>", "edge:<id>" or either with
 * "#attribute:<label>"; it must exist, and it must cite the article with a quote taken from the
 * very sentence it carries. Every actor and relationship must be carried by some sentence unless it
 * cites only other sources (the official documents). Paragraph numbers are those of the dataset's
 * locators: body paragraphs after the title, without "Read More:" lines; rows outside the body (the
 * title, "Read More:" lines, the site's boilerplate) have `paragraph: null` and a reason.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Citation, Dataset, GraphEdge, GraphNode } from "../../../src/domain/dataset/schema";
import {
  joinSentences,
  normaliseWhitespace,
  sha256,
  splitSentences,
  type Sentence,
} from "./articleSentences";

interface CoverageRow extends Sentence {
  paragraph: number | null;
  carriedBy: string[];
  reason?: string;
}

interface CoverageTable {
  article: string;
  sha256: string;
  sentences: CoverageRow[];
}

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), "utf8")) as T;
const table = readJson<CoverageTable>("graph-data/quds-force.coverage.json");
const dataset = readJson<Dataset>("graph-data/quds-force.json");

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const articlePath = process.env.QUDS_ARTICLE ?? `${repoRoot}../shared/seed/quds-force-article.txt`;
const articleText = existsSync(articlePath) ? readFileSync(articlePath, "utf8") : undefined;

const articleSource = dataset.sources.find((s) => s.title === table.article);
const isFromArticle = (c: Citation) => c.source === articleSource?.id;

type Cited = GraphNode | GraphEdge;
const elements = new Map<string, Cited>([
  ...dataset.nodes.map((n) => [`node:${n.id}`, n] as const),
  ...dataset.edges.map((e) => [`edge:${e.id}`, e] as const),
]);

/** "edge:x#attribute:Measure" → the element "edge:x" and the attribute label "Measure". */
function parseReference(reference: string): { element: string; attribute?: string } {
  const [element = "", attribute] = reference.split("#attribute:");
  return attribute === undefined ? { element } : { element, attribute };
}

/** The citations a reference stands for: the element's own, or one attribute's. */
function citationsOf(reference: string): Citation[] | undefined {
  const { element, attribute } = parseReference(reference);
  const cited = elements.get(element);
  if (!cited || attribute === undefined) return cited?.citations;
  return cited.attributes?.find((a) => a.label === attribute)?.citations;
}

const quotesFrom = (citations: Citation[], sentence: string) =>
  citations.some(
    (c) =>
      isFromArticle(c) &&
      c.quote !== undefined &&
      normaliseWhitespace(sentence).includes(normaliseWhitespace(c.quote)),
  );

const bodyRows = table.sentences.filter((row) => row.paragraph !== null);
const paragraphText = (n: number) =>
  normaliseWhitespace(
    bodyRows
      .filter((row) => row.paragraph === n)
      .map((row) => row.text)
      .join(" "),
  );

describe("splitSentences", () => {
  it.each<[string, string, Sentence[]]>([
    ["one sentence", "Hello there.", [{ text: "Hello there.", separator: "" }]],
    [
      "sentences on a line",
      "One. Two? Three! Four",
      [
        { text: "One.", separator: " " },
        { text: "Two?", separator: " " },
        { text: "Three!", separator: " " },
        { text: "Four", separator: "" },
      ],
    ],
    [
      "no split before a lower-case word",
      "The U.S. conflict with Iran.",
      [{ text: "The U.S. conflict with Iran.", separator: "" }],
    ],
    [
      "no split after a colon",
      "Read More:  Israel tests",
      [{ text: "Read More:  Israel tests", separator: "" }],
    ],
    [
      "line breaks, blank lines and trailing spaces",
      "Title\n\n\nBody ends.\u00a0 \n\nLast",
      [
        { text: "Title", separator: "\n\n\n" },
        { text: "Body ends.", separator: "\u00a0 \n\n" },
        { text: "Last", separator: "" },
      ],
    ],
    ["a trailing line break", "End.\n", [{ text: "End.", separator: "\n" }]],
  ])("%s", (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences).toEqual(expected);
    expect(joinSentences(sentences)).toBe(text);
  });
});

describe("the coverage table of graph-data/quds-force.json", () => {
  it("names the dataset's article source", () => {
    expect(articleSource, `no source titled "${table.article}"`).toBeDefined();
  });

  it("stores the hash of its own sentences re-joined with their separators", () => {
    const rejoined = sha256(joinSentences(table.sentences));
    expect(
      rejoined,
      `the sentences hash to ${rejoined}, not to the stored ${table.sha256}: was a sentence edited?`,
    ).toBe(table.sha256);
  });

  it("carries or explains every sentence", () => {
    for (const row of table.sentences) {
      const carried = row.carriedBy.length > 0;
      const explained = typeof row.reason === "string" && row.reason.trim().length > 0;
      expect(carried !== explained, `"${row.text}" needs either carriedBy or a reason, not both`).toBe(true);
    }
  });

  it("refers only to actors, relationships and attributes that exist", () => {
    const missing = table.sentences
      .flatMap((row) => row.carriedBy)
      .filter((reference) => citationsOf(reference) === undefined);
    expect(missing).toEqual([]);
  });

  it("refers only to what quotes the very sentence it carries", () => {
    const unquoted = table.sentences.flatMap((row) =>
      row.carriedBy
        .filter((reference) => !quotesFrom(citationsOf(reference) ?? [], row.text))
        .map((reference) => `${reference} does not quote "${row.text}"`),
    );
    expect(unquoted).toEqual([]);
  });

  it("carries every actor and relationship that cites the article", () => {
    const carried = new Set(
      table.sentences.flatMap((row) => row.carriedBy.map((r) => parseReference(r).element)),
    );
    const citesArticle = (item: Cited) =>
      [...item.citations, ...(item.attributes ?? []).flatMap((a) => a.citations)].some(isFromArticle);
    const uncarried = [...elements]
      .filter(([reference, item]) => !carried.has(reference) && citesArticle(item))
      .map(([reference]) => reference);
    expect(uncarried).toEqual([]);
  });

  it("numbers the body paragraphs from 1, one line each, leaving out the title and Read More lines", () => {
    const numbers = bodyRows.map((row) => row.paragraph!);
    expect(numbers[0]).toBe(1);
    numbers.forEach((n, i) => expect(n - (numbers[i - 1] ?? n)).toBeGreaterThanOrEqual(0));
    expect(new Set(numbers).size).toBe(Math.max(...numbers));
    for (const [i, row] of table.sentences.entries()) {
      const next = table.sentences[i + 1];
      const sameParagraph = next !== undefined && row.paragraph !== null && next.paragraph === row.paragraph;
      // Within a paragraph sentences share a line; a paragraph ends where the line does.
      if (row.paragraph !== null)
        expect(row.separator.includes("\n") || next === undefined).toBe(!sameParagraph);
    }
    for (const row of table.sentences.filter((r) => r.paragraph === null)) expect(row.reason).toBeTruthy();
    expect(table.sentences.filter((r) => /^Read More:/.test(r.text)).every((r) => r.paragraph === null)).toBe(
      true,
    );
  });

  it("agrees with every article locator in the dataset", () => {
    const holders = [...elements.values()].flatMap((item) => [
      ...item.citations,
      ...(item.attributes ?? []).flatMap((a) => a.citations),
    ]);
    const misplaced = holders
      .filter((c) => isFromArticle(c) && c.quote !== undefined && c.locator !== undefined)
      .filter((c) => {
        const n = Number(/^paragraph (\d+)$/.exec(c.locator!)?.[1]);
        return !paragraphText(n).includes(normaliseWhitespace(c.quote!));
      })
      .map((c) => `"${c.quote}" is not in ${c.locator}`);
    expect(misplaced).toEqual([]);
  });
});

describe.skipIf(articleText === undefined)(`the coverage table against ${articlePath}`, () => {
  const article = articleText ?? "";

  it("stores the hash of the article file", () => {
    expect(table.sha256).toBe(sha256(article));
  });

  it("re-joins to the article's text", () => {
    expect(normaliseWhitespace(table.sentences.map((row) => row.text).join(" "))).toBe(
      normaliseWhitespace(article),
    );
  });

  it("has exactly the article's sentences, in order", () => {
    const rows = table.sentences.map(({ text, separator }) => ({ text, separator }));
    expect(rows).toEqual(splitSentences(article));
  });
});
