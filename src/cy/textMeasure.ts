/** Text widths from the browser's own font metrics (the canvas's label font), for layouts and exports. */
import { approximateMeasure, type TextMeasure } from "../domain/export/frame";
import { LABEL_FONT_FAMILY } from "./style";

/** One canvas context for all the widths it is asked for; an estimate where there is no canvas (headless). */
export function canvasMeasure(): TextMeasure {
  const context = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  return (text, fontSize, fontWeight = 400) => {
    if (!context) return approximateMeasure(text, fontSize, fontWeight);
    context.font = `${fontWeight} ${fontSize}px ${LABEL_FONT_FAMILY}`;
    return context.measureText(text).width;
  };
}
