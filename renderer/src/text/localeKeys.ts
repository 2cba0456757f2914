/**
 * Pure checks over the locale files, shared by the development warning in i18n.ts and by
 * locales.test.ts. Plural keys are compared by their base name, because English needs only
 * _one/_other while Welsh needs all six CLDR forms.
 */

export type LocaleTree = { readonly [key: string]: string | LocaleTree };

export const WELSH_PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Every leaf key of a namespace, dotted: "meeting.reportCount_one". */
export function flattenKeys(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}

/** "meeting.reportCount_one" → "meeting.reportCount"; other keys unchanged. */
export function pluralBase(key: string): string {
  return key.replace(PLURAL_SUFFIX, '');
}

export function isPluralKey(key: string): boolean {
  return PLURAL_SUFFIX.test(key);
}

/** Base keys of a namespace (plural forms folded into one). */
export function baseKeys(tree: LocaleTree): Set<string> {
  return new Set(flattenKeys(tree).map(pluralBase));
}

/** Plural bases in a tree, each with the forms it has. */
export function pluralForms(tree: LocaleTree): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of flattenKeys(tree)) {
    const match = PLURAL_SUFFIX.exec(key);
    if (!match) continue;
    const base = pluralBase(key);
    if (!forms.has(base)) forms.set(base, new Set());
    forms.get(base)!.add(match[1]!);
  }
  return forms;
}

/**
 * Human-readable problems: keys present in one language and not the other, and Welsh plurals
 * without all six forms. Namespaces present in only one language are reported too.
 */
export function describeKeyMismatches(resources: Readonly<Record<string, Readonly<Record<string, LocaleTree>>>>): string[] {
  const problems: string[] = [];
  const english = resources['en'] ?? {};
  const welsh = resources['cy'] ?? {};
  const namespaces = new Set([...Object.keys(english), ...Object.keys(welsh)]);
  for (const namespace of namespaces) {
    const en = english[namespace];
    const cy = welsh[namespace];
    if (!en || !cy) {
      problems.push(`namespace "${namespace}" exists only in ${en ? 'en' : 'cy'}`);
      continue;
    }
    const enKeys = baseKeys(en);
    const cyKeys = baseKeys(cy);
    for (const key of enKeys) if (!cyKeys.has(key)) problems.push(`cy is missing ${namespace}:${key}`);
    for (const key of cyKeys) if (!enKeys.has(key)) problems.push(`en is missing ${namespace}:${key}`);
    for (const [base, forms] of pluralForms(cy)) {
      const missing = WELSH_PLURAL_FORMS.filter((form) => !forms.has(form));
      if (missing.length > 0) problems.push(`cy plural ${namespace}:${base} lacks ${missing.map((f) => `_${f}`).join(' ')}`);
    }
    for (const [base, forms] of pluralForms(en)) {
      if (!forms.has('one') || !forms.has('other')) problems.push(`en plural ${namespace}:${base} needs _one and _other`);
    }
    for (const base of pluralForms(en).keys()) {
      if (!pluralForms(cy).has(base)) problems.push(`cy has ${namespace}:${base} but not as a plural`);
    }
  }
  return problems;
}

/**
 * Whether a string has words to translate: letters left once its {{values}} are taken out.
 * "{{label}}: {{value}}" or "–" read the same in every language; "Tag" or "PDF" need a decision,
 * recorded in locales/same-in-welsh.json when the Welsh is rightly the same.
 */
export function hasWordsToTranslate(text: string): boolean {
  return /\p{L}/u.test(text.replace(/\{\{[^}]*\}\}/g, ''));
}
