// Synchronous output to the host's file descriptors for the command line: guest output keeps its order with the
// command's own messages, a long-running guest cannot queue output without bound, and a reader that went away
// (`aarch64-mte run prog | head -1`) is seen at the write that fails, so the guest's write can fail as on Linux.
import { writeSync } from 'node:fs';

/** Sleeps the thread briefly (while a non-blocking descriptor is not ready). */
export function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `bytes` to host descriptor `fd`; false when the reader has gone away (EPIPE). */
export function writeAllSync(fd: number, bytes: Uint8Array): boolean {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done, bytes.length - done);
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EAGAIN') { pause(1); continue; }
      if (code === 'EPIPE') return false;
      throw e;
    }
  }
  return true;
}

