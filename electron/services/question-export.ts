import { pick, type Language } from '../../shared/languages';
import { formatDateWords, type TextLookup } from '../../shared/locale-format';
import { evidenceReference, type EvidenceView, type QuestionListView, type QuestionView } from '../../shared/question-model';
import { addresseeText, evidenceText, PRIORITY_KEYS, questionCountText, STATUS_KEYS } from '../../shared/question-text';

/**
 * A meeting's question list as Markdown or plain text, in the language asked for: every question
 * (in the councillor's order) with who it is for, its priority and status, each piece of evidence
 * written out ("CS LAC 58: 56.6% (378 / 668), Year 2018/19, paragraph 26 — …"), the answer notes,
 * and where it was carried from. The print view (PDF) is laid out by the renderer from the same
 * list and the same shared/question-text.ts wording.
 */

export type ExportFormat = 'markdown' | 'text';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly language: Language;
  /** When the export was made (ISO timestamp), printed at the foot. */
  readonly now: string;
}

/** Markdown punctuation that would otherwise format a councillor's words (or a report's). */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .split('\n')
    .map((line) =>
      // "- ", "+ ", "= " or "1. " at the start of a line would begin a list or an underlined heading.
      line.replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2').replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3'),
    )
    .join('\n');
}

/** One line: a heading or list entry must not break across lines. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Block {
  readonly heading: string;
  readonly meeting: string[];
  readonly questions: {
    readonly text: string;
    readonly fields: { readonly label: string; readonly value: string }[];
    readonly evidence: { readonly reference: string; readonly notes: readonly string[] }[];
    readonly answerNotes: string;
    readonly history: readonly string[];
  }[];
  readonly footer: string;
}

/** The words of the export, independent of its format. */
function compose(list: QuestionListView, options: ExportOptions, t: TextLookup): Block {
  const { language } = options;
  const date = (iso: string) => formatDateWords(iso, t);
  const { meeting } = list;
  return {
    heading: t('questions:export.title', { date: date(meeting.date) }),
    meeting: [pick(meeting.committee.name, language), pick(meeting.committee.council, language), questionCountText(list.questions.length, t)],
    questions: list.questions.map((question) => ({
      text: question.text.trim() || t('questions:export.untitled'),
      fields: [
        { label: t('questions:field.addressedTo'), value: addresseeText(question, t) },
        { label: t('questions:field.priority'), value: t(PRIORITY_KEYS[question.priority]) },
        { label: t('questions:field.status'), value: t(STATUS_KEYS[question.status]) },
      ],
      evidence: question.evidence.map((evidence) => ({
        reference: evidenceText(evidenceReference(evidence), language, t, { withReport: true }),
        notes: evidenceNotes(evidence, language, t),
      })),
      answerNotes: question.answerNotes.trim(),
      history: historyLines(question, t),
    })),
    footer: t('questions:export.exportedOn', { date: date(options.now.slice(0, 10)) }),
  };
}

/** Whether the library still says what the evidence said when it was linked. */
function evidenceNotes(evidence: EvidenceView, language: Language, t: TextLookup): string[] {
  if (evidence.state === 'missing') return [t('questions:evidence.missing')];
  if (evidence.state === 'changed' && evidence.current) {
    const now = evidenceText(evidenceReference({ ...evidence, snapshot: evidence.current }), language, t);
    return [t('questions:evidence.changed'), t('questions:evidence.now', { reference: now })];
  }
  return [];
}

function historyLines(question: QuestionView, t: TextLookup): string[] {
  const lines = question.history.map((entry) =>
    t('questions:export.history', { date: formatDateWords(entry.meetingDate, t), status: t(STATUS_KEYS[entry.status]) }),
  );
  const previous = question.history.at(-1);
  if (previous) lines.unshift(t('questions:export.carriedFrom', { date: formatDateWords(previous.meetingDate, t) }));
  if (question.carriedTo) lines.push(t('questions:export.carriedTo', { date: formatDateWords(question.carriedTo.meetingDate, t) }));
  return lines;
}

function toMarkdown(block: Block, t: TextLookup): string {
  const out: string[] = [`# ${escapeMarkdown(oneLine(block.heading))}`, '', ...block.meeting.map((line) => `${escapeMarkdown(line)}  `), ''];
  if (block.questions.length === 0) out.push(escapeMarkdown(t('questions:export.empty')), '');
  block.questions.forEach((question, index) => {
    out.push(`## ${index + 1}\\. ${escapeMarkdown(oneLine(question.text))}`, '');
    for (const field of question.fields) {
      out.push(`- ${t('questions:labelled', { label: `**${escapeMarkdown(field.label)}**`, value: escapeMarkdown(oneLine(field.value)) })}`);
    }
    out.push('', `**${escapeMarkdown(t('questions:field.evidence'))}**`, '');
    if (question.evidence.length === 0) out.push(`- ${escapeMarkdown(t('questions:evidence.none'))}`);
    for (const evidence of question.evidence) {
      out.push(`- ${escapeMarkdown(oneLine(evidence.reference))}`);
      for (const note of evidence.notes) out.push(`  - *${escapeMarkdown(oneLine(note))}*`);
    }
    if (question.answerNotes) {
      out.push('', `**${escapeMarkdown(t('questions:field.answerNotes'))}**`, '');
      for (const line of question.answerNotes.split(/\r?\n/)) out.push(line.trim() ? `> ${escapeMarkdown(line)}` : '>');
    }
    if (question.history.length > 0) {
      out.push('');
      for (const line of question.history) out.push(`*${escapeMarkdown(line)}*  `);
    }
    out.push('');
  });
  out.push('---', '', `*${escapeMarkdown(block.footer)}*`, '');
  return out.join('\n');
}

function toText(block: Block, t: TextLookup): string {
  const heading = oneLine(block.heading);
  const out: string[] = [heading, '='.repeat(heading.length), ...block.meeting, ''];
  if (block.questions.length === 0) out.push(t('questions:export.empty'), '');
  const indent = (text: string, by: string) => text.split(/\r?\n/).map((line) => (line.trim() ? `${by}${line.trimEnd()}` : ''));
  block.questions.forEach((question, index) => {
    out.push(`${index + 1}. ${oneLine(question.text)}`);
    for (const field of question.fields) out.push(`   ${t('questions:labelled', { label: field.label, value: oneLine(field.value) })}`);
    out.push(`   ${t('questions:labelHeading', { label: t('questions:field.evidence') })}`);
    if (question.evidence.length === 0) out.push(`   - ${t('questions:evidence.none')}`);
    for (const evidence of question.evidence) {
      out.push(`   - ${oneLine(evidence.reference)}`);
      for (const note of evidence.notes) out.push(`     ${oneLine(note)}`);
    }
    if (question.answerNotes) {
      out.push(`   ${t('questions:labelHeading', { label: t('questions:field.answerNotes') })}`);
      out.push(...indent(question.answerNotes, '     '));
    }
    for (const line of question.history) out.push(`   ${line}`);
    out.push('');
  });
  out.push(block.footer, '');
  return out.join('\n');
}

export function exportQuestionList(list: QuestionListView, options: ExportOptions, t: TextLookup): string {
  const block = compose(list, options, t);
  return options.format === 'markdown' ? toMarkdown(block, t) : toText(block, t);
}
