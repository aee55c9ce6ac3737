/**
 * Made-up sources and the citations that point at them: a handful of sources of every kind, each saying
 * in its note that it is synthetic, and one or two citations (with a generated quote now and then) on
 * every actor, relationship and attribute.
 */
import type { Attribute, Citation, Source, SourceKind } from "../../src/domain/dataset/schema";
import { partialDate, yearFrom } from "./dates";
import { placeName, slugify } from "./names";
import { number, pick, randomInt, weightedPicker, type Random } from "./random";
import type { AttributeRule } from "./rules";

const PUBLISHERS = [
  "Example Institute for Conflict Studies",
  "Synthetic Monitor",
  "Office of Imaginary Affairs",
  "Placeholder Research Group",
];

const SOURCE_KIND_WEIGHTS: [SourceKind, number][] = [
  ["report", 35],
  ["government-document", 25],
  ["article", 20],
  ["dataset", 10],
  ["other", 10],
];
const SOURCE_KIND_PICKER = weightedPicker(SOURCE_KIND_WEIGHTS);

const publicationYear = (random: Random) => yearFrom(random, 1995, 30);

const SOURCE_TITLES: Record<SourceKind, (random: Random) => string> = {
  report: (r) =>
    pick(r, [
      () => `Annual Report on Armed Groups ${publicationYear(r)}`,
      () => `${placeName(r)} Conflict Monitor: ${publicationYear(r)} Review`,
      () => `Proxy Forces of the ${placeName(r)} Region`,
    ])(),
  "government-document": (r) =>
    pick(r, [
      () => `Designations Notice ${number(r, 900)}`,
      () => `Sanctions Order ${publicationYear(r)}-${number(r, 99)}`,
    ])(),
  article: (r) =>
    pick(r, [() => `Inside the ${placeName(r)} Militias`, () => `How ${placeName(r)} Funds Its Proxies`])(),
  dataset: (r) => `Synthetic Conflict Events Dataset v${number(r, 9)}`,
  other: (r) => `Field notes from ${placeName(r)}`,
};

/**
 * 3 to 10 sources, and no more than `citable` (the actors and relationships that will cite them), so
 * every one is cited; the first ones take each kind once, then kinds come by their usual frequency.
 */
export function makeSources(random: Random, citable: number): Source[] {
  const count = Math.max(1, Math.min(citable, 3 + randomInt(random, 8)));
  const kinds = SOURCE_KIND_WEIGHTS.map(([kind]) => kind);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i] ?? SOURCE_KIND_PICKER(random);
    const title = SOURCE_TITLES[kind](random);
    const id = `${slugify(title)}-s${i + 1}`;
    return {
      id,
      title,
      kind,
      ...(random() < 0.6 ? { publisher: pick(random, PUBLISHERS) } : {}),
      ...(random() < 0.8 ? { published: partialDate(random, publicationYear(random)) } : {}),
      ...(random() < 0.5 ? { url: `https://example.org/sources/${id}` } : {}),
      note: "Synthetic: generated for benchmarks and demos; not a real publication.",
    };
  });
}

function locator(random: Random): string {
  const kind = random();
  if (kind < 0.5) return `p. ${number(random, 300)}`;
  if (kind < 0.85) return `paragraph ${number(random, 40)}`;
  return `table ${number(random, 12)}`;
}

const QUOTE_OPENINGS = [
  "",
  "According to officials, ",
  "The report says ",
  "Sources indicate that ",
  "Reportedly, ",
];

/**
 * One or two citations of `claim`; `firstSource`, when given, is the index of the source the first one
 * cites (so that every source can be cited at least once).
 */
export function citations(
  random: Random,
  sources: readonly Source[],
  claim: string,
  firstSource?: number,
): Citation[] {
  const count = random() < 0.7 ? 1 : 2;
  return Array.from({ length: count }, (_, i) => {
    const source = (i === 0 && firstSource !== undefined && sources[firstSource]) || pick(random, sources);
    return {
      source: source.id,
      ...(random() < 0.75 ? { quote: `${pick(random, QUOTE_OPENINGS)}${claim}.` } : {}),
      ...(random() < 0.5 ? { locator: locator(random) } : {}),
    };
  });
}

/** An attribute made by `rule`, cited like any claim about `subject`. */
export function citedAttribute(
  random: Random,
  sources: readonly Source[],
  rule: AttributeRule,
  subject: string,
): Attribute {
  const value = rule.value(random);
  return {
    label: rule.label,
    value,
    citations: citations(random, sources, `${subject}, ${rule.label.toLowerCase()}: ${value}`),
  };
}
