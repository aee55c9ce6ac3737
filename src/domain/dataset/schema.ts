/**
 * The dataset format: the single source of truth for the shape of `graph-data/*.json`.
 *
 * The TypeScript types (below) and the editor-facing JSON Schema (`graph-data/dataset.schema.json`,
 * written by `npm run schema`) are both derived from these zod schemas, so they cannot drift apart.
 * Rules that need the whole dataset (unique ids, references, date order) live in `validate.ts`.
 */
import { z } from "zod";

// Where it may, zod compiles its object checks with `new Function`, which is quicker. On the page the
// Content-Security-Policy forbids that, and zod would find out by trying, a try the browser reports as
// a violation: so wherever there is a document it is told up front. Workers and Node keep the speed.
if (typeof document !== "undefined") z.config({ jitless: true });

/** Stable, URL-safe identifiers: lower-case words joined by hyphens ("quds-force", "trains"). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "quds-force"')
  .describe("A stable slug: lower-case letters, digits and single hyphens.");

/** Partial ISO dates: a year, a month or a day, as precise as the source is. */
export const partialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    'must be a partial ISO date: "1983", "2019-04" or "2019-04-15"',
  )
  .describe('A partial ISO date: "1983", "2019-04" or "2019-04-15".');

export const colorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour such as "#1f77b4"')
  .describe('A hex colour, "#rrggbb".');

export const NODE_SHAPES = [
  "ellipse",
  "rectangle",
  "round-rectangle",
  "diamond",
  "round-diamond",
  "hexagon",
  "round-hexagon",
  "octagon",
  "triangle",
  "round-triangle",
  "pentagon",
  "star",
  "tag",
  "barrel",
  "rhomboid",
  "vee",
] as const;

export const LINE_STYLES = ["solid", "dashed", "dotted"] as const;

export const SOURCE_KINDS = ["article", "government-document", "report", "dataset", "other"] as const;

/**
 * How a source states a claim: as a fact in its own voice (the default), as someone's claim or
 * accusation that it reports (`claimedBy` says whose), or as a point the sources disagree on.
 */
export const STANCES = ["fact", "claim", "disputed"] as const;

export const nodeTypeSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    description: z.string().min(1).describe("One line saying what belongs to this type."),
    color: colorSchema,
    shape: z.enum(NODE_SHAPES),
  })
  .strict();

export const relationshipTypeSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1).describe('Read from source to target: "Trains".'),
    inverseLabel: z
      .string()
      .min(1)
      .optional()
      .describe('Read from target to source: "Trained by". Directed types should have one.'),
    description: z.string().min(1).describe("A one-line definition of the relationship."),
    color: colorSchema,
    lineStyle: z.enum(LINE_STYLES),
    directed: z.boolean(),
    group: z
      .string()
      .min(1)
      .optional()
      .describe('A heading the legend groups this type under: "Patronage", "Hostility".'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(1),
    kind: z.enum(SOURCE_KINDS),
    publisher: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    published: partialDateSchema.optional().describe("Publication date, where known."),
    url: z.string().min(1).optional().describe("An http(s) URL, where known. Never guessed."),
    note: z.string().min(1).optional(),
  })
  .strict();

export const citationSchema = z
  .object({
    source: idSchema.describe("The id of an entry in `sources`."),
    quote: z
      .string()
      .min(1)
      .optional()
      .describe("The words of the source that state the claim, copied exactly (typos included)."),
    locator: z.string().min(1).optional().describe('Where in the source: "paragraph 4", "p. 12".'),
    stance: z
      .enum(STANCES)
      .optional()
      .describe(
        'How the source states the claim: "fact" (in its own voice; the default), "claim" (it reports someone\'s claim or accusation; say whose in claimedBy) or "disputed" (the sources disagree).',
      ),
    claimedBy: z
      .string()
      .min(1)
      .optional()
      .describe('Who makes the claim or accusation the source reports: "the Trump administration".'),
    note: z
      .string()
      .min(1)
      .optional()
      .describe("A neutral note on this citation, in the dataset author's words (why it is disputed, say)."),
  })
  .strict();

const citationsSchema = z.array(citationSchema);

export const attributeSchema = z
  .object({
    label: z.string().min(1),
    value: z.string().min(1),
    citations: citationsSchema,
  })
  .strict();

export const positionSchema = z.object({ x: z.number(), y: z.number() }).strict();

export const nodeSchema = z
  .object({
    id: idSchema,
    label: z.string().min(1),
    type: idSchema.describe("The id of an entry in `nodeTypes`."),
    aliases: z.array(z.string().min(1)).optional(),
    summary: z.string().min(1).optional().describe("Neutral, in the dataset author's own words."),
    attributes: z.array(attributeSchema).optional(),
    start: partialDateSchema.optional().describe("Founded, began or took place."),
    end: partialDateSchema.optional().describe("Dissolved, ended or died."),
    citations: citationsSchema,
    position: positionSchema.optional().describe("A saved canvas position, kept by exports."),
  })
  .strict();

export const edgeSchema = z
  .object({
    id: idSchema,
    source: idSchema.describe("The id of the node the relationship starts from."),
    target: idSchema.describe("The id of the node the relationship points to."),
    type: idSchema.describe("The id of an entry in `relationshipTypes`."),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    description: z.string().min(1).optional(),
    attributes: z
      .array(attributeSchema)
      .optional()
      .describe("Facts about the relationship itself: the measure of a designation, say."),
    citations: citationsSchema,
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    formatVersion: z.literal(1),
    id: idSchema,
    title: z.string().min(1),
    description: z.string().min(1).optional(),
    nodeTypes: z.array(nodeTypeSchema).min(1),
    relationshipTypes: z.array(relationshipTypeSchema).min(1),
    sources: z.array(sourceSchema).min(1),
    nodes: z.array(nodeSchema),
    edges: z.array(edgeSchema),
  })
  .strict();

export type NodeType = z.infer<typeof nodeTypeSchema>;
export type RelationshipType = z.infer<typeof relationshipTypeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Stance = (typeof STANCES)[number];
export type Citation = z.infer<typeof citationSchema>;
export type Attribute = z.infer<typeof attributeSchema>;
export type Position = z.infer<typeof positionSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type NodeShape = (typeof NODE_SHAPES)[number];
export type LineStyle = (typeof LINE_STYLES)[number];

/** The JSON Schema editors use for completion; written to graph-data/ by `npm run schema`. */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(datasetSchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "dataset.schema.json",
    title: "Proxy Network Explorer dataset",
    description:
      "A typed, sourced graph: its own vocabulary of actor and relationship types, its sources, and nodes and edges that cite them.",
  };
}
