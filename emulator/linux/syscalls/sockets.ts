// AF_UNIX socketpair(2) and the calls on its sockets: sendto/recvfrom (MSG_DONTWAIT, MSG_PEEK, MSG_NOSIGNAL),
// sendmsg/recvmsg (iovecs; no control messages), shutdown, getsockopt/setsockopt (SOL_SOCKET basics),
// getsockname/getpeername (unnamed). Each end reads one Pipe and writes the other (vfs/nodes.ts SocketEnd), so
// reads, writes, poll, blocking between processes and end of file work as for pipes; SOCK_DGRAM and SOCK_SEQPACKET
// keep message boundaries. Named sockets (socket, bind, listen, accept, connect; getsockname/getpeername give
// their addresses, sendto/sendmsg take one for datagrams) are in unixSockets.ts; other families are not emulated:
// the guest has no network.
import { E } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_CLOEXEC, O_NONBLOCK, O_RDWR, OpenFile } from '../files.js';
import { StructWriter, readU64 } from '../text.js';
import { SocketEnd, type Pipe, type VNode } from '../vfs/nodes.js';
import { datagramTarget, writeAddress } from './unixSockets.js';
import { blockedForever, fdArg, readIntoFile, writeFromFile } from './io.js';
import { vfsOf } from './vfsAccess.js';

const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_SEQPACKET = 5;
const MSG_PEEK = 2;
const MSG_DONTWAIT = 0x40;
const MSG_NOSIGNAL = 0x4000;

let nextSocket = 1;

/** socketpair(domain, type, protocol, sv). */
export function sysSocketpair(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const domain = Number(BigInt.asIntN(32, a[0]!));
  const typeArg = Number(a[1]! & 0xffffffffn);
  const protocol = Number(BigInt.asIntN(32, a[2]!));
  const type = typeArg & ~(O_NONBLOCK | O_CLOEXEC);
  if (domain === 2 || domain === 10) return -E.OPNOTSUPP; // AF_INET, AF_INET6: no socketpair
  if (domain !== AF_UNIX) return -E.AFNOSUPPORT;
  if (type !== SOCK_STREAM && type !== SOCK_DGRAM && type !== SOCK_SEQPACKET) return -E.SOCKTNOSUPPORT;
  if (protocol !== 0 && protocol !== AF_UNIX) return -E.PROTONOSUPPORT;
  const vfs = vfsOf(k);
  const ab = vfs.newPipe();
  const ba = vfs.newPipe();
  if (type !== SOCK_STREAM) { ab.records = []; ba.records = []; }
  ab.capacity = ba.capacity = 212992; // net.core.wmem_default
  const endA = new SocketEnd(nextSocket++, type);
  const endB = new SocketEnd(nextSocket++, type);
  const status = O_RDWR | (typeArg & O_NONBLOCK);
  const cloexec = (typeArg & O_CLOEXEC) !== 0;
  const fa = k.files.install(new OpenFile({ t: 'sock', rx: ba, tx: ab, sock: endA }, `socket:[${endA.id}]`, status), 0, cloexec);
  if (fa < 0) return -E.MFILE;
  const fb = k.files.install(new OpenFile({ t: 'sock', rx: ab, tx: ba, sock: endB }, `socket:[${endB.id}]`, status), 0, cloexec);
  if (fb < 0) { k.files.remove(fa); return -E.MFILE; }
  const r = k.writeUser(a[3]!, new StructWriter(8).i32(0, fa).i32(4, fb).bytes);
  if (r !== 0) { k.files.remove(fa); k.files.remove(fb); return r; }
  ab.readers = ab.writers = ba.readers = ba.writers = 1;
  return 0;
}

function socketFile(k: Kernel, fdValue: bigint): OpenFile | number {
  const file = k.files.get(fdArg(fdValue));
  if (!file) return -E.BADF;
  return file.node.t === 'sock' ? file : -E.NOTSOCK;
}

/** sendto(fd, buf, len, flags, dest_addr, addrlen): the sockets are connected, so a destination is EISCONN. */
export function sysSendto(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  const flags = Number(a[3]! & 0xffffffffn);
  const count = Number(a[2]! > 0x7ffff000n ? 0x7ffff000n : a[2]!);
  const target = addressedFile(k, file, a[4]!, a[5]!);
  if (typeof target === 'number') return target;
  if (count === 0 && file.node.t === 'sock' && file.node.sock.type === SOCK_STREAM) return 0;
  return writeFromFile(k, fdArg(a[0]!), target, a[1]!, count, undefined, (flags & MSG_DONTWAIT) !== 0, (flags & MSG_NOSIGNAL) !== 0);
}

/**
 * The file a send writes: the socket itself, or with a destination address (a datagram socket's sendto/sendmsg)
 * the socket writing to that address's queue; -errno for an address a connected stream socket does not take.
 */
function addressedFile(k: Kernel, file: OpenFile, addr: bigint, length: bigint): OpenFile | number {
  if (addr === 0n || file.node.t !== 'sock') return file;
  const tx = datagramTarget(k, file.node, addr, length);
  if (typeof tx === 'number') return tx;
  const connected: VNode = { t: 'sock', rx: file.node.rx, tx, sock: Object.assign(Object.create(SocketEnd.prototype) as SocketEnd, file.node.sock, { state: 'connected' }) };
  return new OpenFile(connected, file.path, file.flags);
}

/** The unnamed AF_UNIX address (just the family) into addr/addrlen, when asked for. */
function unnamedAddress(k: Kernel, addr: bigint, lenPointer: bigint): number {
  if (addr === 0n || lenPointer === 0n) return 0;
  const raw = k.readUser(lenPointer, 4);
  if (typeof raw === 'number') return raw;
  const room = new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true);
  if (room < 0) return -E.INVAL;
  if (room >= 2) { const r = k.writeUser(addr, new Uint8Array([AF_UNIX, 0])); if (r !== 0) return r; }
  return k.writeUser(lenPointer, new StructWriter(4).u32(0, 2).bytes);
}

/** recvfrom(fd, buf, len, flags, src_addr, addrlen). */
export function sysRecvfrom(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  const flags = Number(a[3]! & 0xffffffffn);
  const count = Number(a[2]! > 0x7ffff000n ? 0x7ffff000n : a[2]!);
  const r = readIntoFile(k, fdArg(a[0]!), file, a[1]!, count, undefined, (flags & MSG_DONTWAIT) !== 0, (flags & MSG_PEEK) !== 0);
  if (typeof r === 'number' && r >= 0) {
    const w = unnamedAddress(k, a[4]!, a[5]!);
    if (w !== 0) return w;
  }
  return r;
}

/** The (base, length) pairs of a msghdr's iovec array. */
function messageIovecs(k: Kernel, msg: bigint): { iov: [bigint, number][]; header: Uint8Array } | number {
  const header = k.readUser(msg, 56);
  if (typeof header === 'number') return header;
  const iovPointer = readU64(header, 16);
  const iovCount = Number(readU64(header, 24));
  if (iovCount > 1024) return -E.MSGSIZE;
  const raw = iovCount === 0 ? new Uint8Array(0) : k.readUser(iovPointer, iovCount * 16);
  if (typeof raw === 'number') return raw;
  const iov: [bigint, number][] = [];
  for (let i = 0; i < iovCount; i++) iov.push([readU64(raw, i * 16), Number(readU64(raw, i * 16 + 8))]);
  return { iov, header };
}

const SCM_RIGHTS = 1;
const SCM_MAX_FD = 253;
const MSG_CTRUNC = 8;
const MSG_CMSG_CLOEXEC = 0x40000000;

/**
 * The descriptors of a msghdr's SCM_RIGHTS control messages (cmsg_len u64, cmsg_level and cmsg_type s32, then the
 * ints, each header 8-byte aligned), as their open files; undefined without control data. Other control messages
 * (credentials) are not emulated: EINVAL, as for a malformed one; a descriptor that is not open: EBADF.
 */
function rightsToSend(k: Kernel, header: Uint8Array): OpenFile[] | undefined | number {
  const length = Number(readU64(header, 40));
  if (length === 0) return undefined;
  if (length > 4096) return -E.NOBUFS;
  const raw = k.readUser(readU64(header, 32), length);
  if (typeof raw === 'number') return raw;
  const v = new DataView(raw.buffer, raw.byteOffset, raw.length);
  const files: OpenFile[] = [];
  for (let at = 0; at + 16 <= length;) {
    const cmsgLength = Number(v.getBigUint64(at, true));
    if (cmsgLength < 16 || at + cmsgLength > length) return -E.INVAL;
    if (v.getInt32(at + 8, true) !== SOL_SOCKET || v.getInt32(at + 12, true) !== SCM_RIGHTS) return -E.INVAL;
    for (let i = at + 16; i + 4 <= at + cmsgLength; i += 4) {
      const f = k.files.get(v.getInt32(i, true));
      if (!f) return -E.BADF;
      files.push(f);
    }
    at += (cmsgLength + 7) & ~7;
  }
  if (files.length > SCM_MAX_FD) return -E.INVAL;
  return files;
}

/** Descriptors sent: in flight with the data that starts at byte `at` of the pipe (each holds a reference). */
function sendRights(pipe: Pipe, at: number, end: number, files: OpenFile[] | undefined): void {
  if (!files || files.length === 0) return;
  for (const f of files) f.otherTables++;
  pipe.rights.push({ at, end, files });
}

/**
 * recvmsg's control data: the descriptors that came with the data read (installed in the caller's table as
 * SCM_RIGHTS, MSG_CMSG_CLOEXEC honoured); those that do not fit in msg_control are dropped with MSG_CTRUNC.
 * Returns [msg_controllen, msg_flags], or -errno.
 */
function receiveRights(k: Kernel, header: Uint8Array, files: OpenFile[] | undefined, flags: number): [number, number] | number {
  if (!files || files.length === 0) return [0, 0];
  const room = Number(readU64(header, 40));
  const fit = room < 20 ? 0 : Math.min(files.length, Math.floor((room - 16) / 4));
  const fds: number[] = [];
  let truncated = fit < files.length;
  files.forEach((f, i) => {
    const fd = i < fit ? k.files.install(f, 0, (flags & MSG_CMSG_CLOEXEC) !== 0) : -1;
    if (fd >= 0) {
      fds.push(fd);
      // The reference in flight is now this table's, unless the table already held the file.
      if (k.files.descriptors().filter((d) => k.files.get(d) === f).length > 1 && f.otherTables > 0) f.otherTables--;
    } else {
      truncated = true;
      if (f.otherTables > 0) f.otherTables--;
    }
  });
  if (fds.length === 0) return [0, truncated ? MSG_CTRUNC : 0];
  const w = new StructWriter(16 + 4 * fds.length).u64(0, BigInt(16 + 4 * fds.length)).i32(8, SOL_SOCKET).i32(12, SCM_RIGHTS);
  fds.forEach((fd, i) => w.i32(16 + 4 * i, fd));
  const r = k.writeUser(readU64(header, 32), w.bytes);
  if (r !== 0) return r;
  return [Math.min(room, (16 + 4 * fds.length + 7) & ~7), truncated ? MSG_CTRUNC : 0];
}

/** sendmsg(fd, msg, flags): the iovecs gathered into one write, with SCM_RIGHTS descriptors if any. */
export function sysSendmsg(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const socket = socketFile(k, a[0]!);
  if (typeof socket === 'number') return socket;
  let file = socket;
  const m = messageIovecs(k, a[1]!);
  if (typeof m === 'number') return m;
  const rights = rightsToSend(k, m.header);
  if (typeof rights === 'number') return rights;
  const addressed = addressedFile(k, file, readU64(m.header, 0), readU64(m.header, 8) & 0xffffffffn);
  if (typeof addressed === 'number') return addressed;
  file = addressed;
  if (file.node.t === 'sock' && file.node.sock.state !== 'connected') return -E.NOTCONN;
  const parts: Uint8Array[] = [];
  for (const [base, length] of m.iov) {
    if (length === 0) continue;
    const b = k.readUser(base, length);
    if (typeof b === 'number') return b;
    parts.push(b);
  }
  const total = parts.reduce((n, p) => n + p.length, 0);
  const flags = Number(a[2]! & 0xffffffffn);
  // A message socket takes the gathered bytes as one message; a stream socket takes each part in order.
  const node = file.node;
  if (node.t === 'sock' && node.tx.records) {
    if (node.tx.readers === 0) return -E.PIPE;
    if (total > node.tx.capacity) return -E.MSGSIZE;
    if (node.tx.capacity - node.tx.buffer.length < total) {
      if ((file.flags & O_NONBLOCK) !== 0 || (flags & MSG_DONTWAIT) !== 0) return -E.AGAIN;
      return blockedForever(k, `sendmsg(${fdArg(a[0]!)}) to a full socket that nothing else can read`);
    }
    const all = new Uint8Array(total);
    let at = 0;
    for (const p of parts) { all.set(p, at); at += p.length; }
    sendRights(node.tx, node.tx.total, node.tx.total + total, rights);
    node.tx.put(all);
    return total;
  }
  const start = node.t === 'sock' ? node.tx.total : 0;
  let done = 0;
  for (const [base, length] of m.iov) {
    if (length === 0) continue;
    const r = writeFromFile(k, fdArg(a[0]!), file, base, length, undefined, (flags & MSG_DONTWAIT) !== 0 || done > 0, (flags & MSG_NOSIGNAL) !== 0);
    if (typeof r !== 'number') return done > 0 ? done : r;
    if (r < 0) return done > 0 ? done : r;
    done += r;
    if (r < length) break;
  }
  if (done > 0 && node.t === 'sock') sendRights(node.tx, start, start + done, rights);
  return done;
}

/** recvmsg(fd, msg, flags): into the iovecs in order; msg_namelen 0 (unnamed); SCM_RIGHTS descriptors sent along. */
export function sysRecvmsg(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  const m = messageIovecs(k, a[1]!);
  if (typeof m === 'number') return m;
  const flags = Number(a[2]! & 0xffffffffn);
  const node = file.node;
  let done = 0;
  // Descriptors in flight come with the read that reaches their data (not with MSG_PEEK); a stream read stops at
  // the end of that data, as Linux's does.
  let limit = Infinity;
  const pendingRights = node.t === 'sock' && (flags & MSG_PEEK) === 0 ? node.rx.rights[0] : undefined;
  const startCount = node.t === 'sock' ? node.rx.consumed : 0;
  if (pendingRights && node.t === 'sock' && !node.rx.records) limit = Math.max(1, pendingRights.end - startCount);
  if (node.t === 'sock' && node.rx.records) {
    // One message scattered over the iovecs.
    const total = m.iov.reduce((n, [, l]) => n + l, 0);
    const first = m.iov.find(([, l]) => l > 0);
    if (!first) return 0;
    if (node.rx.records.length === 0) {
      if (node.rx.writers === 0 || node.sock.shutRead) return 0;
      if ((file.flags & O_NONBLOCK) !== 0 || (flags & MSG_DONTWAIT) !== 0) return -E.AGAIN;
      return blockedForever(k, `recvmsg(${fdArg(a[0]!)}) from a socket whose peer is still open`);
    }
    const bytes = (flags & MSG_PEEK) !== 0 ? node.rx.peek(total) : node.rx.take(total);
    for (const [base, length] of m.iov) {
      if (done >= bytes.length) break;
      const part = bytes.subarray(done, done + length);
      const r = k.writeUser(base, part);
      if (r !== 0) return r;
      done += part.length;
    }
  } else {
    for (const [base, whole] of m.iov) {
      const length = Math.min(whole, limit - done);
      if (length <= 0) continue;
      const r = readIntoFile(k, fdArg(a[0]!), file, base, length, undefined, (flags & MSG_DONTWAIT) !== 0 || done > 0, (flags & MSG_PEEK) !== 0);
      if (typeof r !== 'number') return done > 0 ? done : r;
      if (r < 0) { if (done > 0) break; return r; }
      done += r;
      if (r < length) break;
    }
  }
  // msg_namelen = 0 for an unnamed peer is what Linux reports for socketpair; the control data, msg_flags.
  let delivered: OpenFile[] | undefined;
  if (pendingRights && node.t === 'sock' && node.rx.consumed > pendingRights.at && node.rx.consumed > startCount) {
    delivered = pendingRights.files;
    node.rx.rights.shift();
  }
  const control = receiveRights(k, m.header, delivered, flags);
  if (typeof control === 'number') return control;
  const header = new Uint8Array(m.header);
  new DataView(header.buffer).setUint32(8, 0, true);
  new DataView(header.buffer).setBigUint64(40, BigInt(control[0]), true);
  new DataView(header.buffer).setInt32(48, control[1] | (flags & MSG_CMSG_CLOEXEC), true);
  const r = k.writeUser(a[1]!, header);
  return r !== 0 ? r : done;
}

/** shutdown(fd, how): SHUT_RD 0, SHUT_WR 1 (the peer reads end of file), SHUT_RDWR 2. */
export function sysShutdown(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  const how = Number(BigInt.asIntN(32, a[1]!));
  if (how < 0 || how > 2 || file.node.t !== 'sock') return -E.INVAL;
  const { sock, rx, tx } = file.node;
  if ((how === 0 || how === 2) && !sock.shutRead) { sock.shutRead = true; rx.readers--; }
  if ((how === 1 || how === 2) && !sock.shutWrite) { sock.shutWrite = true; tx.writers--; }
  return 0;
}

const SOL_SOCKET = 1;
const SO_TYPE = 3;
const SO_ERROR = 4;
const SO_SNDBUF = 7;
const SO_RCVBUF = 8;
const SO_DOMAIN = 39;
const SO_ACCEPTCONN = 30;

export function sysGetsockopt(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  if (file.node.t !== 'sock') return -E.NOTSOCK;
  const level = Number(BigInt.asIntN(32, a[1]!));
  const name = Number(BigInt.asIntN(32, a[2]!));
  if (level !== SOL_SOCKET) return -E.NOPROTOOPT;
  let value: number;
  switch (name) {
    case SO_TYPE: value = file.node.sock.type; break;
    case SO_ERROR: value = 0; break;
    case SO_ACCEPTCONN: value = file.node.sock.state === 'listening' ? 1 : 0; break;
    case SO_SNDBUF: value = file.node.tx.capacity; break;
    case SO_RCVBUF: value = file.node.rx.capacity; break;
    case SO_DOMAIN: value = AF_UNIX; break;
    default: return -E.NOPROTOOPT;
  }
  const lenRaw = k.readUser(a[4]!, 4);
  if (typeof lenRaw === 'number') return lenRaw;
  const room = new DataView(lenRaw.buffer, lenRaw.byteOffset, 4).getInt32(0, true);
  if (room < 0) return -E.INVAL;
  const n = Math.min(room, 4);
  const r = k.writeUser(a[3]!, new StructWriter(4).i32(0, value).bytes.subarray(0, n));
  if (r !== 0) return r;
  return k.writeUser(a[4]!, new StructWriter(4).u32(0, n).bytes);
}

export function sysSetsockopt(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  const level = Number(BigInt.asIntN(32, a[1]!));
  const name = Number(BigInt.asIntN(32, a[2]!));
  if (level !== SOL_SOCKET) return -E.NOPROTOOPT;
  if (Number(BigInt.asIntN(32, a[4]!)) < 4) return -E.INVAL;
  const raw = k.readUser(a[3]!, 4);
  if (typeof raw === 'number') return raw;
  if ((name === SO_SNDBUF || name === SO_RCVBUF) && file.node.t === 'sock') {
    // Linux doubles the value and keeps it within its limits.
    const v = new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true);
    const size = Math.max(4608, Math.min(2 * Math.max(v, 0), 425984));
    if (name === SO_SNDBUF) file.node.tx.capacity = size; else file.node.rx.capacity = size;
  }
  return 0;
}

/** getsockname: the address the socket is bound to (socketpair and unbound sockets are unnamed: the family only). */
export function sysGetsockname(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  return writeAddress(k, a[1]!, a[2]!, file.node.t === 'sock' ? file.node.sock.name : undefined);
}

/** getpeername: the peer's address; ENOTCONN for a socket that is not connected. */
export function sysGetpeername(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = socketFile(k, a[0]!);
  if (typeof file === 'number') return file;
  if (file.node.t !== 'sock' || file.node.sock.state !== 'connected') return -E.NOTCONN;
  return writeAddress(k, a[1]!, a[2]!, file.node.sock.peerName);
}
