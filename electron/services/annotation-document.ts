import { paletteEntry, type AnnotationListItem, type ExportDocumentFormat } from '../../shared/annotation-model';
import { pick, type Language } from '../../shared/languages';
import { formatDateWords, formatPeriodWords, type TextLookup } from '../../shared/locale-format';

/**
 * Every note as a document to read or print (issue #4, "never lost"): Markdown, or a
 * self-contained HTML page (inline styles, no script, nothing fetched). Words come from
 * locales/<language>/annotations.json through the main-side translator, dates from dates.json
 * (never Intl: Chromium has no Welsh dates), so a Welsh export holds no English.
 *
 * Grouped by report (newest meeting first), each report's notes in document order; a note that
 * could not be placed in the current version says so and still shows the passage it quoted.
 */

export interface DocumentOptions {
  readonly format: ExportDocumentFormat;
  readonly language: Language;
  /** When the export was made (ISO timestamp). */
  readonly now: string;
}

interface NoteView {
  readonly where: string;
  /** The same heading with the report's own words marked, for HTML (`lang` for screen readers). */
  readonly whereParts: { readonly before: string; readonly value: string; readonly after: string } | null;
  /** Language of the quoted report text, which may differ from the document's. */
  readonly contentLang: Language | null;
  readonly quote: string | null;
  readonly unplaced: boolean;
  readonly colour: string;
  readonly colourId: AnnotationListItem['colour'];
  readonly tags: string | null;
  readonly body: string;
  readonly edited: string;
}

interface ReportGroup {
  readonly title: string;
  readonly titleLang: Language;
  readonly meta: string;
  readonly notes: NoteView[];
}

function describe(notes: readonly AnnotationListItem[], language: Language, t: TextLookup): ReportGroup[] {
  const groups: ReportGroup[] = [];
  let current: { reportId: number; group: ReportGroup } | null = null;
  for (const note of notes) {
    if (!current || current.reportId !== note.reportId) {
      const group: ReportGroup = {
        title: pick(note.report.title, language),
        titleLang: note.report.title[language] !== undefined ? language : language === 'en' ? 'cy' : 'en',
        meta: t('annotations:document.reportMeta', {
          committee: pick(note.report.committeeName, language),
          date: formatDateWords(note.report.meetingDate, t),
          period: formatPeriodWords(note.report.period, t),
        }),
        notes: [],
      };
      groups.push(group);
      current = { reportId: note.reportId, group };
    }
    const { target } = note;
    const unplaced = note.anchorState === 'unplaced';
    let where: string;
    let whereParts: NoteView['whereParts'] = null;
    if (unplaced) where = t('annotations:document.unplacedHeading');
    else if (target.kind === 'indicator') {
      where = t('annotations:document.indicator', { title: note.indicatorTitle ? pick(note.indicatorTitle, language) : target.label });
    } else {
      const key = target.kind === 'section' ? 'annotations:document.wholeSection' : 'annotations:document.section';
      const heading = note.sectionHeading ?? (target.kind === 'section' ? target.heading : '');
      where = t(key, { heading });
      // The translated frame around a placeholder, so the heading alone can carry its language.
      const [before = '', after = ''] = t(key, { heading: PLACEHOLDER }).split(PLACEHOLDER);
      whereParts = { before, value: heading, after };
    }
    const quote = target.kind === 'text' ? target.exact : unplaced && target.kind === 'section' ? target.heading : null;
    current.group.notes.push({
      where,
      whereParts,
      contentLang: target.kind === 'indicator' ? null : target.lang,
      quote,
      unplaced,
      colour: t(paletteEntry(note.colour).nameKey),
      colourId: note.colour,
      tags: note.tags.length ? note.tags.join(', ') : null,
      body: note.body,
      edited: formatDateWords(note.updatedAt, t),
    });
  }
  return groups;
}

const PLACEHOLDER = '\u0000';

export function renderAnnotationDocument(notes: readonly AnnotationListItem[], options: DocumentOptions, t: TextLookup): string {
  const groups = describe(notes, options.language, t);
  const heading = {
    title: t('annotations:document.title'),
    exported: t('annotations:document.exported', { date: formatDateWords(options.now, t) }),
    count: t('annotations:document.count', { count: notes.length }),
    privacy: t('annotations:document.private'),
    empty: t('annotations:document.empty'),
  };
  return options.format === 'markdown' ? markdown(groups, heading, t) : html(groups, heading, options.language, t);
}

type Heading = Readonly<Record<'title' | 'exported' | 'count' | 'privacy' | 'empty', string>>;

// ── Markdown ───────────────────────────────────────────────────────────────────────────────────

/** Markdown punctuation that would otherwise format a councillor's words (or a report's). */
function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|~])/g, '\\$1')
    .split('\n')
    .map((line) => line.replace(/^(\s*)([-+=])(?=\s|$)/, '$1\\$2').replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3'))
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function markdown(groups: readonly ReportGroup[], heading: Heading, t: TextLookup): string {
  const lines: string[] = [`# ${escapeMarkdown(heading.title)}`, '', `${escapeMarkdown(heading.exported)}  `, escapeMarkdown(heading.count), '', `*${escapeMarkdown(heading.privacy)}*`, ''];
  if (groups.length === 0) lines.push(escapeMarkdown(heading.empty), '');
  for (const group of groups) {
    lines.push(`## ${escapeMarkdown(oneLine(group.title))}`, '', escapeMarkdown(group.meta), '');
    for (const note of group.notes) {
      lines.push(`### ${escapeMarkdown(oneLine(note.where))}`, '');
      if (note.quote !== null) {
        for (const line of note.quote.split('\n')) lines.push(`> ${escapeMarkdown(line)}`);
        lines.push('');
      }
      const facts = [t('annotations:document.colour', { colour: note.colour })];
      if (note.tags !== null) facts.push(t('annotations:document.tags', { tags: note.tags }));
      lines.push(`${escapeMarkdown(facts.join(' · '))}  `, escapeMarkdown(t('annotations:document.edited', { date: note.edited })), '');
      if (note.body.trim() !== '') {
        // Blank lines separate paragraphs; a single line break stays one (two trailing spaces).
        for (const paragraph of note.body.trim().split(/\n\s*\n/)) lines.push(escapeMarkdown(paragraph.trim()).replace(/\n/g, '  \n'), '');
      }
      lines.push('---', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

// ── HTML ───────────────────────────────────────────────────────────────────────────────────────

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

// Print-friendly and readable on screen; the highlight colour is shown by a border *and* named
// in words, so nothing depends on seeing colour (WCAG 1.4.1).
const STYLE = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; margin-top: 2.5rem; border-bottom: 2px solid #1a1a1a; } h3 { font-size: 1.1rem; margin-bottom: 0.25rem; }
  .meta, .facts { color: #3d3d3d; margin: 0.25rem 0; }
  article { border-left: 0.5rem solid var(--marker); padding: 0.25rem 0 0.25rem 1rem; margin: 1.5rem 0; break-inside: avoid; }
  blockquote { margin: 0.5rem 0; padding: 0.5rem 0.75rem; background: var(--highlight); white-space: pre-wrap; }
  .unplaced blockquote { background: #f2f2f2; border: 1px dashed #3d3d3d; }
  @media print { body { margin: 0; max-width: none; } a { color: inherit; } }
`;

/** ` lang="cy"` when report text is in the other language than the document, so it is read aloud right. */
function langAttribute(contentLang: Language | null, language: Language): string {
  return contentLang !== null && contentLang !== language ? ` lang="${contentLang}"` : '';
}

function whereHtml(note: NoteView, language: Language): string {
  if (!note.whereParts) return escapeHtml(oneLine(note.where));
  const { before, value, after } = note.whereParts;
  return `${escapeHtml(before)}<span${langAttribute(note.contentLang, language)}>${escapeHtml(oneLine(value))}</span>${escapeHtml(after)}`;
}

function html(groups: readonly ReportGroup[], heading: Heading, language: Language, t: TextLookup): string {
  const parts: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Opened later from disk by any browser: it may load nothing and run nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(heading.title)}</h1>`,
    `<p class="meta">${escapeHtml(heading.exported)}<br>${escapeHtml(heading.count)}</p>`,
    `<p><em>${escapeHtml(heading.privacy)}</em></p>`,
    '</header>',
    '<main>',
  ];
  if (groups.length === 0) parts.push(`<p>${escapeHtml(heading.empty)}</p>`);
  for (const group of groups) {
    const titleLang = group.titleLang === language ? '' : ` lang="${group.titleLang}"`;
    parts.push('<section>', `<h2${titleLang}>${escapeHtml(oneLine(group.title))}</h2>`, `<p class="meta">${escapeHtml(group.meta)}</p>`);
    for (const note of group.notes) {
      const colour = paletteEntry(note.colourId);
      const facts = [t('annotations:document.colour', { colour: note.colour })];
      if (note.tags !== null) facts.push(t('annotations:document.tags', { tags: note.tags }));
      parts.push(
        `<article class="${note.unplaced ? 'unplaced' : 'placed'}" style="--marker: ${colour.marker}; --highlight: ${colour.highlight}">`,
        `<h3>${whereHtml(note, language)}</h3>`,
        ...(note.quote !== null ? [`<blockquote${langAttribute(note.contentLang, language)}>${escapeHtml(note.quote)}</blockquote>`] : []),
        `<p class="facts">${escapeHtml(facts.join(' · '))}<br>${escapeHtml(t('annotations:document.edited', { date: note.edited }))}</p>`,
        ...(note.body.trim() !== '' ? [paragraphs(note.body)] : []),
        '</article>',
      );
    }
    parts.push('</section>');
  }
  parts.push('</main>', '</body>', '</html>');
  return `${parts.join('\n')}\n`;
}
