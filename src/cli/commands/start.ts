/**
 * `closeloop start` (`npm start`): the whole product in one command. An empty store gets a demo world and logins,
 * the morning mission runs with a progress bar, then the web app serves until Ctrl-C.
 */
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { sql } from 'drizzle-orm';
import { generateDemoWorld } from '../../demo/index.ts';
import { workspaceText } from '../../demo/output/json-text.ts';
import { UserError } from '../../domain/errors.ts';
import type { AppRuntime } from '../../runtime/app-runtime.ts';
import { serveRuntime, untilSignal } from '../../server/serve-runtime.ts';
import { authConfig } from '../../services/auth/auth-config.ts';
import { createDemoLogins, type DemoLogin } from '../../services/auth/demo-logins.ts';
import { followRun } from '../../services/missions/follow-run.ts';
import { completeRun, startRun } from '../../services/missions/run-mission.ts';
import { importWorkspace } from '../../services/workspace/import-workspace.ts';
import { readWorkspaceHead } from '../../store/crm-reads.ts';
import { queryRows } from '../../store/query-rows.ts';
import { ProgressLine } from '../progress-line.ts';
import { withRuntime } from '../with-runtime.ts';
import { parsePort } from './serve.ts';

type StartFlags = {
  port?: string;
  host?: string;
  run: boolean;
  reps: string;
  oppsPerRep: string;
  seed: string;
};

const whole = (name: string, value: string): number => {
  if (!/^\d+$/.test(value))
    throw new UserError('invalid_input', `--${name} expects a whole number, got "${value}"`);
  return Number(value);
};

/** A first start: a demo world in the store, and a login for everyone in it (returned once, to print). */
async function prepareWorld(
  runtime: AppRuntime,
  demo: { reps: number; oppsPerRep: number; seed: number },
  out: ProgressLine,
): Promise<DemoLogin[] | undefined> {
  const { db } = runtime.store;
  if (!(await readWorkspaceHead(db))) {
    out.log(
      `The store at ${runtime.store.location} is empty: generating a demo world (${demo.reps} reps × ${demo.oppsPerRep} deals, seed ${demo.seed})…`,
    );
    const world = generateDemoWorld(demo);
    const summary = await importWorkspace(runtime.store, Readable.from([workspaceText(world.workspace)]), {
      sourceName: 'demo world',
    });
    out.log(
      `Imported ${summary.counts.opportunities} opportunities, ${summary.counts.activities} activities for ${summary.counts.users} people.`,
    );
  }
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM credentials`);
  if (Number(row?.n ?? 0) > 0) return undefined;
  out.log('Giving every user a login…');
  return createDemoLogins(db, { config: authConfig() });
}

async function morningRun(runtime: AppRuntime, out: ProgressLine): Promise<void> {
  const run = await startRun(runtime.store, { repId: null, trigger: 'manual' }, runtime.mission);
  out.log(`Morning mission ${run.id} over ${run.deals} open deals:`);
  const follower = followRun(runtime.store.db, run.id, { onProgress: (p) => out.update(p), pollMs: 200 });
  const summary = await completeRun(runtime.store, run, runtime.mission, { boss: runtime.boss });
  await follower;
  out.done();
  out.log(
    `${summary.reasoned} reasoned, ${summary.unchanged} unchanged, ${summary.failed} failed, ${summary.proposals} new proposals.`,
  );
}

function printLogins(logins: DemoLogin[] | undefined, shared: string | undefined): void {
  if (!logins) {
    console.log(
      'Log in with the accounts created on the first start (reset one with `closeloop user passwd <email>`).',
    );
    return;
  }
  const shown =
    logins.length <= 20
      ? logins
      : [...logins.filter((l) => l.role !== 'rep'), ...logins.filter((l) => l.role === 'rep').slice(0, 8)];
  console.log(shared ? `Demo logins (password for all: ${shared}):` : 'Demo logins (passwords shown once):');
  for (const l of shown)
    console.log(`  ${l.role.padEnd(8)} ${l.email.padEnd(40)} ${shared ? '' : l.password}`);
  if (shown.length < logins.length)
    console.log(
      `  …and ${logins.length - shown.length} more reps (\`closeloop user list\`; reset with \`closeloop user passwd <email>\`).`,
    );
}

export function register(program: Command): void {
  program
    .command('start')
    .description(
      'everything in one command: a demo world if the store is empty, the morning mission, then the web app',
    )
    .option('--port <n>', 'port to listen on (default: $PORT or 4400)')
    .option('--host <addr>', 'address to bind (default: $HOST or 127.0.0.1)')
    .option('--no-run', 'skip the morning mission')
    .option('--reps <n>', 'reps in a generated demo world', '4')
    .option('--opps-per-rep <n>', 'deals per rep in a generated demo world', '30')
    .option('--seed <n>', 'seed of a generated demo world', '7')
    .addHelpText('after', '\nExamples:\n  $ npm start\n  $ closeloop start --port 8080 --no-run')
    .action(async (flags: StartFlags) => {
      const port = parsePort(flags.port);
      const demo = {
        reps: whole('reps', flags.reps),
        oppsPerRep: whole('opps-per-rep', flags.oppsPerRep),
        seed: whole('seed', flags.seed),
      };
      const out = new ProgressLine(process.stdout);
      await withRuntime(async (runtime) => {
        const logins = await prepareWorld(runtime, demo, out);
        if (flags.run) await morningRun(runtime, out);
        const server = await serveRuntime(runtime, { port, host: flags.host });
        console.log('');
        console.log(`closeloop is ready: open ${server.url}`);
        if (!server.webBuilt)
          console.log('(the web app is not built: run `npm run build`; the API works meanwhile)');
        printLogins(logins, authConfig().demoPassword);
        console.log('Ctrl-C stops it.');
        await untilSignal();
        console.log('closeloop: stopping…');
        await server.close();
      });
    });
}
