/** What closeloop's MCP tools work with besides the store and the caller: the reasoner, guardrails, search and links. */
import type { Actor } from '../domain/access/actor.ts';
import { deterministicReasoner } from '../domain/triage/reasoner.ts';
import type { DecisionDepsInput } from '../services/decisions/decision-deps.ts';
import type { Embedder } from '../services/knowledge/embedder.ts';
import type { DraftGuard, Reasoner } from '../services/missions/mission-ports.ts';
import type { Db } from '../store/open-store.ts';

export type McpDeps = {
  /** Assesses deals for the copilot tools: the deterministic engine unless the app wires a model in. */
  reasoner: Reasoner;
  /** Checks a proposed draft before it enters the queue; without one, only the queue's own checks run. */
  guard?: DraftGuard | undefined;
  /** Ranks knowledge by meaning as well as words when set. */
  embedder?: Embedder | undefined;
  /** Where people open closeloop (https://closeloop.example.com): proposal links point there. */
  publicUrl?: string | undefined;
  decisions?: DecisionDepsInput | undefined;
};

/** Everything a tool handler receives: one store, one authenticated caller, the shared deps. */
export type ToolContext = { db: Db; actor: Actor; deps: McpDeps };

export function mcpDeps(overrides: Partial<McpDeps> = {}): McpDeps {
  return { reasoner: deterministicReasoner(), ...overrides };
}
