/**
 * What an actor's colour on the canvas means: its type (the default, from the dataset's vocabulary)
 * or its community (Louvain, among the shown actors: the network measures). The choice is part of
 * the view, so a link keeps it (`color=community`).
 *
 * Communities are numbered by size (1 = the largest; measures.ts), and the largest few get a colour
 * each from the Okabe–Ito palette, which stays distinct with the common colour-vision deficiencies;
 * every smaller community is folded into one neutral grey, "other", since more hues than that could
 * no longer be told apart.
 */
export const COLOR_BY = ["type", "community"] as const;
export type ColorBy = (typeof COLOR_BY)[number];

export const DEFAULT_COLOR_BY: ColorBy = "type";

export const COLOR_BY_LABELS: Record<ColorBy, string> = {
  type: "Type",
  community: "Community",
};

export function isColorBy(value: unknown): value is ColorBy {
  return typeof value === "string" && (COLOR_BY as readonly string[]).includes(value);
}

/**
 * Okabe & Ito (2008), "Color Universal Design": six of their hues, largest community first. Their
 * black is left out (the canvas's ink for labels and selection outlines), and so is their yellow,
 * which on the near-white canvas could hardly be seen.
 */
export const COMMUNITY_PALETTE = [
  "#0072B2", // blue
  "#E69F00", // orange
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#56B4E9", // sky blue
  "#D55E00", // vermillion
] as const;

/** The colour of every community past the palette's: a light neutral grey, darker than the canvas. */
export const OTHER_COMMUNITY_COLOR = "#b8bcc4";

/** A community's colour by its number (1 = the largest). */
export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community - 1] ?? OTHER_COMMUNITY_COLOR;
}

/** How many communities have a colour of their own; the rest share "other". */
export const COLOURED_COMMUNITIES = COMMUNITY_PALETTE.length;

export interface CommunityKey {
  /** The coloured communities, largest first, with how many shown actors each has. */
  coloured: { community: number; color: string; actors: number }[];
  /** The communities folded into "other", and their actors. */
  other: { communities: number; actors: number };
}

/** The legend's key: the coloured communities and what "other" holds, from one community per actor. */
export function communityKey(community: ArrayLike<number>, communityCount: number): CommunityKey {
  const sizes = new Map<number, number>();
  for (let i = 0; i < community.length; i++) sizes.set(community[i]!, (sizes.get(community[i]!) ?? 0) + 1);
  const coloured = [...sizes.keys()]
    .filter((c) => c <= COLOURED_COMMUNITIES)
    .sort((a, b) => a - b)
    .map((c) => ({ community: c, color: communityColor(c), actors: sizes.get(c) ?? 0 }));
  const colouredActors = coloured.reduce((sum, c) => sum + c.actors, 0);
  return {
    coloured,
    other: {
      communities: Math.max(0, communityCount - coloured.length),
      actors: community.length - colouredActors,
    },
  };
}
