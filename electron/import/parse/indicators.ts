import type { Plan, Polarity, Unit } from '../../../shared/domain';
import type { DraftMeasurement } from '../../../shared/import';
import { normaliseIndicatorCode } from '../../../shared/indicator-code';
import type { Language } from '../../../shared/languages';
import { parsePeriodKey, periodKey, previousPeriod, type Period } from '../../../shared/period';
import { findCodes, leadingCode, type FoundCode } from './codes';
import { mentionKey, findPeriods } from './periods';
import type { ParsedSection } from './structure';
import { slugify } from './text';
import { findValues, type FoundValue } from './values';

/**
 * Indicators and their values, as the councils' papers state them:
 *   coded KPI statements      "CS LAC 58 % of children … = 56.6% (378 / 668)", "FAM KPI 01 … = 1,754"
 *   coded sentences           "(SSWB 25) was 51.2% (823 / 1,607) compared with 53.0% (856 / 1,612) in Quarter 1"
 *                             "72.4% (439 / 606) of looked after children … (CS LAC 44), decreasing from 73.7% …"
 *   uncoded headline figures  "934 children looked after." (key stats), "… remained at 100% (230 / 230)"
 *   chart runs                "731 756 784 802 830" after an indicator's heading, or ending in a key stat's value
 *   flags                     "N.B. Quarter 4 2018/19 data is provisional, Quarter 1 2019/20 is pending",
 *                             "The following are unavailable this quarter: …"
 * Each value records the section, paragraph number and page it was found at.
 */

export interface FoundIndicator {
  key: string;
  code: string | null;
  title: string;
  unit: Unit;
  polarity: Polarity;
  plan: Plan | null;
  measurements: DraftMeasurement[];
}

export interface FoundKeyStat {
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  readonly numerator?: number;
  readonly denominator?: number;
  indicatorKey: string | null;
  readonly page?: number;
  readonly sectionKey: string;
}

export interface FoundSeries {
  readonly values: readonly number[];
  readonly unit: Unit;
  readonly page: number;
}

export interface FoundFigures {
  readonly indicators: FoundIndicator[];
  readonly keyStats: FoundKeyStat[];
  readonly unmatchedSeries: FoundSeries[];
}

interface Place {
  readonly sectionKey: string;
  readonly blockNumber?: string;
  readonly page?: number;
}

const COMPARISON_CUE =
  /(?:compared (?:with|to)|comparison with|from|against|down from|up from|(?:de|in)creas(?:ing|ed|e)s? from|a (?:de|in)crease from|stable from|reduced from|rose from|fell from|o['’]i gymharu (?:â|ag)|o gymharu (?:â|ag)|i lawr o|i fyny o|cynnydd o|gostyngiad o)\s*$/i;
const VERB_BEFORE_VALUE = /(?:=|\bwas|\bis|\bwere|\bare|\bstood at|\bremained at|\bremains at|\b(?:reduced|increased|improved|fell|rose|decreased|dropped) (?:slightly |significantly )?to|\btotalled|\breached|\bat|\boedd|\byw|\bydy|\bo)\s*$/i;
/** Verbs between an indicator's subject and its value ("… (SSWB 25) was 51.2%", "… oedd 802"). */
const VERB = /\s(?:was|is|were|stood at|remained at|oedd|yw|ydy)\s/i;
const PLAN_PATTERNS: readonly [RegExp, Plan][] = [
  [/\((?:corporate plan|cynllun corfforaethol)\)/i, 'corporate_plan'],
  [/\((?:directorate (?:delivery )?plan|cynllun (?:cyflawni['’]r )?gyfarwyddiaeth)\)/i, 'directorate_delivery_plan'],
];
const LOWER_IS_BETTER =
  /\b(?:re-?registrations?|three or more placements|placement moves|vacanc|waiting|delay|first time entrants|out of area|agency (?:providers|residential|placements)|re-?offend|absence|exclu|homeless|ail-?gofrestr|aros|oedi|swyddi gwag)\b/i;

export function findFigures(sections: readonly ParsedSection[], reportPeriod: string | null, language: Language): FoundFigures {
  return new FigureFinder(reportPeriod, language).run(sections);
}

class FigureFinder {
  private readonly indicators = new Map<string, FoundIndicator>();
  private readonly keyStats: FoundKeyStat[] = [];
  private readonly runs: { run: FoundSeries; after: string | null; place: Place }[] = [];
  /** Flags are applied last, once chart runs have given the flagged periods their values. */
  private readonly pendingFlags: { indicatorKey: string; period: string; flag: 'provisional' | 'pending' }[] = [];
  private readonly context: Period | null;

  constructor(
    private readonly reportPeriod: string | null,
    private readonly language: Language,
  ) {
    this.context = reportPeriod ? parsePeriodKey(reportPeriod) : null;
  }

  run(sections: readonly ParsedSection[]): FoundFigures {
    for (const section of sections) this.section(section);
    const unmatched = this.attachRuns();
    this.linkKeyStats();
    this.applyFlags();
    // Polarity is a guess from the title, made once the title is settled.
    for (const indicator of this.indicators.values()) {
      if (indicator.polarity === 'neutral') indicator.polarity = guessPolarity(indicator.title, indicator.unit);
    }
    return { indicators: [...this.indicators.values()].filter((i) => i.measurements.length > 0), keyStats: this.keyStats, unmatchedSeries: unmatched };
  }

  private section(section: ParsedSection): void {
    let lastIndicator: string | null = null;
    let unavailableFollows = false;
    for (const block of section.blocks) {
      if (block.type === 'numbers') {
        if (block.values.length >= 3) this.runs.push({ run: block, after: section.kind === 'indicators' ? lastIndicator : null, place: { sectionKey: section.key, page: block.page } });
        continue;
      }
      const units =
        block.type === 'paragraph'
          ? [{ text: block.text, number: block.number, page: block.page }]
          : block.items.map((item) => ({ text: item.text, number: item.number, page: item.page }));
      for (const unit of units) {
        const place: Place = { sectionKey: section.key, ...(unit.number ? { blockNumber: unit.number } : {}), ...(unit.page ? { page: unit.page } : {}) };
        if (unavailableFollows && /^(?:%|(?:percentage|number|canran|nifer)\b)/i.test(unit.text)) {
          this.unavailable(unit.text, place);
          continue;
        }
        unavailableFollows = /\b(?:(?:are|is) (?:not )?(?:unavailable|not available)|ddim ar gael|nad (?:ydynt|yw) ar gael)\b.*:$/i.test(unit.text);
        if (section.kind === 'key_stats') {
          this.keyStat(unit.text, place);
          continue;
        }
        if (this.flags(unit.text, lastIndicator)) continue;
        const code = leadingCode(unit.text);
        const introduced = this.sentences(unit.text, place, section.kind === 'numbered' || section.kind === 'narrative' || section.kind === 'signs_of_safety');
        if (code) lastIndicator = this.indicatorKeyFor(code.code);
        else if (introduced) lastIndicator = introduced;
      }
    }
  }

  /** "N.B. Quarter 4 2018/19 data is provisional, Quarter 1 2019/20 is pending": flags on the last indicator's values. */
  private flags(text: string, indicatorKey: string | null): boolean {
    if (!/\b(?:provisional|pending|dros dro|yn yr arfaeth|i ddod)\b/i.test(text) || text.length > 200 || findValues(text).length > 0) return false;
    if (!indicatorKey || !this.indicators.has(indicatorKey)) return /^n\.?\s?b\.?/i.test(text.trim());
    for (const clause of text.split(/[,;]| and /)) {
      const flag = /\b(?:provisional|dros dro)\b/i.test(clause) ? 'provisional' : /\b(?:pending|yn yr arfaeth|i ddod)\b/i.test(clause) ? 'pending' : null;
      if (!flag) continue;
      for (const found of findPeriods(clause)) {
        const period = mentionKey(found, this.context);
        if (period) this.pendingFlags.push({ indicatorKey, period, flag });
      }
    }
    return true;
  }

  private applyFlags(): void {
    for (const { indicatorKey, period, flag } of this.pendingFlags) {
      const indicator = this.indicators.get(indicatorKey)!;
      if (indicator.measurements.some((m) => m.period === period)) {
        indicator.measurements = indicator.measurements.map((m) => (m.period === period ? { ...m, [flag]: true } : m));
      } else if (flag === 'pending') {
        // "Quarter 1 2019/20 is pending": no figure yet, but the councillor should see that one is due.
        indicator.measurements.push({ period, value: null, pending: true, role: 'current' });
      }
    }
  }

  /** Sentences with figures: coded ones always, uncoded ones with a fraction in prose sections. Returns the last indicator key met. */
  private sentences(text: string, place: Place, prose: boolean): string | null {
    let last: string | null = null;
    for (const sentence of splitSentences(text)) {
      const codes = findCodes(sentence);
      if (codes.length > 0) {
        const key = this.coded(sentence, codes, place);
        if (key) last = key;
        continue;
      }
      if (prose) {
        const key = this.uncoded(sentence, place);
        if (key) last = key;
      }
    }
    return last;
  }

  private coded(sentence: string, codes: readonly FoundCode[], place: Place): string | null {
    const code = codes[0]!;
    const spans = codes.map((c) => [c.index, c.end] as const);
    const values = findValues(sentence, spans);
    const key = this.indicatorKeyFor(code.code);
    const indicator = this.indicators.get(key) ?? this.newIndicator(key, code.code);
    const plan = PLAN_PATTERNS.find(([pattern]) => pattern.test(sentence))?.[1];
    if (plan) indicator.plan = plan;
    const title = codedTitle(sentence, code, values, this.language);
    if (title && (!indicator.title || indicator.title.length < 8)) indicator.title = title;
    const primary = primaryValue(sentence, values);
    if (!primary) {
      if (indicator.measurements.length === 0 && /^(?:percentage|proportion|canran)\b/i.test(indicator.title)) indicator.unit = 'percent';
      return key;
    }
    indicator.unit = primary.unit === 'ratio' ? 'count' : primary.unit;
    this.record(indicator, sentence, values, primary, place);
    return key;
  }

  private uncoded(sentence: string, place: Place): string | null {
    const values = findValues(sentence);
    const primary = primaryValue(sentence, values);
    if (!primary || primary.unit !== 'percent' || primary.numerator === undefined) return null;
    const title = uncodedTitle(sentence, primary, this.language);
    if (!title || title.split(/\s+/).length < 3) return null;
    const key = `uncoded-${slugify(title, 8)}`;
    const indicator = this.indicators.get(key) ?? this.newIndicator(key, null);
    indicator.title ||= title;
    indicator.unit = 'percent';
    this.record(indicator, sentence, values, primary, place);
    return key;
  }

  private record(indicator: FoundIndicator, sentence: string, values: readonly FoundValue[], primary: FoundValue, place: Place): void {
    const comparisons = values.filter((value) => value !== primary && value.index > 0 && COMPARISON_CUE.test(sentence.slice(Math.max(0, value.index - 45), value.index)));
    const firstComparison = comparisons[0]?.index ?? sentence.length;
    const ownPeriod = findPeriods(sentence.slice(primary.end, firstComparison))
      .map((found) => mentionKey(found, this.context))
      .find((key) => key !== null);
    const period = ownPeriod ?? this.reportPeriod;
    if (!period) return;
    const flags = {
      ...(/\bprovisional|dros dro\b/i.test(sentence) ? { provisional: true } : {}),
      ...(/\bpending|yn yr arfaeth\b/i.test(sentence) ? { pending: true } : {}),
    };
    this.add(indicator, { period, value: primary.value, ...fraction(primary), ...flags, role: 'current', ...place });
    for (const comparison of comparisons) {
      if (comparison.unit !== primary.unit && !(comparison.unit === 'count' && primary.unit === 'ratio')) continue;
      const next = values.find((value) => value.index > comparison.index);
      const after = sentence.slice(comparison.end, next ? next.index : sentence.length);
      const found = findPeriods(after).map((mention) => mentionKey(mention, this.context)).find((key) => key !== null);
      const comparisonPeriod: string | null = found ?? (/\b(?:last|previous) quarter|chwarter diwethaf\b/i.test(after) && parsePeriodKey(period) ? periodKey(previousPeriod(parsePeriodKey(period)!)) : null);
      if (!comparisonPeriod || comparisonPeriod === period) continue;
      this.add(indicator, { period: comparisonPeriod, value: comparison.value, ...fraction(comparison), role: 'comparison', ...place });
    }
  }

  /** Adds a measurement unless one for the same period is already there (the first statement wins). */
  private add(indicator: FoundIndicator, measurement: DraftMeasurement): void {
    const clash = indicator.measurements.find((m) => m.period === measurement.period && (m.dimension ?? '') === (measurement.dimension ?? ''));
    if (clash) {
      // A stated value replaces a placeholder (a pending flag with no figure).
      if (clash.value === null && measurement.value !== null) indicator.measurements = indicator.measurements.map((m) => (m === clash ? { ...measurement, pending: clash.pending ?? false } : m));
      return;
    }
    indicator.measurements.push(measurement);
  }

  private keyStat(text: string, place: Place): void {
    const values = findValues(text);
    const value = values.find((found) => found.unit !== 'ratio') ?? values[0];
    if (!value) return;
    let label = (text.slice(0, value.index) + ' ' + text.slice(value.end))
      .replace(/\s*,.*$/, '')
      .replace(/\s+(?:since|ers)\s+\d.*$/i, '')
      .replace(/\b(?:so far this year|this year|this quarter|during the year|eleni|y chwarter hwn|hyd yma)\b/gi, '')
      .replace(/^\s*of\s+/i, '')
      .replace(/\b(?:are|is|were|was)\s+/gi, '')
      .replace(/[.\s]+$/, '')
      .replace(/\s{2,}/g, ' ')
      .trim();
    if (label === '') return;
    label = label.charAt(0).toUpperCase() + label.slice(1);
    this.keyStats.push({
      label,
      value: value.value,
      unit: value.unit === 'ratio' ? 'count' : value.unit,
      ...fraction(value),
      indicatorKey: null,
      ...(place.page ? { page: place.page } : {}),
      sectionKey: place.sectionKey,
    });
  }

  private unavailable(text: string, place: Place): void {
    if (!this.reportPeriod) return;
    const title = tidyTitle(text.replace(/\([^)]*\)/g, ''), 'percent', this.language);
    if (!title) return;
    const key = `uncoded-${slugify(title, 8)}`;
    const indicator = this.indicators.get(key) ?? this.newIndicator(key, null);
    indicator.title ||= title;
    indicator.unit = /^%|percentage|canran/i.test(text.trim()) ? 'percent' : 'count';
    this.add(indicator, { period: this.reportPeriod, value: null, unavailable: true, role: 'current', ...place });
  }

  /** Chart runs: after an indicator's heading, or ending in a headline figure stated in the report. */
  private attachRuns(): FoundSeries[] {
    const unmatched: FoundSeries[] = [];
    const end = this.context ? lastQuarter(this.context) : null;
    for (const { run, after, place } of this.runs) {
      let target = after ? this.indicators.get(after) : undefined;
      const last = run.values[run.values.length - 1]!;
      if (!target) {
        const stat = this.keyStats.find((s) => s.value === last && s.unit === run.unit);
        if (stat) {
          const key = this.statIndicator(stat);
          target = this.indicators.get(key);
        }
      }
      if (!target) {
        target = [...this.indicators.values()].find((indicator) =>
          indicator.measurements.some((m) => m.role === 'current' && m.value === last && m.period === this.reportPeriod && indicator.unit === run.unit),
        );
      }
      if (!target || !end || run.values.length > 24) {
        unmatched.push(run);
        continue;
      }
      if (target.measurements.every((m) => m.value === null)) target.unit = run.unit;
      let period: Period = end;
      for (let i = run.values.length - 1; i >= 0; i--) {
        this.add(target, { period: periodKey(period), value: run.values[i]!, role: 'series', sectionKey: place.sectionKey, page: run.page });
        period = previousPeriod(period);
      }
    }
    return unmatched;
  }

  /** Headline figures that repeat a coded indicator's value join it; the others become indicators of their own. */
  private linkKeyStats(): void {
    for (const stat of this.keyStats) {
      if (stat.indicatorKey) continue;
      this.statIndicator(stat);
    }
  }

  private statIndicator(stat: FoundKeyStat): string {
    if (stat.indicatorKey) return stat.indicatorKey;
    const same = [...this.indicators.values()].find(
      (indicator) => indicator.unit === stat.unit && indicator.measurements.some((m) => m.role === 'current' && m.value === stat.value && m.period === this.reportPeriod),
    );
    if (same) {
      stat.indicatorKey = same.key;
      return same.key;
    }
    const key = `stat-${slugify(stat.label, 8)}`;
    const indicator = this.indicators.get(key) ?? this.newIndicator(key, null);
    indicator.title = stat.label;
    indicator.unit = stat.unit;
    indicator.polarity = guessPolarity(stat.label, stat.unit);
    if (this.reportPeriod) {
      const parts = stat.numerator !== undefined && stat.denominator !== undefined ? { numerator: stat.numerator, denominator: stat.denominator } : {};
      this.add(indicator, { period: this.reportPeriod, value: stat.value, ...parts, role: 'current', ...(stat.page ? { page: stat.page } : {}), sectionKey: stat.sectionKey });
    }
    stat.indicatorKey = key;
    return key;
  }

  private indicatorKeyFor(code: string): string {
    return `code-${normaliseIndicatorCode(code)}`;
  }

  private newIndicator(key: string, code: string | null): FoundIndicator {
    const indicator: FoundIndicator = { key, code, title: '', unit: 'count', polarity: 'neutral', plan: null, measurements: [] };
    this.indicators.set(key, indicator);
    return indicator;
  }

}

function fraction(value: FoundValue): { numerator?: number; denominator?: number } {
  return value.numerator !== undefined && value.denominator !== undefined ? { numerator: value.numerator, denominator: value.denominator } : {};
}

function lastQuarter(period: Period): Period {
  return period.kind === 'year' ? { startYear: period.startYear, kind: 'quarter', quarter: 4 } : period;
}

/** Splits prose into sentences without breaking "56.6%", "e.g.", "N.B." or "1,607". */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\b(e\.g|i\.e|N\.B|n\.b|etc|no|approx|c\.f)\./gi, (match) => match.replace(/\./g, '\u2024'))
    .split(/(?<=[.!?])\s+(?=[A-Z(£0-9])/)
    .map((sentence) => sentence.replace(/\u2024/g, '.').trim())
    .filter(Boolean);
}

/** The figure a sentence states: after "=", else the first one not introduced as a comparison. */
export function primaryValue(sentence: string, values: readonly FoundValue[]): FoundValue | null {
  if (values.length === 0) return null;
  const equals = sentence.indexOf('=');
  if (equals >= 0) return values.find((value) => value.index > equals) ?? null;
  const candidates = values.filter((value) => !COMPARISON_CUE.test(sentence.slice(Math.max(0, value.index - 45), value.index)));
  const strong = candidates.find((value) => value.unit === 'percent' || value.numerator !== undefined || value.unit === 'money');
  if (strong) return strong;
  return (
    candidates.find((value) => value.index === 0 || VERB_BEFORE_VALUE.test(sentence.slice(Math.max(0, value.index - 25), value.index))) ?? null
  );
}

/** The indicator's title around its code: after the code ("CS LAC 58 % of children …"), or the subject before it. */
export function codedTitle(sentence: string, code: FoundCode, values: readonly FoundValue[], language: Language = 'en'): string | null {
  const firstValue = values[0]?.index ?? sentence.length;
  if (code.index === 0 || sentence.slice(0, code.index).trim().length < 3) {
    let end = sentence.length;
    // "CS LAC 58 Percentage of … (Corporate Plan)": what follows the plan is a chart legend.
    const plan = PLAN_PATTERNS.map(([pattern]) => pattern.exec(sentence)).find((match) => match !== null);
    if (plan && plan.index > code.end) end = plan.index;
    const equals = sentence.indexOf('=', code.end);
    if (equals >= 0 && equals < end) end = equals;
    else if (firstValue > code.end && firstValue < end) end = firstValue;
    const verb = /\s(?:was|is|were|stood at|remained at)\s/i.exec(sentence.slice(code.end, end));
    if (verb) end = code.end + verb.index;
    const text = sentence.slice(code.end, end);
    const unit = values[0]?.unit ?? (/%|percentage|canran/i.test(text) ? 'percent' : 'count');
    return tidyTitle(text, unit, language);
  }
  // "(SSWB 25) was 51.2%…" / "The number of … (CS LAC 3e)": the subject before the code or the verb.
  const before = sentence.slice(0, code.index);
  if (firstValue > code.index || !/\d/.test(before)) {
    const verb = VERB.exec(before);
    return tidyTitle(verb ? before.slice(0, verb.index) : before, values[0]?.unit ?? 'count', language);
  }
  // "72.4% (439 / 606) of looked after children were placed … (CS LAC 44)": what follows the value.
  return uncodedTitle(sentence.slice(0, code.index), values[0]!, language);
}

/** A title for an uncoded figure from the words around it. */
export function uncodedTitle(sentence: string, value: FoundValue, language: Language = 'en'): string | null {
  const after = sentence.slice(value.end);
  if (value.index < 3 || /^\s*(?:of|o)\s/i.test(after)) {
    const stop = /,|\(|\bin (?:quarter|chwarter)\b|\bat (?:the end of|30|31)\b|\bcompared\b|\b(?:de|in)creas|\bshowing\b|\bstable\b|\bfrom\b|\bduring quarter\b|\.$/i.exec(after);
    return tidyTitle(stop ? after.slice(0, stop.index) : after, value.unit, language);
  }
  const before = sentence.slice(0, value.index);
  const verb = /\s(?:was|is|were|are|stood at|remained at|remains at|reached|(?:reduced|increased|improved|fell|rose|decreased|dropped)(?: slightly| significantly)? to|oedd|yw|ydy|roedd|i)\s*$/i.exec(before);
  if (!verb) return null;
  return tidyTitle(before.slice(0, verb.index), value.unit, language);
}


/** Cleans a phrase into an indicator title: "% of …" → "Percentage of …", dates and filler out. */
export function tidyTitle(raw: string, unit: Unit, language: Language = 'en'): string | null {
  let text = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\b(?:as at|at|on|ar)\s+\d{1,2}(?:st|nd|rd|th|af|il|ydd|fed|ed|eg|ain)?\s+\w+\s+\d{4}\b/gi, ' ')
    .replace(/\s+(?:at the end of|in|during|for|by|yn|ar ddiwedd)\s+(?:quarter|chwarter|q)\s?[1-4](?:\s+\d{4}\s*[/-]\s*\d{2,4})?\b/gi, ' ')
    .replace(/^(?:however|also|overall|in addition|furthermore|but|and)[, ]+/i, '')
    .replace(/^(?:gwellodd|gostyngodd|cynyddodd|arhosodd|improved|fell|rose)\s+/i, '')
    .replace(/^(?:performance|perfformiad)\s+(?:in relation to|in respect of|for|on|o ran|ar gyfer)\s+/i, '')
    // "children were placed" → "children placed", but "children who were looked after" keeps its verb.
    .replace(/(?<!\b(?:who|which|that)\s)\b(?:were|was|are|is|have been|has been)\s+/gi, '')
    .replace(/\s*[=:–-]\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/^(?:the|y|yr)\s+/i, '')
    .replace(/[.,;:(\s]+$/, '');
  const word = language === 'cy' ? 'Canran' : 'Percentage';
  if (/^%\s*/.test(text)) text = text.replace(/^%\s*/, `${word} `);
  if (text.length < 4) return null;
  if (unit === 'percent' && !/^(?:percentage|proportion|rate|canran|cyfran)\b/i.test(text)) {
    // "Children placed…" → "Percentage of children placed…" (an acronym keeps its capitals).
    const rest = /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
    text = language === 'cy' ? `${word} ${/^o\s/i.test(rest) ? '' : 'y '}${rest}` : `${word} ${/^of\b/i.test(rest) ? '' : 'of '}${rest}`;
  }
  text = text.replace(/^(?:of|o)\s+/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function guessPolarity(title: string, unit: Unit): Polarity {
  if (LOWER_IS_BETTER.test(title)) return 'lower_is_better';
  if (unit === 'percent' && /\b(?:within|on time|in accordance|allocated|supported|held|completed|timely|placed in|registered|education|training|employment|engaged|returned home|mewn pryd|o fewn)\b/i.test(title)) {
    return 'higher_is_better';
  }
  return 'neutral';
}
