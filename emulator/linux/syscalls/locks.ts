// flock(2) and fcntl(2)'s lock commands (F_GETLK, F_SETLK, F_SETLKW and the F_OFD_ forms) over the run's lock
// table (../locks.ts), and the releases closing a descriptor makes. struct flock on arm64: l_type (s16) at 0,
// l_whence (s16) at 2, l_start at 8, l_len at 16, l_pid (s32) at 24. Errnos as Linux: EINVAL for a bad type,
// whence or range (or OFD with l_pid not 0), EBADF for a lock the open mode does not allow, EAGAIN for a conflict
// without waiting, EDEADLK for a wait that would never end.
import { E } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_PATH, type OpenFile } from '../files.js';
import { fileKey, LOCK_EOF } from '../locks.js';
import { StructWriter } from '../text.js';
import { currentPid } from '../threads.js';
import { blockedForever, fdArg, isRegular } from './io.js';
import { vfsOf } from './vfsAccess.js';

const LOCK_SH = 1;
const LOCK_EX = 2;
const LOCK_NB = 4;
const LOCK_UN = 8;

const F_RDLCK = 0;
const F_WRLCK = 1;
const F_UNLCK = 2;
export const F_GETLK = 5;
export const F_SETLK = 6;
export const F_SETLKW = 7;
export const F_OFD_GETLK = 36;
export const F_OFD_SETLK = 37;
export const F_OFD_SETLKW = 38;

/** flock(fd, operation). */
export function sysFlock(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file || (file.flags & O_PATH) !== 0) return -E.BADF;
  const operation = Number(a[1]! & 0xffffffffn);
  const op = operation & ~LOCK_NB;
  if (op !== LOCK_SH && op !== LOCK_EX && op !== LOCK_UN) return -E.INVAL;
  const locks = vfsOf(k).locks;
  const key = fileKey(file.node);
  if (op === LOCK_UN) { locks.setWhole(key, file.id, undefined); return 0; }
  const write = op === LOCK_EX;
  // A conversion drops the old lock first (it is not atomic on Linux).
  locks.setWhole(key, file.id, undefined);
  if (locks.wholeConflict(key, file.id, write)) {
    if ((operation & LOCK_NB) !== 0) return -E.AGAIN;
    return blockedForever(k, `flock(${fdArg(a[0]!)}, ${write ? 'LOCK_EX' : 'LOCK_SH'}) waiting for another open file's lock`);
  }
  locks.setWhole(key, file.id, write);
  return 0;
}

/** fcntl's lock commands on `file` with the struct flock at `pointer`. */
export function fcntlLock(k: Kernel, file: OpenFile, cmd: number, pointer: bigint): SyscallOutcome {
  if ((file.flags & O_PATH) !== 0) return -E.BADF;
  const raw = k.readUser(pointer, 32);
  if (typeof raw === 'number') return raw;
  const v = new DataView(raw.buffer, raw.byteOffset, 32);
  const type = v.getInt16(0, true);
  const whence = v.getInt16(2, true);
  const ofd = cmd === F_OFD_GETLK || cmd === F_OFD_SETLK || cmd === F_OFD_SETLKW;
  const getting = cmd === F_GETLK || cmd === F_OFD_GETLK;
  if (type !== F_RDLCK && type !== F_WRLCK && type !== F_UNLCK) return -E.INVAL;
  if (getting && type === F_UNLCK) return -E.INVAL;
  if (ofd && v.getInt32(24, true) !== 0) return -E.INVAL;
  let base: bigint;
  switch (whence) {
    case 0: base = 0n; break;
    case 1: base = BigInt(file.position); break;
    case 2: base = isRegular(k, file.node) ? BigInt(vfsOf(k).size(k, file.node)) : 0n; break;
    default: return -E.INVAL;
  }
  let start = base + v.getBigInt64(8, true);
  const length = v.getBigInt64(16, true);
  let end: bigint;
  if (length > 0n) end = start + length - 1n;
  else if (length === 0n) end = LOCK_EOF;
  else { end = start - 1n; start += length; }
  if (start < 0n) return -E.INVAL;
  if (end > LOCK_EOF) return -E.OVERFLOW;
  const pid = currentPid(k);
  const owner = ofd ? `f${file.id}` : `p${pid}`;
  const locks = vfsOf(k).locks;
  const key = fileKey(file.node);
  const write = type === F_WRLCK;
  if (getting) {
    const held = locks.conflict(key, owner, write, start, end);
    const out = new StructWriter(32);
    if (!held) {
      out.bytes.set(raw);
      new DataView(out.bytes.buffer).setInt16(0, F_UNLCK, true);
    } else {
      const w = new DataView(out.bytes.buffer);
      w.setInt16(0, held.write ? F_WRLCK : F_RDLCK, true);
      w.setInt16(2, 0, true);
      w.setBigInt64(8, held.start, true);
      w.setBigInt64(16, held.end === LOCK_EOF ? 0n : held.end - held.start + 1n, true);
      w.setInt32(24, held.owner.startsWith('p') ? held.pid : -1, true);
    }
    return k.writeUser(pointer, out.bytes);
  }
  if (type === F_RDLCK && !file.readable) return -E.BADF;
  if (type === F_WRLCK && !file.writable) return -E.BADF;
  locks.waits.delete(owner);
  if (type !== F_UNLCK) {
    const held = locks.conflict(key, owner, write, start, end);
    if (held) {
      if (cmd === F_SETLK || cmd === F_OFD_SETLK) return -E.AGAIN;
      if (!ofd && held.owner.startsWith('p') && locks.wouldDeadlock(owner, held.owner)) return -E.DEADLK;
      if (!ofd) locks.waits.set(owner, held.owner);
      return blockedForever(k, `fcntl(F_${ofd ? 'OFD_' : ''}SETLKW) waiting for process ${held.owner.startsWith('p') ? held.pid : 'of another open file'}'s lock`);
    }
  }
  locks.setRange(key, owner, pid, type === F_UNLCK ? undefined : write, start, end);
  return 0;
}

/**
 * A descriptor of `file` was closed: the process's POSIX locks on the file go (whatever other descriptors remain),
 * and when `lastReference`, the description's flock and OFD locks too.
 */
export function locksOnClose(k: Kernel, file: OpenFile, lastReference: boolean): void {
  const locks = k.files.vfs?.locks;
  if (!locks) return;
  locks.dropOwner(`p${currentPid(k)}`, fileKey(file.node));
  if (lastReference) locks.dropDescription(file.id);
}
