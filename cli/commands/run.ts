// The `aarch64-mte run` subcommand (being built; see its issue). Until then it says so and exits non-zero.
import type { Command } from '../command.js';

export const runCommand: Command = {
  name: 'run',
  summary: 'not available yet',
  help: 'Usage: aarch64-mte run ... (not available yet)\n',
  run(_args, io) {
    io.stderr('aarch64-mte run: not available yet\n');
    return 1;
  },
};
