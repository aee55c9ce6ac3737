/**
 * What has been loaded from a Wikidata-shaped endpoint so far (items, statements, references), and
 * the app's dataset made from it: an ordinary dataset, so filters, paths, table and export work on it.
 *
 * Citations: a statement's references become sources (stated in / reference URL, with page(s) as
 * the locator, the retrieved date in the note, the publication date as the source's), and a
 * reference's quotation becomes the citation's quote. The app has not read those sources, only
 * Wikidata's statement that they support it, so each citation is a claim made by Wikidata
 * (stance "claim", claimedBy "Wikidata"). A statement with no reference cites a source titled
 * "Wikidata statement without a reference", linking the item: the relationship stays traceable to
 * where it was read, and the panel says plainly that it has no reference. Never is a reference made up.
 */
import type { Citation, Dataset, GraphEdge, GraphNode, NodeType, Source } from "../../../dataset/schema";
import { paletteColour, paletteShape } from "../../../formats/palette";
import type { ResultRow } from "../../results";
import {
  REFERENCE_PARTS,
  WIKIDATA_REFERENCE_VALUE,
  WIKIDATA_RELATIONSHIP_TYPES,
  claimPropertyId,
  entityId,
  propertyById,
} from "./profile";

export interface LoadedEntity {
  iri: string;
  qid: string;
  label?: string;
  description?: string;
  /** Class IRI to its label, where known. */
  classes: Map<string, string | undefined>;
  inception?: string;
}

export interface LoadedStatement {
  iri: string;
  property: string;
  subject: string;
  object: string;
  start?: string;
  end?: string;
}

export interface ReferencePart {
  property: string;
  value: string;
  valueLabel?: string;
  /** A text value's language tag (a quotation's, say). */
  language?: string;
}

/** At most this many actor types are drawn apart; the rest share "Other class". */
const MAX_ACTOR_TYPES = 10;

export class WikidataGraph {
  readonly entities = new Map<string, LoadedEntity>();
  readonly statements = new Map<string, LoadedStatement>();
  /** Statement IRI to reference IRI to its parts. */
  readonly references = new Map<string, Map<string, ReferencePart[]>>();

  constructor(readonly endpoint: string) {}

  entity(iri: string): LoadedEntity | undefined {
    const known = this.entities.get(iri);
    if (known) return known;
    const qid = entityId(iri);
    if (!qid) return undefined;
    const entity: LoadedEntity = { iri, qid, classes: new Map() };
    this.entities.set(iri, entity);
    return entity;
  }

  /** Rows of search.rq or entities.rq. Returns the IRIs read. */
  addEntities(rows: readonly ResultRow[]): string[] {
    const read: string[] = [];
    for (const row of rows) {
      const iri = row.entity?.value ?? row.item?.value;
      const entity = iri ? this.entity(iri) : undefined;
      if (!entity) continue;
      read.push(entity.iri);
      if (row.label?.value) entity.label = row.label.value;
      if (row.description?.value) entity.description = row.description.value;
      if (row.class?.type === "iri") entity.classes.set(row.class.value, row.classLabel?.value);
      const year = yearOf(row.inception?.value);
      if (year) entity.inception = year;
    }
    return [...new Set(read)];
  }

  /** Rows of statements.rq. Returns the new statements. */
  addStatements(rows: readonly ResultRow[]): LoadedStatement[] {
    const added: LoadedStatement[] = [];
    for (const row of rows) {
      const iri = row.statement?.value;
      const property = row.claim ? claimPropertyId(row.claim.value) : undefined;
      const subject = row.subject?.value;
      const object = row.object?.value;
      if (!iri || !property || !propertyById(property) || !subject || !object) continue;
      if (!this.entity(subject) || !this.entity(object) || this.statements.has(iri)) continue;
      const statement: LoadedStatement = { iri, property, subject, object, ...datesOf(row) };
      this.statements.set(iri, statement);
      added.push(statement);
    }
    return added;
  }

  /** Rows of references.rq. */
  addReferences(rows: readonly ResultRow[]): void {
    for (const row of rows) {
      const statement = row.statement?.value;
      const reference = row.reference?.value;
      const part = row.part?.value;
      const value = row.value?.value;
      if (!statement || !reference || !part?.startsWith(WIKIDATA_REFERENCE_VALUE) || value === undefined)
        continue;
      const references = this.references.get(statement) ?? new Map<string, ReferencePart[]>();
      this.references.set(statement, references);
      const parts = references.get(reference) ?? [];
      references.set(reference, parts);
      const property = part.slice(WIKIDATA_REFERENCE_VALUE.length);
      if (!parts.some((p) => p.property === property && p.value === value)) {
        parts.push({
          property,
          value,
          ...(row.valueLabel?.value ? { valueLabel: row.valueLabel.value } : {}),
          ...(row.value?.language ? { language: row.value.language } : {}),
        });
      }
    }
  }

  /** The items one hop from these, through the loaded statements. */
  neighboursOf(iris: ReadonlySet<string>): Set<string> {
    const found = new Set<string>();
    for (const s of this.statements.values()) {
      if (iris.has(s.subject) && !iris.has(s.object)) found.add(s.object);
      if (iris.has(s.object) && !iris.has(s.subject)) found.add(s.subject);
    }
    return found;
  }

  toDataset(): Dataset {
    return new DatasetWriter(this).write();
  }
}

/** Only the year of a Wikidata time: without its precision, a month or day could be false precision. */
function yearOf(time: string | undefined): string | undefined {
  const match = time ? /^\+?(\d{4})-/.exec(time) : null;
  return match?.[1];
}

/**
 * A statement's dates from its qualifiers (a row of statements.rq): start time and end time; a point
 * in time stands for both only when the statement has neither (the statement held then). An end
 * before the start is not kept: the two cannot both be read as they stand.
 */
function datesOf(row: ResultRow): { start?: string; end?: string } {
  let start = yearOf(row.start?.value);
  let end = yearOf(row.end?.value);
  if (!start && !end) {
    start = yearOf(row.pointFirst?.value);
    end = yearOf(row.pointLast?.value);
  }
  if (start && end && end < start) end = undefined;
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** A slug for an id: lower-case letters and digits between single hyphens, at most 200 characters. */
export function slug(text: string): string {
  const cut = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 200)
    .replace(/-+$/, "");
  return cut || "x";
}

export const nodeIdOf = (entity: LoadedEntity) => slug(entity.qid);

function statementId(iri: string): string {
  return slug(`s-${iri.slice(iri.lastIndexOf("/") + 1)}`);
}

function referenceId(iri: string): string {
  return slug(`ref-${iri.slice(iri.lastIndexOf("/") + 1)}`);
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

class DatasetWriter {
  private readonly sources = new Map<string, Source>();
  private readonly types = new Map<string, NodeType>();

  constructor(private readonly graph: WikidataGraph) {}

  write(): Dataset {
    const host = safeHost(this.graph.endpoint);
    const typeOf = this.actorTypes();
    const nodes = [...this.graph.entities.values()].map((entity) => this.node(entity, typeOf(entity)));
    const edges = [...this.graph.statements.values()].map((statement) => this.edge(statement));
    const used = new Set(edges.map((e) => e.type));
    const relationshipTypes = WIKIDATA_RELATIONSHIP_TYPES.filter((t) => used.has(t.id));
    return {
      formatVersion: 1,
      id: slug(`sparql-${host}`),
      title: `Wikidata profile: ${host}`,
      description: `Read from the SPARQL endpoint ${this.graph.endpoint} with the Wikidata profile. Relationships are Wikidata statements; their references are cited as claims made by Wikidata.`,
      nodeTypes: [...this.types.values()],
      relationshipTypes:
        relationshipTypes.length > 0 ? relationshipTypes : WIKIDATA_RELATIONSHIP_TYPES.slice(0, 1),
      sources: [...this.sources.values()],
      nodes,
      edges,
    };
  }

  /** One type per class, the most common first, up to MAX_ACTOR_TYPES; then "Other class". */
  private actorTypes(): (entity: LoadedEntity) => NodeType {
    const counts = new Map<string, { label?: string; count: number }>();
    for (const entity of this.graph.entities.values()) {
      for (const [iri, label] of entity.classes) {
        const known = counts.get(iri);
        counts.set(iri, { label: label ?? known?.label, count: (known?.count ?? 0) + 1 });
      }
    }
    const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]));
    const drawn = new Map(ranked.slice(0, MAX_ACTOR_TYPES).map(([iri, c], i) => [iri, { ...c, i }]));
    const make = (id: string, label: string, description: string, i: number): NodeType => {
      const existing = this.types.get(id);
      if (existing) return existing;
      const type: NodeType = { id, label, description, color: paletteColour(i), shape: paletteShape(i) };
      this.types.set(id, type);
      return type;
    };
    return (entity) => {
      const classes = [...entity.classes.keys()].filter((iri) => drawn.has(iri));
      classes.sort((a, b) => drawn.get(a)!.i - drawn.get(b)!.i);
      const first = classes[0];
      if (first) {
        const c = drawn.get(first)!;
        const qid = entityId(first) ?? first;
        return make(
          slug(`class-${qid}`),
          c.label ?? qid,
          `Wikidata items that are an instance of ${qid}.`,
          c.i,
        );
      }
      if (entity.classes.size > 0) {
        return make("other-class", "Other class", "Items of a class not drawn apart.", MAX_ACTOR_TYPES);
      }
      return make("wikidata-item", "Wikidata item", "Items whose class was not loaded.", MAX_ACTOR_TYPES + 1);
    };
  }

  private itemSource(entity: LoadedEntity): string {
    const id = slug(`wikidata-${entity.qid}`);
    if (!this.sources.has(id)) {
      this.sources.set(id, {
        id,
        title: `Wikidata item ${entity.qid}${entity.label ? ` (${entity.label})` : ""}`,
        kind: "dataset",
        publisher: "Wikidata",
        ...(isHttp(entity.iri) ? { url: entity.iri } : {}),
        note: `Read from the SPARQL endpoint ${this.graph.endpoint}.`,
      });
    }
    return id;
  }

  private node(entity: LoadedEntity, type: NodeType): GraphNode {
    const cite: Citation[] = [{ source: this.itemSource(entity) }];
    const classLabels = [...entity.classes].map(([iri, label]) => label ?? entityId(iri) ?? iri);
    const attributes = [
      { label: "Wikidata item", value: entity.qid, citations: cite },
      ...(entity.description
        ? [{ label: "Wikidata description", value: entity.description, citations: cite }]
        : []),
      ...(classLabels.length > 0
        ? [{ label: "Instance of", value: classLabels.join(", "), citations: cite }]
        : []),
    ];
    return {
      id: nodeIdOf(entity),
      label: entity.label ?? entity.qid,
      type: type.id,
      attributes,
      ...(entity.inception ? { start: entity.inception } : {}),
      citations: cite,
    };
  }

  private edge(statement: LoadedStatement): GraphEdge {
    const property = propertyById(statement.property)!;
    const subject = this.graph.entities.get(statement.subject)!;
    const object = this.graph.entities.get(statement.object)!;
    const [source, target] = property.reversed ? [object, subject] : [subject, object];
    return {
      id: statementId(statement.iri),
      source: nodeIdOf(source),
      target: nodeIdOf(target),
      type: property.type,
      ...(statement.start ? { start: statement.start } : {}),
      ...(statement.end ? { end: statement.end } : {}),
      attributes: [
        {
          label: "Wikidata property",
          value: `${property.id} (${property.label})`,
          citations: [{ source: this.itemSource(subject) }],
        },
        {
          label: "Wikidata statement",
          value: statement.iri,
          citations: [{ source: this.itemSource(subject) }],
        },
      ],
      citations: this.citations(statement, subject),
    };
  }

  private citations(statement: LoadedStatement, subject: LoadedEntity): Citation[] {
    const references = this.graph.references.get(statement.iri);
    if (!references || references.size === 0) {
      const id = slug(`unreferenced-${subject.qid}`);
      if (!this.sources.has(id)) {
        this.sources.set(id, {
          id,
          title: "Wikidata statement without a reference",
          kind: "dataset",
          publisher: "Wikidata",
          ...(isHttp(subject.iri) ? { url: subject.iri } : {}),
          note: `Wikidata gives no reference for these statements about ${subject.label ?? subject.qid} (${subject.qid}). This entry only says where they were read (${this.graph.endpoint}); it is not a source for them.`,
        });
      }
      return [
        {
          source: id,
          stance: "claim",
          claimedBy: "Wikidata",
          note: `No reference: Wikidata gives none for statement ${statement.iri}.`,
        },
      ];
    }
    return [...references].map(([iri, parts]) => this.referenceCitation(iri, parts, statement));
  }

  private referenceCitation(
    iri: string,
    parts: readonly ReferencePart[],
    statement: LoadedStatement,
  ): Citation {
    const part = (id: string) => parts.find((p) => p.property === id);
    const statedIn = part(REFERENCE_PARTS.statedIn);
    const url = part(REFERENCE_PARTS.referenceUrl)?.value;
    const retrieved = yearMonthDay(part(REFERENCE_PARTS.retrieved)?.value);
    const importedFrom = part(REFERENCE_PARTS.importedFrom);
    const pages = part(REFERENCE_PARTS.pages)?.value;
    const published = yearOf(part(REFERENCE_PARTS.publicationDate)?.value);
    const quotations = parts.filter((p) => p.property === REFERENCE_PARTS.quotation && p.value.trim());
    const quote = (quotations.find((p) => p.language === "en") ?? quotations[0])?.value;
    const id = referenceId(iri);
    if (!this.sources.has(id)) {
      const statedInName = statedIn
        ? (statedIn.valueLabel ?? entityId(statedIn.value) ?? statedIn.value)
        : undefined;
      const importedName = importedFrom
        ? (importedFrom.valueLabel ?? entityId(importedFrom.value) ?? importedFrom.value)
        : undefined;
      const title =
        statedInName ?? url ?? (importedName ? `Imported from ${importedName}` : "Wikidata reference");
      const notes = [
        `A reference of Wikidata (${iri}), read from ${this.graph.endpoint}.`,
        statedInName ? `Stated in: ${statedInName}.` : "",
        retrieved ? `Retrieved (as Wikidata records it): ${retrieved}.` : "",
        importedName
          ? `Imported from Wikimedia project: ${importedName} (a bot import, not a source in itself).`
          : "",
      ].filter(Boolean);
      this.sources.set(id, {
        id,
        title,
        kind: url ? "other" : "dataset",
        ...(published ? { published } : {}),
        ...(url && isHttp(url) ? { url } : {}),
        note: notes.join(" "),
      });
    }
    return {
      source: id,
      ...(quote ? { quote } : {}),
      ...(pages ? { locator: `page(s) ${pages}` } : {}),
      stance: "claim",
      claimedBy: "Wikidata",
      note: `Wikidata cites this reference for statement ${statement.iri}; the explorer has not read the source${quote ? ", and the quote is as Wikidata records it" : ""}.`,
    };
  }
}

function yearMonthDay(time: string | undefined): string | undefined {
  const match = time ? /^\+?(\d{4}-\d{2}-\d{2})/.exec(time) : null;
  return match?.[1];
}

function safeHost(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint;
  } catch {
    return endpoint;
  }
}
