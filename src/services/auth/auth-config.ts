/** Login tunables, read once from the environment; each default says why it is what it is. */
import { z } from 'zod';
import { UserError } from '../../domain/errors.ts';

const AuthEnv = z.object({
  // A working day plus the commute: a rep logs in once in the morning and is not asked again before evening.
  CLOSELOOP_SESSION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(24 * 90)
    .default(12),
  // scrypt cost as log2(N): 2^15 with r=8 takes ~50 ms and 32 MiB, OWASP's floor for interactive logins on a small
  // server; raise it on bigger machines (stored hashes keep their own cost, so old ones still verify).
  CLOSELOOP_SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
  // Wrong passwords before an account is paused: enough for typos, far too few for guessing.
  CLOSELOOP_LOGIN_ACCOUNT_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  // One office behind one NAT address holds many people who mistype: a higher cap per address than per account.
  CLOSELOOP_LOGIN_IP_ATTEMPTS: z.coerce.number().int().min(1).default(20),
  // Failed attempts drain a bucket that refills one attempt per this many seconds.
  CLOSELOOP_LOGIN_REFILL_SECONDS: z.coerce.number().min(1).default(60),
  // Personal API tokens expire after this many days unless the creator asks otherwise (0 = never).
  CLOSELOOP_TOKEN_DAYS: z.coerce.number().int().min(0).default(90),
  // One known password for every demo login (workshops, screenshots); unset, each demo user gets a random one.
  CLOSELOOP_DEMO_PASSWORD: z.string().min(10, 'needs at least 10 characters').optional(),
});

export type AuthConfig = {
  sessionMs: number;
  scryptLogN: number;
  loginAccountAttempts: number;
  loginIpAttempts: number;
  loginRefillMs: number;
  tokenDays: number;
  demoPassword: string | undefined;
};

export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const parsed = AuthEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    sessionMs: e.CLOSELOOP_SESSION_HOURS * 3_600_000,
    scryptLogN: e.CLOSELOOP_SCRYPT_LOG_N,
    loginAccountAttempts: e.CLOSELOOP_LOGIN_ACCOUNT_ATTEMPTS,
    loginIpAttempts: e.CLOSELOOP_LOGIN_IP_ATTEMPTS,
    loginRefillMs: e.CLOSELOOP_LOGIN_REFILL_SECONDS * 1000,
    tokenDays: e.CLOSELOOP_TOKEN_DAYS,
    demoPassword: e.CLOSELOOP_DEMO_PASSWORD,
  };
}
