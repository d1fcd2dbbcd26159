// createLinuxProcess() with the project's machine (emulator/machine createMachine): the entry point the command
// line and the debugger use.
import type { ProcessOptions } from '../machine/api.js';
import { createMachine } from '../machine/index.js';
import { createLinuxProcessWith, type CreateProcessResult } from './process.js';

/** Creates a Linux process for a program on a new machine. */
export function createLinuxProcess(options: ProcessOptions): CreateProcessResult {
  return createLinuxProcessWith(options, ({ memoryLimitBytes, seed }) => createMachine({ memoryLimitBytes, seed }));
}
