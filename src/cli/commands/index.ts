/** Every CLI command, one module each; a command parses its flags, calls one service and formats the output. */
import type { Command } from 'commander';

export const commands: ReadonlyArray<(program: Command) => void> = [];
