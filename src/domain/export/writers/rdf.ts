/**
 * The RDF exports (Turtle and JSON-LD), so a dataset can be loaded into a triple store and queried
 * with SPARQL beside other graphs. Both are written from one list of triples, so they say the same.
 *
 * The layout: each actor is an instance of its actor type; each relationship is both a direct triple
 * (actor, relationship type, actor), which is what a query over the graph wants, and an rdf:Statement
 * that carries its id, dates, description, attributes and citations. A citation is PROV-O's qualified
 * derivation: the element `prov:wasDerivedFrom` the source, and `prov:qualifiedDerivation` a
 * pne:Citation naming the source (`prov:entity`), the quote, the locator, the stance and who claims it.
 * The exported elements are the same as the JSON export's (the scope's actors and relationships, the
 * types and sources they use). Terms: ./rdfVocabulary.ts and the README.
 */
import { DataFactory, Writer, type Quad, type Quad_Object, type Quad_Subject } from "n3";
import type { DatasetIndex } from "../../dataset/datasetIndex";
import type { Attribute, Citation, Dataset, Position } from "../../dataset/schema";
import type { ExportElements } from "../scope";
import { subgraphDataset } from "./json";
import { DEFAULT_DATA_BASE, NAMESPACES, PNE, type PneTerm } from "./rdfVocabulary";

const { namedNode, literal, blankNode, quad } = DataFactory;

const ns = (prefix: keyof typeof NAMESPACES) => (local: string) => namedNode(`${NAMESPACES[prefix]}${local}`);
const rdf = ns("rdf");
const rdfs = ns("rdfs");
const xsd = ns("xsd");
const skos = ns("skos");
const dcterms = ns("dcterms");
const prov = ns("prov");
const schema = ns("schema");
const pne = (term: PneTerm) => namedNode(`${PNE}${term}`);

/** Where one dataset's resources live: `<base><dataset id>/actor/<actor id>` and so on. */
export function datasetIri(datasetId: string, base: string = DEFAULT_DATA_BASE): string {
  return `${base}${datasetId}`;
}

/** The triples of the exported part of a dataset. */
export function datasetQuads(
  index: DatasetIndex,
  elements: ExportElements,
  positions?: ReadonlyMap<string, Position>,
  base: string = DEFAULT_DATA_BASE,
): Quad[] {
  return new TripleBuilder(subgraphDataset(index, elements, positions), base).build();
}

/** Turtle with the prefixes of NAMESPACES and one prefix for the dataset's own resources. */
export function toTurtle(
  index: DatasetIndex,
  elements: ExportElements,
  positions?: ReadonlyMap<string, Position>,
  base: string = DEFAULT_DATA_BASE,
): string {
  const quads = datasetQuads(index, elements, positions, base);
  const writer = new Writer({ prefixes: { ...NAMESPACES, ds: `${datasetIri(index.dataset.id, base)}/` } });
  writer.addQuads(quads);
  let text = "";
  // Without an output stream n3's writer finishes synchronously, handing over the whole text.
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

/**
 * JSON-LD: a @context with the same prefixes, and a @graph with one object per subject (flattened
 * form: blank nodes by "_:" id), so any JSON-LD processor reads exactly the Turtle's triples.
 */
export function toJsonLd(
  index: DatasetIndex,
  elements: ExportElements,
  positions?: ReadonlyMap<string, Position>,
  base: string = DEFAULT_DATA_BASE,
): string {
  const quads = datasetQuads(index, elements, positions, base);
  const context = { ...NAMESPACES, ds: `${datasetIri(index.dataset.id, base)}/` };
  const compact = compactor(context);
  const subjects = new Map<string, Record<string, unknown>>();
  for (const q of quads) {
    const id = termId(q.subject, compact);
    let node = subjects.get(id);
    if (!node) subjects.set(id, (node = { "@id": id }));
    if (q.predicate.equals(rdf("type"))) {
      node["@type"] = [...((node["@type"] as string[] | undefined) ?? []), compact(q.object.value)];
      continue;
    }
    const key = compact(q.predicate.value);
    node[key] = [...((node[key] as unknown[] | undefined) ?? []), jsonLdValue(q.object, compact)];
  }
  return `${JSON.stringify({ "@context": context, "@graph": [...subjects.values()] }, null, 2)}\n`;
}

function compactor(context: Record<string, string>): (iri: string) => string {
  // Longest namespace first, so "ds:" wins over a shorter prefix of the same IRI.
  const entries = Object.entries(context).sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    for (const [prefix, namespace] of entries) {
      const local = iri.slice(namespace.length);
      // A compact IRI whose local part starts with "//" would read as an absolute IRI.
      if (iri.startsWith(namespace) && local.length > 0 && !local.startsWith("//"))
        return `${prefix}:${local}`;
    }
    return iri;
  };
}

function termId(term: Quad_Subject | Quad_Object, compact: (iri: string) => string): string {
  return term.termType === "BlankNode" ? `_:${term.value}` : compact(term.value);
}

function jsonLdValue(term: Quad_Object, compact: (iri: string) => string): Record<string, string> {
  if (term.termType !== "Literal") return { "@id": termId(term, compact) };
  if (term.datatype.value === `${NAMESPACES.xsd}string`) return { "@value": term.value };
  return { "@value": term.value, "@type": compact(term.datatype.value) };
}

/** A partial ISO date as the XML Schema type of its precision. */
function dateLiteral(date: string) {
  const type = date.length === 4 ? "gYear" : date.length === 7 ? "gYearMonth" : "date";
  return literal(date, xsd(type));
}

class TripleBuilder {
  private readonly quads: Quad[] = [];
  private readonly root: string;

  constructor(
    private readonly dataset: Dataset,
    base: string,
  ) {
    this.root = datasetIri(dataset.id, base);
  }

  build(): Quad[] {
    const { dataset } = this;
    const ds = namedNode(this.root);
    this.add(ds, rdf("type"), pne("Dataset"));
    this.add(ds, pne("id"), literal(dataset.id));
    this.add(ds, dcterms("title"), literal(dataset.title));
    if (dataset.description) this.add(ds, dcterms("description"), literal(dataset.description));
    for (const type of dataset.nodeTypes) {
      const t = this.iri("type", type.id);
      this.add(ds, pne("nodeType"), t);
      this.add(t, rdf("type"), pne("ActorType"));
      this.add(t, rdf("type"), rdfs("Class"));
      this.add(t, pne("id"), literal(type.id));
      this.add(t, rdfs("label"), literal(type.label));
      this.add(t, rdfs("comment"), literal(type.description));
      this.add(t, pne("color"), literal(type.color));
      this.add(t, pne("shape"), literal(type.shape));
    }
    for (const type of dataset.relationshipTypes) {
      const t = this.iri("relationship-type", type.id);
      this.add(ds, pne("relationshipType"), t);
      this.add(t, rdf("type"), pne("RelationshipType"));
      this.add(t, rdf("type"), rdf("Property"));
      this.add(t, pne("id"), literal(type.id));
      this.add(t, rdfs("label"), literal(type.label));
      if (type.inverseLabel) this.add(t, pne("inverseLabel"), literal(type.inverseLabel));
      this.add(t, rdfs("comment"), literal(type.description));
      this.add(t, pne("color"), literal(type.color));
      this.add(t, pne("lineStyle"), literal(type.lineStyle));
      this.add(t, pne("directed"), literal(String(type.directed), xsd("boolean")));
      if (type.group) this.add(t, pne("group"), literal(type.group));
    }
    for (const source of dataset.sources) {
      const s = this.iri("source", source.id);
      this.add(ds, pne("source"), s);
      this.add(s, rdf("type"), pne("Source"));
      this.add(s, rdf("type"), prov("Entity"));
      this.add(s, pne("id"), literal(source.id));
      this.add(s, dcterms("title"), literal(source.title));
      this.add(s, pne("kind"), literal(source.kind));
      if (source.publisher) this.add(s, dcterms("publisher"), literal(source.publisher));
      if (source.author) this.add(s, dcterms("creator"), literal(source.author));
      if (source.published) this.add(s, dcterms("issued"), dateLiteral(source.published));
      // Only http(s) addresses become links; anything else stays text, as in the app.
      if (source.url) {
        this.add(
          s,
          schema("url"),
          /^https?:\/\//i.test(source.url) ? safeIri(source.url) : literal(source.url),
        );
      }
      if (source.note) this.add(s, rdfs("comment"), literal(source.note));
    }
    for (const node of dataset.nodes) {
      const a = this.iri("actor", node.id);
      this.add(ds, pne("actor"), a);
      this.add(a, rdf("type"), this.iri("type", node.type));
      this.add(a, pne("id"), literal(node.id));
      this.add(a, rdfs("label"), literal(node.label));
      for (const alias of node.aliases ?? []) this.add(a, skos("altLabel"), literal(alias));
      if (node.summary) this.add(a, rdfs("comment"), literal(node.summary));
      this.dates(a, node.start, node.end);
      if (node.position) {
        this.add(a, pne("x"), literal(String(node.position.x), xsd("decimal")));
        this.add(a, pne("y"), literal(String(node.position.y), xsd("decimal")));
      }
      this.attributes(a, node.attributes);
      this.citations(a, node.citations);
    }
    for (const edge of dataset.edges) {
      const source = this.iri("actor", edge.source);
      const target = this.iri("actor", edge.target);
      const type = this.iri("relationship-type", edge.type);
      this.add(source, type, target);
      const r = this.iri("relationship", edge.id);
      this.add(ds, pne("relationship"), r);
      this.add(r, rdf("type"), rdf("Statement"));
      this.add(r, rdf("subject"), source);
      this.add(r, rdf("predicate"), type);
      this.add(r, rdf("object"), target);
      this.add(r, pne("id"), literal(edge.id));
      this.dates(r, edge.start, edge.end);
      if (edge.description) this.add(r, rdfs("comment"), literal(edge.description));
      this.attributes(r, edge.attributes);
      this.citations(r, edge.citations);
    }
    return this.quads;
  }

  private add(subject: Quad_Subject, predicate: ReturnType<typeof namedNode>, object: Quad_Object): void {
    this.quads.push(quad(subject, predicate, object));
  }

  private iri(kind: string, id: string) {
    return namedNode(`${this.root}/${kind}/${id}`);
  }

  private dates(subject: Quad_Subject, start?: string, end?: string): void {
    if (start) this.add(subject, pne("start"), dateLiteral(start));
    if (end) this.add(subject, pne("end"), dateLiteral(end));
  }

  private attributes(subject: Quad_Subject, attributes: readonly Attribute[] | undefined): void {
    for (const attribute of attributes ?? []) {
      const node = blankNode();
      this.add(subject, pne("attribute"), node);
      this.add(node, rdf("type"), pne("Attribute"));
      this.add(node, rdfs("label"), literal(attribute.label));
      this.add(node, rdf("value"), literal(attribute.value));
      this.citations(node, attribute.citations);
    }
  }

  private citations(subject: Quad_Subject, citations: readonly Citation[]): void {
    for (const citation of citations) {
      const source = this.iri("source", citation.source);
      const node = blankNode();
      this.add(subject, prov("wasDerivedFrom"), source);
      this.add(subject, prov("qualifiedDerivation"), node);
      this.add(node, rdf("type"), prov("Derivation"));
      this.add(node, rdf("type"), pne("Citation"));
      this.add(node, prov("entity"), source);
      if (citation.quote) this.add(node, pne("quote"), literal(citation.quote));
      if (citation.locator) this.add(node, pne("locator"), literal(citation.locator));
      this.add(node, pne("stance"), pne(citation.stance ?? "fact"));
      if (citation.claimedBy) this.add(node, pne("claimedBy"), literal(citation.claimedBy));
      if (citation.note) this.add(node, rdfs("comment"), literal(citation.note));
    }
  }
}

/** An IRI may not contain spaces, angle brackets, quotes or braces: those are percent-encoded. */
function safeIri(url: string) {
  return namedNode(url.replace(/[\s<>"{}|\\^`]/g, (c) => encodeURIComponent(c)));
}
