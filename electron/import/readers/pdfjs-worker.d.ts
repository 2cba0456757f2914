// pdfjs-dist ships types for its API module only; the worker module is loaded for its side effect
// of providing WorkerMessageHandler to the in-thread ("fake") worker under Node.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
