/** `closeloop serve`: the web app and its API on one port, holding the store until SIGINT or SIGTERM. */
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { serveRuntime, untilSignal } from '../../server/serve-runtime.ts';
import { withRuntime } from '../with-runtime.ts';

type ServeFlags = { port?: string; host?: string; missions: boolean; dispatch: boolean };

export function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 65_535)
    throw new UserError('invalid_input', `--port expects 0-65535, got "${value}"`);
  return Number(value);
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'serve the web app and its API (Today view, approvals, manager view, /metrics) until stopped',
    )
    .option('--port <n>', 'port to listen on (default: $PORT or 4400)')
    .option('--host <addr>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('--no-missions', 'do not run missions in this process ("Run now" answers 409)')
    .option('--no-dispatch', 'do not send approved messages from this process (a `closeloop worker` does)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop serve\n  $ PORT=8080 HOST=0.0.0.0 closeloop serve\n\nLog in with an account from `closeloop user add` or `closeloop demo --load`.',
    )
    .action(async (flags: ServeFlags) => {
      const port = parsePort(flags.port);
      await withRuntime(async (runtime) => {
        const server = await serveRuntime(runtime, {
          port,
          host: flags.host,
          missions: flags.missions,
          dispatch: flags.dispatch,
        });
        console.log(`closeloop is serving ${runtime.store.location} at ${server.url}`);
        if (!server.webBuilt)
          console.log('(the web app is not built: run `npm run build`; the API works meanwhile)');
        const signal = await untilSignal();
        console.log(`closeloop: ${signal}, stopping: finishing requests in flight, then closing the store`);
        await server.close();
      });
    });
}
