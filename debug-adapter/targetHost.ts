// The host side of a debugged process: standard output/error to the session, standard input typed in the debug
// console, a deterministic clock, and a sandboxed view of host folders. Everything the guest reads from the host is
// recorded so that reverse execution (restore a snapshot, re-run) replays exactly what the guest saw, and output
// already shown is not shown twice.

import type { HostIO, SandboxFileSystem } from '../emulator/machine/api.js';
import { createNodeHostFiles } from './hostFileSystem.js';

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
    // The guest's file system (emulator/linux/vfs) over host folders: read roots, and write roots that are writable.
    this.files = createNodeHostFiles([
      ...sandbox.readRoots.map((path) => ({ path, writable: false })),
      ...sandbox.writeRoots.map((path) => ({ path, writable: true })),
    ], sandbox.cwd);
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
