/** Loads a labelled request file and its world (a workspace file, or a generated demo world) for `eval-router`. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateDemoWorld } from '../../demo/index.ts';
import { routeRequest } from '../../domain/copilot/router/route-request.ts';
import { evaluateRouter, RouterFile, type RouterRun } from '../../domain/copilot/router/router-eval.ts';
import { UserError } from '../../domain/errors.ts';
import { type Workspace, WorkspaceV1 } from '../../domain/workspace/workspace-schema.ts';

function readJson(file: string, what: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UserError('invalid_file', `${file}: cannot read the ${what} (${(error as Error).message})`);
  }
}

function parsed<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
  },
  value: unknown,
  file: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(
    'invalid_file',
    `${path.basename(file)}: $.${issue.path.map(String).join('.')}: ${issue.message}`,
  );
}

export function loadRouterFile(file: string): { file: RouterFile; world: Workspace } {
  const requests = parsed(RouterFile, readJson(file, 'request file'), file);
  const world =
    requests.world.kind === 'workspace'
      ? parsed(
          WorkspaceV1,
          readJson(path.resolve(path.dirname(file), requests.world.path), 'workspace'),
          requests.world.path,
        )
      : generateDemoWorld({
          reps: requests.world.reps,
          oppsPerRep: requests.world.oppsPerRep,
          seed: requests.world.seed,
          ...(requests.world.asOf ? { asOf: requests.world.asOf } : {}),
        }).workspace;
  return { file: requests, world };
}

/** The deterministic router on every case of the file. */
export function evaluateRouterFile(file: string): RouterRun & { file: string; heldOut: boolean } {
  const { file: requests, world } = loadRouterFile(file);
  return {
    file,
    heldOut: requests.heldOut,
    ...evaluateRouter(requests, world, (text, index, now) => routeRequest(text, index, { now })),
  };
}
