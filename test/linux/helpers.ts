// Test helpers for the Linux layer: a process around a tiny program image on the real machine, a HostIO that
// records output, and a way to make a system call directly through the kernel (as the machine does on SVC)
// without executing guest instructions.
import type { HostIO, SandboxFileSystem, StopReason } from '../../emulator/machine/api.js';
import type { ProgramImage } from '../../emulator/program.js';
import { createLinuxProcess, type EmulatedProcess } from '../../emulator/linux/index.js';

export interface RecordingHost extends HostIO {
  stdout: number[];
  stderr: number[];
  stdin: number[] | undefined;
  text(): string;
}

export function recordingHost(files?: SandboxFileSystem, stdin?: number[]): RecordingHost {
  const host: RecordingHost = {
    stdout: [], stderr: [], stdin,
    writeStdout(b) { host.stdout.push(...b); },
    writeStderr(b) { host.stderr.push(...b); },
    readStdin(max) {
      if (host.stdin === undefined) return undefined;
      const chunk = host.stdin.splice(0, max);
      return Uint8Array.from(chunk);
    },
    nowNanoseconds: () => 1_700_000_000_123_456_789n,
    files,
    text: () => Buffer.from(host.stdout).toString('latin1'),
  };
  return host;
}

/** A program of `words` instructions at 0x400000 (entry) plus a writable data page at 0x410000. */
export function tinyImage(words: number[] = [0xd503201f], positionIndependent = false): ProgramImage {
  const code = new Uint8Array(words.length * 4);
  words.forEach((w, i) => new DataView(code.buffer).setUint32(4 * i, w >>> 0, true));
  return {
    path: '/guest/tiny', entry: 0x400000n, symbols: [{ name: '_start', address: 0x400000n, size: code.length, type: 'func', binding: 'global' }],
    segments: [
      { vaddr: 0x400000n, data: code, memSize: code.length, read: true, write: false, execute: true },
      { vaddr: 0x410000n, data: new Uint8Array(16), memSize: 0x1000, read: true, write: true, execute: false },
    ],
    positionIndependent,
  };
}

export interface TestProcess {
  process: EmulatedProcess;
  host: RecordingHost;
  /** Makes system call `nr` with up to six arguments; returns the signed result and any stop. */
  syscall(nr: number, ...args: (bigint | number)[]): { value: bigint; stop: StopReason | undefined };
  /** Writes bytes into the scratch data page and returns their address. */
  scratch(bytes: Uint8Array | string, offset?: number): bigint;
}

export function makeProcess(options: { argv?: string[]; envp?: string[]; files?: SandboxFileSystem; stdin?: number[]; image?: ProgramImage; seed?: number; memoryLimitBytes?: number } = {}): TestProcess {
  const host = recordingHost(options.files, options.stdin);
  const created = createLinuxProcess({
    program: options.image ?? tinyImage(), argv: options.argv ?? ['/guest/tiny'], envp: options.envp ?? [], host,
    seed: options.seed ?? 1, memoryLimitBytes: options.memoryLimitBytes,
  });
  if (!created.ok) throw new Error(created.message);
  const process = created.process;
  const m = process.kernel.machine;
  return {
    process, host,
    syscall(nr, ...args) {
      m.setPC(0x400004n); // As if the SVC at the entry point had just executed.
      m.setX(8, BigInt(nr));
      for (let i = 0; i < 6; i++) m.setX(i, BigInt.asUintN(64, BigInt(args[i] ?? 0)));
      const stop = process.kernel.supervisorCall(m, 0);
      return { value: BigInt.asIntN(64, m.getX(0)), stop };
    },
    scratch(bytes, offset = 0) {
      const data = typeof bytes === 'string' ? Uint8Array.from(Buffer.from(bytes + '\0', 'latin1')) : bytes;
      m.writeMemory(0x410000n + BigInt(offset), data);
      return 0x410000n + BigInt(offset);
    },
  };
}

export const SCRATCH = 0x410000n;
export const EINVAL = -22n;
export const EFAULT = -14n;
export const ENOMEM = -12n;
