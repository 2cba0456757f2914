/** A chosen file's text (File.text is in every Chromium Briffio runs in). */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
