/**
 * Welsh initial mutations for search. A Welsh word changes its first sound after certain words:
 * "gofal" (care) is written "ofal" in "o ofal", "Caerdydd" becomes "Nghaerdydd" in "yng
 * Nghaerdydd". A councillor who types one form should find the others.
 *
 * How: the query side expands each typed word to its *family* — every form that shares a possible
 * radical (dictionary) form with it — and the index holds the text as written. So "gofal" searches
 * for gofal, ofal, ngofal (its own mutations) and cofal, chofal, nghofal (those of "cofal", since
 * "gofal" could itself be the soft mutation of a word in c-); "ofal" searches for ofal, gofal,
 * ngofal, hofal. Expanding the query, not the index, keeps highlights exact (the word found is the
 * word marked) and lets these rules improve without rebuilding the index.
 *
 * The rules (radical → mutated), on folded text (no diacritics, lowercase):
 *   soft:      p→b  t→d  c→g  b→f  d→dd  g→(dropped)  m→f  ll→l  rh→r
 *   nasal:     p→mh t→nh c→ngh b→m d→n  g→ng
 *   aspirate:  p→ph t→th c→ch
 *   h before a vowel (after "ei" meaning her, "ein", "eu", "’i"): oed → hoed, ofal → hofal
 * Words starting ch, ph, th, dd, ff, ng, ll (as written) are not mutated further.
 *
 * Limits, on purpose:
 * - Short words collide: "ci" (dog) reaches "chi" (you); a family is only built for whole words of
 *   two letters or more and, while a word is still being typed, of three or more — so typing "ci"
 *   finds words starting "ci", and "ci " (finished) also finds "gi", "nghi" and "chi".
 * - A form shorter than two letters (three while typing) is never searched for: dropping the g of
 *   "go" would search for every word starting "o".
 * - Only the first sound is considered. Mutations are not checked against grammar (we do not know
 *   that "ofal" followed "o"), so a family can reach a different word that happens to look like a
 *   mutation, e.g. "dad" reaches "tad" and "nad". Search prefers finding too much to too little.
 * - Letters lost by council websites (ŵ ŷ printed as "?") cannot be recovered.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'w', 'y']);
/** Initial digraphs that no mutation changes (as written); checked before single letters. */
const UNMUTATED = ['ch', 'ph', 'th', 'dd', 'ff', 'ng'];

/** Forms a radical takes after a mutation, e.g. "plant" → blant, mhlant, phlant. */
export function mutatedForms(radical: string): string[] {
  const rest1 = radical.slice(1);
  const rest2 = radical.slice(2);
  if (radical.startsWith('ll')) return [`l${rest2}`];
  if (radical.startsWith('rh')) return [`r${rest2}`];
  if (UNMUTATED.some((digraph) => radical.startsWith(digraph))) return [];
  const first = radical[0];
  switch (first) {
    case 'p':
      return [`b${rest1}`, `mh${rest1}`, `ph${rest1}`];
    case 't':
      return [`d${rest1}`, `nh${rest1}`, `th${rest1}`];
    case 'c':
      return [`g${rest1}`, `ngh${rest1}`, `ch${rest1}`];
    case 'b':
      return [`f${rest1}`, `m${rest1}`];
    case 'd':
      return [`dd${rest1}`, `n${rest1}`];
    case 'g':
      return [rest1, `ng${rest1}`];
    case 'm':
      return [`f${rest1}`];
    default:
      return first !== undefined && VOWELS.has(first) ? [`h${radical}`] : [];
  }
}

/**
 * Radical forms a written word could come from, itself included, e.g. "nghymraeg" → nghymraeg,
 * cymraeg; "ofal" → ofal, gofal; "fam" → fam, bam, mam.
 */
export function radicalForms(word: string): string[] {
  const forms = [word];
  const rest = (n: number) => word.slice(n);
  if (word.startsWith('ngh')) forms.push(`c${rest(3)}`);
  else if (word.startsWith('ng')) forms.push(`g${rest(2)}`);
  else if (word.startsWith('mh')) forms.push(`p${rest(2)}`);
  else if (word.startsWith('nh')) forms.push(`t${rest(2)}`);
  else if (word.startsWith('ph')) forms.push(`p${rest(2)}`);
  else if (word.startsWith('th')) forms.push(`t${rest(2)}`);
  else if (word.startsWith('ch')) forms.push(`c${rest(2)}`);
  else if (word.startsWith('dd')) forms.push(`d${rest(2)}`);
  else if (word.startsWith('ll') || word.startsWith('rh') || word.startsWith('ff')) {
    // radical as written
  } else if (word.startsWith('h') && VOWELS.has(word[1] ?? '')) forms.push(rest(1));
  else {
    switch (word[0]) {
      case 'b':
        forms.push(`p${rest(1)}`);
        break;
      case 'd':
        forms.push(`t${rest(1)}`);
        break;
      case 'g':
        forms.push(`c${rest(1)}`);
        break;
      case 'f':
        forms.push(`b${rest(1)}`, `m${rest(1)}`);
        break;
      case 'l':
        forms.push(`ll${rest(1)}`);
        break;
      case 'r':
        forms.push(`rh${rest(1)}`);
        break;
      case 'm':
        forms.push(`b${rest(1)}`);
        break;
      case 'n':
        forms.push(`d${rest(1)}`);
        break;
      default:
        if (VOWELS.has(word[0] ?? '')) forms.push(`g${word}`);
    }
  }
  return forms;
}

/**
 * Every form to search for when `word` (folded) is typed: the word itself first, then the other
 * members of its mutation family. `prefix` is true while the word is still being typed.
 */
export function mutationFamily(word: string, options: { readonly prefix: boolean }): string[] {
  const shortest = options.prefix ? 3 : 2;
  if (word.length < shortest || !/^\p{L}+$/u.test(word)) return [word];
  const family = new Set<string>([word]);
  for (const radical of radicalForms(word)) {
    for (const form of [radical, ...mutatedForms(radical)]) {
      if (form.length >= shortest) family.add(form);
    }
  }
  return [...family];
}
