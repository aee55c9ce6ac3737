/**
 * A file to open, wherever it comes from: picked or dropped (a File), fetched from a link, or kept in
 * this browser from an earlier visit. Formats are told by their first bytes, so the head is read
 * first; the whole file is read as text (UTF-8, or UTF-16 with its byte-order mark) or as bytes.
 */
export const HEAD_BYTES = 64 * 1024;

export interface InputFile {
  name: string;
  size: number;
  /** The first 64 KB, for telling the format. */
  head(): Promise<Uint8Array>;
  text(): Promise<string>;
  bytes(): Promise<ArrayBuffer>;
}

function utf16Of(head: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return null;
}

function decode(bytes: ArrayBuffer): string {
  const encoding = utf16Of(new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength))) ?? "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

export function inputFromFile(file: File): InputFile {
  return {
    name: file.name,
    size: file.size,
    head: async () => new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()),
    async text() {
      const start = new Uint8Array(await file.slice(0, 2).arrayBuffer());
      return utf16Of(start) ? decode(await file.arrayBuffer()) : file.text();
    },
    bytes: () => file.arrayBuffer(),
  };
}

export function inputFromBytes(name: string, bytes: ArrayBuffer): InputFile {
  return {
    name,
    size: bytes.byteLength,
    head: () => Promise.resolve(new Uint8Array(bytes.slice(0, HEAD_BYTES))),
    text: () => Promise.resolve(decode(bytes)),
    bytes: () => Promise.resolve(bytes),
  };
}

export function inputFromText(name: string, text: string): InputFile {
  const encode = (part: string) => new TextEncoder().encode(part);
  return {
    name,
    size: text.length,
    head: () => Promise.resolve(encode(text.slice(0, HEAD_BYTES)).slice(0, HEAD_BYTES)),
    text: () => Promise.resolve(text),
    bytes: () => Promise.resolve(encode(text).buffer as ArrayBuffer),
  };
}
