/**
 * `askCopilot`: one request in a rep's words, end to end. Limits, routing (deterministic, or a model checked against
 * the same schema), the answer cache, the bounded plan of tool calls, the composed answer. Every step is an
 * observation on the request's stream; the last event is the answer. Surfaces (CLI, chat panel, MCP) are thin.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../domain/access/actor.ts';
import { CACHED_INTENTS, cacheDependencies, normalizeRequest } from '../../domain/copilot/cache-key.ts';
import { clarifyAnswer, composeAnswer, withStop } from '../../domain/copilot/compose/compose-answer.ts';
import { renderMarkdown } from '../../domain/copilot/compose/markdown.ts';
import {
  AskInput,
  type ComposedAnswer,
  type CopilotAnswer,
  type CopilotEvent,
  type CopilotRoute,
} from '../../domain/copilot/copilot-schema.ts';
import { emptyEvidence } from '../../domain/copilot/evidence.ts';
import type { RepRecords } from '../../domain/copilot/router/rep-records.ts';
import { UserError } from '../../domain/errors.ts';
import type { Observation } from '../../domain/observations/observation-schema.ts';
import { tokenBudget } from '../../llm/token-budget.ts';
import type { Db } from '../../store/open-store.ts';
import { readCrmHead } from '../crm/crm-head.ts';
import { type CopilotDeps, type CopilotDepsInput, copilotDeps } from './copilot-deps.ts';
import { loadRepRecords } from './load-rep-records.ts';
import { checkRequestLimits } from './request-limits.ts';
import { finishRequest, recordObservations, startRequest } from './request-store.ts';
import { decideRoute } from './route-decision.ts';
import { runPlan } from './run-plan.ts';
import { type CacheProbe, probeCache, recordHit, storeAnswer } from './semantic-cache.ts';

export const newRequestId = (): string => `cr_${randomBytes(6).toString('hex')}`;

function routeRefs(route: CopilotRoute): Observation['refs'] {
  return [
    ...(route.accountId ? [{ type: 'account' as const, id: route.accountId }] : []),
    ...(route.opportunityId ? [{ type: 'opportunity' as const, id: route.opportunityId }] : []),
    ...route.contactIds.map((id) => ({ type: 'contact' as const, id })),
  ];
}

/** Plan names as a rep types them ("pro", "enterprise"), for telling paraphrases about different plans apart. */
function productWords(records: RepRecords): string[] {
  const brand = normalizeRequest(records.sellerName).split(' ');
  return [...new Set(records.products.flatMap((p) => normalizeRequest(p.name).split(' ')))].filter(
    (w) => w.length > 1 && !brand.includes(w),
  );
}

/** The cache's say on a routed request: a hit (with its observation), a stale entry (and why), or nothing. */
async function consultCache(
  db: Db,
  deps: CopilotDeps,
  input: {
    userId: string;
    route: CopilotRoute;
    asOf: string;
    text: string;
    normalized: string;
    records: RepRecords;
    now: Date;
  },
): Promise<{ probe?: CacheProbe; note?: Observation }> {
  if (!CACHED_INTENTS.has(input.route.intent)) return {};
  const probe = await probeCache(db, {
    ...input,
    dependencies: cacheDependencies(input.route),
    embedder: deps.embedder,
    similarity: deps.config.cacheSimilarity,
    productWords: productWords(input.records),
  });
  const refs = routeRefs(input.route);
  if (probe.hit) {
    await recordHit(db, probe.hit.key, input.now);
    const similar = probe.hit.similarity
      ? ` (a paraphrase, similarity ${probe.hit.similarity.toFixed(2)})`
      : '';
    return {
      probe,
      note: {
        kind: 'evidence',
        title: `Answered from the cache${similar}: nothing it rests on has changed since ${probe.hit.at.toISOString().slice(0, 16)}Z`,
        refs,
        data: { cache: 'hit', dependencies: probe.versions },
      },
    };
  }
  return probe.stale
    ? { probe, note: { kind: 'reasoning', title: `Cache entry not used: ${probe.stale}`, refs } }
    : { probe };
}

/** Streams the request's observations, then its answer; the generator's return value is the answer too. */
export async function* askCopilot(
  db: Db,
  actor: Actor,
  rawInput: AskInput,
  depsInput: CopilotDepsInput = {},
): AsyncGenerator<CopilotEvent, CopilotAnswer> {
  const parsedInput = AskInput.safeParse(rawInput);
  if (!parsedInput.success)
    throw new UserError('invalid_input', parsedInput.error.issues[0]?.message ?? 'bad request');
  const { text } = parsedInput.data;
  const deps = copilotDeps(depsInput);
  const { config } = deps;
  const startedAt = performance.now();
  const now = deps.now();
  const allowance = await checkRequestLimits(db, actor, config, now);
  const asOf = parsedInput.data.asOf ?? (await readCrmHead(db)).asOf;
  const requestId = newRequestId();
  const normalized = normalizeRequest(text);
  await startRequest(db, { id: requestId, userId: actor.userId, text, normalized, asOf, createdAt: now });

  let seq = 1;
  const emit = async (items: Observation[], opportunityId?: string): Promise<CopilotEvent[]> => {
    const first = seq;
    const stamped = items.map((o) => ({ ...o, ...(opportunityId ? { opportunityId } : {}) }));
    seq = await recordObservations(db, requestId, seq, stamped);
    return items.map((observation, i) => ({ type: 'observation', requestId, seq: first + i, observation }));
  };
  const budget = tokenBudget(deps.model && !allowance.budgetNote ? allowance.llmTokens : 0);

  try {
    const records = await loadRepRecords(db, actor);
    const routing = await decideRoute({ text, records, asOf, model: deps.model, allowance, budget });
    const { decision, router } = routing;
    const routed: Observation =
      decision.kind === 'route'
        ? {
            kind: 'reasoning',
            title: decision.why,
            refs: routeRefs(decision.route),
            data: { router, intent: decision.route.intent, route: decision.route },
          }
        : {
            kind: 'reasoning',
            title: `Asked back: ${decision.clarification.question}`,
            refs: [],
            data: { router },
          };
    for (const e of await emit([...routing.notes, routed])) yield e;

    const route = decision.kind === 'route' ? decision.route : undefined;
    let composed: ComposedAnswer;
    let steps = 0;
    let cached = false;
    let probe: CacheProbe | undefined;
    if (decision.kind === 'clarify') composed = clarifyAnswer(decision.clarification);
    else {
      const { route } = decision;
      const cache = await consultCache(db, deps, {
        userId: actor.userId,
        route,
        asOf,
        text,
        normalized,
        records,
        now,
      });
      probe = cache.probe;
      if (cache.note) for (const e of await emit([cache.note])) yield e;
      if (probe?.hit) {
        composed = probe.hit.answer;
        cached = true;
      } else {
        const loop = runPlan(
          { db, actor, requestId, deps, budget },
          route,
          {
            request: text,
            asOf,
            timezone: records.timezone,
            recentActivities: config.recentActivities,
            knowledgePassages: config.knowledgePassages,
          },
          emptyEvidence(),
          {
            maxSteps: config.maxSteps,
            deadlineMs: config.deadlineMs,
            startedAt,
            clock: () => performance.now(),
          },
        );
        let next = await loop.next();
        while (!next.done) {
          for (const e of await emit([next.value], route.opportunityId)) yield e;
          next = await loop.next();
        }
        steps = next.value.steps;
        const answered = composeAnswer(route, next.value.evidence, {
          asOf,
          recentActivities: config.recentActivities,
        });
        composed = withStop(answered, next.value.stopped);
      }
    }

    const tokens = {
      input: Math.max(routing.tokens.input, budget.spent - routing.tokens.output),
      output: routing.tokens.output,
    };
    const latencyMs = Math.round(performance.now() - startedAt);
    const intent = route?.intent ?? (decision.kind === 'clarify' ? decision.intent : undefined);
    const answer: CopilotAnswer = {
      ...composed,
      requestId,
      ...(intent ? { intent } : {}),
      ...(route?.accountId ? { accountId: route.accountId } : {}),
      ...(route?.opportunityId ? { opportunityId: route.opportunityId } : {}),
      markdown: renderMarkdown(composed.title, composed.sections),
      cached,
      latencyMs,
      steps,
      router,
    };
    for (const e of await emit([
      {
        kind: 'conclusion',
        title: `${answer.status}: ${answer.title}`,
        refs: route ? routeRefs(route) : [],
        data: { status: answer.status, cached, steps, latencyMs },
      },
    ]))
      yield e;
    if (route && probe && !cached && (answer.status === 'answered' || answer.status === 'unknown'))
      await storeAnswer(db, {
        probe,
        userId: actor.userId,
        route,
        normalized,
        answer,
        at: now,
        embedder: deps.embedder,
      });
    await finishRequest(db, requestId, {
      status: answer.status,
      intent: answer.intent ?? null,
      router,
      route: route ?? null,
      answer,
      accountId: answer.accountId ?? null,
      opportunityId: answer.opportunityId ?? null,
      proposalId: answer.proposal?.id ?? null,
      cacheHit: cached,
      steps,
      inputTokens: tokens.input,
      outputTokens: tokens.output,
      costUsd:
        (tokens.input * config.usdPerMillionInputTokens + tokens.output * config.usdPerMillionOutputTokens) /
        1e6,
      latencyMs,
      finishedAt: deps.now(),
    });
    yield { type: 'answer', answer };
    return answer;
  } catch (error) {
    await finishRequest(db, requestId, {
      status: 'failed',
      latencyMs: Math.round(performance.now() - startedAt),
      finishedAt: deps.now(),
    }).catch(() => {});
    throw error;
  }
}

/** Runs a request to its answer, for callers that do not stream (the MCP tool, tests, the bench). */
export async function askCopilotOnce(
  db: Db,
  actor: Actor,
  input: AskInput,
  deps: CopilotDepsInput = {},
): Promise<CopilotAnswer> {
  const stream = askCopilot(db, actor, input, deps);
  let next = await stream.next();
  while (!next.done) next = await stream.next();
  return next.value;
}
