// The `aarch64-mte as` subcommand (being built; see its issue). Until then it says so and exits non-zero.
import type { Command } from '../command.js';

export const asCommand: Command = {
  name: 'as',
  summary: 'not available yet',
  help: 'Usage: aarch64-mte as ... (not available yet)\n',
  run(_args, io) {
    io.stderr('aarch64-mte as: not available yet\n');
    return 1;
  },
};
