/**
 * Why a file did not open: the validator's (or a reader's) problems, each with where (line, column,
 * JSON path) and what, and a suggestion where there is one; what the file looked like, and what the
 * explorer opens when it was not a format it knows. The dataset already open stays open behind it.
 */
import { useEffect, useRef } from "react";
import "./ProblemsPanel.css";
import type { Problem } from "../../domain/validation/validate";
import { useExplorerStore } from "../../store";
import { selectCurrent, selectRejected } from "../../store/selectors";

const SHOWN = 200;

function where(problem: Problem): string {
  const line = problem.line
    ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ""}`
    : "";
  return [line, problem.path].filter(Boolean).join(" · ") || "the file";
}

export function ProblemsPanel() {
  const rejected = useExplorerStore(selectRejected);
  const current = useExplorerStore(selectCurrent);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (rejected) closeButton.current?.focus();
  }, [rejected]);

  if (!rejected) return null;
  const errors = rejected.problems.filter((p) => p.severity === "error");
  const warnings = rejected.problems.length - errors.length;
  const close = () => useExplorerStore.getState().dismissRejected();
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(event) => event.key === "Escape" && (event.stopPropagation(), close())}
    >
      <section
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="problems-title"
        className="problems-panel"
      >
        <header>
          <h2 id="problems-title">“{rejected.file}” could not be opened</h2>
          <p>
            {errors.length} {errors.length === 1 ? "problem" : "problems"}
            {warnings > 0 && ` and ${warnings} ${warnings === 1 ? "warning" : "warnings"}`}.{" "}
            {current ? `“${current.index.dataset.title}” stays open.` : "Nothing was opened."}
          </p>
          {rejected.note && <p className="problems-note">{rejected.note}</p>}
        </header>
        <ol className="problems">
          {rejected.problems.slice(0, SHOWN).map((problem, i) => (
            <li key={i} className={problem.severity}>
              <span className="severity">{problem.severity}</span>
              <span className="where">{where(problem)}</span>
              <span className="message">
                {problem.message}
                {problem.suggestion && <span className="suggestion"> — {problem.suggestion}</span>}
              </span>
            </li>
          ))}
        </ol>
        {rejected.problems.length > SHOWN && (
          <p className="muted">
            …and {rejected.problems.length - SHOWN} more. Fix these first, or run `npm run validate`.
          </p>
        )}
        {rejected.help && <p className="problems-help">{rejected.help}</p>}
        <footer>
          <button ref={closeButton} type="button" onClick={close}>
            Close
          </button>
        </footer>
      </section>
    </div>
  );
}
