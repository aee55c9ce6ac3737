/**
 * The mapping dialog, for a file that does not carry the app's vocabulary: the attributes found (with
 * a few sample values and counts), a choice for each part of the dataset (the actors' label, type,
 * dates and summary; the relationships' type and dates; the source, quote and link of each claim),
 * the guesses (or the mapping remembered for files of this shape) preselected, and a live summary of
 * what will open. A modal: focus stays inside, Escape cancels, focus goes back where it was.
 * Loaded on first use.
 */
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import "./MappingDialog.css";
import {
  DEFAULT_ACTOR_TYPE,
  DEFAULT_RELATIONSHIP_TYPE,
  describeAttributes,
  summarizeMapping,
  type AttributeDescription,
} from "../../domain/formats/mapping";
import type { Mapping } from "../../domain/formats/types";
import { useExplorerStore } from "../../store";
import type { PendingImport } from "../../store/datasetSlice";

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

const FOCUSABLE = "select, button, input, [href], [tabindex]:not([tabindex='-1'])";

/** Keeps Tab and Shift+Tab inside the dialog. */
function trapFocus(event: KeyboardEvent, container: HTMLElement | null): void {
  if (event.key !== "Tab" || !container) return;
  const focusable = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (e) => !e.hasAttribute("disabled"),
  );
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

export default function MappingDialog({ pending }: { pending: PendingImport }) {
  const { graph } = pending;
  const [mapping, setMapping] = useState<Mapping>(pending.mapping);
  const deferred = useDeferredValue(mapping);
  const attributes = useMemo(() => describeAttributes(graph), [graph]);
  const summary = useMemo(() => summarizeMapping(graph, deferred), [graph, deferred]);
  const dialog = useRef<HTMLElement>(null);
  const id = useId();

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>("select")?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const cancel = () => useExplorerStore.getState().cancelImport();
  const open = () => void useExplorerStore.getState().confirmImport(mapping);
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
    <div
      className="modal-backdrop"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          cancel();
        } else trapFocus(event, dialog.current);
      }}
    >
      <section
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        className="mapping-dialog"
      >
        <header>
          <h2 id={`${id}-title`}>Open “{pending.file}”</h2>
          <p id={`${id}-intro`}>
            {graph.formatLabel}: {graph.nodes.length.toLocaleString("en-GB")} actors and{" "}
            {graph.edges.length.toLocaleString("en-GB")} relationships. Say which attributes give the actors'
            types and the relationships' types, dates and sources.{" "}
            {pending.remembered
              ? "The choices made for the last file like this one are preselected."
              : "Our guesses are preselected."}
          </p>
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
              {ACTOR_CHOICES.map(select)}
            </fieldset>
            <fieldset>
              <legend>Relationships</legend>
              {RELATIONSHIP_CHOICES.map(select)}
            </fieldset>
            <fieldset>
              <legend>Sources</legend>
              {SOURCE_CHOICES.map(select)}
              <p className="hint">
                Claims without a source cite the file itself, with the row or element they come from. No quote
                is ever made up.
              </p>
            </fieldset>
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
          <button type="button" className="primary" onClick={open}>
            Open
          </button>
        </footer>
      </section>
    </div>
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
