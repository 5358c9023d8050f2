/**
 * Per-user fairness: a request limit per minute and per hour (past it, 429 with the time to retry), and a daily model
 * token budget (past it, the request still runs, offline). Counted from the requests table, so every process and
 * server shares the same count.
 */
import { type Actor, isSystem } from '../../domain/access/actor.ts';
import type { CopilotConfig } from '../../domain/copilot/copilot-config.ts';
import { UserError } from '../../domain/errors.ts';
import type { Db } from '../../store/open-store.ts';
import { nthRecentRequestAt, tokensSpentSince } from './request-store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export type Allowance = {
  /** Model tokens this request may spend: the per-request cap, or what is left of the user's day if less. */
  llmTokens: number;
  /** Set when the day's budget is spent: the request runs offline, and says so. */
  budgetNote?: string;
};

export async function checkRequestLimits(
  db: Db,
  actor: Actor,
  config: CopilotConfig,
  now: Date,
): Promise<Allowance> {
  if (!isSystem(actor)) {
    const windows = [
      { ms: MINUTE, limit: config.requestsPerMinute, words: 'minute' },
      { ms: HOUR, limit: config.requestsPerHour, words: 'hour' },
    ];
    for (const w of windows) {
      const hinge = await nthRecentRequestAt(db, actor.userId, new Date(now.getTime() - w.ms), w.limit);
      if (!hinge) continue;
      const retryAt = new Date(hinge.getTime() + w.ms);
      const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
      throw new UserError(
        'rate_limited',
        `you have made ${w.limit} copilot requests in the last ${w.words}, the most one person may; try again in ${retryAfterSeconds} s (at ${retryAt.toISOString().slice(0, 19)}Z)`,
        { retryAfterSeconds, retryAt: retryAt.toISOString() },
      );
    }
  }
  const spent = await tokensSpentSince(db, actor.userId, new Date(now.getTime() - DAY));
  const left = Math.max(0, config.llmTokensPerUserPerDay - spent);
  return {
    llmTokens: Math.min(config.llmTokensPerRequest, left),
    ...(left === 0 && config.llmTokensPerUserPerDay > 0
      ? {
          budgetNote: `your model token budget for the last 24 hours (${config.llmTokensPerUserPerDay.toLocaleString('en-US')} tokens) is spent: this answer is written offline`,
        }
      : {}),
  };
}
