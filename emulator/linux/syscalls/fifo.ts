// Opening a FIFO (a tmpfs inode mknodat made), as Linux's fifo_open does: the FIFO's pipe is made at its first
// open (its contents go when no end is open); O_RDONLY waits for a writer to open it, O_WRONLY for a reader
// (O_NONBLOCK: a reader opens at once, a writer fails with ENXIO while no reader has it open); O_RDWR opens both
// ends and never waits. A waiting open already counts as a reader or writer (so two blocking opens meet, and a
// writer may write to a reader still in open), and it completes once the other side has opened since it began
// waiting, even if that end has closed again. The open
// descriptor is a pipe end (reads, writes, poll and end of file as for pipe2) whose fstat is the FIFO's inode.
import { E } from '../constants.js';
import { O_ACCMODE, O_NONBLOCK, O_RDONLY, O_WRONLY, OpenFile } from '../files.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { currentTid } from '../threads.js';
import type { TmpNode, VNode } from '../vfs/nodes.js';
import { blockedForever } from './io.js';
import { vfsOf } from './vfsAccess.js';

/** Opens the FIFO `fifo` (found at `path`) with `flags`: the new open file, or a result to return (-errno, a wait). */
export function openFifo(k: Kernel, fifo: TmpNode, path: string, flags: number, status: number): OpenFile | SyscallOutcome {
  let pipe = fifo.pipe;
  if (!pipe || (pipe.readers === 0 && pipe.writers === 0 && pipe.opening.size === 0)) {
    pipe = vfsOf(k).newPipe();
    fifo.pipe = pipe;
  }
  const access = flags & O_ACCMODE;
  const nonblocking = (flags & O_NONBLOCK) !== 0;
  const tid = currentTid(k);
  if (access === O_RDONLY || access === O_WRONLY) {
    const reader = access === O_RDONLY;
    const mine = pipe.opening.get(tid);
    if (!mine) {
      if (nonblocking && !reader && pipe.readers === 0) return -E.NXIO;
      // Counted in before waiting, as fifo_open does: a writer may write while the reader still waits in open.
      if (reader) { pipe.readers++; pipe.readerOpens++; } else { pipe.writers++; pipe.writerOpens++; }
    }
    const partners = reader ? pipe.writers : pipe.readers;
    const partnerOpens = reader ? pipe.writerOpens : pipe.readerOpens;
    if (partners === 0 && !nonblocking && (mine === undefined || mine.seen === partnerOpens)) {
      if (!mine) pipe.opening.set(tid, { reader, seen: partnerOpens });
      return blockedForever(k, `open('${path}') of a FIFO waiting for a ${reader ? 'writer' : 'reader'}`);
    }
    pipe.opening.delete(tid);
    const node: VNode = { t: 'pipe', pipe, end: reader ? 'read' : 'write', fifo };
    return new OpenFile(node, path, (reader ? O_RDONLY : O_WRONLY) | status);
  }
  pipe.readers++; pipe.readerOpens++;
  pipe.writers++; pipe.writerOpens++;
  return new OpenFile({ t: 'pipe', pipe, end: 'both', fifo }, path, access | status);
}
