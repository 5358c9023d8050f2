/**
 * Add-ons a passage speaks of, by the words of their names: "the AI assistant" is the AI Reply
 * Assistant, "extra ones" after "help centre" the Extra help centre. An add-on is priced on top of a
 * plan, so its price in a sentence about a plan is the add-on's, not a price of the plan.
 */
import { STOPWORDS, stems } from '../../knowledge/text-tokens.ts';
import type { DraftAnalysis, DraftClause } from '../analyze-draft.ts';
import type { DealContext } from '../index/deal-context.ts';
import type { GuardIndex } from '../index/guard-index.ts';
import { blankOut } from '../text/blank-out.ts';

// Words that say a product is sold on top, not which product it is.
const ON_TOP = /^(?:extra|addit|add|on|plu|premium|pack)$/;

function nameStems(name: string, seller: ReadonlySet<string>): string[] {
  // "Content Library add-on (annual billing)": the bracketed words say which line, not which add-on.
  return stems(name.replace(/\([^)]*\)/g, ' ')).filter(
    (w) => w.length > 2 && !STOPWORDS.has(w) && !seller.has(w) && !ON_TOP.test(w),
  );
}

/** The text a clause's figures are read in: its sentence and the one before ("…the AI assistant. It's $25"). */
export function passageOf(analysis: DraftAnalysis, clause: DraftClause): string {
  const sentences = analysis.sentences.filter((s) => s.field === clause.field);
  const at = sentences.findIndex((s) => s.start === clause.sentence.start);
  return sentences
    .slice(Math.max(0, at - 1), at + 1)
    .map((s) => s.text)
    .join(' ');
}

/**
 * The add-ons the passage names, or half or more of whose name words it uses outside the names of
 * other products: "a remote training day" is that product, not the on-site training day add-on.
 */
export function addOnsSpokenOf(index: GuardIndex, deal: DealContext, passage: string): string[] {
  const mentions = index.catalog.mentions(passage);
  const named = new Set(mentions.map((m) => m.sku));
  const said = new Set(stems(blankOut(passage, mentions)));
  const seller = new Set(stems(index.sellerName));
  return [...deal.facts.addOns].filter((sku) => {
    if (named.has(sku)) return true;
    const name = index.catalog.bySku.get(sku)?.name;
    if (!name) return false;
    const words = nameStems(name, seller);
    const used = words.filter((w) => said.has(w)).length;
    return words.length > 0 && used * 2 >= words.length;
  });
}
