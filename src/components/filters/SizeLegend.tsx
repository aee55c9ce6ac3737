/**
 * The legend's line for what an actor's size means: the default, or the network measure chosen in
 * the toolbar (computed on what is shown, with "computing…" while it is).
 */
import "./SizeLegend.css";
import { SIZE_BY_LABELS, SIZE_BY_MEANING } from "../../domain/view/sizeBy";
import { useExplorerStore } from "../../store";
import { selectMeasuresMessage, selectMeasuresStatus, selectSizeBy } from "../../store/selectors";

export function SizeLegend() {
  const sizeBy = useExplorerStore(selectSizeBy);
  const status = useExplorerStore(selectMeasuresStatus);
  const message = useExplorerStore(selectMeasuresMessage);
  const measured = sizeBy !== "relationships";
  return (
    <p className="size-legend" data-testid="size-legend">
      <span className="size-legend-key" aria-hidden="true">
        <span className="size-dot small" />
        <span className="size-dot large" />
      </span>
      <span>
        <strong>Size:</strong> {SIZE_BY_LABELS[sizeBy]}
        {measured ? " of what is shown" : " in the whole dataset"}. Larger: {SIZE_BY_MEANING[sizeBy]}.
        {measured && status === "computing" && <span className="muted"> Computing…</span>}
        {measured && status === "failed" && <span className="muted"> Not available: {message}.</span>}
      </span>
    </p>
  );
}
