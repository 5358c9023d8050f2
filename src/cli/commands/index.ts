/** Every CLI command, one module each; a command parses its flags, calls one service and formats the output. */
import type { Command } from 'commander';
import * as approve from './approve.ts';
import * as ask from './ask.ts';
import * as demo from './demo.ts';
import * as dispatch from './dispatch.ts';
import * as doNotContact from './do-not-contact.ts';
import * as evalCommand from './eval.ts';
import * as evalDrafts from './eval-drafts.ts';
import * as evalRouter from './eval-router.ts';
import * as explain from './explain.ts';
import * as exportCommand from './export.ts';
import * as guard from './guard.ts';
import * as importCommand from './import.ts';
import * as kb from './kb.ts';
import * as kpis from './kpis.ts';
import * as mcp from './mcp.ts';
import * as queue from './queue.ts';
import * as reject from './reject.ts';
import * as run from './run.ts';
import * as serve from './serve.ts';
import * as show from './show.ts';
import * as snooze from './snooze.ts';
import * as start from './start.ts';
import * as status from './status.ts';
import * as triage from './triage.ts';
import * as user from './user.ts';
import * as worker from './worker.ts';

export const commands: ReadonlyArray<(program: Command) => void> = [
  importCommand.register,
  exportCommand.register,
  status.register,
  demo.register,
  evalCommand.register,
  guard.register,
  evalDrafts.register,
  kb.register,
  mcp.register,
  run.register,
  triage.register,
  explain.register,
  worker.register,
  serve.register,
  user.register,
  start.register,
  queue.register,
  show.register,
  approve.register,
  reject.register,
  snooze.register,
  dispatch.register,
  doNotContact.register,
  ask.register,
  evalRouter.register,
  kpis.register,
];
