/**
 * The database source dialog: a SPARQL endpoint (http/https only) and a profile, a search of its
 * labels, the results to choose from, and Draw, which opens the chosen actors as the dataset. Their
 * neighbourhoods are expanded from the details panel (or by double-clicking an actor). Progress is
 * shown while a query runs, with Cancel. A modal: focus stays inside, Escape closes it. With the
 * generic RDF profile, the first search asks the store which predicates and classes it holds and
 * hands over to the mapping dialog (this one hides meanwhile) to choose which to follow.
 * Loaded on first use.
 */
import { useId, useRef, useState } from "react";
import "./DatabaseDialog.css";
import { DATABASE_PROFILES } from "../../data/database";
import { endpointProblem } from "../../data/sparqlClient";
import type { DatabaseProfile } from "../../domain/view/types";
import { useExplorerStore } from "../../store";
import { useModalFocus } from "../shared/useModalFocus";

export const DEFAULT_ENDPOINT = "https://query.wikidata.org/sparql";

export default function DatabaseDialog({ onClose }: { onClose: () => void }) {
  const status = useExplorerStore((s) => s.databaseSource);
  const [endpoint, setEndpoint] = useState(status?.endpoint ?? DEFAULT_ENDPOINT);
  const [profile, setProfile] = useState<DatabaseProfile>(status?.profile ?? "wikidata");
  const [text, setText] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState<string | undefined>();
  const dialog = useRef<HTMLElement>(null);
  const id = useId();
  const mapping = useExplorerStore((s) => s.importing?.database !== undefined);
  useModalFocus(dialog, onClose, !mapping);

  const store = () => useExplorerStore.getState();
  const connected = status !== null && status.endpoint === endpoint.trim() && status.profile === profile;

  const search = async () => {
    const found = endpointProblem(endpoint);
    setProblem(found);
    if (found) return;
    if (!connected) store().connectDatabase(endpoint.trim(), profile);
    setChosen(new Set());
    await store().searchDatabase(text);
  };

  const draw = async () => {
    if (await store().drawFromDatabase([...chosen])) onClose();
  };

  const toggle = (iri: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(iri)) next.add(iri);
      return next;
    });

  const hits = connected ? status.hits : null;
  const vocabulary = connected && profile === "rdf" ? status.vocabulary : null;
  return (
    <div className="modal-backdrop" hidden={mapping}>
      <section
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        className="database-dialog"
      >
        <header role="none">
          <h2 id={`${id}-title`}>Database (SPARQL)</h2>
          <p id={`${id}-intro`}>
            Search a SPARQL endpoint, draw the actors you choose, then expand their neighbours from the
            details panel or by double-clicking an actor. Only your search text and the chosen actors’ ids are
            sent to the server.
          </p>
        </header>
        <form
          className="database-form"
          onSubmit={(event) => {
            event.preventDefault();
            void search();
          }}
        >
          <label>
            Endpoint
            <input
              type="url"
              value={endpoint}
              onChange={(event) => setEndpoint(event.target.value)}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? `${id}-problem` : undefined}
              spellCheck={false}
            />
          </label>
          <label>
            Profile
            <select value={profile} onChange={(event) => setProfile(event.target.value as DatabaseProfile)}>
              {DATABASE_PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Search
            <input
              type="search"
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={
                profile === "rdf"
                  ? "Part of a label (rdfs:label, skos:prefLabel)"
                  : "An exact English name or alias"
              }
              maxLength={200}
            />
          </label>
          <button type="submit" className="primary" disabled={!text.trim() || status?.progress != null}>
            Search
          </button>
        </form>
        {vocabulary && (
          <p className="database-vocabulary">
            Following{" "}
            {vocabulary.predicates.length === 1
              ? "1 predicate"
              : `${vocabulary.predicates.length} predicates`}
            ; {vocabulary.classes.length === 1 ? "1 class" : `${vocabulary.classes.length} classes`} drawn as
            actor types.{" "}
            <button
              type="button"
              disabled={status?.progress != null}
              onClick={() => void store().surveyDatabase({ kind: "reopen" })}
            >
              Change…
            </button>
          </p>
        )}
        {problem && (
          <p id={`${id}-problem`} className="database-error" role="alert">
            {problem}
          </p>
        )}
        {status?.progress && (
          <p className="database-progress" role="status">
            {status.progress}{" "}
            <button type="button" onClick={() => store().cancelDatabase()}>
              Cancel
            </button>
          </p>
        )}
        {connected && status.error && (
          <p className="database-error" role="alert">
            {status.error}
          </p>
        )}
        {hits && (
          <fieldset className="database-results">
            <legend>
              {hits.length === 0 ? "Nothing found" : `${hits.length} found: choose the actors to draw`}
            </legend>
            <ul>
              {hits.map((hit) => (
                <li key={hit.iri}>
                  <label>
                    <input type="checkbox" checked={chosen.has(hit.iri)} onChange={() => toggle(hit.iri)} />
                    <span className="database-hit-label">{hit.label}</span>{" "}
                    <span className="hint">{hit.qid}</span>
                    {hit.description && <span className="database-hit-description">{hit.description}</span>}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <footer>
          <button type="button" onClick={onClose} aria-label="Close database">
            Close
          </button>
          <button
            type="button"
            className="primary"
            disabled={chosen.size === 0 || status?.progress != null}
            onClick={() => void draw()}
          >
            Draw {chosen.size === 0 ? "" : chosen.size === 1 ? "1 actor" : `${chosen.size} actors`}
          </button>
        </footer>
      </section>
    </div>
  );
}
