/**
 * Expanding an actor loaded from a database: how many hops (1-3), which relationship properties,
 * how many statements per query, and "Load more" when the last expansion reached its limit, with how
 * many statements are loaded so far. The relationships offered are the profile's (Wikidata's
 * properties, or the predicates chosen for a generic RDF store).
 * Shown only for datasets read from a database.
 */
import { useId, useState } from "react";
import "./DatabaseExpand.css";
import { DEFAULT_EXPAND_LIMIT } from "../../data/database";
import { useExplorerStore } from "../../store";

const LIMITS = [25, 50, 100, 250, 500] as const;

export function DatabaseExpand({ nodeId }: { nodeId: string }) {
  const fromDatabase = useExplorerStore((s) => s.current?.origin?.kind === "database");
  const status = useExplorerStore((s) => s.databaseSource);
  const [hops, setHops] = useState<1 | 2 | 3>(1);
  const [limit, setLimit] = useState<number>(DEFAULT_EXPAND_LIMIT);
  // What is unticked: the choices arrive with the connection (and change with a new vocabulary).
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  const id = useId();
  if (!fromDatabase || !status) return null;
  const busy = status.progress !== null;
  const more = status.more[nodeId];
  const loaded = status.loaded[nodeId];
  const properties = new Set(status.choices.map((c) => c.id).filter((c) => !skipped.has(c)));
  const toggle = (property: string) =>
    setSkipped((before) => {
      const next = new Set(before);
      if (!next.delete(property)) next.add(property);
      return next;
    });
  const expand = () =>
    void useExplorerStore.getState().expandFromDatabase({ nodeId, hops, limit, properties: [...properties] });
  return (
    <section className="panel-section database-expand" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Neighbours in the database</h3>
      <div className="database-expand-options">
        <label>
          Hops{" "}
          <select value={hops} onChange={(event) => setHops(Number(event.target.value) as 1 | 2 | 3)}>
            <option value={1}>1</option>
            <option value={2}>2</option>
            <option value={3}>3</option>
          </select>
        </label>
        <label>
          Limit{" "}
          <select value={limit} onChange={(event) => setLimit(Number(event.target.value))}>
            {LIMITS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="database-expand-properties">
        <legend>Relationships to follow</legend>
        {status.choices.map((p) => (
          <label key={p.id}>
            <input type="checkbox" checked={properties.has(p.id)} onChange={() => toggle(p.id)} /> {p.label}{" "}
            <span className="muted">({p.hint})</span>
          </label>
        ))}
      </fieldset>
      <p>
        <button type="button" onClick={expand} disabled={busy || properties.size === 0}>
          Expand neighbours
        </button>{" "}
        {more && (
          <button
            type="button"
            onClick={() => void useExplorerStore.getState().loadMoreFromDatabase(nodeId)}
            disabled={busy}
          >
            Load more
          </button>
        )}
      </p>
      {loaded !== undefined && (
        <p className="hint" data-testid="database-loaded">
          {loaded === 1 ? "1 new statement" : `${loaded.toLocaleString("en-GB")} new statements`} loaded
          around this actor
          {more
            ? `; the limit of ${(more.request.limit ?? DEFAULT_EXPAND_LIMIT).toLocaleString("en-GB")} was reached: Load more reads the next ${(more.request.limit ?? DEFAULT_EXPAND_LIMIT).toLocaleString("en-GB")}.`
            : ": that is all the database holds for these relationships."}
        </p>
      )}
      {status.progress && (
        <p role="status">
          {status.progress}{" "}
          <button type="button" onClick={() => useExplorerStore.getState().cancelDatabase()}>
            Cancel
          </button>
        </p>
      )}
      {status.error && <p role="alert">{status.error}</p>}
    </section>
  );
}
