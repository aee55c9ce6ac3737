/**
 * The vocabulary of what the user is looking at, shared by the filters, the URL codec, the store and
 * the canvas: the view spec (filters, focus, path), the selection, the viewport and the view state a
 * link carries. Types only; the rules live beside them (filters.ts, selection.ts, urlCodec.ts).
 */
import type { LayoutName } from "./layouts";
import type { ColorBy } from "./colorBy";
import type { SizeBy } from "./sizeBy";
import type { Mapping } from "../formats/types";

export type { LayoutName } from "./layouts";

/** Inclusive years; either end may be open. */
export interface YearRange {
  from?: number;
  to?: number;
}

export interface ViewFilters {
  /** Sorted, unique. Types not listed are shown, so types new to a dataset default to visible. */
  hiddenRelationshipTypes: string[];
  /** Sorted, unique. */
  hiddenNodeTypes: string[];
  /** null = no time filter. */
  years: YearRange | null;
  /** Whether undated relationships stay when a year range is set. */
  includeUndated: boolean;
  /** null = all sources; otherwise only claims citing these source ids (sorted, unique; [] = none). */
  sources: string[] | null;
  /**
   * Only relationships some source states as fact (in its own voice): those whose every citation is
   * a reported claim or a disputed point go. Actors are not judged by stance (see filters.ts).
   */
  factsOnly: boolean;
  /** null = automatic: on when any other filter or a focus is active. */
  hideIsolated: boolean | null;
}

export interface Focus {
  /** The actors focused on (at least one; an empty list is treated as no focus). */
  nodeIds: string[];
  hops: 1 | 2 | 3;
}

export interface PathQuery {
  from: string;
  to: string;
  directed: boolean;
}

/** What the canvas should show: the filters, an optional focus and an optional path query. */
export interface ViewSpec {
  filters: ViewFilters;
  focus: Focus | null;
  path: PathQuery | null;
}

/**
 * What the user has selected: one relationship, or one or more actors. `id` is the current one (the
 * details panel shows it); `also` lists actors selected before it with shift-click or a box, oldest
 * first, for exporting a selection.
 */
export type Selection = { kind: "edge"; id: string } | { kind: "node"; id: string; also?: string[] };

/** Where the canvas looks: zoom factor and pan in rendered pixels, as Cytoscape reports them. */
export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

/** Which table the table view shows in place of the canvas. */
export type TableKind = "actors" | "relationships";

/** Everything a shared link carries; the store's view slice holds exactly this (the dataset aside). */
export interface ViewState {
  /** Bundled dataset file name, e.g. "quds-force.json". */
  dataset: string | null;
  /** A file at an http(s) link, opened from it (instead of a bundled dataset). */
  url?: string;
  /** The name of a file opened from disk and kept in this browser (instead of a bundled dataset). */
  file?: string;
  /** How a linked file of another format maps to a dataset, when it is small enough for a link. */
  mapping?: Mapping;
  /** A SPARQL database read with a profile (instead of a file): what to load to show the same view. */
  database?: DatabaseLink;
  spec: ViewSpec;
  selection: Selection | null;
  layout: LayoutName;
  layoutRoot: string | null;
  viewport: Viewport | null;
  /** The table shown in place of the canvas (actors or relationships); absent: the graph is shown. */
  table?: TableKind;
  /** What an actor's size on the canvas means. */
  sizeBy: SizeBy;
  /** What an actor's colour on the canvas means; absent: its type. */
  colorBy?: ColorBy;
  /**
   * In the overview of a very large graph: the groups expanded into their actors, by key (the id of
   * each group's most connected actor), in the order they were expanded; absent: none.
   */
  groups?: string[];
}

export type DatabaseProfile = "wikidata" | "rdf";

/**
 * What the user chose in the mapping dialog for a generic RDF store: which predicate gives the
 * labels, which classes (rdf:type) become actor types, and which predicates are followed as
 * relationships (each its own type, unless all share one).
 */
export interface RdfVocabulary {
  label: "rdfs:label" | "skos:prefLabel" | null;
  /** Class IRIs drawn as actor types; empty: one type for all. */
  classes: string[];
  /** Predicate IRIs followed as relationships. */
  predicates: string[];
  /** True: every predicate followed becomes the one type "Related to". */
  oneRelationshipType?: boolean;
}

/** An expansion recorded in a link: the actor, the hops, and how many pages ("Load more") were loaded. */
export interface DatabaseExpansion {
  id: string;
  hops: 1 | 2 | 3;
  /** After "Load more": how many statements of the first hop were asked for in all; absent: one page. */
  rows?: number;
}

/**
 * A database view in a link: the endpoint, the profile, the actors drawn and those expanded (with
 * hops). With the Wikidata profile, actors are node ids (q42); with the generic RDF profile they are
 * the resources' IRIs, and the vocabulary chosen in the mapping dialog comes along.
 */
export interface DatabaseLink {
  endpoint: string;
  profile: DatabaseProfile;
  seeds: string[];
  expanded: DatabaseExpansion[];
  vocabulary?: RdfVocabulary;
}

/** A layout to run: which one, its seed (from the dataset id), the hierarchy's root, and whether to glide. */
export interface LayoutRequest {
  name: LayoutName;
  /** Seed for layouts that use randomness; derived from the dataset id. */
  seed: number;
  /** The root actor of the breadth-first hierarchy. */
  root?: string;
  /** Animate the move (user-asked re-layouts); first draws are not animated. */
  animate?: boolean;
}

/** A layout that is running, for the progress note: what, how big, since when, and where. */
export interface LayoutStatus {
  name: LayoutName;
  nodes: number;
  startedAt: number;
  where: "page" | "worker";
  /** When the computed positions arrived and the actors began to move to them (performance.now()). */
  placingAt?: number;
}
