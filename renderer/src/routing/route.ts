/**
 * Hash routes, so the same build works at app://briffio/index.html and http://127.0.0.1:PORT/
 * without a server knowing the paths, and Back/Forward move between screens.
 *   #/             library
 *   #/report/<id>  one report
 */
export type Route =
  | { readonly name: 'library' }
  | { readonly name: 'report'; readonly reportId: number }
  | { readonly name: 'not_found' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  const report = /^\/report\/([1-9]\d{0,14})\/?$/.exec(path);
  if (report) return { name: 'report', reportId: Number(report[1]) };
  return { name: 'not_found' };
}

export function libraryHref(): string {
  return '#/';
}

export function reportHref(reportId: number): string {
  return `#/report/${reportId}`;
}
