/**
 * What an exported image contains, decided once for the export dialog, its preview and the
 * benchmark alike: the settings a user picks (size, background, title, legend, footer) and the image
 * spec the renderers draw from (the legend of just the exported types, the sources footer).
 */
import type { DatasetIndex } from "../dataset/datasetIndex";
import type { Background } from "./frame";
import { composeLegend, type Legend } from "./legend";
import type { ExportElements, ExportScope } from "./scope";
import { composeFooterLines } from "./text";
import { communityColor, COLOURED_COMMUNITIES, OTHER_COMMUNITY_COLOR } from "../view/colorBy";

/** The neutral swatch of actor types when actors are coloured by community: their shape is the key then. */
export const TYPE_SWATCH_WHEN_COLOURED = "#6b7280";

/** The image part of the export dialog, as the user set it. */
export interface ImageSettings {
  sizeMode: "scale" | "width";
  scale: number;
  targetWidth: number;
  background: Background;
  showTitle: boolean;
  title: string;
  showLegend: boolean;
  showFooter: boolean;
}

export const IMAGE_SCALES = [1, 2, 3, 4] as const;

export function defaultImageSettings(title: string): ImageSettings {
  return {
    sizeMode: "scale",
    scale: 2,
    targetWidth: 1920,
    background: "white",
    showTitle: true,
    title,
    showLegend: true,
    showFooter: true,
  };
}

/** What the PNG and SVG renderers draw: the frame's parts and the size to draw at. */
export interface ImageSpec {
  /** Draw the current view as it is on screen instead of the whole of the exported elements. */
  viewportOnly: boolean;
  scale?: number;
  targetWidth?: number;
  background: Background;
  title?: string;
  legend?: Legend;
  footerLines?: string[];
}

/** The legend of the types among the exported elements, with their counts. */
export function legendOf(index: DatasetIndex, elements: ExportElements): Legend {
  return composeLegend(
    index.dataset,
    [...elements.nodeIds].flatMap((id) => index.nodesById.get(id) ?? []),
    [...elements.edgeIds].flatMap((id) => index.edgesById.get(id) ?? []),
  );
}

/**
 * The legend when actors are coloured by community, as the canvas draws them: the types keep their
 * shapes in a neutral swatch, and each coloured community among the exported actors (then "other"
 * for the rest) is an item with its colour and count.
 */
export function withCommunities(
  legend: Legend,
  exportedActorIds: Iterable<string>,
  communityOf: ReadonlyMap<string, number>,
): Legend {
  const counts = new Map<number, number>();
  let other = 0;
  for (const id of exportedActorIds) {
    const c = communityOf.get(id);
    if (c === undefined) continue;
    if (c <= COLOURED_COMMUNITIES) counts.set(c, (counts.get(c) ?? 0) + 1);
    else other++;
  }
  const item = (id: string, label: string, color: string, count: number) => ({
    type: { id, label, description: label, color, shape: "ellipse" as const },
    count,
  });
  return {
    ...legend,
    nodeTypes: [
      ...legend.nodeTypes.map((e) => ({ ...e, type: { ...e.type, color: TYPE_SWATCH_WHEN_COLOURED } })),
      ...[...counts.keys()]
        .sort((a, b) => a - b)
        .map((c) => item(`community-${c}`, `Community ${c}`, communityColor(c), counts.get(c)!)),
      ...(other > 0 ? [item("community-other", "Other communities", OTHER_COMMUNITY_COLOR, other)] : []),
    ],
  };
}

export function imageSpecFor(
  index: DatasetIndex,
  elements: ExportElements,
  scope: ExportScope,
  settings: ImageSettings,
  date: Date,
  /** Each actor's community, when the canvas colours actors by community. */
  communityOf?: ReadonlyMap<string, number> | null,
): ImageSpec {
  const legend = settings.showLegend ? legendOf(index, elements) : undefined;
  return {
    viewportOnly: scope === "viewport",
    ...(settings.sizeMode === "width" ? { targetWidth: settings.targetWidth } : { scale: settings.scale }),
    background: settings.background,
    title: settings.showTitle && settings.title.trim() ? settings.title.trim() : undefined,
    legend: legend && communityOf ? withCommunities(legend, elements.nodeIds, communityOf) : legend,
    footerLines: settings.showFooter ? composeFooterLines(index, elements, date) : undefined,
  };
}
