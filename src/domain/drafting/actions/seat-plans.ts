/** Which seat-priced plan a customer is on, as far as the record says, and the source that states its price. */
import type { Product } from '../../workspace/workspace-schema.ts';
import type { DraftKit } from '../draft-kit.ts';
import type { KnowledgeUnit } from '../knowledge-units.ts';

const isSeatPlan = (p: Product) =>
  /\bseat\b/i.test(p.unit) && !/read-only|viewer/i.test(`${p.name} ${p.description ?? ''}`);

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Enterprise plan" in the deal's name, or "we're on Northwind Pro" in the customer's mail: the plan they have. */
function names(text: string, plan: Product, customer: boolean): boolean {
  const last = escapeRegex(plan.name.split(/\s+/).at(-1) ?? plan.name);
  const name = `(?:${escapeRegex(plan.name)}|${last}\\s+(?:plan|tier|edition))`;
  const pattern = customer
    ? `\\b(?:we(?:'re| are)(?: currently)? on|our current|our existing|we have)\\s+(?:the\\s+)?${name}\\b`
    : `\\b${name}\\b`;
  return new RegExp(pattern).test(text);
}

/** The plan named on the deal, else every seat plan in its currency when they are few enough to list. */
export function seatPlans(kit: DraftKit): Product[] {
  const { opportunity } = kit.reading.context;
  const plans = kit.products.filter((p) => isSeatPlan(p) && p.currency === opportunity.currency);
  // Asking about a plan is not being on it: only the deal's name or the customer saying so counts.
  const said = kit.reading.timeline
    .filter((r) => r.party === 'them')
    .flatMap((r) => r.sentences.map((s) => s.text))
    .join('\n');
  const named = plans.filter((p) => names(opportunity.name, p, false) || names(said, p, true));
  const candidates =
    named.length === 1 ? named : plans.length <= kit.reading.config.maxPlansQuoted ? plans : [];
  // A plan sold under one name in several currencies cannot be told apart by name in a sentence: say nothing.
  return candidates.some((p) => kit.products.some((q) => q !== p && q.name === p.name)) ? [] : candidates;
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** "$40", "€52", "40 CHF": a list price the way a price sheet writes it. */
export function money(amount: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const figure = amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return symbol ? `${symbol}${figure}` : `${figure} ${currency}`;
}

/** A retrieved sentence that states this plan's list price, to quote instead of the bare price book. */
export function unitFor(kit: DraftKit, plan: Product): KnowledgeUnit | undefined {
  const price = money(plan.listPrice, plan.currency);
  return kit.knowledge.units
    .map((u) => u.unit)
    .find((u) => u.chunk.kind === 'pricing' && u.quote.includes(plan.name) && u.quote.includes(price));
}
