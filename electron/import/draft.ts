import type {
  DraftIndicator,
  DraftKeyStat,
  ImportDraft,
  ImportFormat,
  IndicatorMatch,
  ReportCandidate,
} from '../../shared/import';
import { normaliseIndicatorCode } from '../../shared/indicator-code';
import type { Pack } from '../../shared/pack';
import type { ImportLibraryContext, LibraryIndicator } from '../store/import-queries';
import type { FoundIndicator } from './parse/indicators';
import type { ParsedReport } from './parse/parse-report';
import { titleSimilarity } from './parse/text';
import type { ReadImport } from './read-import';

/** Title likeness (0–1) above which an uncoded figure is taken to be a library indicator. */
const SAME_TITLE = 0.75;

export interface DraftSource {
  readonly fileName: string;
  readonly bytes: number;
}

/**
 * What the review screen shows: what the file says, plus how it meets the library — the
 * committee it names, the library indicators its figures join (by code, or by title for
 * uncoded headline figures), and reports it may be a revision or a language version of.
 */
export function makeDraft(read: ReadImport, source: DraftSource, context: ImportLibraryContext): ImportDraft {
  return read.format === 'pack' ? draftFromPack(read.pack, source, context) : draftFromReport(read.report, read.format, source, context);
}

function draftFromReport(report: ParsedReport, format: ImportFormat, source: DraftSource, context: ImportLibraryContext): ImportDraft {
  const { identity, language } = report;
  const committeeKey = matchCommittee(identity.committeeName, identity.council, context);
  const matches = oneFigurePerIndicator(report.figures.indicators.map((found) => matchIndicator(found, context)));
  const indicators: DraftIndicator[] = report.figures.indicators.map((found, index) => ({
    key: found.key,
    code: found.code,
    title: { [language]: found.title || found.code || found.key },
    unit: found.unit,
    polarity: found.polarity,
    plan: found.plan,
    area: null,
    measurements: found.measurements,
    match: matches[index]!,
  }));
  const keyStats: DraftKeyStat[] = report.figures.keyStats.map((stat) => ({
    label: { [language]: stat.label },
    value: stat.value,
    unit: stat.unit,
    indicatorKey: stat.indicatorKey,
    ...(stat.page ? { page: stat.page } : {}),
  }));
  return {
    source: { fileName: source.fileName, format, pages: format === 'pdf' || report.pageCount > 1 ? report.pageCount : null, bytes: source.bytes },
    language,
    identity: {
      council: identity.council,
      committeeName: identity.committeeName,
      committeeKey,
      meetingDate: identity.meetingDate,
      period: identity.period,
      periodText: identity.periodText,
      kind: identity.kind,
    },
    versions: [
      {
        lang: language,
        title: identity.title,
        ...(identity.author ? { author: identity.author } : {}),
        ...(identity.authorRole ? { authorRole: identity.authorRole } : {}),
        ...(identity.signedOn ? { signedOn: identity.signedOn } : {}),
        sections: report.sections,
      },
    ],
    indicators,
    keyStats,
    dimensions: [],
    unmatchedSeries: report.figures.unmatchedSeries.map((run) => ({ page: format === 'pdf' ? run.page : null, values: run.values, unit: run.unit })),
    reportKey: null,
    packCommittee: null,
    candidates: candidatesFor({ committeeKey, period: identity.period, kind: identity.kind, reportKey: null }, context),
  };
}

function draftFromPack(pack: Pack, source: DraftSource, context: ImportLibraryContext): ImportDraft {
  const first = pack.report.versions[0]!;
  const byKey = new Map(context.indicators.map((indicator) => [indicator.key, indicator]));
  const byCode = new Map(context.indicators.filter((i) => i.codeNormalised).map((indicator) => [indicator.codeNormalised!, indicator]));
  const indicators: DraftIndicator[] = pack.indicators.map((indicator) => {
    const library = (indicator.code ? byCode.get(normaliseIndicatorCode(indicator.code)) : undefined) ?? byKey.get(indicator.key);
    return {
      key: indicator.key,
      code: indicator.code ?? null,
      title: indicator.title,
      unit: indicator.unit,
      polarity: indicator.polarity,
      plan: indicator.plan ?? null,
      area: indicator.area ?? null,
      measurements: pack.measurements
        .filter((m) => m.indicator === indicator.key)
        .map(({ indicator: _indicator, ...measurement }) => measurement),
      match: library ? toMatch(library, indicator.code && library.codeNormalised === normaliseIndicatorCode(indicator.code) ? 'code' : 'key') : null,
    };
  });
  const libraryCommittee = context.committees.find((committee) => committee.key === pack.committee.key);
  return {
    source: { fileName: source.fileName, format: 'pack', pages: null, bytes: source.bytes },
    language: first.lang,
    identity: {
      council: pack.committee.council,
      committeeName: pack.committee.name[first.lang],
      committeeKey: libraryCommittee ? libraryCommittee.key : matchCommittee(pack.committee.name.en, pack.committee.council, context),
      meetingDate: pack.meeting.date,
      period: pack.report.period,
      periodText: null,
      kind: pack.report.kind,
    },
    versions: pack.report.versions,
    indicators,
    keyStats: pack.report.keyStats.map((stat) => ({ label: stat.label, value: stat.value, unit: stat.unit, indicatorKey: stat.indicator ?? null })),
    dimensions: pack.dimensions,
    unmatchedSeries: [],
    reportKey: pack.report.key,
    packCommittee: pack.committee,
    candidates: candidatesFor({ committeeKey: pack.committee.key, period: pack.report.period, kind: pack.report.kind, reportKey: pack.report.key }, context),
  };
}

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A library committee with this name (in either language), preferring one of the same council. */
export function matchCommittee(name: string | null, council: Partial<Record<'en' | 'cy', string>> | null, context: ImportLibraryContext): string | null {
  if (!name) return null;
  const wanted = normaliseName(name);
  const named = context.committees.filter((committee) => normaliseName(committee.name.en) === wanted || normaliseName(committee.name.cy) === wanted);
  if (named.length === 0) return null;
  const councils = [council?.en, council?.cy].filter((c): c is string => Boolean(c)).map(normaliseName);
  const sameCouncil = named.find((committee) => councils.includes(normaliseName(committee.council.en)) || councils.includes(normaliseName(committee.council.cy)));
  return (sameCouncil ?? named[0]!).key;
}

function toMatch(library: LibraryIndicator, by: IndicatorMatch['by']): IndicatorMatch {
  return { indicatorId: library.id, key: library.key, code: library.code, title: library.title, by };
}

type ScoredMatch = (IndicatorMatch & { readonly score: number }) | null;

/**
 * Two figures of one report cannot both be the same library indicator: a code match wins over a
 * title match, and of two title matches the closer one keeps it (the other becomes an indicator of
 * its own rather than overwrite its neighbour's value).
 */
function oneFigurePerIndicator(matches: readonly ScoredMatch[]): (IndicatorMatch | null)[] {
  const best = new Map<number, number>();
  matches.forEach((match, index) => {
    if (!match) return;
    const held = best.get(match.indicatorId);
    if (held === undefined || match.score > matches[held]!.score) best.set(match.indicatorId, index);
  });
  return matches.map((match, index) => {
    if (!match || best.get(match.indicatorId) !== index) return null;
    const { score: _score, ...plain } = match;
    return plain;
  });
}

/**
 * The library indicator a found figure belongs to: the same code (however it is spaced), or —
 * for an uncoded figure — a title or headline label that says the same thing in the same unit.
 */
export function matchIndicator(found: FoundIndicator, context: ImportLibraryContext): ScoredMatch {
  if (found.code) {
    const code = normaliseIndicatorCode(found.code);
    const library = context.indicators.find((indicator) => indicator.codeNormalised === code);
    return library ? { ...toMatch(library, 'code'), score: 2 } : null;
  }
  if (!found.title) return null;
  let best: { indicator: LibraryIndicator; score: number } | null = null;
  const consider = (indicator: LibraryIndicator | undefined, text: string): void => {
    if (!indicator || indicator.unit !== found.unit) return;
    const score = titleSimilarity(found.title, text);
    if (score >= SAME_TITLE && (!best || score > best.score)) best = { indicator, score };
  };
  const byId = new Map(context.indicators.map((indicator) => [indicator.id, indicator]));
  for (const label of context.keyStatLabels) {
    consider(byId.get(label.indicatorId), label.label.en);
    consider(byId.get(label.indicatorId), label.label.cy);
  }
  for (const indicator of context.indicators) {
    consider(indicator, indicator.title.en);
    consider(indicator, indicator.title.cy);
  }
  const chosen = best as { indicator: LibraryIndicator; score: number } | null;
  return chosen ? { ...toMatch(chosen.indicator, 'title'), score: chosen.score } : null;
}

/** Library reports this file may be a new revision or language version of, likeliest first. */
export function candidatesFor(
  wanted: { committeeKey: string | null; period: string | null; kind: string; reportKey: string | null },
  context: ImportLibraryContext,
): ReportCandidate[] {
  const candidates: ReportCandidate[] = [];
  for (const report of context.reports) {
    const sameKey = wanted.reportKey !== null && report.key === wanted.reportKey;
    const sameReport =
      wanted.period !== null && report.period === wanted.period && report.kind === wanted.kind && (wanted.committeeKey === null || report.committeeKey === wanted.committeeKey);
    if (!sameKey && !sameReport) continue;
    candidates.push({
      reportId: report.id,
      key: report.key,
      title: report.title,
      period: report.period,
      kind: report.kind,
      committeeKey: report.committeeKey,
      meetingDate: report.meetingDate,
      languages: report.languages,
      reason: sameKey ? 'same_key' : 'same_report',
    });
  }
  return candidates.sort((a, b) => (a.reason === b.reason ? 0 : a.reason === 'same_key' ? -1 : 1));
}
