/** Maps any error to one clear line on stderr and an exit code; stack traces only with --debug. */
import { ServerFault, UserError } from '../domain/errors.ts';

export function reportCliError(error: unknown, debug: boolean): number {
  if (debug && error instanceof Error) console.error(error.stack);
  if (error instanceof UserError) {
    console.error(`closeloop: ${error.message}`);
    return error.code === 'blocked' ? 3 : 2;
  }
  if (error instanceof ServerFault) {
    console.error(`closeloop: internal error (${error.code}): ${error.message}`);
    return 1;
  }
  const message = error instanceof Error ? error.message : String(error);
  console.error(`closeloop: ${message}${debug ? '' : ' (run with --debug for details)'}`);
  return 1;
}
