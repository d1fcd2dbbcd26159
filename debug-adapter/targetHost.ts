// The host side of a debugged process: standard output/error to the session, standard input typed in the debug
// console, a deterministic clock, and a sandboxed view of host folders. Everything the guest reads from the host is
// recorded so that reverse execution (restore a snapshot, re-run) replays exactly what the guest saw, and output
// already shown is not shown twice.

import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve, relative, isAbsolute, sep, posix } from 'node:path';
import type { HostIO, SandboxFileSystem } from '../emulator/machine/api.js';

/** A read of standard input as the guest saw it: bytes, end of input, or nothing available yet. */
type StdinRead = { kind: 'data'; bytes: Uint8Array } | { kind: 'eof' } | { kind: 'none' };

/** What a snapshot must remember of the host to replay from it. */
export interface HostReplayState {
  readonly readIndex: number;
}

export class DebugTargetHost implements HostIO {
  /** Reads as they happened, in order; replays return them again. */
  private readonly reads: StdinRead[] = [];
  private readIndex = 0;
  /** Input typed but not read yet. */
  private pending: number[] = [];
  private pendingOffset = 0;
  private stdinClosed = false;
  /** Output is shown only when produced beyond this instruction count (so re-execution stays silent). */
  private outputHighWater = -1;
  private readonly launchNanoseconds: bigint;
  readonly files: SandboxFileSystem;

  constructor(
    private readonly instructionCount: () => number,
    private readonly emit: (stream: 'stdout' | 'stderr', bytes: Uint8Array) => void,
    sandbox: { cwd: string; readRoots: readonly string[]; writeRoots: readonly string[] },
  ) {
    this.launchNanoseconds = BigInt(Date.now()) * 1_000_000n;
    this.files = new NodeSandbox(sandbox.cwd, sandbox.readRoots, sandbox.writeRoots);
  }

  writeStdout(bytes: Uint8Array): void { this.write('stdout', bytes); }
  writeStderr(bytes: Uint8Array): void { this.write('stderr', bytes); }

  private write(stream: 'stdout' | 'stderr', bytes: Uint8Array): void {
    const count = this.instructionCount();
    if (count <= this.outputHighWater) return;
    this.outputHighWater = count;
    this.emit(stream, bytes.slice());
  }

  readStdin(max: number): Uint8Array | undefined {
    if (this.readIndex < this.reads.length) {
      const r = this.reads[this.readIndex++]!;
      return r.kind === 'data' ? r.bytes.slice() : r.kind === 'eof' ? new Uint8Array(0) : undefined;
    }
    let r: StdinRead;
    const available = this.pending.length - this.pendingOffset;
    if (available > 0) {
      const n = Math.min(Math.max(0, max), available);
      r = { kind: 'data', bytes: Uint8Array.from(this.pending.slice(this.pendingOffset, this.pendingOffset + n)) };
      this.pendingOffset += n;
    } else r = this.stdinClosed ? { kind: 'eof' } : { kind: 'none' };
    this.reads.push(r);
    this.readIndex++;
    return r.kind === 'data' ? r.bytes.slice() : r.kind === 'eof' ? new Uint8Array(0) : undefined;
  }

  /** Nanoseconds: the launch time plus one microsecond per instruction, so re-execution sees the same clock. */
  nowNanoseconds(): bigint {
    return this.launchNanoseconds + BigInt(this.instructionCount()) * 1000n;
  }

  /** Adds text to standard input. */
  provideInput(text: string): void {
    for (const b of new TextEncoder().encode(text)) this.pending.push(b);
  }

  closeInput(): void { this.stdinClosed = true; }
  get inputClosed(): boolean { return this.stdinClosed; }

  /** True when typed input is waiting to be read. */
  get hasPendingInput(): boolean { return this.pending.length > this.pendingOffset || this.stdinClosed; }

  replayState(): HostReplayState {
    return { readIndex: this.readIndex };
  }

  /** Goes back to a recorded state: later reads replay the recorded ones. */
  restoreReplayState(state: HostReplayState): void {
    this.readIndex = state.readIndex;
  }

}

/** Host folders mapped into the guest: guest paths are host paths, restricted to the roots. */
class NodeSandbox implements SandboxFileSystem {
  private readonly readRoots: string[];
  private readonly writeRoots: string[];
  constructor(readonly cwd: string, readRoots: readonly string[], writeRoots: readonly string[]) {
    this.writeRoots = writeRoots.map((r) => resolve(r));
    this.readRoots = [...readRoots.map((r) => resolve(r)), ...this.writeRoots];
  }

  private hostPath(guestPath: string, roots: readonly string[]): string | undefined {
    const p = resolve(this.cwd, guestPath.split(posix.sep).join(sep));
    for (const root of roots) {
      const rel = relative(root, p);
      if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) return p;
    }
    return undefined;
  }

  readFile(guestPath: string): Uint8Array | undefined {
    const p = this.hostPath(guestPath, this.readRoots);
    if (!p) return undefined;
    try {
      if (!statSync(p).isFile()) return undefined;
      return new Uint8Array(readFileSync(p));
    } catch { return undefined; }
  }

  listDirectory(guestPath: string): readonly { name: string; directory: boolean }[] | undefined {
    const p = this.hostPath(guestPath, this.readRoots);
    if (!p) return undefined;
    try {
      return readdirSync(p, { withFileTypes: true }).map((d) => ({ name: d.name, directory: d.isDirectory() }));
    } catch { return undefined; }
  }

  writeFile(guestPath: string, data: Uint8Array): boolean {
    const p = this.hostPath(guestPath, this.writeRoots);
    if (!p) return false;
    try { writeFileSync(p, data); return true; } catch { return false; }
  }
}
