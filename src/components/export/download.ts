/** Saving a file the browser way: an object URL and a link with a download name. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function canCopyImages(): boolean {
  return typeof ClipboardItem !== "undefined" && !!navigator.clipboard?.write;
}
