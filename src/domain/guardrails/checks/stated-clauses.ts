/** The clauses of a draft's body that state something: no question, no planted ask told back, no "if". */
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import { isAskingOnly } from '../text/claim-context.ts';
import { CONDITIONAL } from './plan-figures.ts';

export function statedBodyClauses(analysis: DraftAnalysis): DraftClause[] {
  return analysis.clauses.filter(
    (c) =>
      c.field === 'body' &&
      !c.question &&
      !c.reported &&
      !CONDITIONAL.test(c.text) &&
      !isAskingOnly(c.text, c.question),
  );
}
