/**
 * Saves text as a file through the browser's own download (a Blob and an <a download>), so the
 * same code works in Electron and in browser mode: nothing leaves the machine, the blob: URL is
 * in memory, and it is revoked once the download has been handed over.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium has started reading the blob by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
