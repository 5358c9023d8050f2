/** `closeloop approve <id>`: approve as drafted, or edited (--edit in $EDITOR, --body-file); sent exactly once. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../domain/errors.ts';
import type { ProposalPayload } from '../../domain/proposals/proposal-schema.ts';
import {
  type Approval,
  approveInternalBatch,
  approveProposal,
} from '../../services/decisions/approve-proposal.ts';
import { payloadToText, textToPayload, withBody } from '../../services/decisions/draft-text.ts';
import { dispatchOnce } from '../../services/decisions/outbox/dispatch-once.ts';
import { configuredTransport } from '../../services/decisions/outbox/run-dispatcher.ts';
import { openProposal } from '../../services/decisions/proposal-view.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

type Flags = {
  edit?: boolean;
  bodyFile?: string;
  override?: string;
  send?: boolean;
  as?: string;
  json?: boolean;
};

function editInEditor(text: string, name: string): string {
  const editor = process.env.VISUAL || process.env.EDITOR;
  if (!editor) throw new UserError('invalid_input', 'set $EDITOR (or use --body-file) to edit the draft');
  const dir = mkdtempSync(path.join(tmpdir(), 'closeloop-edit-'));
  const file = path.join(dir, name);
  try {
    writeFileSync(file, text);
    // Through the shell: EDITOR is often a command with flags ("code --wait").
    const run = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (run.status !== 0)
      throw new UserError(
        'invalid_input',
        `the editor exited with ${run.status ?? run.signal}; nothing approved`,
      );
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function describe(a: Approval): string {
  const lines = [
    `${a.edited ? 'Edited and approved' : 'Approved'} ${a.proposalId}${a.state === 'done' ? ' and applied to the CRM.' : '.'}`,
  ];
  if (a.outboxId)
    lines.push('Queued to send exactly once: closeloop dispatch sends it (the worker does so on its own).');
  if (a.overridden.length > 0) lines.push(`Sent despite: ${a.overridden.map((i) => i.message).join('; ')}.`);
  if (a.sampledForReview) lines.push("Picked for a manager's second look.");
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('approve')
    .description('approve a proposal (as drafted or edited); emails and invites go out exactly once')
    .argument('<proposalId...>', 'the proposal; several only for internal CRM changes and logs')
    .option('--edit', 'edit the draft in $EDITOR before approving')
    .option('--body-file <file>', 'replace the email body (or meeting agenda) with this file')
    .option(
      '--override <reason>',
      "send despite the customer's deferral or the weekly contact limit, saying why",
    )
    .option('--send', 'run the outbox right after approving')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(async (ids: string[], flags: Flags) => {
      const result = await withRuntime(
        async ({ store, decisions }) => {
          const actor = await actingUser(store.db, flags.as);
          if (ids.length > 1) {
            if (flags.edit || flags.bodyFile || flags.override)
              throw new UserError('invalid_input', 'edit and override one proposal at a time');
            return {
              kind: 'batch' as const,
              batch: await approveInternalBatch(store.db, actor, { proposalIds: ids }, decisions),
            };
          }
          const proposalId = ids[0]!;
          let edited: ProposalPayload | undefined;
          if (flags.edit || flags.bodyFile) {
            // Reading the draft in the editor is opening it: the decision clock starts here.
            const view = await openProposal(store.db, actor, { proposalId }, decisions);
            const current = view.approved ?? view.draft;
            edited = flags.bodyFile
              ? withBody(current, readFileSync(flags.bodyFile, 'utf8'))
              : textToPayload(current, editInEditor(payloadToText(current), `${proposalId}.txt`));
          }
          const approval = await approveProposal(
            store.db,
            actor,
            { proposalId, edited, override: flags.override ? { reason: flags.override } : undefined },
            decisions,
          );
          const dispatched = flags.send
            ? await dispatchOnce(store.db, {
                transport: configuredTransport(decisions.config),
                config: decisions.config,
              })
            : undefined;
          return { kind: 'one' as const, approval, dispatched };
        },
        { jobs: false },
      );
      if (flags.json) return console.log(JSON.stringify(result, null, 2));
      if (result.kind === 'batch') {
        for (const r of result.batch)
          console.log(r.ok ? describe(r.approval) : `${r.proposalId}: ${r.error}`);
        if (result.batch.some((r) => !r.ok)) process.exitCode = 3;
        return;
      }
      console.log(describe(result.approval));
      if (result.dispatched)
        console.log(
          `Outbox: ${result.dispatched.sent} sent, ${result.dispatched.retrying} to retry, ${result.dispatched.failed} failed, ${result.dispatched.unconfirmed} unconfirmed.`,
        );
    });
}
