/** The demo world as a stream of rep slices (for files of any size) and in memory (for tests and small demos). */
import { LABELS_FORMAT, type LabelsFile } from '../domain/labels/labels-schema.ts';
import {
  WORKSPACE_FORMAT,
  type Workspace,
  type WorkspaceHead,
} from '../domain/workspace/workspace-schema.ts';
import { CompanyNames } from './accounts/company-names.ts';
import { DOCUMENTS } from './catalog/documents.ts';
import { PRODUCTS } from './catalog/products.ts';
import { SELLER } from './catalog/seller.ts';
import { DEMO_PIPELINE } from './deal/stages.ts';
import { DemoOptions, type DemoOptionsInput } from './demo-options.ts';
import { buildTeam, type Team } from './people/team.ts';
import { createRng } from './random.ts';
import { generateRepSlice, type RepSlice } from './rep-world.ts';
import { SituationDeck } from './situations/deck.ts';

export interface DemoWorldPlan {
  readonly options: DemoOptions;
  readonly head: WorkspaceHead;
  readonly team: Team;
  /** Rep by rep, in order; each slice is independent of the next, so a caller can write and drop it. */
  slices(): Generator<RepSlice>;
}

export function planDemoWorld(input: DemoOptionsInput = {}): DemoWorldPlan {
  const options = DemoOptions.parse(input);
  const repWidth = Math.max(3, String(options.reps).length);
  const team = buildTeam(createRng(`${options.seed}/team`), options.reps, repWidth);
  const head: WorkspaceHead = {
    format: WORKSPACE_FORMAT,
    asOf: options.asOf,
    seller: { name: SELLER.name, domains: [...SELLER.domains] },
    pipeline: DEMO_PIPELINE,
  };
  return {
    options,
    head,
    team,
    *slices() {
      const ctx = {
        seed: options.seed,
        asOfMs: Date.parse(options.asOf),
        oppsPerRep: options.oppsPerRep,
        repWidth,
        dealWidth: Math.max(3, String(options.oppsPerRep).length),
        deck: new SituationDeck(options.seed),
        names: new CompanyNames(),
      };
      for (const rep of team.reps) yield generateRepSlice(ctx, rep);
    },
  };
}

export interface DemoWorld {
  readonly workspace: Workspace;
  readonly labels: LabelsFile;
  /** The situation behind each opportunity id; not part of either file. */
  readonly situations: ReadonlyMap<string, string>;
}

/** The whole world in memory: for tests and small sizes (the CLI streams large ones to disk instead). */
export function generateDemoWorld(input: DemoOptionsInput = {}): DemoWorld {
  const plan = planDemoWorld(input);
  const workspace: Workspace = {
    ...plan.head,
    users: [...plan.team.users],
    accounts: [],
    contacts: [],
    opportunities: [],
    activities: [],
    usage: [],
    products: [...PRODUCTS],
    documents: [...DOCUMENTS],
  };
  const labels: LabelsFile = { format: LABELS_FORMAT, labels: [] };
  const situations = new Map<string, string>();
  for (const slice of plan.slices()) {
    workspace.accounts.push(...slice.accounts);
    workspace.contacts.push(...slice.contacts);
    workspace.opportunities.push(...slice.opportunities);
    workspace.activities.push(...slice.activities);
    workspace.usage?.push(...slice.usage);
    labels.labels.push(...slice.labels);
    slice.opportunities.forEach((o, i) => {
      situations.set(o.id, slice.situations[i] ?? '');
    });
  }
  return { workspace, labels, situations };
}
