import type { z } from 'zod';
import type { PackProblem, PackProblemKind } from '../../../shared/import';
import { describePackProblems, packSchema, type Pack } from '../../../shared/pack';
import { ImportFailure } from '../failure';

/**
 * A Briffio pack (JSON): parsed, then checked against the pack schema (shared/pack.ts, published
 * as schemas/briffio-pack.schema.json). A pack that fails names every field at fault.
 */
export function readPack(text: string): Pack {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // JSON that stops in the middle of a value is a file cut short, not a wrong format.
    if (/end of (?:JSON )?input|Unterminated/i.test(message) || endsInside(text)) throw new ImportFailure('import_truncated', `The pack stops part-way: ${message}`);
    throw new ImportFailure('import_damaged', `The pack is not valid JSON: ${message}`);
  }
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    const lines = describePackProblems(parsed.error);
    throw new ImportFailure('import_invalid_pack', `The pack does not follow the schema:\n${lines.join('\n')}`, packProblems(parsed.error));
  }
  return parsed.data;
}

/** True when the text ends inside an object, array or string: a file cut short. */
function endsInside(text: string): boolean {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (const char of text) {
    if (inString) {
      if (escaped) escaped = false;
      else if (char === '\\') escaped = true;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

/** Zod's issues as field paths with a kind of problem the interface can put into words. */
export function packProblems(error: z.ZodError): PackProblem[] {
  const problems: PackProblem[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(pack)';
    const problem: PackProblem = { path, kind: problemKind(issue) };
    const key = `${problem.path} ${problem.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function problemKind(issue: z.core.$ZodIssue): PackProblemKind {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'missing' : 'wrong_type';
    case 'invalid_value':
    case 'invalid_union':
      return 'not_allowed';
    case 'too_small':
      return 'too_short';
    case 'too_big':
      return 'too_long';
    case 'custom':
      if (/^no (?:indicator|dimension) with key/.test(issue.message)) return 'unknown_reference';
      if (/duplicate|at most once/.test(issue.message)) return 'duplicate';
      return 'invalid';
    default:
      return 'invalid';
  }
}
