/** `closeloop demo`: writes a seeded, labelled demo world (workspace.json and labels.json) to a folder. */
import path from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../config/env.ts';
import { DEFAULT_AS_OF, DemoOptions, writeDemoWorld } from '../../demo/index.ts';
import { UserError } from '../../domain/errors.ts';
import { formatLogins, loadDemoWorld } from '../../services/workspace/load-demo-world.ts';
import { withStore } from '../with-store.ts';

function count(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value))
      throw new UserError('invalid_input', `--${name} expects a whole number, got "${value}"`);
    return Number(value);
  };
}

interface DemoFlags {
  reps: number;
  oppsPerRep: number;
  seed: number;
  asOf: string;
  out?: string;
  json?: boolean;
  load?: boolean;
}

export function register(program: Command): void {
  program
    .command('demo')
    .description(
      'generate a seeded demo world with its labels: realistic deals, mail, usage and product documents',
    )
    .option('--reps <n>', 'sales reps', count('reps'), 4)
    .option('--opps-per-rep <n>', 'opportunities per rep', count('opps-per-rep'), 30)
    .option('--seed <n>', 'the same seed and options give byte-identical files', count('seed'), 7)
    .option('--as-of <iso>', '"now" for the world (never the machine clock)', DEFAULT_AS_OF)
    .option('--out <dir>', 'folder for workspace.json and labels.json (default: $CLOSELOOP_HOME/demo)')
    .option('--json', 'print the summary as JSON')
    .option('--load', 'also import the world into the store and give every user a login (passwords printed)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ closeloop demo --out /tmp/demo\n  $ closeloop demo --reps 250 --opps-per-rep 400 --seed 7 --out /tmp/big',
    )
    .action(async (flags: DemoFlags) => {
      const parsed = DemoOptions.safeParse({
        reps: flags.reps,
        oppsPerRep: flags.oppsPerRep,
        seed: flags.seed,
        asOf: flags.asOf,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new UserError(
          'invalid_input',
          `--${String(issue?.path[0] ?? 'option').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}: ${issue?.message}`,
        );
      }
      const dir = path.resolve(flags.out ?? path.join(loadConfig().home, 'demo'));
      const started = performance.now();
      if (flags.load) {
        const loaded = await withStore((store) => loadDemoWorld(store, parsed.data, dir));
        const seconds = (performance.now() - started) / 1000;
        if (flags.json)
          return console.log(
            JSON.stringify({
              ...loaded.world,
              imported: loaded.imported.counts,
              logins: loaded.logins,
              seconds,
            }),
          );
        console.log(
          `Generated and imported a demo world in ${seconds.toFixed(1)} s: ${loaded.imported.counts.opportunities} opportunities, ${loaded.imported.counts.activities} activities (files in ${dir}).`,
        );
        console.log(`Logins (shown once):\n${formatLogins(loaded.logins)}`);
        return;
      }
      const summary = writeDemoWorld(parsed.data, dir);
      const seconds = (performance.now() - started) / 1000;
      if (flags.json) return console.log(JSON.stringify({ ...summary, seconds }));
      const c = summary.counts;
      const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
      console.log(
        [
          `Wrote a demo world (seed ${summary.options.seed}, as of ${summary.options.asOf}) in ${seconds.toFixed(1)} s:`,
          `  ${summary.workspacePath} (${mb(summary.bytes.workspace)}): ${c.users} users, ${c.accounts} accounts, ${c.contacts} contacts, ${c.opportunities} opportunities, ${c.activities} activities, ${c.usage} usage points, ${c.products} products, ${c.documents} documents`,
          `  ${summary.labelsPath} (${mb(summary.bytes.labels)}): ${c.labels} labels (${summary.verdicts.act_now} act_now, ${summary.verdicts.monitor} monitor, ${summary.verdicts.no_action} no_action); closed deals carry none`,
        ].join('\n'),
      );
    });
}
