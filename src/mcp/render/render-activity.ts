/** One activity as a few readable lines: when, who, what kind, and the author's own words. */
import type { ActivityView } from '../../services/crm/activity-view.ts';
import { clip, facts, indent } from './render-text.ts';

export function renderActivity(a: ActivityView, maxText = 600): string {
  const who = a.from ? `${a.from}${a.to?.length ? ` → ${a.to.join(', ')}` : ''}` : undefined;
  const head = `- ${a.occurredAt} ${a.type}${a.direction ? ` (${a.direction})` : ''} [${a.id}] ${facts([
    ['deal', a.opportunityId],
    ['from', who],
    ['subject', a.subject],
    ['status', a.status],
    ['starts', a.startsAt],
    ['due', a.dueAt],
    ['thread', a.threadId],
  ])}`;
  return a.text ? `${head}\n${indent(clip(a.text, maxText))}` : head;
}
