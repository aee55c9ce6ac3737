/**
 * Asks the store for the network measures of what is shown, now and whenever what is shown changes.
 * Every view that displays a measure calls it (the details panel, the canvas when actors are sized
 * by a measure, the table); the store computes once per shown graph however many ask.
 */
import { useEffect } from "react";
import { useExplorerStore } from "../../store";
import { selectVisibleGraph } from "../../store/selectors";

export function useMeasures(active = true): void {
  const graph = useExplorerStore(selectVisibleGraph);
  useEffect(() => {
    if (active && graph) useExplorerStore.getState().ensureMeasures();
  }, [active, graph]);
}
