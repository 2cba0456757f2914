import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { hasWordsToTranslate, pluralBase, type LocaleTree } from '../../renderer/src/text/localeKeys';

/**
 * Finds English interface text in the Welsh interface: every string a councillor can see or hear
 * (text, accessible names, the window title) is compared with every English string in
 * locales/en, {{values}} standing for anything. Strings on the allow-list
 * (locales/same-in-welsh.json, also checked by renderer/src/text/locales.test.ts) may appear, and
 * so may text inside an element marked lang="en": content that genuinely is English, such as the
 * language switch's "English" or an English report shown beside its Welsh version.
 */

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');

interface EnglishString {
  readonly key: string;
  readonly text: string;
  readonly pattern: RegExp;
}

function leaves(tree: LocaleTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

function readTree(lang: 'en' | 'cy', file: string): LocaleTree {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8')) as LocaleTree;
}

/** "{{count}} reports" → /^(.+?) reports$/: the string as the interface shows it, whatever the values. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\{[^}]*\}\}/).map((part) => part.replace(/\s+/g, ' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+?)')}$`, 's');
}

let cached: { english: EnglishString[]; welsh: Set<string> } | null = null;

function localeStrings(): { english: EnglishString[]; welsh: Set<string> } {
  if (cached) return cached;
  const allowed = new Set(Object.keys(JSON.parse(readFileSync(path.join(LOCALES, 'same-in-welsh.json'), 'utf8')) as Record<string, string>));
  const english: EnglishString[] = [];
  const welsh = new Set<string>();
  for (const file of readdirSync(path.join(LOCALES, 'en')).filter((name) => name.endsWith('.json'))) {
    const namespace = file.replace(/\.json$/, '');
    for (const [, text] of leaves(readTree('cy', file))) welsh.add(text.trim().replace(/\s+/g, ' '));
    for (const [key, text] of leaves(readTree('en', file))) {
      if (!hasWordsToTranslate(text) || allowed.has(`${namespace}:${pluralBase(key)}`)) continue;
      english.push({ key: `${namespace}:${key}`, text, pattern: templatePattern(text.trim()) });
    }
  }
  cached = { english, welsh };
  return cached;
}

/** The English locale string a piece of interface text is, or null. */
export function englishStringFor(text: string): EnglishString | null {
  const { english, welsh } = localeStrings();
  // A Welsh string word for word (a Welsh word that happens to be an English one elsewhere).
  if (welsh.has(text)) return null;
  return english.find((candidate) => candidate.pattern.test(text)) ?? null;
}

/**
 * Every piece of text on the page a councillor reads or hears, outside lang="en" elements:
 * each text node (including text only screen readers get), the text of each element made only of
 * inline pieces ("3 <strong>reports</strong>"), the names and descriptions in attributes, the
 * values of buttons and fields' placeholders, and the window title.
 */
export async function pageStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
    const add = (text: string | null | undefined) => {
      const value = normalise(text ?? '');
      if (/\p{L}/u.test(value)) found.add(value);
    };
    // Marked as English inside the page (<html lang> is the interface language, not a marking).
    const isEnglish = (element: Element) => (element.closest('body [lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    // An <option> of a closed <select>, and an SVG's <title> or <desc>, have no box of their
    // own: they count as shown when their select or drawing is.
    const shown = (element: Element): boolean => {
      const owner = element.closest('select') ?? element.closest('svg title, svg desc')?.parentElement ?? element;
      return owner.checkVisibility({ visibilityProperty: true });
    };
    add(document.title);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template, noscript') || isEnglish(parent) || !shown(parent)) continue;
      add(node.textContent);
    }
    const inline = new Set(['inline', 'inline-block', 'contents']);
    for (const element of document.body.querySelectorAll('*')) {
      if (isEnglish(element) || !shown(element)) continue;
      for (const name of ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder']) {
        add(element.getAttribute(name));
      }
      if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) add(element.value);
      const children = [...element.children];
      if (children.length > 0 && children.length < 8 && children.every((child) => inline.has(getComputedStyle(child).display) && !isEnglish(child))) {
        add(element.textContent);
      }
    }
    return [...found];
  });
}

/** English interface strings on the page, each with the key it comes from; empty when all is Welsh. */
export async function englishOnPage(page: Page): Promise<string[]> {
  const leaks: string[] = [];
  for (const text of await pageStrings(page)) {
    const english = englishStringFor(text);
    if (english) leaks.push(`"${text}" (en ${english.key}: "${english.text}")`);
  }
  return leaks;
}

const ENGLISH_DATE_WORDS =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Quarter|Annual|Year)\b/;

/** Strings on the page (outside lang="en") that name a month, a day or a period in English. */
export async function englishDatesOnPage(page: Page): Promise<string[]> {
  return (await pageStrings(page)).filter((text) => ENGLISH_DATE_WORDS.test(text));
}

// Words common in any English sentence and never Welsh words ("is", "to" and "a" are Welsh too).
const ENGLISH_WORDS = /\b(the|and|of|with|your|this|from|for|you|was|were|will|has|have|not)\b/i;

/**
 * A second net, for English that is in no locale file (a hard-coded string, a message from the
 * main process): strings outside lang="en" with a common English word in them.
 */
export async function englishSentencesOnPage(page: Page): Promise<string[]> {
  return (await pageStrings(page)).filter((text) => ENGLISH_WORDS.test(text));
}
