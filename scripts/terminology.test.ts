import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

interface Term {
  english: string;
  welsh: string;
  avoid: string[];
  source: string;
}

function terms(): Term[] {
  const [, ...rows] = readFileSync(path.join(root, 'locales', 'terminology.tsv'), 'utf8').trimEnd().split('\n');
  return rows.map((row) => {
    const [english = '', welsh = '', avoid = '', source = ''] = row.split('\t');
    return { english, welsh, avoid: avoid.split(',').map((a) => a.trim()).filter(Boolean), source };
  });
}

function welshStrings(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const dir = path.join(root, 'locales', 'cy');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const walk = (value: unknown, trail: string[]): void => {
      if (typeof value === 'string') out.push({ where: `${file}:${trail.join('.')}`, text: value });
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...trail, k]);
    };
    walk(JSON.parse(readFileSync(path.join(dir, file), 'utf8')), []);
  }
  return out;
}

/** Apostrophes are typed both ways in Welsh; compare them as one. */
const fold = (text: string) => text.toLocaleLowerCase('cy').replace(/[’']/g, "'");

describe('Welsh terminology (locales/terminology.tsv)', () => {
  it('records a Welsh term and a source for every concept', () => {
    for (const term of terms()) {
      expect({ term: term.english, welsh: term.welsh.length > 0, source: term.source.length > 0 }).toEqual({ term: term.english, welsh: true, source: true });
    }
  });

  it('uses one term per concept: no interface string uses a rejected alternative', () => {
    const strings = welshStrings();
    const clashes = terms().flatMap((term) =>
      term.avoid.flatMap((rejected) =>
        strings.filter((s) => fold(s.text).includes(fold(rejected))).map((s) => `${s.where} uses "${rejected}" — the chosen term is "${term.welsh}"`),
      ),
    );
    expect(clashes).toEqual([]);
  });
});
