/**
 * The RDF vocabulary of the Turtle and JSON-LD exports: the standard namespaces they reuse and the
 * app's own terms (`pne:`), for what no standard vocabulary says (a type's colour, a citation's stance).
 * The README's "RDF export" section documents each term; a test keeps the two in step.
 *
 * The app's namespace is under `.invalid`, a top-level domain reserved never to resolve (RFC 2606):
 * the terms are identifiers, not web pages, and can never collide with someone else's domain.
 */
export const PNE = "https://proxy-network-explorer.invalid/vocab#";
/** Where exported datasets' own resources live unless the caller gives a base. */
export const DEFAULT_DATA_BASE = "https://proxy-network-explorer.invalid/dataset/";

export const NAMESPACES = {
  pne: PNE,
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  dcterms: "http://purl.org/dc/terms/",
  prov: "http://www.w3.org/ns/prov#",
  schema: "https://schema.org/",
} as const;

/** The app's own terms, each with what it means (shown in the README table). */
export const PNE_TERMS = {
  Dataset: "A dataset of the app: its types, sources, actors and relationships.",
  ActorType: "An actor type (a class; each actor is an instance of its type).",
  RelationshipType: "A relationship type (a property linking two actors directly).",
  Source: "A source that citations point to (also a prov:Entity).",
  Citation: "One citation: a prov:Derivation from a source, with its quote, locator and stance.",
  Attribute: "A labelled fact about an actor or a relationship, with its own citations.",
  nodeType: "Links a dataset to one of its actor types.",
  relationshipType: "Links a dataset to one of its relationship types.",
  source: "Links a dataset to one of its sources.",
  actor: "Links a dataset to one of its actors.",
  relationship: "Links a dataset to one of its relationships (an rdf:Statement).",
  id: "The id the element has in the app's JSON format.",
  color: 'A colour as "#rrggbb".',
  shape: "The shape actors of a type are drawn with.",
  lineStyle: "solid, dashed or dotted.",
  directed: "Whether a relationship type has a direction.",
  inverseLabel: 'The label read from the target ("Trained by").',
  group: "The legend heading a relationship type is listed under.",
  kind: "article, government-document, report, dataset or other.",
  start: "A partial ISO date (year, year-month or full date): founded, began, joined.",
  end: "A partial ISO date: dissolved, ended, withdrew.",
  x: "The saved canvas position, horizontal.",
  y: "The saved canvas position, vertical.",
  attribute: "Links an actor or a relationship to an Attribute.",
  quote: "The words of the source, copied exactly.",
  locator: 'Where in the source ("paragraph 4").',
  stance: "pne:fact, pne:claim or pne:disputed: how the source states what is cited.",
  claimedBy: 'Who makes the claim the source reports (with stance pne:claim): "the Trump administration".',
  fact: "Stance: the source states it in its own voice.",
  claim: "Stance: the source reports someone's claim or accusation.",
  disputed: "Stance: the sources disagree.",
} as const;

export type PneTerm = keyof typeof PNE_TERMS;
