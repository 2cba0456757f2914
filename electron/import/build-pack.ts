import type { DraftVersion, ImportCorrections, ImportDraft } from '../../shared/import';
import type { Bilingual, Language } from '../../shared/languages';
import {
  describePackProblems,
  packSchema,
  PACK_FORMAT,
  PACK_VERSION,
  type Pack,
  type PackInput,
  type PackMeasurement,
  type PackSection,
} from '../../shared/pack';
import { AppFailure } from '../../shared/result';
import type { ImportLibraryContext, LibraryCommittee, LibraryReport } from '../store/import-queries';
import { ImportFailure } from './failure';
import { slugify, uniqueKey } from './parse/text';

export type SaveMode = 'new' | 'revision' | 'translation';

export interface BuiltPack {
  readonly pack: Pack;
  readonly mode: SaveMode;
  /** Language of the imported document's version (the first, for a two-language pack). */
  readonly lang: Language;
  /** The library report it revises or translates; null for a new report. */
  readonly reportId: number | null;
}

/** Which measurement wins when a report states the same period twice: its own figure over a quote over a chart. */
const ROLE_RANK = { current: 0, comparison: 1, series: 2 } as const;

/**
 * The draft, as corrected on the review screen, as one Briffio pack ready for Store.writePack.
 *
 * - A new report gets a key made from its committee, period and kind.
 * - A new revision of a library report keeps that report's key (so its annotations and
 *   questions stay with it) and replaces its figures with the revised ones.
 * - A new language version (a Welsh report imported as the `cy` version of an English one) keeps
 *   the report's figures as they are, and its sections take the keys of the other language's
 *   sections where they line up, so the two versions can be read side by side.
 * Library indicators keep their own titles (in both languages), units and polarity.
 */
export function buildPack(
  draft: ImportDraft,
  corrections: ImportCorrections,
  context: ImportLibraryContext,
  existingPack: Pack | null,
): BuiltPack {
  const single = draft.versions.length === 1;
  const lang: Language = single ? (corrections.language ?? draft.language) : draft.versions[0]!.lang;
  const target = resolveTarget(draft, corrections, context);
  const hasLanguage = target ? target.languages.includes(lang) : false;
  const mode: SaveMode = !target ? 'new' : hasLanguage || !single ? 'revision' : 'translation';
  if (target && !existingPack) throw new AppFailure('not_found', `No report with id ${target.id}`);

  const committee = resolveCommittee(draft, corrections, context, target);
  const meetingDate = corrections.meetingDate ?? draft.identity.meetingDate ?? target?.meetingDate ?? null;
  const period = corrections.period ?? (mode === 'translation' ? target!.period : (draft.identity.period ?? target?.period ?? null));
  const kind = corrections.reportKind ?? (mode === 'translation' ? target!.kind : draft.identity.kind);
  const missing = [!committee && 'committee', !meetingDate && 'meeting date', !period && 'period'].filter(Boolean);
  if (!committee || !meetingDate || !period) {
    throw new ImportFailure('import_incomplete', `Cannot save without: ${missing.join(' or ')}`);
  }

  const takenReportKeys = new Set(context.reports.map((report) => report.key));
  const reportKey = target
    ? target.key
    : draft.reportKey && !takenReportKeys.has(draft.reportKey)
      ? draft.reportKey
      : uniqueKey(slugify(`${committee.key} ${period.replace('.', ' ')} ${kind}`, 12), takenReportKeys);

  const versions = draft.versions.map((version, index) => {
    const own: DraftVersion = single ? { ...version, lang, ...(corrections.title ? { title: corrections.title } : {}) } : index === 0 && corrections.title ? { ...version, title: corrections.title } : version;
    const sections = mode === 'translation' ? alignSections(own.sections, otherSections(existingPack!, lang)) : own.sections;
    return { ...own, sections: [...sections] };
  });

  const figures = mode === 'translation' ? keepFigures(existingPack!, draft, lang) : draftFigures(draft, corrections, context, lang, mode === 'revision' ? existingPack : null);

  const input: PackInput = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    committee,
    meeting: { date: meetingDate },
    report: { key: reportKey, kind, period, versions, keyStats: figures.keyStats },
    indicators: figures.indicators,
    dimensions: figures.dimensions,
    measurements: figures.measurements,
  };
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) throw new AppFailure('internal', `The imported report did not make a valid pack:\n${describePackProblems(parsed.error).join('\n')}`);
  return { pack: parsed.data, mode, lang, reportId: target?.id ?? null };
}

function resolveTarget(draft: ImportDraft, corrections: ImportCorrections, context: ImportLibraryContext): LibraryReport | null {
  const choice = corrections.target ?? (draft.candidates[0] ? { mode: 'existing' as const, reportId: draft.candidates[0].reportId } : { mode: 'new' as const });
  if (choice.mode === 'new') return null;
  const report = context.reports.find((candidate) => candidate.id === choice.reportId);
  if (!report) throw new AppFailure('not_found', `No report with id ${choice.reportId}`);
  return report;
}

function both(text: Partial<Bilingual> | undefined | null): Bilingual | null {
  const en = text?.en?.trim() || text?.cy?.trim();
  const cy = text?.cy?.trim() || text?.en?.trim();
  return en && cy ? { en, cy } : null;
}

function resolveCommittee(draft: ImportDraft, corrections: ImportCorrections, context: ImportLibraryContext, target: LibraryReport | null): LibraryCommittee | null {
  const byKey = (key: string | null | undefined): LibraryCommittee | null => context.committees.find((committee) => committee.key === key) ?? null;
  const choice = corrections.committee;
  if (choice?.mode === 'existing') {
    const found = byKey(choice.key);
    if (!found) throw new ImportFailure('import_incomplete', `No committee with key ${choice.key}`);
    return found;
  }
  const taken = new Set(context.committees.map((committee) => committee.key));
  if (choice?.mode === 'new') {
    const name = both(choice.name);
    const council = both(choice.council);
    if (!name || !council) throw new ImportFailure('import_incomplete', 'A new committee needs a name and a council');
    return { key: uniqueKey(slugify(name.en, 6), taken), name, council };
  }
  if (target) return byKey(target.committeeKey);
  const matched = byKey(draft.identity.committeeKey);
  if (matched) return matched;
  // The pack's committee is used as the pack gives it (its key may already be in the library).
  if (draft.packCommittee) return byKey(draft.packCommittee.key) ?? draft.packCommittee;
  const name = both(draft.identity.committeeName ? { [draft.language]: draft.identity.committeeName } : null);
  const council = both(draft.identity.council);
  return name && council ? { key: uniqueKey(slugify(name.en, 6), taken), name, council } : null;
}

function otherSections(pack: Pack, lang: Language): readonly PackSection[] {
  return pack.report.versions.find((version) => version.lang !== lang)?.sections ?? pack.report.versions[0]?.sections ?? [];
}

/**
 * Gives a translation's sections the keys of the other language's sections they correspond to:
 * the same key already, the same position when both have as many sections, or the section holding
 * the same numbered paragraph. Anything else keeps its own (unique) key.
 */
export function alignSections(sections: readonly PackSection[], other: readonly PackSection[]): PackSection[] {
  const otherKeys = other.map((section) => section.key);
  if (sections.length === other.length) return sections.map((section, index) => ({ ...section, key: otherKeys[index]! }));
  const used = new Set<string>();
  const firstNumber = (section: PackSection): string | undefined =>
    section.blocks.map((block) => (block.type === 'paragraph' ? block.number : block.items[0]?.number)).find((n) => n !== undefined && /^\d+$/.test(n));
  const aligned = sections.map((section) => {
    let key: string | undefined = otherKeys.includes(section.key) ? section.key : undefined;
    const number = firstNumber(section);
    if (!key && number) {
      key = other.find((candidate) => candidate.blocks.some((block) => block.type === 'paragraph' && block.number === number))?.key;
    }
    if (!key) {
      const sameKind = other.filter((candidate) => candidate.kind === section.kind && !used.has(candidate.key));
      if (sameKind.length === 1 && sections.filter((s) => s.kind === section.kind).length === 1) key = sameKind[0]!.key;
    }
    if (key && used.has(key)) key = undefined;
    return { section, key };
  });
  for (const entry of aligned) if (entry.key) used.add(entry.key);
  return aligned.map(({ section, key }) => ({ ...section, key: key ?? uniqueKey(section.key, used) }));
}

interface Figures {
  indicators: NonNullable<PackInput['indicators']>;
  dimensions: NonNullable<PackInput['dimensions']>;
  measurements: NonNullable<PackInput['measurements']>;
  keyStats: NonNullable<PackInput['report']['keyStats']>;
}

/**
 * A language version adds words, not figures: the report keeps its measurements. Where the library
 * holds an indicator title only in the other language (copied across when it was imported), the
 * new version's title fills the gap.
 */
function keepFigures(existing: Pack, draft: ImportDraft, lang: Language): Figures {
  const found = new Map<string, string>();
  for (const indicator of draft.indicators) {
    const title = indicator.title[lang];
    if (indicator.match && title) found.set(indicator.match.key, title);
  }
  return {
    indicators: existing.indicators.map((indicator) => {
      const other = lang === 'en' ? 'cy' : 'en';
      const title = found.get(indicator.key);
      const untranslated = indicator.title[lang] === indicator.title[other];
      return title && untranslated ? { ...indicator, title: { ...indicator.title, [lang]: title } } : indicator;
    }),
    dimensions: existing.dimensions,
    measurements: existing.measurements,
    keyStats: existing.report.keyStats,
  };
}

function draftFigures(draft: ImportDraft, corrections: ImportCorrections, context: ImportLibraryContext, lang: Language, revised: Pack | null): Figures {
  const dropped = new Set(corrections.droppedIndicatorKeys);
  const libraryById = new Map(context.indicators.map((indicator) => [indicator.id, indicator]));
  const taken = new Set(context.indicators.map((indicator) => indicator.key));
  const packKeys = new Map<string, string>();
  const indicators = new Map<string, Figures['indicators'][number]>();

  for (const indicator of draft.indicators) {
    if (dropped.has(indicator.key)) continue;
    const library = indicator.match ? libraryById.get(indicator.match.indicatorId) : undefined;
    if (library) {
      packKeys.set(indicator.key, library.key);
      indicators.set(library.key, {
        key: library.key,
        ...(library.code ? { code: library.code } : indicator.code ? { code: indicator.code } : {}),
        title: library.title,
        unit: library.unit,
        polarity: library.polarity,
        ...(library.plan ? { plan: library.plan } : indicator.plan ? { plan: indicator.plan } : {}),
        ...(library.area ? { area: library.area } : {}),
      });
      continue;
    }
    const title = both(indicator.title) ?? { en: indicator.code ?? indicator.key, cy: indicator.code ?? indicator.key };
    // A pack's own keys are kept unless the library uses them for another indicator.
    const base = draft.source.format === 'pack' ? indicator.key : slugify(indicator.code ?? title[lang], 8);
    const key = draft.source.format === 'pack' && !taken.has(base) ? (taken.add(base), base) : uniqueKey(base || 'indicator', taken);
    packKeys.set(indicator.key, key);
    indicators.set(key, {
      key,
      ...(indicator.code ? { code: indicator.code } : {}),
      title,
      unit: indicator.unit,
      polarity: indicator.polarity,
      ...(indicator.plan ? { plan: indicator.plan } : {}),
      ...(indicator.area ? { area: indicator.area } : {}),
    });
  }

  const measurements = new Map<string, PackMeasurement>();
  for (const indicator of draft.indicators) {
    const key = packKeys.get(indicator.key);
    if (!key) continue;
    for (const measurement of indicator.measurements) {
      const id = `${key} ${measurement.period} ${measurement.dimension ?? ''}`;
      const held = measurements.get(id);
      if (held && ROLE_RANK[held.role] <= ROLE_RANK[measurement.role]) continue;
      measurements.set(id, { ...measurement, indicator: key });
    }
  }

  const usedDimensions = new Set([...measurements.values()].map((m) => m.dimension).filter(Boolean));
  let keyStats: Figures['keyStats'] = draft.keyStats
    .filter((stat) => stat.indicatorKey === null || !dropped.has(stat.indicatorKey))
    .flatMap((stat) => {
      const label = both(stat.label);
      if (!label) return [];
      const indicator = stat.indicatorKey ? packKeys.get(stat.indicatorKey) : undefined;
      return [{ label, value: stat.value, unit: stat.unit, ...(indicator ? { indicator } : {}) }];
    });
  // A revision with no headline figures of its own keeps the ones the report had.
  if (keyStats.length === 0 && revised) keyStats = revised.report.keyStats;
  for (const stat of keyStats) {
    if (stat.indicator && !indicators.has(stat.indicator)) {
      const library = context.indicators.find((indicator) => indicator.key === stat.indicator);
      if (library) indicators.set(library.key, { key: library.key, title: library.title, unit: library.unit, polarity: library.polarity, ...(library.code ? { code: library.code } : {}) });
    }
  }

  return {
    indicators: [...indicators.values()],
    dimensions: draft.dimensions.filter((dimension) => usedDimensions.has(dimension.key)),
    measurements: [...measurements.values()],
    keyStats,
  };
}
