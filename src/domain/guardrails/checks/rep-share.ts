/**
 * The part of a discount that is the rep's to give, counted the way the documents count the rep limit:
 * points on top of whichever programme applies ("8 further points on top of the programme"), or the
 * whole discount, programmes included ("12% in total, programme discounts included").
 */
import type { RepLimit } from '../index/discount-policy.ts';

export type OfferReading = {
  value: number;
  /** "8 points from my side": the rep's own addition, never a total. */
  points: boolean;
  /** "That's 18% off list", "10% and 8 points, 22% off": the whole discount, programme included. */
  statedTotal: boolean;
  /** "another 5%", "on top": added to what is offered beside it. */
  stacking: boolean;
  /** The programme percentages the draft gives with it (a term it names, a programme it quotes). */
  programmes: readonly number[];
};

/** The rep's share of one offer: a total less the programme inside it, where the limit is points beyond one. */
export function repShare(offer: OfferReading, limit: RepLimit): number {
  if (offer.points || !limit.beyondProgramme) return offer.value;
  // A plain "on a 36-month term I can do 18%" is the whole discount too, the programme's 10% within it.
  if (!offer.statedTotal && offer.stacking) return offer.value;
  const inside = offer.programmes.filter((p) => p < offer.value);
  return inside.length > 0 ? offer.value - Math.max(...inside) : offer.value;
}

/**
 * What the rep gives in all: stacked offers add up beside the largest plain one, a stated total already
 * holds them, and where the limit counts programmes, a rep's addition counts the programme it sits on.
 */
export function repTotal(offers: readonly OfferReading[], limit: RepLimit): number {
  const totals = offers.filter((o) => o.statedTotal).map((o) => repShare(o, limit));
  const added = offers.filter((o) => !o.statedTotal && (o.stacking || o.points));
  // The same percentage named again ("a further 12%… after the additional 12%") is the one discount.
  const stacked = [...new Set(added.map((o) => o.value))].reduce((a, b) => a + b, 0);
  const plain = offers
    .filter((o) => !o.statedTotal && !o.stacking && !o.points)
    .map((o) => repShare(o, limit));
  const programme =
    limit.includesProgrammes && added.length > 0 ? Math.max(0, ...added.flatMap((o) => o.programmes)) : 0;
  return Math.max(0, ...totals, stacked + programme + (plain.length > 0 ? Math.max(...plain) : 0));
}
