import type { SectionKind, SignsOfSafetyGroup } from '../../../shared/domain';

/**
 * Headings that council performance papers use, in English and Welsh, each with the section key
 * Briffio gives it. Known headings get fixed keys so that a revised report, and the Welsh version
 * of an English one, line up section by section (annotations are anchored by section key).
 */
export interface KnownHeading {
  readonly key: string;
  readonly kind: SectionKind | null;
  /** Whether extra words may follow on the line ("Detailed Commentary – Quarter 2 2017/18"). */
  readonly allowsSuffix: boolean;
  /** Anchored at the start only; `knownHeading` checks what follows. */
  readonly pattern: RegExp;
}

const APOSTROPHE = "['’]";

function heading(key: string, kind: SectionKind | null, allowsSuffix: boolean, phrase: string): KnownHeading {
  return { key, kind, allowsSuffix, pattern: new RegExp(`^(?:${phrase})`, 'i') };
}

export const KNOWN_HEADINGS: readonly KnownHeading[] = [
  heading('reasons-for-recommendations', null, false, 'reasons? for (?:the )?recommendations?|rhesymau dros yr argymhelli(?:on|ad)'),
  heading('reasons', 'numbered', false, 'reasons? for (?:the |this )?report|rhesymau dros yr adroddiad|rheswm dros yr adroddiad'),
  heading('purpose', null, false, 'purpose of (?:the |this )?report|diben yr adroddiad|pwrpas yr adroddiad'),
  heading('introduction', null, false, 'introduction|cyflwyniad'),
  heading('background', null, false, 'background|cefndir'),
  heading('overview', null, false, `overview of performance|performance overview|trosolwg o${APOSTROPHE}?r? ?perfformiad|trosolwg perfformiad`),
  heading('detailed-commentary', null, true, 'detailed commentary|sylwebaeth fanwl'),
  heading('issues', null, false, 'issues|materion'),
  heading('financial', null, false, 'financial implications|goblygiadau ariannol'),
  heading('legal', null, false, 'legal implications|goblygiadau cyfreithiol'),
  heading('hr', null, false, 'hr implications|human resources? implications|goblygiadau adnoddau dynol'),
  heading('equality', null, true, 'equality (?:impact|implications)|goblygiadau cydraddoldeb'),
  heading('recommendation', null, false, 'recommendations?|argymhellion|argymhelliad'),
  heading('executive-summary', null, true, 'executive summary|crynodeb gweithredol'),
  heading('key-performance-indicators', 'indicators', true, 'key performance indicators|dangosyddion perfformiad allweddol'),
  heading('key-stats', 'key_stats', true, 'key stat(?:istic)?s|ystadegau allweddol'),
  heading('appendices', null, false, 'appendices|atodiadau'),
];

/** Service areas that head their own Signs of Safety table in performance reports. */
const AREA_HEADINGS: readonly RegExp[] = [
  /^children looked after$/i,
  /^looked after children$/i,
  /^child protection$/i,
  /^care leavers$/i,
  /^early help$/i,
  /^youth (?:justice|offending)(?: service)?$/i,
  /^adoption(?: service)?$/i,
  /^fostering(?: service)?$/i,
  /^safeguarding$/i,
  /^(?:child health and )?disabilit(?:y|ies)(?: (?:team|service))?$/i,
  /^disabled children$/i,
  /^intake (?:and|&) assessment$/i,
  /^workforce$/i,
  new RegExp(`^plant sy${APOSTROPHE}n derbyn gofal$`, 'i'),
  /^amddiffyn plant$/i,
  new RegExp(`^(?:y )?rhai sy${APOSTROPHE}n gadael gofal$`, 'i'),
  /^ymadawyr gofal$/i,
  /^cymorth cynnar$/i,
  /^(?:gwasanaeth )?mabwysiadu$/i,
  /^(?:gwasanaeth )?maethu$/i,
  /^diogelu$/i,
  /^gweithlu$/i,
];

export function knownHeading(text: string): KnownHeading | null {
  const trimmed = text.trim().replace(/[:.]$/, '');
  for (const known of KNOWN_HEADINGS) {
    const match = known.pattern.exec(trimmed);
    if (!match) continue;
    const rest = trimmed.slice(match[0].length);
    if (rest === '') return known;
    if (known.allowsSuffix && /^\s*[–—:-]/.test(rest)) return known;
  }
  return null;
}

/**
 * A known heading run together with the text after it on one line, as PDF extraction does with a
 * heading beside a chart title ("Key Stats Number of children looked after"): the heading and the
 * rest, or null.
 */
export function knownHeadingPrefix(text: string): { heading: KnownHeading; headingText: string; rest: string } | null {
  const trimmed = text.trim();
  for (const known of KNOWN_HEADINGS) {
    const match = known.pattern.exec(trimmed);
    if (!match) continue;
    const rest = trimmed.slice(match[0].length);
    if (/^\s+[A-Z0-9]/.test(rest)) return { heading: known, headingText: match[0].trim(), rest: rest.trim() };
  }
  return null;
}

export function isAreaHeading(text: string): boolean {
  const trimmed = text.trim().replace(/[:.]$/, '');
  return AREA_HEADINGS.some((pattern) => pattern.test(trimmed));
}

/** The Signs of Safety questions, as printed in English and in Welsh. */
const QUESTIONS: readonly { group: SignsOfSafetyGroup; pattern: RegExp }[] = [
  {
    group: 'working_well',
    pattern: new RegExp(`what${APOSTROPHE}?s working well\\??|what is working well\\??|beth sy(?:dd)?${APOSTROPHE}?n gweithio${APOSTROPHE}?n dda\\??`, 'gi'),
  },
  {
    group: 'worried',
    pattern: new RegExp(
      `what are we worried about\\??|what worries us\\??|beth sy${APOSTROPHE}?n (?:ein )?(?:poeni|pryderu)(?: ni)?\\??|beth (?:yr )?ydy?(?:n)? ni${APOSTROPHE}?n (?:poeni|pryderu) amdano\\??|am beth (?:rydyn|ydyn) ni${APOSTROPHE}?n (?:poeni|pryderu)\\??`,
      'gi',
    ),
  },
  {
    group: 'to_do',
    pattern: new RegExp(`what do we need to do\\??|what needs to happen\\??|beth (?:sydd|mae)? ?angen (?:i ni )?(?:ei )?wneud\\??|beth (?:sydd )?rhaid (?:i ni )?(?:ei )?wneud\\??`, 'gi'),
  },
];

export interface QuestionHit {
  readonly group: SignsOfSafetyGroup;
  readonly index: number;
  readonly length: number;
}

/** The Signs of Safety questions in a line, in order. */
export function findQuestions(text: string): QuestionHit[] {
  const hits: QuestionHit[] = [];
  for (const { group, pattern } of QUESTIONS) {
    for (const match of text.matchAll(pattern)) hits.push({ group, index: match.index, length: match[0].length });
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** The one question a line consists of (nothing else but a bullet or punctuation), or null. */
export function questionLine(text: string): SignsOfSafetyGroup | null {
  const hits = findQuestions(text);
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  const rest = (text.slice(0, hit.index) + text.slice(hit.index + hit.length)).replace(/[\s?:•\-–*\uF0B7]/g, '');
  return rest === '' ? hit.group : null;
}

/** Whether a line is the three questions run together: a flattened three-column table's header. */
export function isQuestionsHeader(text: string): boolean {
  const groups = new Set(findQuestions(text).map((hit) => hit.group));
  return groups.size === 3;
}
