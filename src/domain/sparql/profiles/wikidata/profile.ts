/**
 * The Wikidata profile: which Wikidata properties the app follows, what each becomes in the app's
 * shared relationship vocabulary, and the query files (readable beside this module).
 *
 * Every property id here was checked against Wikidata's own pages (stored copies read through the
 * search tool): P749 parent organization and P355 has subsidiary (Property talk:P355), P463 member
 * of and P1344 participant of (Property talk:P463), P31 instance of (Help:Sources), P571 inception
 * and P580 start time (WikiProject Companies/Properties), P248 stated in and P854 reference URL
 * (Help:Sources; List of properties/Citing sources), P813 retrieved (Property talk:P813), P304
 * page(s) and P143 imported from Wikimedia project (List of properties/Citing sources).
 * Left out because no stored Wikidata page confirming their ids was found: part of, founded by,
 * chairperson, director/manager, sponsor, conflict, designated as terrorist by, ally and opponent
 * properties, end time, point in time, quotation and publication date. Adding one is one row here
 * (and a line in the README), once its id is checked.
 */
import type { RelationshipType } from "../../../dataset/schema";
import entitiesQuery from "./entities.rq?raw";
import referencesQuery from "./references.rq?raw";
import searchQuery from "./search.rq?raw";
import statementsQuery from "./statements.rq?raw";

export const WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
export const WIKIDATA_CLAIM = "http://www.wikidata.org/prop/";
export const WIKIDATA_STATEMENT_VALUE = "http://www.wikidata.org/prop/statement/";
export const WIKIDATA_REFERENCE_VALUE = "http://www.wikidata.org/prop/reference/";

export const WIKIDATA_QUERIES = {
  search: searchQuery,
  statements: statementsQuery,
  entities: entitiesQuery,
  references: referencesQuery,
} as const;

export interface WikidataProperty {
  id: string;
  label: string;
  /** The app's relationship type (VOCABULARY.md). */
  type: string;
  /** True when the statement's subject is the relationship's target ("has subsidiary" -> part of). */
  reversed: boolean;
}

export const WIKIDATA_PROPERTIES: readonly WikidataProperty[] = [
  { id: "P749", label: "parent organization", type: "part-of", reversed: false },
  { id: "P355", label: "has subsidiary", type: "part-of", reversed: true },
  { id: "P463", label: "member of", type: "part-of", reversed: false },
  { id: "P1344", label: "participant of", type: "took-part-in", reversed: false },
];

/** Reference parts the app reads (pr:Pxxx). */
export const REFERENCE_PARTS = {
  statedIn: "P248",
  referenceUrl: "P854",
  retrieved: "P813",
  pages: "P304",
  importedFrom: "P143",
} as const;

/** The shared vocabulary's entries for the types the profile produces (VOCABULARY.md). */
export const WIKIDATA_RELATIONSHIP_TYPES: readonly RelationshipType[] = [
  {
    id: "part-of",
    label: "Part of",
    inverseLabel: "Includes",
    description: "Is a unit, member or branch of.",
    color: "#475569",
    lineStyle: "dashed",
    directed: true,
    group: "Membership",
  },
  {
    id: "took-part-in",
    label: "Took part in",
    inverseLabel: "Participants",
    description: "Took part in (a war, revolution, negotiation).",
    color: "#c026d3",
    lineStyle: "dotted",
    directed: true,
    group: "Events",
  },
];

export function propertyById(id: string): WikidataProperty | undefined {
  return WIKIDATA_PROPERTIES.find((p) => p.id === id);
}

/** "http://www.wikidata.org/prop/P749" -> "P749"; undefined for anything else. */
export function claimPropertyId(iri: string): string | undefined {
  const match = iri.startsWith(WIKIDATA_CLAIM) ? /^P\d+$/.exec(iri.slice(WIKIDATA_CLAIM.length)) : null;
  return match?.[0];
}

/** "http://www.wikidata.org/entity/Q42" -> "Q42"; undefined for anything else. */
export function entityId(iri: string): string | undefined {
  const match = iri.startsWith(WIKIDATA_ENTITY) ? /^[QP]\d+$/.exec(iri.slice(WIKIDATA_ENTITY.length)) : null;
  return match?.[0];
}
