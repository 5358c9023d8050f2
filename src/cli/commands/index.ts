/** Every CLI command, one module each; a command parses its flags, calls one service and formats the output. */
import type { Command } from 'commander';
import * as exportCommand from './export.ts';
import * as importCommand from './import.ts';
import * as status from './status.ts';

export const commands: ReadonlyArray<(program: Command) => void> = [
  importCommand.register,
  exportCommand.register,
  status.register,
];
