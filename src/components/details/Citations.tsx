/**
 * How a claim shows its evidence: each citation is the source's own words with a numbered reference
 * and, unless the source states it as fact, how it does ("Reported as a claim by …", "The sources
 * disagree") with the citation's note; each panel lists its sources once, with a link only for
 * http(s) URLs.
 */
import { createContext, useContext } from "react";
import "./Citations.css";
import { describeSource, safeHttpUrl, stanceOf, stanceWords } from "../../domain/dataset/citations";
import type { Citation, Source } from "../../domain/dataset/schema";
import { shownLabel } from "../../domain/limits";
import { LongText } from "../shared/LongText";

export interface SourceNumbering {
  numbers: ReadonlyMap<string, number>;
  sourcesById: ReadonlyMap<string, Source>;
}

/** The panel's source numbering, so every citation in it refers to the same list. */
export const SourceNumberingContext = createContext<SourceNumbering>({
  numbers: new Map(),
  sourcesById: new Map(),
});

export function CitationList({ citations }: { citations: readonly Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="citations">
      {citations.map((citation, i) => (
        <li key={i}>
          <CitationView citation={citation} />
        </li>
      ))}
    </ul>
  );
}

export function CitationView({ citation }: { citation: Citation }) {
  const { numbers, sourcesById } = useContext(SourceNumberingContext);
  const source = sourcesById.get(citation.source);
  const number = numbers.get(citation.source);
  const stance = stanceOf(citation);
  const words = stanceWords(citation);
  return (
    <figure className={`citation stance-${stance}`}>
      {citation.quote && (
        <blockquote>
          “<LongText text={citation.quote} />”
        </blockquote>
      )}
      {words && <p className="stance">{words}</p>}
      {citation.note && (
        <p className="citation-note">
          <span className="muted">Note: </span>
          <LongText text={citation.note} />
        </p>
      )}
      <figcaption>
        {number !== undefined && <span className="source-number">[{number}]</span>}{" "}
        <cite>{shownLabel(source?.title ?? citation.source)}</cite>
        {citation.locator && <span className="locator">, {citation.locator}</span>}
      </figcaption>
    </figure>
  );
}

export function SourceLink({ source }: { source: Source }) {
  const href = safeHttpUrl(source.url);
  if (!href) return <cite>{shownLabel(source.title)}</cite>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <cite>{shownLabel(source.title)}</cite>
    </a>
  );
}

export function SourceList({ sources, numbered = true }: { sources: readonly Source[]; numbered?: boolean }) {
  if (sources.length === 0) return null;
  return (
    <ol className={numbered ? "sources" : "sources unnumbered"}>
      {sources.map((source, i) => {
        const details = describeSource(source);
        return (
          <li key={source.id} value={i + 1}>
            <SourceLink source={source} />
            <span className="source-meta">
              {details ? `${details} · ` : ""}
              {source.kind.replace("-", " ")}
            </span>
            {source.url && !safeHttpUrl(source.url) && (
              <span className="source-meta">Link not shown: only http(s) addresses open.</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
