/**
 * What an actor's size on the canvas means: the default (how many relationships it has in the whole
 * dataset, whatever is shown) or one of the network measures of the shown graph. The choice is part
 * of the view, so a link keeps it.
 */
export const SIZE_BY = ["relationships", "degree", "betweenness", "pagerank"] as const;
export type SizeBy = (typeof SIZE_BY)[number];

export const DEFAULT_SIZE_BY: SizeBy = "relationships";

/** The select's options (short: the toolbar is narrow; the legend says the rest). */
export const SIZE_BY_LABELS: Record<SizeBy, string> = {
  relationships: "Relationships",
  degree: "Degree",
  betweenness: "Betweenness",
  pagerank: "PageRank",
};

/** What a larger actor means, for the legend. */
export const SIZE_BY_MEANING: Record<SizeBy, string> = {
  relationships: "more relationships in the whole dataset",
  degree: "more relationships among those shown",
  betweenness: "more of the shortest paths between other shown actors run through it",
  pagerank: "more relationships point at it from actors that are themselves pointed at",
};

export function isSizeBy(value: unknown): value is SizeBy {
  return typeof value === "string" && (SIZE_BY as readonly string[]).includes(value);
}
