/** Weekly product usage for a customer account: flat, growing, a small dip, a sharp drop or at the seat limit. */
import type { UsagePoint } from '../../domain/workspace/workspace-schema.ts';
import { type Day, isoFromDay } from '../calendar.ts';
import type { Rng } from '../random.ts';

export type UsageShape = 'flat' | 'growing' | 'small_dip' | 'sharp_drop' | 'at_limit';

export interface UsagePlan {
  readonly shape: UsageShape;
  readonly licensedSeats: number;
  /** The Monday of the last complete week before "now". */
  readonly lastPeriod: Day;
  readonly weeks: number;
}

const noisy = (rng: Rng, value: number, spread: number): number =>
  value * (1 + (rng.next() * 2 - 1) * spread);

/** Active users per week, oldest first; the shape is what a manager would see on the account's chart. */
function activeUsers(rng: Rng, plan: UsagePlan): number[] {
  const { shape, licensedSeats: seats, weeks } = plan;
  const out: number[] = [];
  switch (shape) {
    case 'flat': {
      const level = seats * (0.5 + rng.next() * 0.25);
      for (let w = 0; w < weeks; w++) out.push(noisy(rng, level, 0.02));
      break;
    }
    case 'growing': {
      const start = seats * (0.45 + rng.next() * 0.15);
      const end = Math.min(seats * 0.8, start * (1.15 + rng.next() * 0.2));
      for (let w = 0; w < weeks; w++) out.push(noisy(rng, start + ((end - start) * w) / (weeks - 1), 0.015));
      break;
    }
    case 'small_dip': {
      // About a tenth down over the last three weeks: worth watching, not worth a call.
      const level = seats * (0.55 + rng.next() * 0.2);
      const dip = 0.08 + rng.next() * 0.05;
      for (let w = 0; w < weeks; w++) {
        const fromEnd = weeks - 1 - w;
        const factor = fromEnd >= 3 ? 1 : 1 - dip * ((3 - fromEnd) / 3);
        out.push(noisy(rng, level * factor, 0.01));
      }
      break;
    }
    case 'sharp_drop': {
      // Steady, then 35% to 60% gone within the last four or five weeks.
      const level = seats * (0.6 + rng.next() * 0.2);
      const drop = 0.35 + rng.next() * 0.25;
      const span = rng.int(4, 5);
      for (let w = 0; w < weeks; w++) {
        const fromEnd = weeks - 1 - w;
        const factor = fromEnd >= span ? 1 : 1 - drop * ((span - fromEnd) / span);
        out.push(noisy(rng, level * factor, fromEnd >= span ? 0.02 : 0.01));
      }
      break;
    }
    case 'at_limit': {
      const start = seats * (0.75 + rng.next() * 0.1);
      for (let w = 0; w < weeks; w++)
        out.push(Math.min(seats * 0.97, start + ((seats * 0.97 - start) * w) / (weeks - 1)));
      break;
    }
  }
  return out.map((v) => Math.max(1, Math.round(v)));
}

/** Assigned seats per week: only at the limit do they reach (or pass) the licensed seats. */
function seatsUsed(rng: Rng, plan: UsagePlan, active: readonly number[]): number[] {
  const { shape, licensedSeats: seats, weeks } = plan;
  if (shape === 'at_limit') {
    const over = rng.chance(0.4) ? rng.int(1, Math.max(1, Math.round(seats * 0.06))) : 0;
    const start = Math.round(seats * (0.86 + rng.next() * 0.06));
    return active.map((_, w) => {
      const fromEnd = weeks - 1 - w;
      if (fromEnd <= 1) return seats + over;
      return Math.min(seats, Math.round(start + ((seats - start) * w) / Math.max(1, weeks - 3)));
    });
  }
  // Assigned seats sit a little above the most users ever active, and below the licence.
  const peak = Math.max(...active);
  const base = Math.max(peak, Math.min(seats * 0.9, peak * (1.05 + rng.next() * 0.07)));
  return active.map((_, w) => {
    const fromEnd = weeks - 1 - w;
    // Licences stay assigned while people stop logging in: a drop barely shows in seats.
    const sag = shape === 'sharp_drop' && fromEnd < 3 ? 0.96 : 1;
    return Math.round(base * sag);
  });
}

export function usageSeries(
  rng: Rng,
  accountId: string,
  plan: UsagePlan,
  metrics: { seats: boolean; events: boolean },
): UsagePoint[] {
  const firstPeriod = plan.lastPeriod - 7 * (plan.weeks - 1);
  const period = (w: number): string => isoFromDay(firstPeriod + 7 * w);
  const active = activeUsers(rng, plan);
  const points: UsagePoint[] = active.map((value, w) => ({
    accountId,
    metric: 'active_users',
    period: period(w),
    value,
  }));
  if (metrics.seats) {
    seatsUsed(rng, plan, active).forEach((value, w) => {
      points.push({ accountId, metric: 'seats_used', period: period(w), value });
    });
  }
  if (metrics.events) {
    const perUser = 40 + rng.next() * 80;
    active.forEach((users, w) => {
      points.push({
        accountId,
        metric: 'events',
        period: period(w),
        value: Math.round(noisy(rng, users * perUser, 0.05)),
      });
    });
  }
  return points;
}
