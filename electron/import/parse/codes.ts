/**
 * Indicator codes as Welsh councils print them: national measures ("SCC/021", "SCC/025",
 * "PAM/028"), Social Services and Well-being Act measures ("SSWB 25"), and local ones
 * ("CS LAC 58", "CS LAC 3e", "CS CP 12", "FAM KPI 01"). Spacing and case vary between papers;
 * shared/indicator-code.ts normalises them for matching, and `displayCode` tidies the printed form.
 */

// Local prefixes seen in children's services papers. A bare run of capitals followed by a number
// ("KS 2", "IRO 3") is too often something else to count as a code without a known prefix.
const SPACED = String.raw`(?:CS\s?(?:LAC|CLA|CP|CIN|YOS|YJ|CL|CSE|MASH|EH|FS|AS)|SSWB|FAM\s?KPI|CS|KPI|PAM|SCA|SCC|SSM|CYP|YJS?|PM)`;
const CODE = new RegExp(String.raw`\b(?:([A-Z]{2,5})\s?\/\s?(\d{2,4}[a-z]?)|(${SPACED})\s?(\d{1,3}[a-z]?))(?![\w/])`, 'g');

export interface FoundCode {
  /** As printed, tidied: "CS LAC 58", "SCC/021", "SSWB 25". */
  readonly code: string;
  readonly index: number;
  readonly end: number;
}

export function findCodes(text: string): FoundCode[] {
  const found: FoundCode[] = [];
  for (const match of text.matchAll(CODE)) {
    const code = match[1] ? `${match[1]}/${match[2]}` : displaySpaced(match[3]!, match[4]!);
    // A slash code needs a known-looking prefix or three digits ("SCC/021"), not "KS/2".
    if (match[1] && !/^\d{3}/.test(match[2]!) && !/^(?:SCC|PAM|SCA|SSM)$/.test(match[1])) continue;
    found.push({ code, index: match.index, end: match.index + match[0].length });
  }
  return found;
}

function displaySpaced(prefix: string, number: string): string {
  const words = prefix.replace(/^(CS|FAM)(?=[A-Z])/, '$1 ').split(/\s+/);
  return [...words, number].join(' ');
}

/** A line or paragraph that starts with a code ("CS LAC 58 Percentage of …"): its code, or null. */
export function leadingCode(text: string): FoundCode | null {
  const first = findCodes(text)[0];
  return first && first.index === 0 ? first : null;
}
