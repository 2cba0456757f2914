// Search figures (issue #8): a generated library of 200 reports (English and Welsh), 20,000 notes
// and 2,000 questions; then typical as-you-type queries — every prefix of a word as it is typed,
// codes, phrases, Welsh mutations, with and without filters — timed end to end through the handler
// table (dispatch → parse → FTS5 → group → highlight), and the bare FTS5 queries as a baseline.
// Target: p95 under 20 ms. Printed, never asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../shared/dispatch';
import { packSchema, type Pack, type PackInput } from '../../shared/pack';
import type { SearchResults } from '../../shared/search';
import { parseSearchQuery } from '../../shared/search-query';
import { openCore } from '../../electron/core/open-core';
import { insertNote, insertQuestion, meetingOfReport, searchEntryCounts } from '../../electron/store/search-fixtures';
import { rawIndexMatches } from '../../electron/store/search-queries';

const REPORTS = 200;
const NOTES = 20_000;
const QUESTIONS = 2_000;
const NOW = '2026-01-01T00:00:00.000Z';

const appRoot = process.env.BRIFFIO_ROOT ?? process.cwd();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'briffio-search-bench-'));

/** A small deterministic generator, so every run searches the same library. */
let seed = 20260101;
function random(): number {
  seed = (seed * 1664525 + 1013904223) % 4294967296;
  return seed / 4294967296;
}
function pickOne<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

// Text with the shape of real report prose: frequent function words, the domain's own words
// (Welsh with the mutated forms running text has) and a long tail of rarer words with Zipf-like
// frequencies, so a domain word appears in a few percent of passages, as in real papers.
const ENGLISH_FUNCTION = 'the of and to in a for is on with was were by that this as at from have has be are not more than its their which'.split(' ');
const WELSH_FUNCTION = 'y yr a ac i o yn ar mae roedd gyda ei eu am wedi fel ond neu nad nid bod yw sydd hyn hynny gan ôl'.split(' ');
const ENGLISH_DOMAIN = (
  'children looked after placement placements foster carers kinship adoption review reviews statutory visits social worker workers ' +
  'assessment assessments care leavers education training employment health dentist registration residential agency budget overspend ' +
  'recruitment vacancy rate quarter target performance improved declined stable court proceedings emergency respite safeguarding ' +
  'protection register conference family families support youth justice service services council committee members strategy plan ' +
  'timescales allocated permanence stability moves home city boundary provision commissioning priorities demand pressure'
).split(' ');
const WELSH_DOMAIN = (
  'plant blant phlant mhlant gofal ofal lleoliad leoliad lleoliadau maeth gofalwyr ofalwyr mabwysiadu adolygiadau ymweliadau statudol ' +
  'gweithwyr cymdeithasol asesiadau ynglŷn Caerdydd Nghaerdydd Gaerdydd cyllideb gyllideb targed chwarter perfformiad deintydd ' +
  'ddeintydd addysg hyfforddiant cyflogaeth iechyd teulu deulu cymorth gymorth gwasanaeth wasanaeth cyngor pwyllgor strategaeth ' +
  'cynllun sefydlogrwydd parhaol preswyl asiantaeth brys diogelu galw pwysau dros dro Gymraeg Nghymraeg'
).split(' ');
const CODES = ['SCC/025', 'SCC/021', 'CS LAC 58', 'CS LAC 3e', 'CS LAC 44', 'SSWB 25', 'SSWB 26', 'FAM KPI 01'];
const SYLLABLES = 'ba be bi bo bu da de di do du fa fe fi fo ga ge gi la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to wy ll ch dd th'.split(' ');
/** A long tail of made-up words, shared by both languages' generators. */
const TAIL = Array.from({ length: 4000 }, (_, i) => SYLLABLES[i % 47]! + SYLLABLES[Math.floor(i / 47) % 47]! + SYLLABLES[(i * 7) % 47]! + (i % 3 === 0 ? 'n' : ''));

/** Zipf-like: word i of the tail is chosen about 1/(i+1) as often as the first. */
function tailWord(): string {
  return TAIL[Math.min(TAIL.length - 1, Math.floor(Math.exp(random() * Math.log(TAIL.length + 1)) - 1))]!;
}

function word(lang: 'en' | 'cy'): string {
  const roll = random();
  if (roll < 0.45) return pickOne(lang === 'en' ? ENGLISH_FUNCTION : WELSH_FUNCTION);
  if (roll < 0.6) return pickOne(lang === 'en' ? ENGLISH_DOMAIN : WELSH_DOMAIN);
  return tailWord();
}

function sentence(lang: 'en' | 'cy', length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i++) parts.push(word(lang));
  if (random() < 0.15) parts.splice(Math.floor(random() * parts.length), 0, `(${pickOne(CODES)})`);
  if (random() < 0.3) parts.push(`${(random() * 100).toFixed(1)}% (${Math.floor(random() * 900)} / ${900 + Math.floor(random() * 300)})`);
  const text = parts.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function blocks(lang: 'en' | 'cy', count: number): PackInput['report']['versions'][number]['sections'][number]['blocks'] {
  return [
    { type: 'paragraph', number: '1', text: sentence(lang, 25 + Math.floor(random() * 30)) },
    { type: 'list', items: Array.from({ length: count - 1 }, () => ({ text: sentence(lang, 10 + Math.floor(random() * 20)) })) },
  ];
}

function generatedPack(index: number): Pack {
  const year = 2010 + Math.floor(index / 8);
  const quarter = (index % 4) + 1;
  const committee = index % 2 === 0 ? 'corporate-parenting' : 'scrutiny';
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 27) + 1).padStart(2, '0');
  const sections = ['reasons', 'overview', 'education', 'detailed-commentary', 'financial', 'legal'];
  const input: PackInput = {
    format: 'briffio-pack',
    version: 1,
    committee: {
      key: `bench-${committee}`,
      name: { en: `Bench ${committee} committee`, cy: `Pwyllgor ${committee} meincnod` },
      council: { en: 'Bench Council', cy: 'Cyngor Meincnod' },
    },
    meeting: { date: `${year}-${month}-${day}` },
    report: {
      key: `bench-report-${index}`,
      kind: 'cover',
      period: `${year}-${String((year + 1) % 100).padStart(2, '0')}.Q${quarter}`,
      versions: (['en', 'cy'] as const).map((lang) => ({
        lang,
        title: lang === 'en' ? `Bench performance summary ${index}` : `Crynodeb perfformiad meincnod ${index}`,
        sections: sections.map((key) => ({
          key,
          kind: 'numbered' as const,
          heading: lang === 'en' ? `Section ${key}` : `Adran ${key}`,
          blocks: blocks(lang, 10),
        })),
      })),
      keyStats: [],
    },
    indicators: [{ key: 'bench-visits', code: 'SCC/025', title: { en: 'Statutory visits on time', cy: 'Ymweliadau statudol mewn pryd' }, unit: 'percent', polarity: 'higher_is_better' }],
    measurements: [{ indicator: 'bench-visits', period: `${year}-${String((year + 1) % 100).padStart(2, '0')}.Q${quarter}`, value: 90 + random() * 10, role: 'current' }],
  };
  return packSchema.parse(input);
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function figures(samples: readonly number[]): string {
  return `p50 ${percentile(samples, 50).toFixed(2)} ms   p95 ${percentile(samples, 95).toFixed(2)} ms   max ${Math.max(...samples).toFixed(2)} ms   (${samples.length} queries)`;
}

/** What a councillor types, one key at a time (each prefix is one query). */
function asTyped(text: string): string[] {
  return Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1)).filter((prefix) => prefix.trim().length >= 2);
}

async function main(): Promise<void> {
  const core = openCore({ dataDir, appRoot, version: 'bench', host: 'browser', now: () => NOW });
  const { store } = core;

  let start = performance.now();
  const reportIds: number[] = [];
  for (let i = 0; i < REPORTS; i++) reportIds.push(store.writePack(generatedPack(i), { origin: 'import', now: NOW }).reportId);
  console.log(`import ${REPORTS} reports (en + cy), index kept by triggers: ${(performance.now() - start).toFixed(0)} ms`);

  start = performance.now();
  store.transaction(() => {
    for (let i = 0; i < NOTES; i++) {
      const english = random() < 0.7;
      insertNote(store.db, {
        id: `bench-note-${i}`,
        reportId: pickOne(reportIds),
        body: sentence(english ? 'en' : 'cy', 6 + Math.floor(random() * 20)),
        sectionKey: 'overview',
        quote: random() < 0.5 ? sentence(english ? 'en' : 'cy', 6) : null,
        lang: english ? 'en' : 'cy',
        tags: random() < 0.2 ? [pickOne(['follow-up', 'budget', 'urgent', 'dilyn'])] : [],
        now: NOW,
      });
    }
    for (let i = 0; i < QUESTIONS; i++) {
      insertQuestion(store.db, {
        id: `bench-question-${i}`,
        meetingId: meetingOfReport(store.db, pickOne(reportIds)),
        text: `${sentence(random() < 0.7 ? 'en' : 'cy', 8 + Math.floor(random() * 14))}?`,
        answerNotes: random() < 0.3 ? sentence('en', 10) : '',
        now: NOW,
      });
    }
  });
  console.log(`write ${NOTES} notes and ${QUESTIONS} questions in one transaction: ${(performance.now() - start).toFixed(0)} ms`);
  console.log('index entries:', searchEntryCounts(store.db));

  const typed = [
    ...asTyped('placement'),
    ...asTyped('dentist registration'),
    ...asTyped('foster carers'),
    ...asTyped('gofal plant'),
    ...asTyped('ynglyn'),
    ...asTyped('caerdydd'),
    ...asTyped('scc 025'),
    ...asTyped('cs lac 58'),
    ...asTyped('"statutory visits"'),
    ...asTyped('adoption court'),
  ];
  const library = store.library();
  const committeeId = library.committees[0]!.id;
  const period = library.committees[0]!.meetings[0]!.reports[0]!.period;
  const requests = [
    ...typed.map((text) => ({ text, limit: 5 })),
    ...typed.map((text) => ({ text, limit: 5, committeeId })),
    ...typed.map((text) => ({ text, limit: 5, period })),
  ];

  // Warm up: prepared statements compiled, pages cached, as in a running app.
  for (const request of requests) await dispatch(core.handlers, 'search.query', request);

  // Wall-clock time is what a councillor feels; CPU time of this process is shown beside it
  // because on a busy machine (other work on the same cores) wall time mostly measures waiting.
  const endToEnd: number[] = [];
  const endToEndCpu: number[] = [];
  const unfiltered: number[] = [];
  let hits = 0;
  const loadBefore = os.loadavg()[0]!;
  for (let round = 0; round < 3; round++) {
    for (const request of requests) {
      const cpu = process.cpuUsage();
      const begin = performance.now();
      const result = await dispatch(core.handlers, 'search.query', request);
      const elapsed = performance.now() - begin;
      const used = process.cpuUsage(cpu);
      endToEnd.push(elapsed);
      endToEndCpu.push((used.user + used.system) / 1000);
      if (!('committeeId' in request) && !('period' in request)) unfiltered.push(elapsed);
      if (result.ok) hits += (result.value as SearchResults).total;
    }
  }
  const raw: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const text of typed) {
      const parsed = parseSearchQuery(text);
      const begin = performance.now();
      rawIndexMatches(store.db, parsed, 5);
      raw.push(performance.now() - begin);
    }
  }
  console.log(`search.query end to end, as typed (all):   ${figures(endToEnd)}`);
  console.log(`  … CPU time of those queries:             ${figures(endToEndCpu)}`);
  console.log(`search.query end to end, no filters:       ${figures(unfiltered)}`);
  console.log(`raw FTS5 (both tables, newest 5, baseline): ${figures(raw)}`);
  console.log(`target: p95 under 20 ms   (matches counted: ${hits}; load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);

  start = performance.now();
  const rebuilt = await dispatch(core.handlers, 'search.rebuild', {});
  console.log(`search.rebuild: ${(performance.now() - start).toFixed(0)} ms`, rebuilt.ok ? rebuilt.value : rebuilt.error);

  core.close();
  rmSync(dataDir, { recursive: true, force: true });
}

void main();
