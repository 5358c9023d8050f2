/** The copilot's configuration from the environment (CLOSELOOP_COPILOT_*), on top of the domain's defaults. */
import { z } from 'zod';
import { CopilotConfig, type CopilotConfigInput } from '../../domain/copilot/copilot-config.ts';
import { UserError } from '../../domain/errors.ts';

const int = z.coerce.number().int();
const num = z.coerce.number();

const CopilotEnv = z.object({
  CLOSELOOP_COPILOT_MAX_STEPS: int.optional(),
  CLOSELOOP_COPILOT_DEADLINE_MS: int.optional(),
  CLOSELOOP_COPILOT_REQUESTS_PER_MINUTE: int.optional(),
  CLOSELOOP_COPILOT_REQUESTS_PER_HOUR: int.optional(),
  CLOSELOOP_COPILOT_LLM_TOKENS_PER_DAY: int.optional(),
  CLOSELOOP_COPILOT_LLM_TOKENS_PER_REQUEST: int.optional(),
  CLOSELOOP_COPILOT_CACHE_SIMILARITY: num.optional(),
  CLOSELOOP_LLM_USD_PER_M_INPUT: num.optional(),
  CLOSELOOP_LLM_USD_PER_M_OUTPUT: num.optional(),
  /** JSON object of task → minutes, e.g. {"prepare_brief":30}: the time-saved baseline. */
  CLOSELOOP_MINUTES_PER_TASK: z.string().optional(),
});

export function copilotConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: CopilotConfigInput = {},
): CopilotConfig {
  const parsed = CopilotEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError('invalid_input', `environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  let minutes: unknown = {};
  if (e.CLOSELOOP_MINUTES_PER_TASK) {
    try {
      minutes = JSON.parse(e.CLOSELOOP_MINUTES_PER_TASK);
    } catch {
      throw new UserError(
        'invalid_input',
        'CLOSELOOP_MINUTES_PER_TASK: expected JSON such as {"prepare_brief":30}',
      );
    }
  }
  const input: CopilotConfigInput = {
    maxSteps: e.CLOSELOOP_COPILOT_MAX_STEPS,
    deadlineMs: e.CLOSELOOP_COPILOT_DEADLINE_MS,
    requestsPerMinute: e.CLOSELOOP_COPILOT_REQUESTS_PER_MINUTE,
    requestsPerHour: e.CLOSELOOP_COPILOT_REQUESTS_PER_HOUR,
    llmTokensPerUserPerDay: e.CLOSELOOP_COPILOT_LLM_TOKENS_PER_DAY,
    llmTokensPerRequest: e.CLOSELOOP_COPILOT_LLM_TOKENS_PER_REQUEST,
    cacheSimilarity: e.CLOSELOOP_COPILOT_CACHE_SIMILARITY,
    usdPerMillionInputTokens: e.CLOSELOOP_LLM_USD_PER_M_INPUT,
    usdPerMillionOutputTokens: e.CLOSELOOP_LLM_USD_PER_M_OUTPUT,
    minutesPerTask: minutes as CopilotConfigInput['minutesPerTask'],
    ...overrides,
  };
  const config = CopilotConfig.safeParse(
    Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  );
  if (!config.success) {
    const issue = config.error.issues[0]!;
    throw new UserError('invalid_input', `copilot setting ${issue.path.join('.')}: ${issue.message}`);
  }
  return config.data;
}
