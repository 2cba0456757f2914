import type { SignsOfSafetyGroup } from '../../../shared/domain';
import { SIGNS_OF_SAFETY_GROUPS } from '../../../shared/domain';

/**
 * Splitting a flattened Signs of Safety table back into its three columns.
 *
 * When a PDF's three-column table (What's working well? / What are we worried about? / What do we
 * need to do?) loses its columns, the text layer usually gives the first column's items, then the
 * second's, then the third's — in order, but with no mark where one column ends. What the items
 * say tells them apart: next steps start with an instruction ("Develop…", "Review…"), worries
 * name a problem ("Low numbers…", "Delay in…"), strengths report something achieved
 * ("Maintained…", "100% of…"). Each item is scored for each column and the two boundaries are
 * placed where the scores agree best, keeping the columns in order. It is a best guess: the review
 * screen shows the result before anything is saved.
 */

const CUES: Readonly<Record<SignsOfSafetyGroup, { readonly start: RegExp; readonly anywhere: RegExp }>> = {
  working_well: {
    start:
      /^(?:\d+(?:\.\d+)?%|(?:maintained|achieved|achievement|improved|improvement in|increased|secured|successful|positive|good|better|strong|stable|embedded|launched|started|completed|established|recruited|celebrat|praised|feedback|reduc(?:ed|tion) in (?:the )?(?:number|use) of (?:children|agency)|number of children starting.*decreased|all|every|more children|fewer children (?:started|entering)|mae|cafodd|cynyddodd|gwellodd|llwyddwyd|sefydlwyd|cwblhawyd)\b)/i,
    anywhere: /\b(?:achiev|improv(?:ed|ing)|maintain|success|positive|evident|celebrat|in place|has been|have been|is developing|are developing|started|launched|secured|praised|welcome|strength|good practice|well|stable|embedded)/i,
  },
  worried: {
    start:
      /^(?:low|lower|lack|reduction|reduced|high|higher|delay|delays|challenge|challenges|capacity|concern|risk|pressure|shortage|scarcity|insufficient|limited|fewer|decrease|decline|drop|waiting|numbers? of children waiting|processes?|permanency planning|the high|the low|the number of|the following are unavailable|supply of|a number of|links need|need to ensure|increase in demand|isel|diffyg|gostyngiad|oedi|oedi|heriau|her|pryder|prinder|llai)\b/i,
    anywhere:
      /\b(?:worr|concern|risk|delay|challeng|lack|low number|high number|shortage|scarc|not (?:yet|being|receiving|available)|unavailable|under ?developed|needs? (?:further )?(?:development|strengthening)|problematic|overspend|vacanc|reliance|slippage|drift|out of area|fell|fallen|falling|decreas|reduction|pressure|difficult)/i,
  },
  to_do: {
    start:
      /^(?:implement|develop|continue|review|ensure|embed|identify|address|introduce|establish|explore|undertake|systematically|shift|work (?:with|to|on)|increase|reduce|recruit|monitor|consider|complete|deliver|agree|strengthen|promote|engage|roll out|plan|proposal|dedicated team|a strategy|practice guidance|management instruction|senior managers|systems are under development|we will|we need|need to|create|improve|improvement plan|expect|set up|put|use|bring|make|gweithredu|datblygu|parhau|adolygu|sicrhau|ymgorffori|nodi|cyflwyno|sefydlu|gwella|creu|recriwtio|monitro)\b/i,
    anywhere: /\b(?:will be|to be (?:introduced|issued|reviewed|developed|formulated|scheduled)|will|plan to|we need|need to|going forward|next steps|action plan|scheduled to)\b/i,
  },
};

const GROUP_INDEX: Readonly<Record<SignsOfSafetyGroup, number>> = { working_well: 0, worried: 1, to_do: 2 };

export function cueScore(text: string, group: SignsOfSafetyGroup): number {
  const cues = CUES[group];
  const trimmed = text.trim();
  let score = 0;
  if (cues.start.test(trimmed)) score += 3;
  if (cues.anywhere.test(trimmed)) score += 1;
  return score;
}

/**
 * Assigns each item, in order, to a column so that the column never goes backwards and the total
 * cue score is highest. `startAt` is the first column allowed (a table continued after a page
 * break may resume in any column). Ties keep an item in the earlier column.
 */
export function segmentColumns(items: readonly string[], startAt: SignsOfSafetyGroup = 'working_well'): SignsOfSafetyGroup[] {
  const groups = SIGNS_OF_SAFETY_GROUPS;
  const first = GROUP_INDEX[startAt];
  const n = items.length;
  if (n === 0) return [];
  // best[i][g]: best total for items[0..i] with item i in column g; from[i][g]: column of item i-1.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    best.push([-Infinity, -Infinity, -Infinity]);
    from.push([0, 0, 0]);
    for (let g = first; g < 3; g++) {
      const score = cueScore(items[i]!, groups[g]!) - 0.01 * g;
      if (i === 0) {
        best[0]![g] = score;
        continue;
      }
      let top = -Infinity;
      let topFrom = first;
      for (let h = first; h <= g; h++) {
        if (best[i - 1]![h]! > top) {
          top = best[i - 1]![h]!;
          topFrom = h;
        }
      }
      best[i]![g] = top + score;
      from[i]![g] = topFrom;
    }
  }
  let g = first;
  for (let c = first; c < 3; c++) if (best[n - 1]![c]! > best[n - 1]![g]!) g = c;
  const result: SignsOfSafetyGroup[] = new Array<SignsOfSafetyGroup>(n);
  for (let i = n - 1; i >= 0; i--) {
    result[i] = groups[g]!;
    g = from[i]![g]!;
  }
  return result;
}
