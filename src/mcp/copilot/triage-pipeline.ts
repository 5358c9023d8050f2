/** Triage of a rep's whole open pipeline, live: every deal's verdict, ranked by what to do first today. */
import { z } from 'zod';
import type { Actor } from '../../domain/access/actor.ts';
import { Verdict } from '../../domain/labels/labels-schema.ts';
import { Person } from '../../services/crm/crm-views.ts';
import { openDealIdsOf, resolveVisibleRep } from '../../services/crm/list-open-opportunities.ts';
import type { Reasoner } from '../../services/missions/mission-ports.ts';
import type { Db } from '../../store/open-store.ts';
import { assessAll, loadContexts } from './copilot-contexts.ts';
import { byUrgency, DealVerdict, dealVerdict } from './copilot-views.ts';

export const TriagePipelineInput = z.object({
  rep: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .describe("The rep's email or user id; yourself when omitted. A manager may name a rep on their team."),
  verdicts: z.array(Verdict).min(1).optional().describe('Only deals with these verdicts, e.g. ["act_now"]'),
  limit: z.number().int().min(1).max(500).default(50).describe('At most this many deals (1-500, default 50)'),
});
export const TriagePipelineOutput = z.object({
  rep: Person,
  /** The instant the deals were judged as of: the workspace's "now". */
  asOf: z.string(),
  counts: z.object({ act_now: z.number().int(), monitor: z.number().int(), no_action: z.number().int() }),
  deals: z.array(DealVerdict),
});
export type TriagePipelineInput = z.input<typeof TriagePipelineInput>;
export type TriagePipelineOutput = z.infer<typeof TriagePipelineOutput>;

export async function triagePipeline(
  db: Db,
  actor: Actor,
  reasoner: Reasoner,
  input: TriagePipelineInput,
): Promise<TriagePipelineOutput> {
  const { rep, verdicts, limit } = TriagePipelineInput.parse(input);
  const person = await resolveVisibleRep(db, actor, rep);
  const contexts = await loadContexts(db, await openDealIdsOf(db, [person.id]));
  const judged = (await assessAll(reasoner, contexts)).map(dealVerdict).sort(byUrgency);
  const counts = { act_now: 0, monitor: 0, no_action: 0 };
  for (const d of judged) counts[d.verdict] += 1;
  return {
    rep: person,
    asOf: contexts[0]?.asOf ?? '',
    counts,
    deals: judged.filter((d) => !verdicts || verdicts.includes(d.verdict)).slice(0, limit),
  };
}
