/**
 * Pseudo-localisation for layout testing: every translated string comes out accented and about
 * 40% longer ("Library" → "[Ŀíƀŕâŕý ~~~]"), so text that would be clipped or overflow in a
 * longer language (Welsh is often longer than English) shows up in the e2e run. Turned on only
 * by `?pseudo=1` in the page address, which nothing in the app ever produces.
 */
const ACCENTED: Record<string, string> = {
  a: 'â', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ü', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Â', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ü', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_POST_PROCESSOR = 'briffioPseudo';

export function pseudoLocalise(text: string): string {
  if (text.trim() === '') return text;
  const accented = text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);
  // Pad with word-breakable filler so the extra length wraps like real words would.
  const extra = Math.max(1, Math.round(text.length * 0.4));
  const filler = Array.from({ length: Math.ceil(extra / 4) }, () => '~~~').join(' ');
  return `[${accented} ${filler}]`;
}

export function pseudoLocaleRequested(search: string): boolean {
  return new URLSearchParams(search).get('pseudo') === '1';
}
