// Advisory file locks as Linux keeps them (flock(2), fcntl(2) "Advisory record locking" and "Open file description
// locks"), shared by every process of the run (they live in the Vfs):
// - flock: one lock per open file description (shared by dup and fork), LOCK_SH or LOCK_EX on the whole file;
//   converting first drops the old lock; released by LOCK_UN or when the description's last descriptor closes;
// - POSIX record locks (F_SETLK, F_SETLKW, F_GETLK): byte ranges owned by the process; a process's own locks never
//   conflict and merge or split as it locks and unlocks; a fork child does not inherit them; closing ANY descriptor
//   of the file releases all of the process's locks on it;
// - OFD locks (F_OFD_SETLK, ...): byte ranges owned by the open file description (shared by dup and fork), released
//   when its last descriptor closes; they conflict with POSIX locks of any process and with other descriptions'.
// flock and record locks do not interact. A conflicting request fails with EAGAIN, or waits (LOCK_EX without LOCK_NB,
// F_SETLKW); F_SETLKW fails with EDEADLK when the holder's process waits for a lock the caller holds.
import type { VNode } from './vfs/nodes.js';

/** The last byte a lock to end of file covers. */
export const LOCK_EOF = 0x7fffffffffffffffn;

export interface RangeLock {
  /** 'p<pid>' for a POSIX lock, 'f<id>' for an OFD lock (the open file description's id). */
  readonly owner: string;
  readonly write: boolean;
  readonly start: bigint;
  /** Inclusive; LOCK_EOF for a lock to end of file. */
  readonly end: bigint;
  /** The process that set it (F_GETLK's l_pid for POSIX locks). */
  readonly pid: number;
}

export interface WholeLock {
  /** The open file description's id. */
  readonly owner: number;
  readonly write: boolean;
}

/** Every lock of one run, by file (fileKey). Plain data, so the debugger's snapshots copy it. */
export class LockTable {
  readonly ranges = new Map<string, RangeLock[]>();
  readonly whole = new Map<string, WholeLock[]>();
  /** F_SETLKW waits: the POSIX owner waiting and the owner it waits for (deadlock detection). */
  readonly waits = new Map<string, string>();

  /** A range lock of `owner` conflicting with [start, end] (write or not), or undefined. */
  conflict(file: string, owner: string, write: boolean, start: bigint, end: bigint): RangeLock | undefined {
    return this.ranges.get(file)?.find((l) => l.owner !== owner && (l.write || write) && l.start <= end && start <= l.end);
  }

  /** Sets (or with `write` undefined, removes) `owner`'s lock over [start, end], splitting and merging its others. */
  setRange(file: string, owner: string, pid: number, write: boolean | undefined, start: bigint, end: bigint): void {
    const kept: RangeLock[] = [];
    for (const l of this.ranges.get(file) ?? []) {
      if (l.owner !== owner || l.end < start || l.start > end) { kept.push(l); continue; }
      if (l.start < start) kept.push({ ...l, end: start - 1n });
      if (l.end > end) kept.push({ ...l, start: end + 1n });
    }
    if (write !== undefined) {
      let lock: RangeLock = { owner, write, start, end, pid };
      // Adjacent or overlapping locks of the same owner and type become one.
      for (let i = kept.length - 1; i >= 0; i--) {
        const l = kept[i]!;
        if (l.owner !== owner || l.write !== write) continue;
        if (l.end !== LOCK_EOF && l.end + 1n < lock.start) continue;
        if (lock.end !== LOCK_EOF && lock.end + 1n < l.start) continue;
        lock = { ...lock, start: l.start < lock.start ? l.start : lock.start, end: l.end > lock.end ? l.end : lock.end };
        kept.splice(i, 1);
      }
      kept.push(lock);
    }
    kept.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    if (kept.length > 0) this.ranges.set(file, kept);
    else this.ranges.delete(file);
  }

  /** Removes every range lock of `owner` on `file` (or on every file). */
  dropOwner(owner: string, file?: string): void {
    for (const key of file === undefined ? [...this.ranges.keys()] : [file]) {
      const list = this.ranges.get(key)?.filter((l) => l.owner !== owner);
      if (list && list.length > 0) this.ranges.set(key, list);
      else this.ranges.delete(key);
    }
  }

  /** flock: whether another description's lock conflicts. */
  wholeConflict(file: string, owner: number, write: boolean): boolean {
    return (this.whole.get(file) ?? []).some((l) => l.owner !== owner && (l.write || write));
  }

  setWhole(file: string, owner: number, write: boolean | undefined): void {
    const list = (this.whole.get(file) ?? []).filter((l) => l.owner !== owner);
    if (write !== undefined) list.push({ owner, write });
    if (list.length > 0) this.whole.set(file, list);
    else this.whole.delete(file);
  }

  /** The open file description `id` is gone: its flock and OFD locks go with it. */
  dropDescription(id: number): void {
    for (const key of [...this.whole.keys()]) this.setWhole(key, id, undefined);
    this.dropOwner(`f${id}`);
  }

  /** Whether `owner` waiting for `holder` would close a cycle of waits. */
  wouldDeadlock(owner: string, holder: string): boolean {
    const seen = new Set<string>();
    for (let at: string | undefined = holder; at !== undefined && !seen.has(at); at = this.waits.get(at)) {
      if (at === owner) return true;
      seen.add(at);
    }
    return false;
  }
}

/** A key naming the file a node is (the same for every open of it). */
export function fileKey(node: VNode): string {
  switch (node.t) {
    case 'host': return `h:${node.host}`;
    case 'tmp': return `t:${node.node.dev}:${node.node.ino}`;
    case 'dev': case 'proc': return `${node.t}:${node.name}`;
    case 'synth': return `s:${node.path}`;
    case 'image': return 'image';
    case 'pipe': return `p:${node.pipe.id}`;
    case 'sock': return `k:${node.sock.id}`;
    case 'std': return `std:${node.stream}`;
    case 'anon': return `a:${node.anon.kind}:${node.anon.id}`;
  }
}
