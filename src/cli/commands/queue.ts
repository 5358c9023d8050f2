/** `closeloop queue`: the proposals waiting for a person (or in flight), most urgent first. */
import type { Command } from 'commander';
import { proposalStates } from '../../domain/proposals/proposal-schema.ts';
import { listQueue } from '../../services/decisions/list-queue.ts';
import type { QueueItem } from '../../services/decisions/queue-item.ts';
import { actingUser } from '../acting-user.ts';
import { withRuntime } from '../with-runtime.ts';

type Flags = {
  rep?: string;
  state?: string[];
  snoozed?: boolean;
  review?: boolean;
  as?: string;
  json?: boolean;
  limit: string;
};

const kindLabel: Record<QueueItem['kind'], string> = {
  send_email: 'email',
  schedule_meeting: 'meeting',
  update_opportunity: 'crm',
  log_activity: 'log',
};

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat.padEnd(width) : `${flat.slice(0, width - 1)}…`;
}

/** The one thing to do next about an item, if the queue can say it. */
function nextStep(item: QueueItem): string | undefined {
  const d = item.delivery;
  if (item.state === 'failed')
    return `failed: ${d?.lastError ?? item.stateReason} → closeloop dispatch --retry ${item.id}`;
  if (d?.status === 'unconfirmed')
    return `may have been sent (${d.lastError}); check, then closeloop dispatch --confirm-sent ${item.id} or --not-sent ${item.id}`;
  if (item.state === 'approved' && d?.attempts) return item.stateReason ?? undefined;
  return undefined;
}

export function formatQueue(items: readonly QueueItem[]): string {
  if (items.length === 0) return 'Nothing waiting.';
  const lines = items.map((i) => {
    const who = i.to.length > 0 ? i.to.join(', ') : i.opportunityName;
    const flags = [
      i.blocked ? '[blocked]' : '',
      i.conflicts.length > 0 ? `[same contact as ${i.conflicts.join(', ')}]` : '',
      i.snoozedUntil ? `[snoozed until ${i.snoozedUntil.slice(0, 10)}]` : '',
      i.sampledForReview ? '[sampled for review]' : '',
    ].filter(Boolean);
    const head = `${i.id}  ${cut(`${i.opportunityId} ${i.accountName}`, 24)}  ${kindLabel[i.kind].padEnd(7)}  ${i.state.padEnd(9)}  ${cut(who, 28)}  ${cut(i.subject, 40)}${flags.length ? `  ${flags.join(' ')}` : ''}`;
    const step = nextStep(i);
    return step ? `${head.trimEnd()}\n    ${step}` : head.trimEnd();
  });
  return [
    ...lines,
    '',
    `${items.length} item${items.length === 1 ? '' : 's'}. Open one with: closeloop show <id>`,
  ].join('\n');
}

export function register(program: Command): void {
  program
    .command('queue')
    .description('list the proposals waiting for a decision (or still being sent), most urgent first')
    .option('--rep <email>', "one rep's queue (a manager sees their team's)")
    .option('--state <state...>', `only these states (${proposalStates.join(', ')})`)
    .option('--snoozed', 'include snoozed proposals')
    .option('--review', "approvals picked for a manager's second look")
    .option('--limit <n>', 'at most this many', '200')
    .option('--as <email>', 'act as this user (default: $CLOSELOOP_USER)')
    .option('--json', 'print as JSON')
    .action(async (flags: Flags) => {
      const items = await withRuntime(
        async ({ store, decisions }) =>
          listQueue(
            store.db,
            await actingUser(store.db, flags.as),
            {
              rep: flags.rep,
              states: flags.state as QueueItem['state'][] | undefined,
              includeSnoozed: Boolean(flags.snoozed),
              sampledOnly: Boolean(flags.review),
              limit: Number(flags.limit),
            },
            decisions,
          ),
        { jobs: false },
      );
      console.log(flags.json ? JSON.stringify(items, null, 2) : formatQueue(items));
    });
}
