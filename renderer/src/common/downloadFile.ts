/**
 * Saves text as a file through the browser's own download (a Blob and an <a download>), so it
 * works alike in Electron and browser mode and nothing leaves the machine.
 */
export function downloadFile(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has started reading the blob by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
