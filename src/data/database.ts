/**
 * A database source: one SPARQL endpoint read with one profile. It searches, draws the chosen items
 * and expands neighbourhoods, keeping what was loaded, and hands the store a validated dataset after
 * each step. What a link needs to load the same view again (seeds and expansions) is recorded here.
 */
import type { DatabaseLink, DatabaseProfile } from "../domain/view/types";
import {
  expandWikidata,
  loadEntities,
  searchWikidata,
  type ExpandOutcome,
  type RunQuery,
  type SearchHit,
} from "../domain/sparql/profiles/wikidata/explore";
import { WikidataGraph, nodeIdOf } from "../domain/sparql/profiles/wikidata/graph";
import { WIKIDATA_ENTITY, WIKIDATA_PROPERTIES } from "../domain/sparql/profiles/wikidata/profile";
import { validateDataset, type ValidationResult } from "../domain/validation/validate";
import { createSparqlClient, type SparqlClient } from "./sparqlClient";

export type { SearchHit } from "../domain/sparql/profiles/wikidata/explore";

export const DATABASE_PROFILES: readonly { id: DatabaseProfile; label: string }[] = [
  { id: "wikidata", label: "Wikidata (and Wikidata-shaped stores)" },
];

export const DEFAULT_EXPAND_LIMIT = 100;
export const SEARCH_LIMIT = 25;

export interface ExpandRequest {
  nodeId: string;
  hops: 1 | 2 | 3;
  properties?: readonly string[];
  limit?: number;
  offset?: number;
}

export class DatabaseSession {
  readonly graph: WikidataGraph;
  private readonly client: SparqlClient;
  /** Drawn items' node ids, in order. */
  private readonly seeds: string[] = [];
  private readonly expanded: { id: string; hops: 1 | 2 | 3 }[] = [];

  constructor(
    readonly endpoint: string,
    readonly profile: DatabaseProfile = "wikidata",
    client?: SparqlClient,
  ) {
    this.client = client ?? createSparqlClient({ endpoint });
    this.graph = new WikidataGraph(this.client.endpoint);
  }

  /** The name the dataset is opened under (shown in the menu, used in export file names). */
  get fileName(): string {
    return `${new URL(this.client.endpoint).host} (${this.profile})`;
  }

  link(): DatabaseLink {
    return {
      endpoint: this.endpoint,
      profile: this.profile,
      seeds: [...this.seeds],
      expanded: [...this.expanded],
    };
  }

  private runner(signal?: AbortSignal): RunQuery {
    return (query) => this.client.select(query, signal);
  }

  search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
    return searchWikidata(this.runner(signal), text, SEARCH_LIMIT);
  }

  /** Draws the chosen items (by IRI). */
  async draw(iris: readonly string[], signal?: AbortSignal): Promise<ValidationResult> {
    await loadEntities(this.runner(signal), this.graph, iris);
    for (const iri of iris) {
      const entity = this.graph.entities.get(iri);
      if (entity && !this.seeds.includes(nodeIdOf(entity))) this.seeds.push(nodeIdOf(entity));
    }
    return this.dataset();
  }

  /** Expands an actor's neighbourhood; `more` says whether "load more" would find further statements. */
  async expand(
    request: ExpandRequest,
    signal?: AbortSignal,
    onProgress?: (message: string) => void,
  ): Promise<{ result: ValidationResult; outcome: ExpandOutcome }> {
    const iri = this.iriOf(request.nodeId);
    if (!iri) throw new Error(`“${request.nodeId}” was not loaded from this database.`);
    const outcome = await expandWikidata(this.runner(signal), this.graph, [iri], {
      hops: request.hops,
      limit: request.limit ?? DEFAULT_EXPAND_LIMIT,
      ...(request.properties ? { properties: request.properties } : {}),
      ...(request.offset ? { offset: request.offset } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    if (!this.expanded.some((e) => e.id === request.nodeId && e.hops >= request.hops)) {
      this.expanded.push({ id: request.nodeId, hops: request.hops });
    }
    return { result: this.dataset(), outcome };
  }

  /** Loads what a link recorded: its seeds drawn, then its expansions in order. */
  async replay(link: DatabaseLink, signal?: AbortSignal, onProgress?: (message: string) => void) {
    const iriOfId = (id: string) => `${WIKIDATA_ENTITY}${id.toUpperCase()}`;
    let result = await this.draw(link.seeds.map(iriOfId), signal);
    for (const { id, hops } of link.expanded) {
      if (!this.iriOf(id)) await loadEntities(this.runner(signal), this.graph, [iriOfId(id)]);
      result = (await this.expand({ nodeId: id, hops }, signal, onProgress)).result;
    }
    return result;
  }

  iriOf(nodeId: string): string | undefined {
    for (const entity of this.graph.entities.values()) if (nodeIdOf(entity) === nodeId) return entity.iri;
    return undefined;
  }

  dataset(): ValidationResult {
    return validateDataset(this.graph.toDataset(), this.fileName);
  }
}

/** The profile's relationship properties, for the expand options. */
export const EXPAND_PROPERTIES = WIKIDATA_PROPERTIES;
