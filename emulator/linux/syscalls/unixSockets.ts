// Named AF_UNIX sockets (unix(7)): socket, bind, listen, accept/accept4 and connect, for SOCK_STREAM,
// SOCK_SEQPACKET and SOCK_DGRAM. An address is a path (bind makes a socket inode there: tmpfs only, as host folders
// cannot hold one) or an abstract name (sun_path[0] = 0). Connecting a stream or seqpacket socket queues the
// connection on the listener at once (connect returns 0), and accept takes it; each side then reads and writes
// pipes as a socketpair does. A datagram socket has its own receive queue: sendto with an address, or write after
// connect, puts a message there. Errnos as Linux: EADDRINUSE for a bound address, ENOENT for a path that does not
// exist, ECONNREFUSED for one without a listener (a path's socket of another type: EPROTOTYPE), EINVAL for
// listen on an unbound socket or accept on one not listening, EISCONN for a second connect. Other families have no
// network here: EAFNOSUPPORT.
import { E } from '../constants.js';
import type { Kernel, SyscallOutcome } from '../kernel.js';
import { O_CLOEXEC, O_NONBLOCK, O_RDWR, OpenFile } from '../files.js';
import { cString, decodeUtf8, StructWriter } from '../text.js';
import { SocketEnd, type Pipe, type VNode } from '../vfs/nodes.js';
import { blockedForever, fdArg } from './io.js';
import { startOf, vfsOf } from './vfsAccess.js';

const AF_UNIX = 1;
const SOCK_STREAM = 1;
const SOCK_DGRAM = 2;
const SOCK_SEQPACKET = 5;
const SOCKET_BUFFER = 212992; // net.core.wmem_default

let nextNamedSocket = 1 << 20;

type SockNode = Extract<VNode, { t: 'sock' }>;

function newPipe(k: Kernel, type: number): Pipe {
  const p = vfsOf(k).newPipe();
  if (type !== SOCK_STREAM) p.records = [];
  p.capacity = SOCKET_BUFFER;
  return p;
}

/** socket(domain, type, protocol): AF_UNIX only. */
export function sysSocket(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const domain = Number(BigInt.asIntN(32, a[0]!));
  const typeArg = Number(a[1]! & 0xffffffffn);
  const protocol = Number(BigInt.asIntN(32, a[2]!));
  const type = typeArg & ~(O_NONBLOCK | O_CLOEXEC);
  if (domain !== AF_UNIX) {
    const note = 'socket: only AF_UNIX sockets are emulated (the guest has no network): EAFNOSUPPORT';
    if (!k.diagnostics.includes(note)) k.diagnostics.push(note);
    return -E.AFNOSUPPORT;
  }
  if (type !== SOCK_STREAM && type !== SOCK_DGRAM && type !== SOCK_SEQPACKET) return -E.SOCKTNOSUPPORT;
  if (protocol !== 0 && protocol !== AF_UNIX) return -E.PROTONOSUPPORT;
  const sock = new SocketEnd(nextNamedSocket++, type);
  sock.state = 'unconnected';
  sock.ownQueue = type === SOCK_DGRAM;
  // Until it connects, it reads a queue nobody writes and writes one nobody reads (a datagram socket keeps `rx`).
  const rx = newPipe(k, type);
  rx.readers = 1;
  if (type === SOCK_DGRAM) rx.writers = 1;
  const node: SockNode = { t: 'sock', rx, tx: newPipe(k, type), sock };
  const fd = k.files.install(new OpenFile(node, `socket:[${sock.id}]`, O_RDWR | (typeArg & O_NONBLOCK)), 0, (typeArg & O_CLOEXEC) !== 0);
  return fd < 0 ? -E.MFILE : fd;
}

function socketNode(k: Kernel, fdValue: bigint): SockNode | number {
  const file = k.files.get(fdArg(fdValue));
  if (!file) return -E.BADF;
  return file.node.t === 'sock' ? file.node : -E.NOTSOCK;
}

/** A sockaddr_un: the address string ('\0' + name for an abstract one), or -errno. */
function readAddress(k: Kernel, pointer: bigint, lengthArg: bigint): { path: string } | { abstract: string } | number {
  const length = Number(BigInt.asIntN(32, lengthArg));
  if (length < 2 || length > 110) return -E.INVAL;
  const raw = k.readUser(pointer, length);
  if (typeof raw === 'number') return raw;
  if ((raw[0]! | (raw[1]! << 8)) !== AF_UNIX) return -E.INVAL;
  const body = raw.subarray(2);
  if (body.length === 0) return -E.INVAL;
  if (body[0] === 0) return { abstract: '\0' + String.fromCharCode(...body.subarray(1)) };
  const end = body.indexOf(0);
  const path = decodeUtf8(end < 0 ? body : body.subarray(0, end));
  return path === '' ? -E.INVAL : { path };
}

/** Abstract names are looked up with the socket type: one of another type is not found (ECONNREFUSED). */
function abstractKey(type: number, name: string): string {
  return `${type}${name}`;
}

/** The registry key of a path's socket inode, or -errno (ENOENT, ECONNREFUSED for a file that is not a socket). */
function pathKey(k: Kernel, path: string): string | number {
  const start = startOf(k, -100, path);
  if (typeof start === 'number') return start;
  const located = vfsOf(k).resolve(k, start, path, true);
  if (typeof located === 'number') return located;
  const node = located.node;
  if (node.t !== 'tmp' || node.node.kind !== 'socket') return -E.CONNREFUSED;
  return inodeKey(node.node);
}

/** The registry key of a socket inode made by bind. */
function inodeKey(inode: { readonly dev: number; readonly ino: number }): string {
  return `i:${inode.dev}:${inode.ino}`;
}

/** The socket bound at the address `pointer` names (undefined: none) and the address's name, or -errno. */
function boundAt(k: Kernel, type: number, pointer: bigint, length: bigint): { target: SockNode | undefined; name: string } | number {
  const address = readAddress(k, pointer, length);
  if (typeof address === 'number') return address;
  const key = 'abstract' in address ? abstractKey(type, address.abstract) : pathKey(k, address.path);
  if (typeof key === 'number') return key;
  return { target: vfsOf(k).unixSockets.get(key), name: 'abstract' in address ? address.abstract : address.path };
}

/** Writes a socket address (unnamed: the family only) into addr/*addrlen, truncated to the room given. */
export function writeAddress(k: Kernel, addr: bigint, lenPointer: bigint, name: string | undefined): number {
  if (addr === 0n || lenPointer === 0n) return 0;
  const raw = k.readUser(lenPointer, 4);
  if (typeof raw === 'number') return raw;
  const room = new DataView(raw.buffer, raw.byteOffset, 4).getInt32(0, true);
  if (room < 0) return -E.INVAL;
  const body = name === undefined ? new Uint8Array(0)
    : name.startsWith('\0') ? Uint8Array.from(name, (c) => c.charCodeAt(0)) : cString(name);
  const bytes = new Uint8Array(2 + body.length);
  bytes[0] = AF_UNIX;
  bytes.set(body, 2);
  const r = k.writeUser(addr, bytes.subarray(0, Math.min(room, bytes.length)));
  if (r !== 0) return r;
  return k.writeUser(lenPointer, new StructWriter(4).u32(0, bytes.length).bytes);
}

/** bind(fd, addr, addrlen). */
export function sysBind(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = socketNode(k, a[0]!);
  if (typeof node === 'number') return node;
  const address = readAddress(k, a[1]!, a[2]!);
  if (typeof address === 'number') return address;
  if (node.sock.name !== undefined || node.sock.state !== 'unconnected') return -E.INVAL;
  const vfs = vfsOf(k);
  let key: string;
  let name: string;
  if ('abstract' in address) {
    name = address.abstract;
    key = abstractKey(node.sock.type, name);
    if (vfs.unixSockets.has(key)) return -E.ADDRINUSE;
  } else {
    const start = startOf(k, -100, address.path);
    if (typeof start === 'number') return start;
    const parent = vfs.resolveParent(k, start, address.path);
    if (typeof parent === 'number') return parent;
    const made = vfs.mksocket(k, parent.dir, parent.name, 0o777 & ~vfs.umask);
    if (typeof made === 'number') return made === -E.EXIST ? -E.ADDRINUSE : made;
    key = inodeKey(made);
    name = address.path;
  }
  node.sock.name = name;
  vfs.unixSockets.set(key, node);
  return 0;
}

/** listen(fd, backlog): stream and seqpacket sockets that are bound. */
export function sysListen(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = socketNode(k, a[0]!);
  if (typeof node === 'number') return node;
  if (node.sock.type === SOCK_DGRAM) return -E.OPNOTSUPP;
  if (node.sock.state === 'connected' || node.sock.name === undefined) return -E.INVAL;
  node.sock.state = 'listening';
  node.sock.backlog = Math.max(0, Math.min(Number(BigInt.asIntN(32, a[1]!)), 4096));
  return 0;
}

/** connect(fd, addr, addrlen). */
export function sysConnect(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const node = socketNode(k, a[0]!);
  if (typeof node === 'number') return node;
  const bound = boundAt(k, node.sock.type, a[1]!, a[2]!);
  if (typeof bound === 'number') return bound;
  const { target, name } = bound;
  const sock = node.sock;
  if (sock.type === SOCK_DGRAM) {
    if (!target || target.sock.type !== SOCK_DGRAM) return target ? -E.PROTOTYPE : -E.CONNREFUSED;
    node.tx = target.rx;
    sock.peerName = name;
    sock.state = 'connected';
    return 0;
  }
  if (sock.state === 'connected') return -E.ISCONN;
  if (sock.state === 'listening') return -E.INVAL;
  if (!target || target.sock.state !== 'listening') return -E.CONNREFUSED;
  if (target.sock.type !== sock.type) return -E.PROTOTYPE;
  const toServer = newPipe(k, sock.type);
  const toClient = newPipe(k, sock.type);
  toServer.readers = toServer.writers = toClient.readers = toClient.writers = 1;
  const accepted = new SocketEnd(nextNamedSocket++, sock.type);
  accepted.name = target.sock.name;
  accepted.peerName = sock.name;
  target.sock.pending.push({ rx: toServer, tx: toClient, sock: accepted });
  node.rx = toClient;
  node.tx = toServer;
  sock.peerName = target.sock.name;
  sock.state = 'connected';
  return 0;
}

/** accept4(fd, addr, addrlen, flags); accept is accept4 with flags 0. */
export function sysAccept4(k: Kernel, a: readonly bigint[]): SyscallOutcome {
  const file = k.files.get(fdArg(a[0]!));
  if (!file) return -E.BADF;
  const node = file.node;
  if (node.t !== 'sock') return -E.NOTSOCK;
  const flags = Number(a[3]! & 0xffffffffn);
  if ((flags & ~(O_NONBLOCK | O_CLOEXEC)) !== 0) return -E.INVAL;
  if (node.sock.type === SOCK_DGRAM) return -E.OPNOTSUPP;
  if (node.sock.state !== 'listening') return -E.INVAL;
  const next = node.sock.pending[0];
  if (!next) {
    if ((file.flags & O_NONBLOCK) !== 0) return -E.AGAIN;
    return blockedForever(k, `accept(${fdArg(a[0]!)}) waiting for a connection`);
  }
  const opened = new OpenFile({ t: 'sock', rx: next.rx, tx: next.tx, sock: next.sock }, `socket:[${next.sock.id}]`, O_RDWR | (flags & O_NONBLOCK));
  const fd = k.files.install(opened, 0, (flags & O_CLOEXEC) !== 0);
  if (fd < 0) return -E.MFILE;
  node.sock.pending.shift();
  const w = writeAddress(k, a[1]!, a[2]!, next.sock.peerName);
  return w !== 0 ? w : fd;
}

export const sysAccept = (k: Kernel, a: readonly bigint[]): SyscallOutcome => sysAccept4(k, [a[0]!, a[1]!, a[2]!, 0n]);

/** sendto/sendmsg with an address: a datagram socket's message to the named one (a connected stream: EISCONN). */
export function datagramTarget(k: Kernel, node: SockNode, addr: bigint, length: bigint): Pipe | number {
  if (node.sock.type !== SOCK_DGRAM) return node.sock.state === 'connected' ? -E.ISCONN : -E.OPNOTSUPP;
  const bound = boundAt(k, SOCK_DGRAM, addr, length);
  if (typeof bound === 'number') return bound;
  const target = bound.target;
  if (!target) return -E.CONNREFUSED;
  if (target.sock.type !== SOCK_DGRAM) return -E.PROTOTYPE;
  return target.rx;
}

/** The socket's last descriptor closed: its name is free again; connections it never accepted see their peer gone. */
export function closeSocket(k: Kernel, node: SockNode): void {
  const vfs = k.files.vfs;
  if (vfs) for (const [key, n] of vfs.unixSockets) if (n.t === 'sock' && n.sock === node.sock) vfs.unixSockets.delete(key);
  for (const p of node.sock.pending) { p.rx.readers--; p.tx.writers--; }
  node.sock.pending.length = 0;
}
