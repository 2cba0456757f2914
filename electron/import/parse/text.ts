import type { Language } from '../../../shared/languages';

/**
 * Small text helpers for the parser: cleaning what PDF extraction produces, spotting bullets,
 * guessing the language, making keys and comparing titles.
 */

/**
 * Bullet glyphs as they reach the text layer: Symbol/Wingdings private-use code points (U+F0B7
 * is the Symbol font's bullet, U+F0A7 Wingdings' square, U+F0D8 an arrow…), Unicode bullets, and
 * the NUL or replacement character a PDF gives when a bullet glyph has no Unicode mapping.
 */
const BULLET_GLYPHS = '\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF06E\uF0A8\uF0E0\uF0D2\uF0BE\u2022\u25CF\u25AA\u25A0\u25E6\u2023\u2219\u00B7\u2043\u25C6\u25C7\u27A2\u2713\u2714\u25BA\u2192\u0000\uFFFD';
const BULLET_START = new RegExp(`^\\s*(?:[${BULLET_GLYPHS}]|[-–*](?=\\s))\\s*`, 'u');

/** Text with a leading bullet glyph removed, or null when the line does not start with one. */
export function stripBullet(line: string): string | null {
  const match = BULLET_START.exec(line);
  return match ? line.slice(match[0].length) : null;
}

export function isBulletGlyphOnly(cell: string): boolean {
  return cell.trim() !== '' && stripBullet(cell)?.trim() === '';
}

const LIGATURES: Readonly<Record<string, string>> = { '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st' };

/**
 * Tidies one line of extracted text: composed Unicode (so ŵ and ŷ are one character each),
 * ligatures spelt out, soft hyphens and Markdown bold markers dropped, odd spaces made plain.
 * Leading whitespace is kept (the caller reads indentation from it); tabs are kept (columns).
 */
export function cleanLine(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\uFB00-\uFB06]/g, (ligature) => LIGATURES[ligature] ?? ligature)
    .replace(/\u00AD/g, '')
    .replace(/[\u00A0\u2007\u202F\u2009\u200A]/g, ' ')
    .replace(/\u200B|\u200C|\u200D|\uFEFF/g, '')
    .replace(/\*\*/g, '')
    .replace(/ {2,}/g, (spaces, offset: number) => (offset === 0 ? spaces : ' '))
    .replace(/[ ]+$/g, '');
}

/** Joins wrapped lines: a line ending in a hyphenated word part ("Multi-") joins without a space. */
export function joinWrapped(parts: readonly string[]): string {
  let text = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (text === '') text = part;
    else if (/[A-Za-z]-$/.test(text) && /^[A-Za-z]/.test(part)) text += part;
    else text += ` ${part}`;
  }
  return text.replace(/\s{2,}/g, ' ').trim();
}

const WELSH_WORDS = new Set(
  'y yr yn ac mae sy sydd ein eu ei wedi gyda neu hyn hwn hon nad nid fod bod ar gan oedd bydd plant chwarter cyngor pwyllgor gofal adroddiad perfformiad gwasanaethau ydy yw ddim rhai mewn hefyd drwy trwy am dros ynghylch ymlaen cynnwys'.split(' '),
);
const ENGLISH_WORDS = new Set(
  'the and of to is are was were for with that this children quarter council committee care report performance services from have has been be by which will not their they on at as an'.split(' '),
);

/** English or Welsh, by counting each language's commonest words. */
export function detectLanguage(text: string): Language {
  let welsh = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^a-zâêîôûŵŷäëïöüÿ'’]+/u).slice(0, 20000)) {
    const bare = word.replace(/^['’]+|['’]+$/g, '').replace(/['’]n$/, '');
    if (WELSH_WORDS.has(bare)) welsh++;
    if (ENGLISH_WORDS.has(bare)) english++;
  }
  return welsh > english ? 'cy' : 'en';
}

/** A pack key from any text: lowercase ASCII letters, digits and hyphens ("Ŵyr" → "wyr"). */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join('-').slice(0, 80).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… — the first not in `taken` (which it is then added to). */
export function uniqueKey(base: string, taken: Set<string>): string {
  const root = base || 'item';
  let key = root;
  for (let n = 2; taken.has(key); n++) key = `${root}-${n}`;
  taken.add(key);
  return key;
}

const STOP_WORDS = new Set(
  'a an the of to in on for at by with from and or who which that this these those is are was were be been being has have had their its our as than per within into during so far year quarter y yr o i a ac yn ar gan sy sydd mewn eu ei'.split(' '),
);

/** Content words, lightly stemmed, for comparing two titles that say the same thing differently. */
export function titleWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/%/g, ' percentage ')
    .split(/[^a-z0-9ŵŷâêîôû]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word))
    .map(stem);
  return new Set(words);
}

function stem(word: string): string {
  if (word === 'children' || word === 'child') return 'child';
  if (word === 'people' || word === 'person') return 'person';
  return word
    .replace(/(?:ing|ed|es|s)$/, '')
    .replace(/(?:ment|ion)$/, '')
    .slice(0, 8);
}

/**
 * How alike two titles are, 0–1: the share of the shorter one's content words found in the
 * longer one, held down by their overall overlap so that a short title ("children looked after")
 * does not match every longer one that contains it.
 */
export function titleSimilarity(a: string, b: string): number {
  const left = titleWords(a);
  const right = titleWords(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  const containment = shared / Math.min(left.size, right.size);
  const jaccard = shared / (left.size + right.size - shared);
  // The small jaccard term breaks ties in favour of the title with fewer extra words.
  return Math.min(containment, jaccard + 0.25) + jaccard / 1000;
}

/** "CORPORATE PARENTING ADVISORY COMMITTEE" → "Corporate Parenting Advisory Committee". */
export function titleCase(text: string, lang: Language): string {
  const small = lang === 'cy' ? new Set(['a', 'ac', 'o', 'y', 'yr', 'ar', 'i', 'yn', 'ac', "a'r"]) : new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', 'at', 'a']);
  return text
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) => (index > 0 && small.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

/** True when a line is written in capitals (at least two letters, none lowercase). */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-zÀ-ÿŴŵŶŷ]/g, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}
