// The nodes of the guest's virtual file system: in-memory tmpfs inodes (files, directories, symbolic links; also
// memfd_create files), pipes, and VNode, the handle the VFS passes around for any node (a host file below a
// root, a tmpfs inode, a device, a /proc entry, a pipe end, a standard stream, or a synthetic directory on the
// way to a mount point). Everything here is plain data (no closures), so the debugger can snapshot it.

import type { OpenFile } from '../files.js';

export type TmpKind = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket';

export class TmpNode {
  /** File contents (capacity may exceed size). */
  data = new Uint8Array(0);
  size = 0;
  readonly children: Map<string, TmpNode> | undefined;
  nlink: number;
  /** memfd seals (F_ADD_SEALS); F_SEAL_SEAL when sealing is not allowed. */
  seals = 0;
  /** An O_TMPFILE file that linkat may still give a name (Linux's I_LINKABLE: not with O_EXCL). */
  linkable = false;
  /** A FIFO's pipe, made at its first open (syscalls/fifo.ts). */
  pipe: Pipe | undefined;
  constructor(
    readonly kind: TmpKind,
    public mode: number,
    readonly ino: number,
    readonly dev: number,
    public timeNs: bigint,
    readonly target = '',
  ) {
    this.children = kind === 'directory' ? new Map() : undefined;
    this.nlink = kind === 'directory' ? 2 : 1;
  }

  /** Sets the size, zero-filling growth. */
  resize(size: number): void {
    if (size > this.data.length) {
      const grown = new Uint8Array(Math.max(size, Math.min(this.data.length * 2, size + (64 << 20)), 256));
      grown.set(this.data.subarray(0, this.size));
      this.data = grown;
    } else if (size < this.size) {
      this.data.fill(0, size, this.size);
    }
    this.size = size;
  }

  write(offset: number, bytes: Uint8Array): void {
    if (offset + bytes.length > this.size) this.resize(offset + bytes.length);
    this.data.set(bytes, offset);
  }

  read(offset: number, length: number): Uint8Array {
    return this.data.slice(Math.min(offset, this.size), Math.min(offset + length, this.size));
  }
}

export const PIPE_CAPACITY = 65536;
export const PIPE_BUF = 4096;

export class Pipe {
  buffer = new Uint8Array(0);
  /** Writes so far (epoll's edge-triggered mode reports new data). */
  writes = 0;
  readers = 0;
  writers = 0;
  capacity = PIPE_CAPACITY;
  /** For datagram and seqpacket sockets: the lengths of the queued messages (a read takes one message). */
  records: number[] | undefined;
  /** A FIFO's opens so far of each kind, and the threads waiting in open for the other kind (tid: count then). */
  readerOpens = 0;
  writerOpens = 0;
  readonly opening = new Map<number, { reader: boolean; seen: number }>();
  /** Bytes put and taken so far; SCM_RIGHTS descriptors in flight, each with the byte counts where its data lies. */
  total = 0;
  consumed = 0;
  readonly rights: { at: number; end: number; files: OpenFile[] }[] = [];
  constructor(readonly id: number) {}

  take(max: number): Uint8Array {
    if (this.records) {
      // One message; what does not fit in the buffer is discarded (datagram truncation).
      const length = this.records.shift() ?? 0;
      this.consumed += length;
      const out = this.buffer.slice(0, Math.min(length, max));
      this.buffer = this.buffer.slice(length);
      return out;
    }
    const out = this.buffer.slice(0, max);
    this.buffer = this.buffer.slice(out.length);
    this.consumed += out.length;
    return out;
  }

  /** The next bytes a read would take, without taking them (MSG_PEEK). */
  peek(max: number): Uint8Array {
    return this.buffer.slice(0, Math.min(max, this.records ? this.records[0] ?? 0 : max));
  }

  put(bytes: Uint8Array): void {
    this.writes++;
    this.total += bytes.length;
    this.records?.push(bytes.length);
    const next = new Uint8Array(this.buffer.length + bytes.length);
    next.set(this.buffer);
    next.set(bytes, this.buffer.length);
    this.buffer = next;
  }
}

/** An eventfd's counter (eventfd2). */
export class EventCounter {
  readonly kind = 'eventfd';
  constructor(readonly id: number, public count: bigint, readonly semaphore: boolean) {}
}

/** A timerfd: when it next expires (guest clock nanoseconds, see Kernel.now), its interval, and expirations not yet read. */
export class TimerState {
  readonly kind = 'timerfd';
  /** Absolute expiry on the guest clock, or undefined when disarmed. */
  next: bigint | undefined;
  interval = 0n;
  /** Expirations counted and not yet read. */
  expired = 0n;
  constructor(readonly id: number, readonly clock: number) {}
}

/** An epoll instance: its interest list by descriptor. */
export class EpollSet {
  readonly kind = 'epoll';
  readonly interest = new Map<number, { file: unknown; events: number; data: bigint; disabled: boolean; last: number; lastWrites: number }>();
  constructor(readonly id: number) {}
}

/** A signalfd: the signals it reads. */
export class SignalSet {
  readonly kind = 'signalfd';
  constructor(readonly id: number, public mask: bigint) {}
}

/**
 * One AF_UNIX socket: an end of a socketpair or connection reads `rx` and writes `tx`, the peer the other way round.
 * A datagram socket reads its own queue (`rx`) and writes its peer's. (syscalls/unixSockets.ts: named sockets.)
 */
export class SocketEnd {
  readonly kind = 'socket';
  shutRead = false;
  shutWrite = false;
  /** socket() makes it 'unconnected'; listen() 'listening'; socketpair, connect and accept 'connected'. */
  state: 'unconnected' | 'listening' | 'connected' = 'connected';
  /** The address it is bound to and its peer's: a path, or '\0' and an abstract name; undefined when unnamed. */
  name: string | undefined;
  peerName: string | undefined;
  /** A listening socket's connections not accepted yet (the accepting side of each), and its backlog. */
  readonly pending: { rx: Pipe; tx: Pipe; sock: SocketEnd }[] = [];
  backlog = 0;
  /** A named datagram socket: `rx` is its own queue, and `tx` another socket's (closing it leaves that one open). */
  ownQueue = false;
  constructor(readonly id: number, readonly type: number) {}
}

export type VNode =
  /** A directory that exists only because a mount point lies below it ('/', '/home', ...). */
  | { readonly t: 'synth'; readonly path: string }
  /** A host file or directory below root number `root`; `host` is its host path. */
  | { readonly t: 'host'; readonly root: number; readonly host: string }
  | { readonly t: 'tmp'; readonly node: TmpNode }
  /** /dev ('' is the directory itself) and its devices. */
  | { readonly t: 'dev'; readonly name: string }
  /** /proc ('' is /proc), 'self', 'self/maps', 'self/exe', 'self/cwd', 'self/fd', 'self/fd/N'. */
  | { readonly t: 'proc'; readonly name: string }
  /** The program's ELF image, opened through /proc/self/exe. */
  | { readonly t: 'image' }
  /** A pipe end; 'both' for a FIFO opened O_RDWR; `fifo` is the FIFO's inode when it is one. */
  | { readonly t: 'pipe'; readonly pipe: Pipe; readonly end: 'read' | 'write' | 'both'; readonly fifo?: TmpNode }
  /** An AF_UNIX socket of a socketpair. */
  | { readonly t: 'sock'; rx: Pipe; tx: Pipe; readonly sock: SocketEnd }
  /** The host's standard streams (0, 1, 2). */
  | { readonly t: 'std'; readonly stream: number }
  /** eventfd and timerfd files (anonymous inodes). */
  | { readonly t: 'anon'; readonly anon: EventCounter | TimerState | EpollSet | SignalSet };

/** File types as stat and getdents report them. */
export type NodeType = 'file' | 'directory' | 'symlink' | 'char' | 'fifo' | 'socket';

export const S_IFIFO = 0o010000;
export const S_IFCHR = 0o020000;
export const S_IFDIR = 0o040000;
export const S_IFREG = 0o100000;
export const S_IFLNK = 0o120000;

export function typeBits(type: NodeType): number {
  switch (type) {
    case 'file': return S_IFREG;
    case 'directory': return S_IFDIR;
    case 'symlink': return S_IFLNK;
    case 'char': return S_IFCHR;
    case 'fifo': return S_IFIFO;
    case 'socket': return 0o140000;
  }
}

/** d_type values for getdents64. */
export function direntType(type: NodeType): number {
  switch (type) {
    case 'file': return 8;
    case 'directory': return 4;
    case 'symlink': return 10;
    case 'char': return 2;
    case 'fifo': return 1;
    case 'socket': return 12;
  }
}

/** Whether two VNodes are the same file. */
export function sameNode(a: VNode, b: VNode): boolean {
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'synth': return a.path === (b as typeof a).path;
    case 'host': return a.host === (b as typeof a).host;
    case 'tmp': return a.node === (b as typeof a).node;
    case 'dev': case 'proc': return a.name === (b as typeof a).name;
    case 'image': return true;
    case 'pipe': return a.pipe === (b as typeof a).pipe && a.end === (b as typeof a).end;
    case 'sock': return a.sock === (b as typeof a).sock;
    case 'std': return a.stream === (b as typeof a).stream;
    case 'anon': return a.anon === (b as typeof a).anon;
  }
}
