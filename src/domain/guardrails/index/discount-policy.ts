/** Reads the documented discount rules: how far a rep may go alone, and the programmes anyone may offer. */
import { stems } from '../../knowledge/text-tokens.ts';
import type { GuardCitation } from '../guard-schema.ts';
import { extractFigures } from '../text/figures.ts';
import { GENERIC_STEMS } from '../vocabulary/generic-words.ts';
import { durationInDays } from './durations.ts';

export type DiscountProgramme = {
  percent: number;
  /** A term length the programme requires (three-year commitment = 1080 days), if any. */
  durationDays: number | undefined;
  /** Other words that name the programme's condition ("nonprofit", "prepay"). */
  conditionStems: readonly string[];
  citation: GuardCitation;
};

export type DiscountPolicy = {
  repLimit: { percent: number; citation: GuardCitation } | undefined;
  programmes: readonly DiscountProgramme[];
};

const LIMIT =
  /\b(?:up to|maximum(?: of)?|max(?:imum)?|no more than|at most|capped at|cap(?:ped)? of|limit(?:ed)? (?:of|to)|beyond|above|over|exceed(?:s|ing)?|more than)\s*$/i;
const WHO_MAY =
  /\b(?:reps?|sales reps?|representatives?|sellers?|account executives?|AEs?|sales team|without approval|approval)\b/i;
const PROGRAMME_PERCENT = /^\s*(?:off|discount|reduction)\b/i;

/** One sentence of a pricing or policy document, with where it came from. */
export type PolicySentence = { text: string; citation: GuardCitation };

export function readDiscountPolicy(sentences: readonly PolicySentence[]): DiscountPolicy {
  let repLimit: DiscountPolicy['repLimit'];
  const programmes: DiscountProgramme[] = [];
  for (const sentence of sentences) {
    const figures = extractFigures(sentence.text);
    for (const figure of figures) {
      if (figure.type !== 'percent') continue;
      const before = sentence.text.slice(0, figure.start);
      const after = sentence.text.slice(figure.end);
      if (LIMIT.test(before) && WHO_MAY.test(sentence.text)) {
        // Several limits (reps 15%, managers 25%): the rep's is the lowest.
        if (!repLimit || figure.value < repLimit.percent)
          repLimit = { percent: figure.value, citation: sentence.citation };
        continue;
      }
      if (!PROGRAMME_PERCENT.test(after) && !/discount of\s*$/i.test(before)) continue;
      const duration = figures.find((f) => f.type === 'duration');
      const percentWords = new Set(stems(figure.text));
      programmes.push({
        percent: figure.value,
        durationDays:
          duration?.type === 'duration' ? durationInDays(duration.value, duration.unit) : undefined,
        conditionStems: stems(sentence.text.replace(duration?.text ?? '\u0000', ' ')).filter(
          (s) =>
            !GENERIC_STEMS.has(s) &&
            !percentWords.has(s) &&
            !/^\d/.test(s) &&
            !/^(?:receive|get|discount|list|off|percent)$/.test(s),
        ),
        citation: sentence.citation,
      });
    }
  }
  return { repLimit, programmes };
}
