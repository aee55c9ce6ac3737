/** Canvas actions several controls share: lay out again with the current layout settings. */
import { canvasCommands } from "../../cy/registry";
import { useExplorerStore } from "../../store";
import { layoutRequestOf } from "../../store/selectors";

/** Lays out what is drawn, gliding to the new places; tells the user when a different layout ran. */
export async function relayout(animate = true): Promise<void> {
  const request = layoutRequestOf(useExplorerStore.getState(), animate);
  if (!request) return;
  const outcome = await canvasCommands.runLayout(request);
  if (outcome?.note) useExplorerStore.getState().notify(outcome.note);
}
