/**
 * `npm run bench:guard`: guardrail cost per draft (target < 2 ms once a deal's context is built) on 2,000 deals with
 * five emails each, and the cost per draft on every development corpus, whose drafts are long replies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { GuardCorpusV1 } from '../src/domain/guardrails/guard-corpus.ts';
import { guardDraft } from '../src/domain/guardrails/guard-draft.ts';
import {
  aContact,
  anAccount,
  anEmail,
  anOpportunity,
  aWorld,
} from '../src/domain/guardrails/guard-test-factories.ts';
import { buildGuardIndex } from '../src/domain/guardrails/index/guard-index.ts';
import { WorkspaceV1 } from '../src/domain/workspace/workspace-schema.ts';

const DEALS = 2000;

function aLargeWorld() {
  const accounts = [];
  const contacts = [];
  const opportunities = [];
  const activities = [];
  for (let i = 0; i < DEALS; i++) {
    accounts.push(anAccount({ id: `a-${i}`, name: `Company${i} Industries`, domain: `company${i}.com` }));
    contacts.push(
      aContact({
        id: `c-${i}`,
        accountId: `a-${i}`,
        name: `Person${i} Last`,
        email: `p${i}@company${i}.com`,
      }),
    );
    opportunities.push(anOpportunity({ id: `o-${i}`, accountId: `a-${i}` }));
    for (let j = 0; j < 5; j++) {
      activities.push(
        anEmail({
          accountId: `a-${i}`,
          opportunityId: `o-${i}`,
          from: `p${i}@company${i}.com`,
          body: `We have ${40 + j} users; the budget opens on March ${j + 3}. Legal expects redlines in about ${j + 1} weeks.`,
        }),
      );
    }
  }
  return aWorld({ accounts, contacts, opportunities, activities });
}

/** CPU milliseconds per call: on a shared machine waiting for a core is not the guard's cost. */
function cpuMsPer(n: number, work: (i: number) => void): number {
  const started = process.cpuUsage();
  for (let i = 0; i < n; i++) work(i);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / n;
}

let started = performance.now();
const index = buildGuardIndex(aLargeWorld());
console.log(`index ${DEALS.toLocaleString('en-US')} deals: ${(performance.now() - started).toFixed(0)} ms`);
const body =
  'Hi,\n\nEnterprise includes SAML single sign-on with Okta and EU hosting in Frankfurt, at $65 per seat per month, ' +
  'billed annually. On a three-year commitment that is 10% off. Could we find 20 minutes next week?\n\nBest,\nDana';
const draft = (i: number) => ({
  opportunityId: `o-${i % DEALS}`,
  to: [`p${i % DEALS}@company${i % DEALS}.com`],
  cc: [],
  subject: 'Next steps',
  body,
});
const first = cpuMsPer(DEALS, (i) => guardDraft(index, draft(i)));
const warm = Math.min(...[0, 1, 2, 3, 4].map(() => cpuMsPer(DEALS, (i) => guardDraft(index, draft(i)))));
console.log(`short draft, first check of each deal: ${first.toFixed(2)} ms CPU`);
console.log(`short draft, deal context built: ${warm.toFixed(2)} ms CPU (target < 2 ms)`);

const dir = new URL('../test/fixtures/guard-dev/', import.meta.url);
for (const file of readdirSync(dir).filter((f) => f.endsWith('corpus.json'))) {
  const workspace = file === 'corpus.json' ? 'workspace.json' : file.replace('-corpus', '-workspace');
  const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  started = performance.now();
  const worldIndex = buildGuardIndex(WorkspaceV1.parse(read(workspace)));
  const indexMs = performance.now() - started;
  const { cases } = GuardCorpusV1.parse(read(file));
  for (const c of cases) guardDraft(worldIndex, c.draft);
  const perDraft = cpuMsPer(cases.length, (i) => guardDraft(worldIndex, cases[i]!.draft));
  console.log(
    `${file.padEnd(26)} ${cases.length} drafts: ${perDraft.toFixed(2)} ms CPU each, index ${indexMs.toFixed(0)} ms`,
  );
}
