import type { ReportKind } from '../../../shared/domain';
import type { Bilingual, Language } from '../../../shared/languages';
import { financialYearLabel, parsePeriodKey } from '../../../shared/period';
import type { SourceLine } from '../source';
import { dateLine } from './dates';
import { findPeriods, type PeriodMention } from './periods';
import type { ParsedSection, Signature } from './structure';
import { isAllCaps, titleCase } from './text';

/**
 * Who published the report, for which committee and meeting, about which period: read from the
 * cover page's lines (council, committee, meeting date, title, period), falling back to the file
 * name and then to the periods the text mentions most.
 */

export interface FoundIdentity {
  readonly council: Partial<Bilingual> | null;
  readonly committeeName: string | null;
  readonly meetingDate: string | null;
  readonly title: string;
  readonly period: string | null;
  readonly periodText: string | null;
  readonly kind: ReportKind;
  readonly author: string | null;
  readonly authorRole: string | null;
  readonly signedOn: string | null;
}

/** The 22 principal councils of Wales, in both languages (for a cover page that prints only one). */
const COUNCILS: readonly { en: string; cy: string; match: RegExp }[] = [
  { en: 'City and County of Cardiff', cy: 'Dinas a Sir Caerdydd', match: /\b(?:cardiff|caerdydd)\b/i },
  { en: 'City and County of Swansea', cy: 'Dinas a Sir Abertawe', match: /\b(?:swansea|abertawe)\b/i },
  { en: 'Newport City Council', cy: 'Cyngor Dinas Casnewydd', match: /\b(?:newport|casnewydd)\b/i },
  { en: 'Vale of Glamorgan Council', cy: 'Cyngor Bro Morgannwg', match: /vale of glamorgan|bro morgannwg/i },
  { en: 'Rhondda Cynon Taf County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf', match: /rhondda cynon taf/i },
  { en: 'Merthyr Tydfil County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Merthyr Tudful', match: /merthyr (?:tydfil|tudful)/i },
  { en: 'Caerphilly County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Caerffili', match: /\b(?:caerphilly|caerffili)\b/i },
  { en: 'Blaenau Gwent County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Blaenau Gwent', match: /blaenau gwent/i },
  { en: 'Torfaen County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Torfaen', match: /\btor-?faen\b/i },
  { en: 'Monmouthshire County Council', cy: 'Cyngor Sir Fynwy', match: /monmouthshire|sir fynwy/i },
  { en: 'Bridgend County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr', match: /\bbridgend\b|pen-y-bont ar ogwr/i },
  { en: 'Neath Port Talbot County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot', match: /port talbot/i },
  { en: 'Carmarthenshire County Council', cy: 'Cyngor Sir Caerfyrddin', match: /carmarthenshire|sir g?gaerfyrddin/i },
  { en: 'Pembrokeshire County Council', cy: 'Cyngor Sir Penfro', match: /pembrokeshire|sir [bp]enfro/i },
  { en: 'Ceredigion County Council', cy: 'Cyngor Sir Ceredigion', match: /\bceredigion\b/i },
  { en: 'Powys County Council', cy: 'Cyngor Sir Powys', match: /\bpowys\b/i },
  { en: 'Gwynedd Council', cy: 'Cyngor Gwynedd', match: /\bgwynedd\b/i },
  { en: 'Isle of Anglesey County Council', cy: 'Cyngor Sir Ynys Môn', match: /anglesey|ynys m[ôo]n/i },
  { en: 'Conwy County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Conwy', match: /\bconwy\b/i },
  { en: 'Denbighshire County Council', cy: 'Cyngor Sir Ddinbych', match: /denbighshire|sir ddinbych/i },
  { en: 'Flintshire County Council', cy: 'Cyngor Sir y Fflint', match: /flintshire|sir y fflint/i },
  { en: 'Wrexham County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Wrecsam', match: /\b(?:wrexham|wrecsam)\b/i },
];

const COUNCIL_LINE = /\b(?:council|city and county|county borough|cyngor|dinas a sir|bwrdeistref sirol)\b/i;
const WELSH_COUNCIL_LINE = /\b(?:cyngor|dinas a sir|bwrdeistref sirol|sir)\b/i;
const COMMITTEE_WORD = /\b(?:committee|pwyllgor|cabinet|scrutiny|panel|craffu)\b/i;
const TITLE_WORD = /\b(?:report|summary|performance|update|review|adroddiad|crynodeb|perfformiad|diweddariad|adolygiad)\b/i;
const COVER_KEYS = new Set(['reasons', 'recommendation', 'financial', 'legal', 'reasons-for-recommendations']);

const KIND_WORDS: Readonly<Record<Language, Record<ReportKind, string>>> = {
  en: { cover: 'Cover report', performance: 'Performance report' },
  cy: { cover: 'Adroddiad eglurhaol', performance: 'Adroddiad perfformiad' },
};
const PERIOD_WORDS: Readonly<Record<Language, { quarter: string; year: string }>> = {
  en: { quarter: 'Quarter', year: 'Year' },
  cy: { quarter: 'Chwarter', year: 'Blwyddyn' },
};

export function findIdentity(input: {
  readonly header: readonly SourceLine[];
  readonly sections: readonly ParsedSection[];
  readonly numberedParagraphs: number;
  readonly signature: Signature | null;
  readonly fileName: string;
  readonly language: Language;
  /** The report's text, for periods when the cover page names none. */
  readonly bodyText: string;
}): FoundIdentity {
  const { header, language } = input;
  const council: { en?: string; cy?: string } = {};
  let committeeName: string | null = null;
  let meetingDate: string | null = null;
  const titleParts: string[] = [];
  let periodFromHeader: PeriodMention | null = null;

  for (const line of header) {
    const text = line.text.trim();
    const date = dateLine(text);
    if (date) {
      meetingDate ??= date;
      continue;
    }
    const periods = findPeriods(text).filter((found) => found.key !== null);
    const onlyPeriod = periods.length === 1 && text.replace(periods[0]!.text, '').replace(/[\s,–-]/g, '') === '';
    if (periods.length > 0) periodFromHeader ??= periods[0]!;
    if (COUNCIL_LINE.test(text) && !TITLE_WORD.test(text) && !/\bcommittee|pwyllgor\b/i.test(text)) {
      const lang: Language = WELSH_COUNCIL_LINE.test(text) && !/\bcouncil|county\b/i.test(text) ? 'cy' : 'en';
      council[lang] ??= isAllCaps(text) ? titleCase(text, lang) : text;
      continue;
    }
    if (COMMITTEE_WORD.test(text) && !TITLE_WORD.test(text) && text.split(/\s+/).length <= 9) {
      committeeName ??= isAllCaps(text) ? titleCase(text, language) : text;
      continue;
    }
    if (onlyPeriod) {
      titleParts.push(text);
      continue;
    }
    if (text.length <= 160) titleParts.push(isAllCaps(text) && text.length > 12 ? titleCase(text, language) : text);
  }

  // "Corporate Parenting Advisory Committee Performance Summary": the committee is named in the title.
  if (!committeeName) {
    for (const part of titleParts) {
      const match = /^(.*?\b(?:committee|pwyllgor\b[^–-]*?))(?:\s+(?:performance|report|summary|update)\b|$)/i.exec(part);
      if (match && COMMITTEE_WORD.test(match[1]!) && match[1]!.split(/\s+/).length <= 9) {
        committeeName = match[1]!.trim();
        break;
      }
    }
  }

  const place = COUNCILS.find((entry) => entry.match.test(`${council.en ?? ''} ${council.cy ?? ''}`));
  if (place && (council.en || council.cy)) {
    council.en ??= place.en;
    council.cy ??= place.cy;
  }

  const sectionKeys = new Set(input.sections.map((section) => section.known?.key).filter(Boolean));
  const kind: ReportKind = input.numberedParagraphs >= 3 || [...sectionKeys].some((key) => COVER_KEYS.has(key!)) ? 'cover' : 'performance';

  const found = choosePeriod(periodFromHeader, input.fileName, input.bodyText);
  let title = titleParts.filter((part) => part.trim() !== '').join(' – ');
  if (title === '') title = fallbackTitle(kind, found?.key ?? null, language, input.fileName);

  return {
    council: council.en || council.cy ? council : null,
    committeeName,
    meetingDate,
    title,
    period: found?.key ?? null,
    periodText: found?.text ?? null,
    kind,
    author: input.signature?.author ?? null,
    authorRole: input.signature?.role ?? null,
    signedOn: input.signature?.signedOn ?? null,
  };
}

/**
 * The report's period: as its cover page prints it; else as its file name says ("cla-q1-2019-20",
 * "annual-2018-19"); else the quarter the text names most, or the latest year it compares.
 */
function choosePeriod(fromHeader: PeriodMention | null, fileName: string, body: string): { key: string; text: string } | null {
  if (fromHeader?.key) return { key: fromHeader.key, text: fromHeader.text };
  const stem = fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[_]+/g, ' ');
  const fromName = findPeriods(stem.replace(/\b(q|ch)[\s-]+([1-4])\b/gi, '$1$2')).filter((found) => found.key !== null);
  const annual = /\b(?:annual|blynyddol|year|blwyddyn|fy)\b/i.test(stem.replace(/-/g, ' '));
  const named = annual ? fromName.find((found) => found.kind === 'year') : fromName.find((found) => found.kind === 'quarter') ?? fromName[0];
  if (named?.key) return { key: named.key, text: named.text };

  const mentions = findPeriods(body.slice(0, 60000)).filter((found) => found.key !== null && !found.snapshot);
  const quarters = new Map<string, { count: number; text: string }>();
  for (const found of mentions.filter((m) => m.kind === 'quarter')) {
    const entry = quarters.get(found.key!) ?? { count: 0, text: found.text };
    entry.count++;
    quarters.set(found.key!, entry);
  }
  const snapshots = findPeriods(body.slice(0, 60000)).filter((found) => found.key !== null && found.snapshot);
  for (const found of snapshots) {
    const entry = quarters.get(found.key!) ?? { count: 0, text: found.text };
    entry.count += 0.5;
    quarters.set(found.key!, entry);
  }
  const top = [...quarters].sort((a, b) => b[1].count - a[1].count || b[0].localeCompare(a[0]))[0];
  if (top) return { key: top[0], text: top[1].text };
  const years = mentions.filter((m) => m.kind === 'year').sort((a, b) => b.key!.localeCompare(a.key!));
  return years[0] ? { key: years[0].key!, text: years[0].text } : null;
}

function fallbackTitle(kind: ReportKind, period: string | null, language: Language, fileName: string): string {
  const parsed = period ? parsePeriodKey(period) : null;
  if (!parsed) return fileName.replace(/\.[a-z0-9]+$/i, '') || KIND_WORDS[language][kind];
  const words = PERIOD_WORDS[language];
  const label =
    parsed.kind === 'year' ? `${words.year} ${financialYearLabel(parsed.startYear)}` : `${words.quarter} ${parsed.quarter} ${financialYearLabel(parsed.startYear)}`;
  return `${KIND_WORDS[language][kind]} – ${label}`;
}
