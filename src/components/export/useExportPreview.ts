/**
 * The export preview: the real export drawn at a small size, redrawn a moment after the settings
 * stop changing, and the full size it will have. An image's object URL is released once another
 * image has replaced it on screen (or the dialog closes), never while the browser may still load it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { canvasCommands } from "../../cy/registry";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import type { SizeDecision } from "../../domain/export/frame";
import type { ImageSpec } from "../../domain/export/imageSpec";
import type { ExportElements } from "../../domain/export/scope";

const PREVIEW_WIDTH = 520;
const SETTLE_MS = 200;

export interface ExportPreview {
  url: string | null;
  decision: SizeDecision | null;
  error: string | null;
  /** The spec the size and image belong to: older than the dialog's while a redraw is pending. */
  spec: ImageSpec | null;
  /** Call when the image at `url` has loaded: the images before it are released. */
  shown(url: string): void;
}

export function useExportPreview(
  index: DatasetIndex | null,
  elements: ExportElements | null,
  spec: ImageSpec | null,
  enabled: boolean,
): ExportPreview {
  const [preview, setPreview] = useState<Omit<ExportPreview, "shown">>({
    url: null,
    decision: null,
    error: null,
    spec: null,
  });
  /** Object URLs made so far and not yet released, oldest first. */
  const made = useRef<string[]>([]);
  useEffect(() => {
    const urls = made.current;
    return () => urls.splice(0).forEach((url) => URL.revokeObjectURL(url));
  }, []);
  useEffect(() => {
    if (!enabled || !index || !elements || !spec || elements.nodeIds.size === 0) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const plan = await canvasCommands.planImage(elements, spec);
        if (cancelled) return;
        setPreview((p) => ({ ...p, decision: plan.decision, spec }));
        const small = await canvasCommands.renderPng(index, elements, {
          ...spec,
          scale: undefined,
          targetWidth: Math.min(PREVIEW_WIDTH, plan.frame.width),
        });
        if (cancelled) return;
        const url = URL.createObjectURL(small.blob);
        made.current.push(url);
        setPreview({ url, decision: plan.decision, error: null, spec });
      } catch (error) {
        if (!cancelled) setPreview((p) => ({ ...p, error: `Preview failed: ${String(error)}` }));
      }
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [enabled, index, elements, spec]);
  const shown = useCallback((url: string) => {
    const at = made.current.indexOf(url);
    if (at > 0) made.current.splice(0, at).forEach((old) => URL.revokeObjectURL(old));
  }, []);
  return { ...preview, shown };
}
