// The guest's standard input as Linux sees it. Two kinds, chosen by the host:
// - a stream (a pipe or a terminal on the host, or bytes a test or the debugger gives): reads take what HostIO
//   readStdin returns. poll reads ahead to answer as pipe_poll does: POLLIN with data, POLLHUP once the input
//   has ended (an empty pipe whose writers are gone), so the bytes read ahead are kept for the next read;
// - a regular file (`prog < file`): the host offers it as `stdinFile` (size and positional reads), and the guest's
//   descriptor 0 is a regular file: read at its position, lseek/pread, fstat with its size, poll always ready.
// The read-ahead state lives in the run's Vfs (shared by every process, fork shares descriptor 0's open file, and
// copied by the debugger's snapshots so reverse execution replays the same reads).
import type { HostIO } from '../machine/api.js';
import type { Vfs } from './vfs/vfs.js';

/** A host regular file given as standard input. */
export interface StdinFile {
  /** Its size in bytes now. */
  size(): number;
  /** Up to `max` bytes at `offset` (fewer at the end, none past it). */
  read(offset: number, max: number): Uint8Array;
}

/** HostIO with the optional regular-file standard input (cli/hostIo.ts provides it for `prog < file`). */
export interface LinuxHostIO extends HostIO {
  readonly stdinFile?: StdinFile;
}

/** The host's regular file behind descriptor 0, if standard input is one. */
export function stdinFileOf(host: HostIO): StdinFile | undefined {
  return (host as LinuxHostIO).stdinFile;
}

/** Reads up to `max` bytes of a stream standard input: undefined when nothing is available yet, empty at its end. */
export function readStdinStream(host: HostIO, vfs: Vfs, max: number): Uint8Array | undefined {
  const s = vfs.stdinStream;
  if (s.ahead.length > 0) {
    const chunk = s.ahead.slice(0, Math.max(0, max));
    s.ahead = s.ahead.slice(chunk.length);
    return chunk;
  }
  // An end poll saw is this read's (a terminal's end-of-file is one event; a pipe's would be seen again anyway).
  if (s.ended) { s.ended = false; return new Uint8Array(0); }
  return host.readStdin(max);
}

/**
 * Poll state of a stream standard input: 'data' (a read would return bytes), 'ended' (the writers are gone and
 * nothing is left: POLLHUP; the next read returns the end), or 'unknown' when the host has nothing yet (the debugger's console: a read then
 * waits for input, so poll reports it readable as before).
 */
export function pollStdinStream(host: HostIO, vfs: Vfs): 'data' | 'ended' | 'unknown' {
  const s = vfs.stdinStream;
  if (s.ahead.length > 0) return 'data';
  if (s.ended) return 'ended';
  const input = host.readStdin(65536);
  if (input === undefined) return 'unknown';
  if (input.length === 0) { s.ended = true; return 'ended'; }
  s.ahead = input.slice();
  return 'data';
}

/** Bytes read ahead and not yet taken (FIONREAD). */
export function stdinBuffered(vfs: Vfs): number {
  return vfs.stdinStream.ahead.length;
}
