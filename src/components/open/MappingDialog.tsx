/**
 * The mapping dialog, for a file that does not carry the app's vocabulary: the attributes found (with
 * a few sample values and counts), a choice for each part of the dataset (the actors' label, type,
 * dates and summary; the relationships' type and dates; the source, quote and link of each claim),
 * the guesses (or the mapping remembered for files of this shape) preselected, and a live summary of
 * what will open. A modal: focus stays inside, Escape cancels, focus goes back where it was.
 *
 * The same dialog maps a generic RDF store (the database source): the predicates and classes the
 * store holds are listed to follow or skip, and the sample read from it is mapped live.
 * Loaded on first use.
 */
import { useDeferredValue, useId, useMemo, useRef, useState } from "react";
import "./MappingDialog.css";
import { useModalFocus } from "../shared/useModalFocus";
import {
  DEFAULT_ACTOR_TYPE,
  DEFAULT_RELATIONSHIP_TYPE,
  describeAttributes,
  summarizeMapping,
  type AttributeDescription,
} from "../../domain/formats/mapping";
import type { Mapping } from "../../domain/formats/types";
import type { RdfTerm } from "../../domain/sparql/profiles/rdf/graph";
import type { RdfVocabulary } from "../../domain/view/types";
import { useExplorerStore } from "../../store";
import type { PendingDatabase, PendingImport } from "../../store/datasetSlice";

type Field = keyof Mapping;

interface Choice {
  field: Field;
  label: string;
  /** What "none" means for this field. */
  none: string;
  from: "node" | "edge" | "any";
}

const ACTOR_CHOICES: Choice[] = [
  { field: "label", label: "Label", none: "The file's own labels (or ids)", from: "node" },
  { field: "nodeType", label: "Actor type", none: `None: one type, “${DEFAULT_ACTOR_TYPE}”`, from: "node" },
  { field: "nodeStart", label: "Start date", none: "None", from: "node" },
  { field: "nodeEnd", label: "End date", none: "None", from: "node" },
  { field: "summary", label: "Summary", none: "None", from: "node" },
];

const RELATIONSHIP_CHOICES: Choice[] = [
  {
    field: "relationshipType",
    label: "Relationship type",
    none: `None: one type, “${DEFAULT_RELATIONSHIP_TYPE}”`,
    from: "edge",
  },
  { field: "edgeStart", label: "Start date", none: "None", from: "edge" },
  { field: "edgeEnd", label: "End date", none: "None", from: "edge" },
];

const SOURCE_CHOICES: Choice[] = [
  { field: "source", label: "Source (title or name)", none: "None: claims cite the file", from: "any" },
  { field: "quote", label: "Quote", none: "None", from: "any" },
  { field: "url", label: "Link (URL)", none: "None", from: "any" },
];

function optionText(a: AttributeDescription, withKind: boolean): string {
  const kind = withKind ? (a.of === "node" ? " (actors)" : " (relationships)") : "";
  const values = a.distinct === 1 ? "1 value" : `${a.distinct.toLocaleString("en-GB")} values`;
  const samples = a.samples.length > 0 ? `: ${a.samples.slice(0, 3).join(", ")}` : "";
  return `${a.title}${kind} — ${values}${samples}`;
}

/** The fields a generic RDF store can map: the rest (dates, sources) it does not have. */
const DATABASE_FIELDS: ReadonlySet<Field> = new Set(["label", "nodeType", "relationshipType"]);

/** The vocabulary the dialog's choices stand for: the mapping's label and types, the terms ticked. */
function vocabularyOf(
  mapping: Mapping,
  database: PendingDatabase,
  predicates: ReadonlySet<string>,
  classes: ReadonlySet<string>,
): RdfVocabulary {
  const label = mapping.label === "rdfs:label" || mapping.label === "skos:prefLabel" ? mapping.label : null;
  return {
    label,
    classes:
      mapping.nodeType === null
        ? []
        : database.survey.classes.filter((c) => classes.has(c.iri)).map((c) => c.iri),
    predicates: database.survey.predicates.filter((p) => predicates.has(p.iri)).map((p) => p.iri),
    ...(mapping.relationshipType === null ? { oneRelationshipType: true as const } : {}),
  };
}

export default function MappingDialog({ pending }: { pending: PendingImport }) {
  const { database } = pending;
  const [mapping, setMapping] = useState<Mapping>(pending.mapping);
  const [predicates, setPredicates] = useState<ReadonlySet<string>>(
    () => new Set(database?.vocabulary.predicates ?? []),
  );
  const [classes, setClasses] = useState<ReadonlySet<string>>(
    () => new Set(database?.vocabulary.classes ?? []),
  );
  const vocabulary = useMemo(
    () => (database ? vocabularyOf(mapping, database, predicates, classes) : undefined),
    [database, mapping, predicates, classes],
  );
  const deferredVocabulary = useDeferredValue(vocabulary);
  const graph = useMemo(
    () =>
      database && deferredVocabulary
        ? database.survey.sample.toImportedGraph(deferredVocabulary, pending.file)
        : pending.graph,
    [database, deferredVocabulary, pending.graph, pending.file],
  );
  const deferred = useDeferredValue(mapping);
  const attributes = useMemo(() => describeAttributes(graph), [graph]);
  const summary = useMemo(() => summarizeMapping(graph, deferred), [graph, deferred]);
  const dialog = useRef<HTMLElement>(null);
  const id = useId();

  const cancel = () => useExplorerStore.getState().cancelImport();
  useModalFocus(dialog, cancel);

  const open = () => {
    const store = useExplorerStore.getState();
    void (vocabulary ? store.confirmImport(mapping, vocabulary) : store.confirmImport(mapping));
  };
  const nothingFollowed = database !== undefined && predicates.size === 0;
  const shown = (choices: Choice[]) =>
    database ? choices.filter((c) => DATABASE_FIELDS.has(c.field)) : choices;
  const optionsFor = (choice: Choice) =>
    choice.from === "node"
      ? attributes.nodes
      : choice.from === "edge"
        ? attributes.edges
        : [...attributes.nodes, ...attributes.edges].filter((a) => !a.virtual);

  const select = (choice: Choice) => {
    const selectId = `${id}-${choice.field}`;
    const options = optionsFor(choice);
    return (
      <div className="mapping-choice" key={choice.field}>
        <label htmlFor={selectId}>{choice.label}</label>
        <select
          id={selectId}
          value={mapping[choice.field] ?? ""}
          onChange={(e) =>
            setMapping((m) => ({ ...m, [choice.field]: e.target.value === "" ? null : e.target.value }))
          }
        >
          <option value="">{choice.none}</option>
          {options.map((a) => (
            <option key={`${a.of}:${a.key}`} value={a.key}>
              {optionText(a, choice.from === "any")}
            </option>
          ))}
        </select>
      </div>
    );
  };

  return (
    <div className="modal-backdrop">
      <section
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        className="mapping-dialog"
      >
        {/* Inside a dialog a header is no page banner. */}
        <header role="none">
          <h2 id={`${id}-title`}>Open “{pending.file}”</h2>
          {database ? (
            <p id={`${id}-intro`}>
              {graph.formatLabel}: {database.survey.predicates.length.toLocaleString("en-GB")} predicates link
              resources and {database.survey.classes.length.toLocaleString("en-GB")} classes occur (counted in
              a sample of the store). Choose which predicates become relationships and which classes become
              actor types; skip the rest. The tables and the summary show a sample of{" "}
              {graph.edges.length.toLocaleString("en-GB")} statements; searching and expanding then read the
              store itself.
            </p>
          ) : (
            <p id={`${id}-intro`}>
              {graph.formatLabel}: {graph.nodes.length.toLocaleString("en-GB")} actors and{" "}
              {graph.edges.length.toLocaleString("en-GB")} relationships. Say which attributes give the
              actors' types and the relationships' types, dates and sources.{" "}
              {pending.remembered
                ? "The choices made for the last file like this one are preselected."
                : "Our guesses are preselected."}
            </p>
          )}
        </header>
        <div className="mapping-body">
          <form
            className="mapping-choices"
            onSubmit={(event) => {
              event.preventDefault();
              open();
            }}
          >
            <fieldset>
              <legend>Actors</legend>
              {shown(ACTOR_CHOICES).map(select)}
            </fieldset>
            <fieldset>
              <legend>Relationships</legend>
              {shown(RELATIONSHIP_CHOICES).map(select)}
            </fieldset>
            {database ? (
              <>
                <TermChoices
                  legend="Predicates: follow as relationships"
                  terms={database.survey.predicates}
                  chosen={predicates}
                  onChange={setPredicates}
                />
                <TermChoices
                  legend="Classes (rdf:type): draw as actor types"
                  terms={database.survey.classes}
                  chosen={classes}
                  onChange={setClasses}
                  disabled={mapping.nodeType === null}
                />
                <p className="hint">
                  An RDF statement carries no reference: each actor and relationship read from the store cites
                  it as “stated by {database.survey.sample.endpoint}, no reference”. No source or quote is
                  made up.
                </p>
              </>
            ) : (
              <fieldset>
                <legend>Sources</legend>
                {SOURCE_CHOICES.map(select)}
                <p className="hint">
                  Claims without a source cite the file itself, with the row or element they come from. No
                  quote is ever made up.
                </p>
              </fieldset>
            )}
          </form>
          <div className="mapping-attributes">
            <AttributeTable
              title="Actors' attributes"
              attributes={attributes.nodes}
              total={graph.nodes.length}
            />
            <AttributeTable
              title="Relationships' attributes"
              attributes={attributes.edges}
              total={graph.edges.length}
            />
          </div>
        </div>
        <div className="mapping-summary" role="status" aria-live="polite" data-testid="mapping-summary">
          <p>
            <strong>Will open:</strong> {summary.text}
          </p>
          {summary.warnings.length > 0 && (
            <ul>
              {summary.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
        <footer>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          {nothingFollowed && <p role="alert">Follow at least one predicate: it gives the relationships.</p>}
          <button type="button" className="primary" onClick={open} disabled={nothingFollowed}>
            Open
          </button>
        </footer>
      </section>
    </div>
  );
}

/** A predicate or class per line, ticked to follow (or draw as a type), unticked to skip. */
function TermChoices({
  legend,
  terms,
  chosen,
  onChange,
  disabled = false,
}: {
  legend: string;
  terms: readonly RdfTerm[];
  chosen: ReadonlySet<string>;
  onChange: (next: ReadonlySet<string>) => void;
  disabled?: boolean;
}) {
  const toggle = (iri: string) => {
    const next = new Set(chosen);
    if (!next.delete(iri)) next.add(iri);
    onChange(next);
  };
  return (
    <fieldset className="mapping-terms" disabled={disabled}>
      <legend>{legend}</legend>
      {terms.length === 0 ? (
        <p className="muted">None found.</p>
      ) : (
        <ul>
          {terms.map((t) => (
            <li key={t.iri}>
              <label>
                <input type="checkbox" checked={chosen.has(t.iri)} onChange={() => toggle(t.iri)} /> {t.label}{" "}
                <span className="muted">
                  ({t.uses.toLocaleString("en-GB")} in the sample; {t.iri})
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function AttributeTable({
  title,
  attributes,
  total,
}: {
  title: string;
  attributes: AttributeDescription[];
  total: number;
}) {
  const shown = attributes.filter((a) => !a.virtual);
  const headingId = useId();
  return (
    <section>
      <h3 id={headingId}>{title}</h3>
      {shown.length === 0 ? (
        <p className="muted">None in the file.</p>
      ) : (
        <table aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Has it</th>
              <th scope="col">Values</th>
              <th scope="col">For example</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.key}>
                <th scope="row">{a.title}</th>
                <td className="count">
                  {a.count.toLocaleString("en-GB")} of {total.toLocaleString("en-GB")}
                </td>
                <td className="count">{a.distinct.toLocaleString("en-GB")}</td>
                <td className="samples">{a.samples.join(" · ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
