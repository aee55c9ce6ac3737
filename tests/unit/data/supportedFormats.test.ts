// What a file was found to be, as the loading note and the problems panel say it.
import { describe, expect, it } from "vitest";
import { SUPPORTED_FORMATS } from "../../../src/domain/formats/detect";
import {
  acceptedFileTypes,
  describedFormat,
  openingMessage,
  supportedFormatsText,
} from "../../../src/data/supportedFormats";

describe("a detected format, in words", () => {
  it.each([
    ["GEXF 1.3 (Gephi)", "a GEXF 1.3 file (Gephi)"],
    ["GraphML", "a GraphML file"],
    ["GraphML (yEd)", "a GraphML file (yEd)"],
    ["graphology JSON", "a graphology JSON file"],
    ["Cytoscape desktop JSON (.cyjs)", "a Cytoscape desktop JSON file (.cyjs)"],
    ["CSV (comma-separated)", "a CSV file (comma-separated)"],
    ["TSV (tab-separated)", "a TSV file (tab-separated)"],
    ["Excel workbook (.xlsx)", "an Excel workbook (.xlsx)"],
    ["Proxy Network Explorer dataset (JSON)", "a Proxy Network Explorer dataset (JSON)"],
  ])("%s is %s", (label, said) => expect(describedFormat(label)).toBe(said));

  it("the loading note names it", () => {
    expect(openingMessage("GEXF 1.3 (Gephi)")).toBe("This is a GEXF 1.3 file (Gephi). Opening it…");
  });
});

describe("what the explorer opens", () => {
  it("the picker accepts every format's extensions", () => {
    const accepted = acceptedFileTypes().split(",");
    for (const format of SUPPORTED_FORMATS)
      for (const extension of format.extensions)
        expect(accepted).toContain(extension.startsWith(".") ? extension : `.${extension}`);
  });

  it("the problems panel names every format", () => {
    const text = supportedFormatsText();
    for (const format of SUPPORTED_FORMATS) expect(text).toContain(format.label);
  });
});
