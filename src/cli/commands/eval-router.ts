/** `closeloop eval-router`: the copilot's router scored on labelled requests (intent, account, deal, people). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import { projectRoot } from '../../project-root.ts';
import { evaluateRouterFile } from '../../services/copilot/router-worlds.ts';

const DEFAULT_DIR = path.join(projectRoot, 'test', 'fixtures', 'router');

function defaultFiles(): string[] {
  try {
    return readdirSync(DEFAULT_DIR)
      .filter((f) => f.endsWith('.requests.json'))
      .sort()
      .map((f) => path.join(DEFAULT_DIR, f));
  } catch {
    throw new UserError('not_found', `no request files in ${DEFAULT_DIR}: name one with --file`);
  }
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function register(program: Command): void {
  program
    .command('eval-router')
    .description("score the copilot's router on labelled requests: task, account, deal and people")
    .option(
      '--file <path...>',
      'closeloop.router/v1 request files (default: test/fixtures/router/*.requests.json)',
    )
    .option('--json', 'print the scores and misses as JSON')
    .addHelpText(
      'after',
      '\nExample:\n  $ closeloop eval-router --file test/fixtures/router/northwind.requests.json',
    )
    .action((flags: { file?: string[]; json?: boolean }) => {
      const files = flags.file?.map((f) => path.resolve(f)) ?? defaultFiles();
      const runs = files.map(evaluateRouterFile);
      const cases = runs.reduce((n, r) => n + r.cases, 0);
      const correct = runs.reduce((n, r) => n + r.correct, 0);
      const held = runs.filter((r) => r.heldOut);
      const heldCases = held.reduce((n, r) => n + r.cases, 0);
      const heldCorrect = held.reduce((n, r) => n + r.correct, 0);
      const total = {
        cases,
        correct,
        accuracy: cases ? Math.round((correct / cases) * 1000) / 1000 : 0,
        heldOut: {
          cases: heldCases,
          correct: heldCorrect,
          accuracy: heldCases ? Math.round((heldCorrect / heldCases) * 1000) / 1000 : null,
        },
      };
      if (flags.json) {
        console.log(
          JSON.stringify(
            {
              ...total,
              files: runs.map(({ results: _, ...r }) => ({
                ...r,
                file: path.relative(process.cwd(), r.file),
              })),
            },
            null,
            2,
          ),
        );
        return;
      }
      for (const r of runs) {
        console.log(
          `${`${path.basename(r.file)}${r.heldOut ? ' (held out)' : ''}`.padEnd(40)} ${String(r.correct).padStart(3)}/${String(r.cases).padEnd(3)} accuracy ${pct(r.accuracy)}  intent ${pct(r.intentAccuracy)}  subject ${pct(r.subjectAccuracy)}${r.clarifyRecall === null ? '' : `  asks back when it should ${pct(r.clarifyRecall)}`}`,
        );
        for (const m of r.misses)
          console.log(`    miss: "${m.text}"\n          expected ${m.expected}\n          got      ${m.got}`);
      }
      console.log(
        `\nRouter accuracy: ${correct}/${cases} = ${pct(total.accuracy)} (deterministic router, offline)`,
      );
      if (heldCases)
        console.log(
          `On held-out requests (never tuned on): ${heldCorrect}/${heldCases} = ${pct(heldCorrect / heldCases)}`,
        );
    });
}
