/**
 * What has been loaded from a generic RDF store (resources with their labels and classes, statements
 * between resources), and the dataset made from it through the import mapping (mapping.ts): the graph
 * becomes an ImportedGraph whose attributes are the profile's (rdfs:label, skos:prefLabel, class,
 * predicate), the user's vocabulary picks the mapping, and mapToDataset does the rest, as for a file.
 *
 * Citations: mapToDataset cites a file for claims without a source; here that "file" is the endpoint,
 * so its source is rewritten to say what it is: stated by the endpoint, no reference. Each citation is
 * a claim made by the endpoint (stance "claim"), with the statement's triple as its locator.
 */
import type { Dataset } from "../../../dataset/schema";
import { EMPTY_MAPPING, mapToDataset, type MappingSummary } from "../../../formats/mapping";
import { isFileSource } from "../../../formats/provenance";
import type { ImportedEdge, ImportedGraph, ImportedNode, Mapping } from "../../../formats/types";
import { slugify } from "../../../formats/mappingValues";
import type { RdfVocabulary } from "../../../view/types";
import type { ResultRow } from "../../results";
import { RDF_ATTRIBUTES, localName } from "./profile";

export interface RdfResource {
  iri: string;
  rdfsLabel?: string;
  prefLabel?: string;
  /** Class IRIs, in the order read. */
  classes: string[];
}

export interface RdfStatement {
  subject: string;
  predicate: string;
  object: string;
}

/** A predicate or class found in the store, with how often it occurs in the sample. */
export interface RdfTerm {
  iri: string;
  label: string;
  uses: number;
}

/** A stable node id for a resource: its last part as a slug, with a hash of the whole IRI. */
export function nodeIdOfIri(iri: string): string {
  const base = slugify(localName(iri)).slice(0, 60).replace(/-+$/, "") || "resource";
  return `${base}-${hash(iri)}`;
}

/** FNV-1a, 32 bits, base 36: short, stable, enough to tell apart resources with the same last part. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const statementKey = (s: RdfStatement) => `${s.subject}\n${s.predicate}\n${s.object}`;

/** A label in English or without a language beats one in another language. */
function better(known: string | undefined, row: ResultRow[string]): string | undefined {
  if (!row?.value) return known;
  if (known === undefined) return row.value;
  return !row.language || row.language.toLowerCase().startsWith("en") ? row.value : known;
}

export class RdfGraph {
  readonly resources = new Map<string, RdfResource>();
  readonly statements = new Map<string, RdfStatement>();
  /** Labels of predicates and classes, from the survey or the entities query. */
  readonly termLabels = new Map<string, string>();

  constructor(readonly endpoint: string) {}

  resource(iri: string): RdfResource {
    let known = this.resources.get(iri);
    if (!known) {
      known = { iri, classes: [] };
      this.resources.set(iri, known);
    }
    return known;
  }

  /** Rows of entities.rq (or search.rq). */
  addResources(rows: readonly ResultRow[]): void {
    for (const row of rows) {
      const iri = row.entity ?? row.item;
      if (iri?.type !== "iri") continue;
      const resource = this.resource(iri.value);
      const rdfsLabel = better(resource.rdfsLabel, row.label);
      if (rdfsLabel !== undefined) resource.rdfsLabel = rdfsLabel;
      const prefLabel = better(resource.prefLabel, row.prefLabel);
      if (prefLabel !== undefined) resource.prefLabel = prefLabel;
      if (row.class?.type === "iri") {
        if (!resource.classes.includes(row.class.value)) resource.classes.push(row.class.value);
        const label = better(this.termLabels.get(row.class.value), row.classLabel);
        if (label !== undefined) this.termLabels.set(row.class.value, label);
      }
    }
  }

  /** Rows of statements.rq or sample.rq. Returns the statements not seen before. */
  addStatements(rows: readonly ResultRow[]): RdfStatement[] {
    const added: RdfStatement[] = [];
    for (const row of rows) {
      if (row.subject?.type !== "iri" || row.predicate?.type !== "iri" || row.object?.type !== "iri")
        continue;
      const statement = {
        subject: row.subject.value,
        predicate: row.predicate.value,
        object: row.object.value,
      };
      const key = statementKey(statement);
      if (this.statements.has(key)) continue;
      this.statements.set(key, statement);
      this.resource(statement.subject);
      this.resource(statement.object);
      added.push(statement);
    }
    return added;
  }

  /** Rows of predicates.rq or classes.rq: the terms found, most used first. */
  addTerms(rows: readonly ResultRow[], variable: "predicate" | "class"): RdfTerm[] {
    const terms = new Map<string, RdfTerm>();
    for (const row of rows) {
      const iri = row[variable];
      if (iri?.type !== "iri") continue;
      const label = better(this.termLabels.get(iri.value), row.label);
      if (label !== undefined) this.termLabels.set(iri.value, label);
      const uses = Number(row.uses?.value ?? 0);
      const known = terms.get(iri.value);
      terms.set(iri.value, {
        iri: iri.value,
        label: this.termLabel(iri.value),
        uses: Math.max(known?.uses ?? 0, Number.isFinite(uses) ? uses : 0),
      });
    }
    return [...terms.values()];
  }

  /** Rows of entities.rq read for predicates and classes: their rdfs:label. */
  addTermLabels(rows: readonly ResultRow[]): void {
    for (const row of rows) {
      if (row.entity?.type !== "iri") continue;
      const label = better(this.termLabels.get(row.entity.value), row.label);
      if (label !== undefined) this.termLabels.set(row.entity.value, label);
    }
  }

  termLabel(iri: string): string {
    return this.termLabels.get(iri) ?? localName(iri);
  }

  /** The resources one hop from these through the loaded statements the vocabulary follows. */
  neighboursOf(iris: ReadonlySet<string>, predicates: ReadonlySet<string>): Set<string> {
    const found = new Set<string>();
    for (const s of this.statements.values()) {
      if (!predicates.has(s.predicate)) continue;
      if (iris.has(s.subject) && !iris.has(s.object)) found.add(s.object);
      if (iris.has(s.object) && !iris.has(s.subject)) found.add(s.subject);
    }
    return found;
  }

  /** The loaded graph as the import mapping reads it, with only what the vocabulary follows. */
  toImportedGraph(vocabulary: RdfVocabulary, name: string): ImportedGraph {
    const predicates = new Set(vocabulary.predicates);
    const classRank = new Map(vocabulary.classes.map((iri, i) => [iri, i]));
    const edges: ImportedEdge[] = [];
    const linked = new Set<string>();
    for (const s of this.statements.values()) {
      if (!predicates.has(s.predicate)) continue;
      linked.add(s.subject).add(s.object);
      edges.push({
        id: `${slugify(localName(s.predicate)).slice(0, 30).replace(/-+$/, "") || "statement"}-${hash(statementKey(s))}`,
        source: nodeIdOfIri(s.subject),
        target: nodeIdOfIri(s.object),
        directed: true,
        attributes: {
          [RDF_ATTRIBUTES.predicate]: this.termLabel(s.predicate),
          [RDF_ATTRIBUTES.predicateIri]: s.predicate,
        },
        locator: `the statement <${s.subject}> <${s.predicate}> <${s.object}>`,
      });
    }
    const nodes: ImportedNode[] = [];
    for (const r of this.resources.values()) {
      // A resource only reached through a predicate no longer followed is left out.
      if (!linked.has(r.iri) && !this.drawn.has(r.iri)) continue;
      const chosen = r.classes
        .filter((c) => classRank.has(c))
        .sort((a, b) => classRank.get(a)! - classRank.get(b)!)[0];
      nodes.push({
        id: nodeIdOfIri(r.iri),
        label: localName(r.iri),
        attributes: {
          [RDF_ATTRIBUTES.iri]: r.iri,
          ...(r.rdfsLabel !== undefined ? { [RDF_ATTRIBUTES.rdfsLabel]: r.rdfsLabel } : {}),
          ...(r.prefLabel !== undefined ? { [RDF_ATTRIBUTES.skosPrefLabel]: r.prefLabel } : {}),
          ...(chosen ? { [RDF_ATTRIBUTES.class]: this.termLabel(chosen) } : {}),
          ...(r.classes.length > 0
            ? { [RDF_ATTRIBUTES.classes]: r.classes.map((c) => this.termLabel(c)) }
            : {}),
        },
        locator: `the resource <${r.iri}>`,
      });
    }
    return {
      format: "app-json",
      formatLabel: `the SPARQL endpoint ${this.endpoint} (generic RDF profile)`,
      file: name,
      title: `Generic RDF: ${name}`,
      description: `Read from the SPARQL endpoint ${this.endpoint} with the generic RDF profile. RDF statements carry no references: each actor and relationship is cited as stated by the endpoint, with no reference.`,
      directedByDefault: true,
      nodeAttributes: [
        { key: RDF_ATTRIBUTES.rdfsLabel, title: "rdfs:label", kind: "string" },
        { key: RDF_ATTRIBUTES.skosPrefLabel, title: "skos:prefLabel", kind: "string" },
        { key: RDF_ATTRIBUTES.class, title: "Class (rdf:type)", kind: "string" },
        { key: RDF_ATTRIBUTES.classes, title: "All classes (rdf:type)", kind: "list" },
        { key: RDF_ATTRIBUTES.iri, title: "IRI", kind: "string" },
      ],
      edgeAttributes: [
        { key: RDF_ATTRIBUTES.predicate, title: "Predicate", kind: "string" },
        { key: RDF_ATTRIBUTES.predicateIri, title: "Predicate IRI", kind: "string" },
      ],
      nodes,
      edges,
      warnings: [],
    };
  }

  /** Resources drawn on their own (search results), kept even without a relationship. */
  readonly drawn = new Set<string>();

  /** The dataset the vocabulary gives, through the import mapping. */
  toDataset(vocabulary: RdfVocabulary, name: string): { dataset: Dataset; summary: MappingSummary } {
    const graph = this.toImportedGraph(vocabulary, name);
    const { dataset, summary } = mapToDataset(graph, mappingOf(vocabulary));
    return { dataset: citeEndpoint(dataset, this.endpoint), summary };
  }
}

/** The import mapping a vocabulary stands for. */
export function mappingOf(vocabulary: RdfVocabulary): Mapping {
  return {
    ...EMPTY_MAPPING,
    label: vocabulary.label,
    nodeType: vocabulary.classes.length > 0 ? RDF_ATTRIBUTES.class : null,
    relationshipType: vocabulary.oneRelationshipType ? null : RDF_ATTRIBUTES.predicate,
  };
}

/**
 * The "file" the mapping cited is the endpoint: its source says so, and each citation is a claim the
 * endpoint makes, with no reference. Nothing else is invented.
 */
export function citeEndpoint(dataset: Dataset, endpoint: string): Dataset {
  const cited = new Set(dataset.sources.filter(isFileSource).map((s) => s.id));
  const host = hostOf(endpoint);
  const note = `Stated by ${endpoint}, no reference.`;
  const cite = <T extends { citations: Dataset["nodes"][number]["citations"] }>(element: T): T => ({
    ...element,
    citations: element.citations.map((c) =>
      cited.has(c.source) ? { ...c, stance: "claim" as const, claimedBy: host, note } : c,
    ),
  });
  const withAttributes = <T extends Dataset["nodes"][number] | Dataset["edges"][number]>(element: T): T => {
    const next = cite(element);
    return next.attributes ? { ...next, attributes: next.attributes.map(cite) } : next;
  };
  return {
    ...dataset,
    id: slugify(`sparql-rdf-${host}`) || "sparql-rdf",
    sources: dataset.sources.map((s) =>
      cited.has(s.id)
        ? {
            id: s.id,
            title: `Statements at ${host} without a reference`,
            kind: "dataset",
            note: `Stated by ${endpoint}, no reference: a generic RDF statement carries none. This entry only says where the actors and relationships were read; it is not a source for them.`,
          }
        : s,
    ),
    nodes: dataset.nodes.map(withAttributes),
    edges: dataset.edges.map(withAttributes),
  };
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host || endpoint;
  } catch {
    return endpoint;
  }
}
