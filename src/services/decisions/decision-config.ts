/** Decision-queue tunables (governor, outbox, sampling, auto-approval, mail transport), read once from the environment. */
import { z } from 'zod';
import { UserError } from '../../domain/errors.ts';

/** Internal writes that may skip the queue when configured: a call log, or a change of next step only. */
export const autoApprovableKinds = ['log_activity', 'next_step'] as const;
export type AutoApprovable = (typeof autoApprovableKinds)[number];

const DecisionEnv = z.object({
  // smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). Unset: .eml files only.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')
    .optional(),
  // Two touches a week is what a courteous seller sends unprompted; a third starts to read as pressure.
  CLOSELOOP_CONTACT_WEEKLY_LIMIT: z.coerce.number().int().min(1).max(50).default(2),
  // One approval in ten gets a manager's second look: enough to coach from, too few to slow the team.
  CLOSELOOP_REVIEW_SAMPLE_RATE: z.coerce.number().min(0).max(1).default(0.1),
  // Off by default: nothing changes the CRM without a person until a team has decided it trusts the writer.
  CLOSELOOP_AUTO_APPROVE: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z.enum(autoApprovableKinds, { message: `expected a list of ${autoApprovableKinds.join(', ')}` }),
      ),
    ),
  // Five tries with backoff from 30 s cover an SMTP relay restart or a short outage (about 8 minutes in all).
  CLOSELOOP_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(5),
  CLOSELOOP_OUTBOX_BACKOFF_MS: z.coerce.number().int().min(0).default(30_000),
  // Longest wait between two tries, whatever the attempt count: a retry after an hour is a different email.
  CLOSELOOP_OUTBOX_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(15 * 60_000),
  // A dispatcher holds a message this long; past it the holder is presumed dead and the send is ambiguous.
  // Longer than the SMTP timeouts below together, so a slow but live send is never taken for a crash.
  CLOSELOOP_OUTBOX_LEASE_MS: z.coerce.number().int().min(100).default(120_000),
  // How often the worker's dispatcher looks for due messages when idle.
  CLOSELOOP_DISPATCH_INTERVAL_MS: z.coerce.number().int().min(10).default(5_000),
  // An approval faster than this (from opening the proposal) was not read: it is always sampled for review.
  CLOSELOOP_MIN_DWELL_SECONDS: z.coerce.number().min(0).default(8),
  // A pending proposal nobody decided on for two weeks describes a deal that has moved on.
  CLOSELOOP_PROPOSAL_TTL_DAYS: z.coerce.number().int().min(1).default(14),
  // Per-step SMTP timeouts: a healthy relay answers within seconds; waiting minutes only delays the retry.
  CLOSELOOP_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
});

export type DecisionConfig = {
  smtpUrl: string | undefined;
  contactWeeklyLimit: number;
  reviewSampleRate: number;
  autoApprove: readonly AutoApprovable[];
  outbox: {
    maxAttempts: number;
    backoffMs: number;
    backoffMaxMs: number;
    leaseMs: number;
    intervalMs: number;
  };
  minDwellMs: number;
  proposalTtlDays: number;
  smtpTimeoutMs: number;
};

export function decisionConfig(env: NodeJS.ProcessEnv = process.env): DecisionConfig {
  const parsed = DecisionEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    smtpUrl: e.SMTP_URL,
    contactWeeklyLimit: e.CLOSELOOP_CONTACT_WEEKLY_LIMIT,
    reviewSampleRate: e.CLOSELOOP_REVIEW_SAMPLE_RATE,
    autoApprove: e.CLOSELOOP_AUTO_APPROVE,
    outbox: {
      maxAttempts: e.CLOSELOOP_OUTBOX_MAX_ATTEMPTS,
      backoffMs: e.CLOSELOOP_OUTBOX_BACKOFF_MS,
      backoffMaxMs: e.CLOSELOOP_OUTBOX_BACKOFF_MAX_MS,
      leaseMs: e.CLOSELOOP_OUTBOX_LEASE_MS,
      intervalMs: e.CLOSELOOP_DISPATCH_INTERVAL_MS,
    },
    minDwellMs: e.CLOSELOOP_MIN_DWELL_SECONDS * 1000,
    proposalTtlDays: e.CLOSELOOP_PROPOSAL_TTL_DAYS,
    smtpTimeoutMs: e.CLOSELOOP_SMTP_TIMEOUT_MS,
  };
}

/** Defaults with no environment at all: what tests start from. */
export const defaultDecisionConfig = (): DecisionConfig => decisionConfig({});
