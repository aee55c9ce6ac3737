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

export function imageSpecFor(
  index: DatasetIndex,
  elements: ExportElements,
  scope: ExportScope,
  settings: ImageSettings,
  date: Date,
): ImageSpec {
  return {
    viewportOnly: scope === "viewport",
    ...(settings.sizeMode === "width" ? { targetWidth: settings.targetWidth } : { scale: settings.scale }),
    background: settings.background,
    title: settings.showTitle && settings.title.trim() ? settings.title.trim() : undefined,
    legend: settings.showLegend ? legendOf(index, elements) : undefined,
    footerLines: settings.showFooter ? composeFooterLines(index, elements, date) : undefined,
  };
}
