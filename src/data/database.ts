/**
 * A database source: one SPARQL endpoint read with one profile (Wikidata, or generic RDF with the
 * vocabulary chosen in the mapping dialog). It searches, draws the chosen items and expands
 * neighbourhoods, keeping what was loaded, and hands the store a validated dataset after each step.
 * What a link needs to load the same view again (seeds, expansions with the rows "Load more" reached,
 * the vocabulary) is recorded here.
 */
import type { DatabaseExpansion, DatabaseLink, DatabaseProfile, RdfVocabulary } from "../domain/view/types";
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
import { RdfGraph, nodeIdOfIri } from "../domain/sparql/profiles/rdf/graph";
import {
  drawRdf,
  expandRdf,
  loadTermLabels,
  searchRdf,
  surveyRdf,
  type RdfSurvey,
} from "../domain/sparql/profiles/rdf/explore";
import { MAX_QUERY_LIMIT } from "../domain/sparql/query";
import { validateDataset, type ValidationResult } from "../domain/validation/validate";
import { createSparqlClient, type SparqlClient } from "./sparqlClient";

export type { SearchHit } from "../domain/sparql/profiles/wikidata/explore";
export type { RdfSurvey } from "../domain/sparql/profiles/rdf/explore";

export const DATABASE_PROFILES: readonly { id: DatabaseProfile; label: string }[] = [
  { id: "wikidata", label: "Wikidata (and Wikidata-shaped stores)" },
  { id: "rdf", label: "Generic RDF (rdf:type, rdfs:label, any predicate)" },
];

export const DEFAULT_EXPAND_LIMIT = 100;
export const SEARCH_LIMIT = 25;

export interface ExpandRequest {
  nodeId: string;
  hops: 1 | 2 | 3;
  /** Wikidata property ids, or the generic profile's predicate IRIs, to follow (default: all). */
  properties?: readonly string[];
  limit?: number;
  offset?: number;
}

export class DatabaseSession {
  private readonly client: SparqlClient;
  private readonly wikidata: WikidataGraph;
  private readonly rdf: RdfGraph;
  /** The generic profile's vocabulary, once chosen in the mapping dialog. */
  vocabulary: RdfVocabulary | null = null;
  /** Drawn items (Wikidata: node ids; generic RDF: IRIs), in order. */
  private readonly seeds: string[] = [];
  private readonly expanded: DatabaseExpansion[] = [];

  constructor(
    readonly endpoint: string,
    readonly profile: DatabaseProfile = "wikidata",
    client?: SparqlClient,
  ) {
    this.client = client ?? createSparqlClient({ endpoint });
    this.wikidata = new WikidataGraph(this.client.endpoint);
    this.rdf = new RdfGraph(this.client.endpoint);
  }

  /** The Wikidata profile's graph (for tests and the panel). */
  get graph(): WikidataGraph {
    return this.wikidata;
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
      expanded: this.expanded.map((e) => ({ ...e })),
      ...(this.profile === "rdf" && this.vocabulary ? { vocabulary: this.vocabulary } : {}),
    };
  }

  private runner(signal?: AbortSignal): RunQuery {
    return (query) => this.client.select(query, signal);
  }

  /** Generic RDF: which predicates and classes the store holds, and a sample, for the mapping dialog. */
  survey(signal?: AbortSignal): Promise<RdfSurvey> {
    return surveyRdf(this.runner(signal), this.client.endpoint);
  }

  /** The vocabulary chosen in the mapping dialog; the survey's labels name the types. */
  chooseVocabulary(vocabulary: RdfVocabulary, survey?: RdfSurvey): void {
    this.vocabulary = vocabulary;
    if (survey) for (const [iri, label] of survey.sample.termLabels) this.rdf.termLabels.set(iri, label);
  }

  /** Whether anything has been drawn yet (a changed vocabulary then re-opens the dataset). */
  get drawnAnything(): boolean {
    return this.seeds.length > 0;
  }

  search(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
    return this.profile === "rdf"
      ? searchRdf(this.runner(signal), text, SEARCH_LIMIT)
      : searchWikidata(this.runner(signal), text, SEARCH_LIMIT);
  }

  /** Draws the chosen items (by IRI). */
  async draw(iris: readonly string[], signal?: AbortSignal): Promise<ValidationResult> {
    if (this.profile === "rdf") {
      await drawRdf(this.runner(signal), this.rdf, iris);
      for (const iri of iris) if (!this.seeds.includes(iri)) this.seeds.push(iri);
      return this.dataset();
    }
    await loadEntities(this.runner(signal), this.wikidata, iris);
    for (const iri of iris) {
      const entity = this.wikidata.entities.get(iri);
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
    const limit = request.limit ?? DEFAULT_EXPAND_LIMIT;
    const options = {
      hops: request.hops,
      limit,
      ...(request.offset ? { offset: request.offset } : {}),
      ...(onProgress ? { onProgress } : {}),
    };
    let outcome: ExpandOutcome;
    if (this.profile === "rdf") {
      const vocabulary = this.requireVocabulary();
      const chosen = request.properties
        ? vocabulary.predicates.filter((p) => request.properties!.includes(p))
        : vocabulary.predicates;
      outcome = await expandRdf(
        this.runner(signal),
        this.rdf,
        [iri],
        { ...vocabulary, predicates: chosen },
        options,
      );
    } else {
      outcome = await expandWikidata(this.runner(signal), this.wikidata, [iri], {
        ...options,
        ...(request.properties ? { properties: request.properties } : {}),
      });
    }
    this.record(this.profile === "rdf" ? iri : request.nodeId, request.hops, (request.offset ?? 0) + limit);
    return { result: this.dataset(), outcome };
  }

  /**
   * Notes an expansion for the link: the most hops asked, and the most first-hop rows asked for
   * (a smaller limit, or "Load more"), so the link loads as much again; the default goes unsaid.
   */
  private record(id: string, hops: 1 | 2 | 3, rows: number) {
    const known = this.expanded.find((e) => e.id === id);
    const reached = Math.max(rows, known ? (known.rows ?? DEFAULT_EXPAND_LIMIT) : rows);
    const entry: DatabaseExpansion = {
      id,
      hops: known && known.hops > hops ? known.hops : hops,
      ...(reached !== DEFAULT_EXPAND_LIMIT ? { rows: reached } : {}),
    };
    if (known) this.expanded[this.expanded.indexOf(known)] = entry;
    else this.expanded.push(entry);
  }

  /** Loads what a link recorded: its seeds drawn, then its expansions in order, each to the rows it reached. */
  async replay(link: DatabaseLink, signal?: AbortSignal, onProgress?: (message: string) => void) {
    const rdf = this.profile === "rdf";
    if (rdf && link.vocabulary) {
      this.vocabulary = link.vocabulary;
      const { predicates, classes } = link.vocabulary;
      await loadTermLabels(this.runner(signal), this.rdf, [...predicates, ...classes]);
    }
    const iriOfId = (id: string) => (rdf ? id : `${WIKIDATA_ENTITY}${id.toUpperCase()}`);
    let result = await this.draw(link.seeds.map(iriOfId), signal);
    for (const { id, hops, rows } of link.expanded) {
      const nodeId = rdf ? nodeIdOfIri(id) : id;
      if (!this.iriOf(nodeId)) {
        if (rdf) this.rdf.resource(id);
        else await loadEntities(this.runner(signal), this.wikidata, [iriOfId(id)]);
      }
      const wanted = rows ?? DEFAULT_EXPAND_LIMIT;
      for (let offset = 0; offset < wanted;) {
        const limit = Math.min(wanted - offset, MAX_QUERY_LIMIT);
        const done = await this.expand(
          { nodeId, hops, limit, ...(offset ? { offset } : {}) },
          signal,
          onProgress,
        );
        result = done.result;
        offset += limit;
        if (!done.outcome.more) break;
      }
    }
    return result;
  }

  iriOf(nodeId: string): string | undefined {
    if (this.profile === "rdf") {
      for (const iri of this.rdf.resources.keys()) if (nodeIdOfIri(iri) === nodeId) return iri;
      return undefined;
    }
    for (const entity of this.wikidata.entities.values()) if (nodeIdOf(entity) === nodeId) return entity.iri;
    return undefined;
  }

  /** The relationships an actor can be expanded through: the profile's properties, or the chosen predicates. */
  expandChoices(): { id: string; label: string; hint: string }[] {
    if (this.profile === "rdf")
      return (this.vocabulary?.predicates ?? []).map((iri) => ({
        id: iri,
        label: this.rdf.termLabel(iri),
        hint: iri,
      }));
    return WIKIDATA_PROPERTIES.map((p) => ({ id: p.id, label: p.label, hint: p.id }));
  }

  private requireVocabulary(): RdfVocabulary {
    if (!this.vocabulary)
      throw new Error("Choose which predicates and classes to read first (the mapping dialog).");
    return this.vocabulary;
  }

  dataset(): ValidationResult {
    if (this.profile === "rdf") {
      const { dataset } = this.rdf.toDataset(this.requireVocabulary(), this.fileName);
      return validateDataset(dataset, this.fileName);
    }
    return validateDataset(this.wikidata.toDataset(), this.fileName);
  }
}

/** The Wikidata profile's relationship properties, for the expand options. */
export const EXPAND_PROPERTIES = WIKIDATA_PROPERTIES;
