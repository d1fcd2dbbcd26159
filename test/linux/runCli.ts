// `aarch64-mte run ARGS` in-process for tests: stdout and stderr collected as text, and the exit status.
import { runProgram } from '../../cli/commands/run.js';
import type { CommandIO } from '../../cli/command.js';

export function runCli(args: string[]): { status: number; stdout: string; stderr: string } {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const io: CommandIO = {
    stdout: (t) => out.push(Buffer.from(t)), stderr: (t) => err.push(Buffer.from(t)),
    stdoutBytes: (b) => out.push(Buffer.from(b)), stderrBytes: (b) => err.push(Buffer.from(b)),
  };
  const status = runProgram(args, io, { stdin: new Uint8Array(0) });
  return { status, stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1') };
}
