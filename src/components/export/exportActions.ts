/**
 * What the export dialog's buttons do: save the chosen format, copy the PNG, copy the citations.
 * Each resolves with the sentence the dialog shows; failures are sentences too, never a throw.
 */
import { canvasCommands } from "../../cy/registry";
import type { DatasetIndex } from "../../domain/dataset/datasetIndex";
import { dataFileText, formatInfo, type ExportFormat } from "../../domain/export/files";
import type { ImageSpec } from "../../domain/export/imageSpec";
import type { ExportElements } from "../../domain/export/scope";
import { formatCitationList, sourcesCitedBy } from "../../domain/export/text";
import { downloadBlob } from "./download";

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export async function saveExport(
  format: ExportFormat,
  fileName: string,
  index: DatasetIndex,
  elements: ExportElements,
  spec: ImageSpec,
): Promise<string> {
  try {
    if (format === "png") {
      const result = await canvasCommands.renderPng(index, elements, spec);
      downloadBlob(result.blob, fileName);
      const capped = result.decision.capped ? ` ${result.decision.message}` : "";
      return `Saved ${fileName} (${result.width} × ${result.height} px).${capped}`;
    }
    if (format === "svg") {
      downloadBlob((await canvasCommands.renderSvg(index, elements, spec)).blob, fileName);
      return `Saved ${fileName}.`;
    }
    const text = dataFileText(format, index, elements, canvasCommands.nodePositions());
    downloadBlob(new Blob([text], { type: formatInfo(format).mimeType }), fileName);
    return `Saved ${fileName}.`;
  } catch (error) {
    return `Export failed: ${reason(error)}`;
  }
}

export async function copyPngImage(index: DatasetIndex, elements: ExportElements, spec: ImageSpec) {
  try {
    const result = await canvasCommands.renderPng(index, elements, spec);
    await navigator.clipboard.write([new ClipboardItem({ "image/png": result.blob })]);
    return `Copied a ${result.width} × ${result.height} px image.`;
  } catch (error) {
    return `The browser did not allow copying the image: ${String(error)}`;
  }
}

export async function copyCitations(index: DatasetIndex, elements: ExportElements): Promise<string> {
  try {
    await navigator.clipboard.writeText(formatCitationList(index, elements));
    return `Copied the citations of ${sourcesCitedBy(index, elements).length} sources.`;
  } catch (error) {
    return `The browser did not allow copying: ${String(error)}`;
  }
}
