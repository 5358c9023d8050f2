/**
 * "At 73 employees it's €401.50": a count of the unit the price book sells by, worked into a price in
 * the same sentence, is an example the writer priced, not a claim about the customer's size.
 */
import type { GuardIndex } from '../index/guard-index.ts';
import { type CountFigure, type Figure, normalizeUnit } from '../text/figures.ts';

/** The nouns the price book prices by ("employee/month" sells by the employee). */
function soldBy(index: GuardIndex): Map<string, number[]> {
  const prices = new Map<string, number[]>();
  for (const p of index.catalog.products) {
    const segment = (p.unit ?? '').split(/\/|\bper\b/i)[0]?.trim() ?? '';
    const noun = segment.split(/\s+/).pop();
    if (!noun || !/^\p{L}{2,}$/u.test(noun)) continue;
    const unit = normalizeUnit(noun);
    prices.set(unit, [...(prices.get(unit) ?? []), p.listPrice]);
  }
  return prices;
}

const cache = new WeakMap<GuardIndex, Map<string, number[]>>();

/** Whether a money figure of the sentence is the count times a list price sold by its unit (a month or a year of it). */
// "at 73 employees", "once you reach 80 employees", "with 60 employees": a size supposed, not reported.
const SUPPOSED =
  /\b(?:at|with|once you (?:reach|pass|hit|have)|if you (?:have|had|grow to|reach|hit)|should you (?:reach|grow to)|from|above|beyond|over|under|below|up to)\s+$/i;

export function isPricedCount(
  index: GuardIndex,
  count: CountFigure,
  sentence: readonly Figure[],
  lead: string,
): boolean {
  if (!SUPPOSED.test(lead)) return false;
  let units = cache.get(index);
  if (!units) {
    units = soldBy(index);
    cache.set(index, units);
  }
  const prices = units.get(normalizeUnit(count.unit));
  if (!prices) return false;
  return sentence.some(
    (f) =>
      f.type === 'money' &&
      f.start > count.end &&
      prices.some((price) =>
        [1, 12].some((k) => Math.abs(count.value * price * k - f.value) <= Math.max(0.01, f.value * 0.001)),
      ),
  );
}
