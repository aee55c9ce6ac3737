/**
 * The legend's choice of what the actors' colours mean ("Colour actors by": type or community; in
 * the legend rather than the canvas's toolbar, which has no room left at 1366 px), and its key when
 * they are coloured by community: each coloured community with its number of actors, and how many
 * smaller ones share the neutral "other" colour. While actors are coloured by type, the actor types
 * above are the key.
 */
import "./ColourLegend.css";
import { count } from "../../domain/limits";
import { COLOURED_COMMUNITIES, OTHER_COMMUNITY_COLOR } from "../../domain/view/colorBy";
import { useExplorerStore } from "../../store";
import { useMeasures } from "../shared/useMeasures";
import { ColorBySelect } from "./ColorBySelect";
import {
  selectColorBy,
  selectCommunityKey,
  selectMeasuresMessage,
  selectMeasuresStatus,
} from "../../store/selectors";

const actors = (n: number) => `${count(n)} ${n === 1 ? "actor" : "actors"}`;

export function ColourLegend() {
  const colorBy = useExplorerStore(selectColorBy);
  const key = useExplorerStore(selectCommunityKey);
  const status = useExplorerStore(selectMeasuresStatus);
  const message = useExplorerStore(selectMeasuresMessage);
  useMeasures(colorBy === "community");
  return (
    <div className="colour-legend">
      <ColorBySelect />
      {colorBy === "community" && (
        <div data-testid="colour-legend">
          <p>
            <strong>Colour:</strong> community (Louvain) among the actors shown, largest first; the
            actor&apos;s shape still tells its type. The {COLOURED_COMMUNITIES} largest have a colour each
            {key && key.other.communities > 0 ? "; the others share grey." : "."}
            {status === "computing" && <span className="muted"> Computing…</span>}
            {status === "failed" && <span className="muted"> Not available: {message}.</span>}
          </p>
          {key && (
            <ul aria-label="Communities">
              {key.coloured.map((c) => (
                <li key={c.community}>
                  <span className="colour-swatch" style={{ background: c.color }} aria-hidden="true" />
                  Community {c.community}: {actors(c.actors)}
                </li>
              ))}
              {key.other.communities > 0 && (
                <li>
                  <span
                    className="colour-swatch"
                    style={{ background: OTHER_COMMUNITY_COLOR }}
                    aria-hidden="true"
                  />
                  Other: {count(key.other.communities)} smaller{" "}
                  {key.other.communities === 1 ? "community" : "communities"}, {actors(key.other.actors)}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
