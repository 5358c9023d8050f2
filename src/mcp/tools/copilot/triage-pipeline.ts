/** MCP tool copilot_triage_pipeline: which of a rep's deals need action today, ranked, each with its reason. */
import { TriagePipelineInput, TriagePipelineOutput, triagePipeline } from '../../copilot/triage-pipeline.ts';
import { lines } from '../../render/render-text.ts';
import { renderVerdict } from '../../render/render-verdict.ts';
import { defineTool, READ_ONLY } from '../../tool-definition.ts';

export const copilotTriagePipeline = defineTool({
  name: 'copilot_triage_pipeline',
  title: "Triage a rep's pipeline",
  description:
    "Judge every open deal of a rep (yourself by default) as closeloop's morning mission does: act_now (with the next-best-action: deliver a missed commitment, answer the customer, re-engage, resume after a deferral, address a usage drop, start a renewal, multithread...), monitor (e.g. the customer asked to wait until a date) or no_action, ranked by what to do first, each with a one-line why. Use copilot_explain_deal for the evidence behind one verdict.",
  input: TriagePipelineInput,
  output: TriagePipelineOutput,
  hints: READ_ONLY,
  run: ({ db, actor, deps }, input) => triagePipeline(db, actor, deps.reasoner, input),
  render: ({ rep, asOf, counts, deals }) =>
    lines(
      `${rep.name}'s pipeline as of ${asOf}: ${counts.act_now} to act on now, ${counts.monitor} to monitor, ${counts.no_action} on track.`,
      ...deals.map(renderVerdict),
    ),
});
