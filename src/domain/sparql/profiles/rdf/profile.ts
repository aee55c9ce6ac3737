/**
 * The generic RDF profile: for any SPARQL store that does not follow Wikidata's layout. rdf:type gives
 * actor types, rdfs:label or skos:prefLabel the labels, and each predicate linking two resources a
 * relationship type; which ones, the user chooses in the import mapping dialog after the app has asked
 * the store which predicates and classes occur. The query files are readable beside this module.
 *
 * A generic RDF statement carries no reference: what is read is cited as "stated by <endpoint>, no
 * reference", the way the app shows any statement without one, and never given a made-up source.
 */
import classesQuery from "./classes.rq?raw";
import entitiesQuery from "./entities.rq?raw";
import predicatesQuery from "./predicates.rq?raw";
import sampleQuery from "./sample.rq?raw";
import searchQuery from "./search.rq?raw";
import statementsQuery from "./statements.rq?raw";

export const RDF_QUERIES = {
  predicates: predicatesQuery,
  classes: classesQuery,
  sample: sampleQuery,
  search: searchQuery,
  statements: statementsQuery,
  entities: entitiesQuery,
} as const;

export type RdfQueryName = keyof typeof RDF_QUERIES;

export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
export const RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
export const SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel";

/** The attributes the profile gives the mapping dialog (keys of ImportedGraph's attributes). */
export const RDF_ATTRIBUTES = {
  rdfsLabel: "rdfs:label",
  skosPrefLabel: "skos:prefLabel",
  /** The label of the first chosen class of a resource. */
  class: "class",
  classes: "rdf:type",
  iri: "iri",
  predicate: "predicate",
  predicateIri: "predicate-iri",
} as const;

/** The last part of an IRI ("…/ontology#funds" -> "funds"), for a name where the store gives none. */
export function localName(iri: string): string {
  const cut = iri.replace(/[/#]+$/, "");
  const at = Math.max(cut.lastIndexOf("/"), cut.lastIndexOf("#"), cut.lastIndexOf(":"));
  const name = at >= 0 ? cut.slice(at + 1) : cut;
  try {
    return decodeURIComponent(name) || iri;
  } catch {
    return name || iri;
  }
}
