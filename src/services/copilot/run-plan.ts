/**
 * The bounded loop: asks the task's plan what to call next, calls it, records the step as an observation, and
 * stops at the step limit, at the deadline, or the moment a plan asks for a call it already made (never a spiral).
 */
import type { CopilotRoute } from '../../domain/copilot/copilot-schema.ts';
import type { Evidence } from '../../domain/copilot/evidence.ts';
import { nextCalls, type PlanContext } from '../../domain/copilot/plans.ts';
import { callSignature, type ToolCall } from '../../domain/copilot/tool-call.ts';
import { isUserError } from '../../domain/errors.ts';
import type { Observation } from '../../domain/observations/observation-schema.ts';
import { copilotTools } from './tools/index.ts';
import type { CopilotToolContext, ToolOutcome } from './tools/tool-kit.ts';

export type PlanRun = {
  evidence: Evidence;
  steps: number;
  /** Why the loop stopped before the plan was done, in words for the rep. */
  stopped?: string;
};

export type Planner = typeof nextCalls;

export type PlanLoopOptions = {
  maxSteps: number;
  deadlineMs: number;
  startedAt: number;
  clock: () => number;
  /** What to call next; the task plans by default. A model-driven planner plugs in here, under the same bounds. */
  planner?: Planner;
};

class Deadline extends Error {}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Deadline(`no answer within ${ms} ms`)), Math.max(1, ms));
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

const describeCall = (call: ToolCall) => `${call.tool}(${JSON.stringify(call.input).slice(0, 160)})`;

function stop(evidence: Evidence, steps: number, why: string): { run: PlanRun; observation: Observation } {
  return {
    run: { evidence, steps, stopped: why },
    observation: { kind: 'error', title: `Stopped: ${why}`, refs: [], data: { steps } },
  };
}

/** Yields each step's observations as they happen; returns what was gathered. */
export async function* runPlan(
  ctx: CopilotToolContext,
  route: CopilotRoute,
  plan: PlanContext,
  start: Evidence,
  options: PlanLoopOptions,
): AsyncGenerator<Observation, PlanRun> {
  let evidence = start;
  let steps = 0;
  const made = new Set<string>();
  for (;;) {
    const calls = (options.planner ?? nextCalls)(route, evidence, plan);
    if (calls.length === 0) return { evidence, steps };
    for (const call of calls) {
      const signature = callSignature(call);
      const elapsed = options.clock() - options.startedAt;
      let halt: string | undefined;
      if (made.has(signature))
        halt = `the plan asked for ${describeCall(call)} a second time; the same call gives the same answer, so I stopped rather than loop`;
      else if (steps >= options.maxSteps)
        halt = `the step limit (${options.maxSteps} tool calls) was reached before ${call.tool}`;
      else if (elapsed >= options.deadlineMs)
        halt = `the deadline (${options.deadlineMs} ms) passed before ${call.tool}`;
      if (halt) {
        const stopped = stop(evidence, steps, halt);
        yield stopped.observation;
        return stopped.run;
      }
      made.add(signature);
      steps += 1;
      const tool = copilotTools[call.tool];
      const parsed = tool.input.safeParse(call.input);
      if (!parsed.success) {
        const stopped = stop(
          evidence,
          steps,
          `${call.tool} was called with input it does not accept: ${parsed.error.issues[0]?.message}`,
        );
        yield stopped.observation;
        return stopped.run;
      }
      const began = options.clock();
      let outcome: ToolOutcome;
      try {
        outcome = await withDeadline(tool.run(ctx, parsed.data), options.deadlineMs - elapsed);
      } catch (error) {
        if (!(error instanceof Deadline) && !isUserError(error)) throw error;
        const stopped = stop(evidence, steps, `${call.tool} failed: ${error.message}`);
        yield stopped.observation;
        return stopped.run;
      }
      evidence = outcome.absorb(evidence);
      yield {
        kind: 'evidence',
        title: `${call.tool}: ${outcome.summary}`,
        detail: call.why,
        refs: outcome.refs,
        data: { tool: call.tool, input: call.input, ms: Math.round(options.clock() - began), step: steps },
      };
      for (const o of outcome.observations ?? []) yield o;
    }
  }
}
