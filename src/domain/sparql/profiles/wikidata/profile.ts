/**
 * The Wikidata profile: which Wikidata properties the app follows, what each becomes in the app's
 * shared relationship vocabulary, and the query files (readable beside this module).
 *
 * Every property id here was checked in stored copies of public pages read through the search tool,
 * never guessed. Checked against Wikidata's own pages: P749 parent organization and P355 has
 * subsidiary (Property talk:P355), P463 member of and P1344 participant of (Property talk:P463),
 * P361 part of (Property talk:P361; Property talk:P527 calls it the inverse of has part), P8324
 * funder (Property talk:P8324: "entity that gives money to a person, organization, or project for a
 * specific purpose"), P859 sponsor (named with its id on Property talk:P8324), P31 instance of
 * (Help:Sources), P571 inception and P580 start time (WikiProject Companies/Properties), P582 end
 * time (Property talk:P577, among its allowed qualifiers), P585 point in time (Wikidata:Tours/
 * Qualifiers), P248 stated in and P854 reference URL (Help:Sources; List of properties/Citing
 * sources), P813 retrieved (Property talk:P813), P304 page(s) and P143 imported from Wikimedia
 * project (List of properties/Citing sources), P577 publication date (Property talk:P577: "date or
 * point in time when a work was first published or released").
 * Checked only in other stored public files, no Wikidata page being found: P607 conflict
 * ("conflict (P607)" and "participated in conflict (P607)" in three independent files) and P1683
 * quotation (a stored summary of Help:Sources listing "quotation (P1683)" among a reference's
 * supporting properties).
 *
 * How they are read: sponsor and funder are stated on the item sponsored or funded, so they are
 * read the other way (the sponsor supports the item; the funder funds it). Part of, like parent
 * organization and member of, becomes "part of"; conflict, like participant of, "took part in".
 * A statement's dates are its start time and end time; a point in time stands for both when the
 * statement has neither (it held then). A reference's quotation becomes the citation's quote, as
 * Wikidata records it; its publication date becomes the source's publication date.
 *
 * Left out:
 * - founded by (P112): its id is named so in many stored files, but the shared vocabulary has no
 *   type for founding. "Leads" would say the founder commands the group (founding is not leading,
 *   and founders leave), and "linked to" is for a connection whose nature the source does not say,
 *   which Wikidata does.
 * - designated as terrorist by (P3461): it would map to "designates" (read the other way), but only
 *   one stored codebase names the id, and no Wikidata page was found; a designation drawn from a
 *   wrong id would be a grave misstatement, so it waits for a Wikidata page.
 * - chairperson, director/manager, ally and opponent properties: no stored page confirming their
 *   ids was found.
 * Adding one is one row here (and a line in the README), once its id is checked.
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
  { id: "P361", label: "part of", type: "part-of", reversed: false },
  { id: "P607", label: "conflict", type: "took-part-in", reversed: false },
  { id: "P859", label: "sponsor", type: "supports", reversed: true },
  { id: "P8324", label: "funder", type: "funds", reversed: true },
];

/** Statement qualifiers the app reads (pq:Pxxx), as the relationship's dates. */
export const QUALIFIERS = {
  startTime: "P580",
  endTime: "P582",
  pointInTime: "P585",
} as const;

/** Reference parts the app reads (pr:Pxxx). */
export const REFERENCE_PARTS = {
  statedIn: "P248",
  referenceUrl: "P854",
  retrieved: "P813",
  pages: "P304",
  importedFrom: "P143",
  quotation: "P1683",
  publicationDate: "P577",
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
  {
    id: "supports",
    label: "Supports",
    inverseLabel: "Supported by",
    description: "Gives political, material or other backing not covered by a more specific type.",
    color: "#2563eb",
    lineStyle: "solid",
    directed: true,
    group: "Patronage",
  },
  {
    id: "funds",
    label: "Funds",
    inverseLabel: "Funded by",
    description: "Gives money or financial support to.",
    color: "#15803d",
    lineStyle: "solid",
    directed: true,
    group: "Patronage",
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
