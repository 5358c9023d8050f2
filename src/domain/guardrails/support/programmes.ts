/** Which documented discount programmes a draft's own words invoke: its term length or its condition. */
import type { DiscountProgramme } from '../index/discount-policy.ts';
import { conditionStems } from '../index/discount-policy.ts';
import { sameDuration } from '../index/durations.ts';

const YEAR_IN_DAYS = 365;

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
    // A month's notice or a two-week trial is no term: a duration shorter than both a year and the
    // programme's own says nothing about whether the draft's term is the programme's.
    const terms =
      p.durationDays === undefined
        ? []
        : durationsInDays.filter((d) => d >= Math.min(YEAR_IN_DAYS, p.durationDays!) * 0.9);
    if (p.durationDays !== undefined && terms.length > 0)
      return terms.some((d) => sameDuration(d, p.durationDays!));
    return p.conditionStems.some((s) => words.has(s));
  });
}

/** Whether a programme covers a product: it names none (all plans), or names this one. */
export function appliesTo(programme: DiscountProgramme, sku: string | undefined): boolean {
  return sku === undefined || programme.skus.length === 0 || programme.skus.includes(sku);
}
