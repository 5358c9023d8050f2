/** Process configuration from the environment, validated once; the README's configuration table lists each key. */
import path from 'node:path';
import { z } from 'zod';
import { UserError } from '../domain/errors.ts';

const EnvSchema = z.object({
  CLOSELOOP_HOME: z.string().min(1).default('./.closeloop'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL')
    .optional(),
  // How long a second process waits for the embedded store before giving up with the holder's name.
  CLOSELOOP_LOCK_WAIT_MS: z.coerce.number().int().min(0).default(3000),
});

export type AppConfig = {
  home: string;
  databaseUrl: string | undefined;
  lockWaitMs: number;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    home: path.resolve(e.CLOSELOOP_HOME),
    databaseUrl: e.DATABASE_URL,
    lockWaitMs: e.CLOSELOOP_LOCK_WAIT_MS,
  };
}
