/** Which documented discount programmes a draft's own words invoke: its term length or its condition. */
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { conditionStems } from '../index/discount-policy.ts';
import { sameDuration } from '../index/durations.ts';

/**
 * Programmes whose condition the text names: a programme tied to a term needs that term when the
 * text gives one ("on a three-year term"), else its condition's words ("as a charity", "multi-year").
 */
export function programmesNamed(
  programmes: readonly DiscountProgramme[],
  text: string,
  durationsInDays: readonly number[],
  sku?: string,
): DiscountProgramme[] {
  const words = new Set(conditionStems(text));
  return programmes.filter((p) => {
    if (sku !== undefined && !appliesTo(p, sku)) return false;
    if (p.durationDays !== undefined && durationsInDays.length > 0)
      return durationsInDays.some((d) => sameDuration(d, p.durationDays!));
    return p.conditionStems.some((s) => words.has(s));
  });
}

/** Whether a programme covers a product: it names none (all plans), or names this one. */
export function appliesTo(programme: DiscountProgramme, sku: string | undefined): boolean {
  return sku === undefined || programme.skus.length === 0 || programme.skus.includes(sku);
}
