/**
 * A text from the dataset that may be very long: shown up to a limit, cut with "…", with a
 * "Show all" button for the rest. The data keeps the whole text; only the display is shortened, so a
 * megabyte of text in one field cannot flood the panel.
 */
import { useState } from "react";
import { clip, count, TEXT_SHOWN_CHARS } from "../../domain/limits";

export function LongText({ text, max = TEXT_SHOWN_CHARS }: { text: string; max?: number }) {
  // Which text was expanded: another actor's text starts shortened again.
  const [expanded, setExpanded] = useState<string | null>(null);
  if (text.length <= max || expanded === text) return <>{text}</>;
  return (
    <>
      {clip(text, max)}{" "}
      <button type="button" className="link-button show-all" onClick={() => setExpanded(text)}>
        Show all ({count(text.length)} characters)
      </button>
    </>
  );
}
