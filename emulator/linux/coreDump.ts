// An ELF core file for a process killed by a signal, in the layout Linux writes for arm64 (fs/binfmt_elf.c,
// arch/arm64/kernel/elfcore.c) so that gdb and lldb can open it: a PT_NOTE segment (NT_PRSTATUS with the
// general registers, NT_PRPSINFO, NT_SIGINFO, NT_AUXV, NT_FPREGSET, NT_ARM_TAGGED_ADDR_CTRL), one PT_LOAD per
// mapping, and one PT_AARCH64_MEMTAG_MTE segment per PROT_MTE mapping holding its allocation tags packed two
// per byte (the first granule in the low nibble).
import type { StopReason } from '../machine/api.js';
import type { Kernel } from './kernel.js';
import { getTaggedAddrCtrl } from './syscalls/prctl.js';
import { GUEST_GID, GUEST_PID, GUEST_PPID, GUEST_UID } from './syscalls/process.js';
import { StructWriter, cString } from './text.js';
import type { InitialStack } from './stack.js';

const PT_LOAD = 1;
const PT_NOTE = 4;
const PT_AARCH64_MEMTAG_MTE = 0x70000002;
const NT_PRSTATUS = 1;
const NT_FPREGSET = 2;
const NT_PRPSINFO = 3;
const NT_AUXV = 6;
const NT_SIGINFO = 0x53494749;
const NT_ARM_TAGGED_ADDR_CTRL = 0x409;

interface Note { readonly name: string; readonly type: number; readonly desc: Uint8Array }

function align4(n: number): number { return (n + 3) & ~3; }

function encodeNotes(notes: readonly Note[]): Uint8Array {
  const size = notes.reduce((n, x) => n + 12 + align4(x.name.length + 1) + align4(x.desc.length), 0);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  let at = 0;
  for (const n of notes) {
    v.setUint32(at, n.name.length + 1, true);
    v.setUint32(at + 4, n.desc.length, true);
    v.setUint32(at + 8, n.type, true);
    out.set(cString(n.name), at + 12);
    at += 12 + align4(n.name.length + 1);
    out.set(n.desc, at);
    at += align4(n.desc.length);
  }
  return out;
}

/** What the core file needs from a process. */
export interface CoreSubject {
  readonly kernel: Kernel;
  readonly initialStack: InitialStack;
}

/** Writes an ELF core file for a 'killed' (or 'signal') stop. */
export function writeCoreDump(process: CoreSubject, stop: StopReason): Uint8Array {
  const k = process.kernel;
  const m = k.machine;
  const signal = stop.kind === 'killed' || stop.kind === 'signal' ? stop.signal : 0;
  const code = stop.kind === 'killed' || stop.kind === 'signal' ? stop.code : 0;
  const fault = stop.kind === 'killed' || stop.kind === 'signal' ? stop.fault : undefined;

  const prstatus = new StructWriter(392);
  prstatus.i32(0, signal).i32(4, code);
  prstatus.bytes[12] = signal & 0xff;
  prstatus.u64(24, k.blockedSignals).i32(32, GUEST_PID).i32(36, GUEST_PPID).i32(40, GUEST_PID).i32(44, GUEST_PID);
  for (let i = 0; i < 31; i++) prstatus.u64(112 + 8 * i, m.getX(i));
  prstatus.u64(112 + 8 * 31, m.getSP()).u64(112 + 8 * 32, m.getPC());
  prstatus.u64(112 + 8 * 33, BigInt(m.getNZCV() >>> 0) | (m.getSystemRegister('tco') !== 0n ? 1n << 25n : 0n));
  prstatus.i32(384, 1);

  const psinfo = new StructWriter(136);
  psinfo.bytes[1] = 'R'.charCodeAt(0);
  psinfo.u32(16, GUEST_UID).u32(20, GUEST_GID).i32(24, GUEST_PID).i32(28, GUEST_PPID).i32(32, GUEST_PID).i32(36, GUEST_PID);
  const name = k.program.path.split('/').pop() ?? 'program';
  psinfo.text(40, name, 15).text(56, name, 79);

  const siginfo = new StructWriter(128);
  siginfo.i32(0, signal).i32(8, code);
  if (fault && fault.kind === 'tagCheck') siginfo.u64(16, fault.mode === 'sync' ? BigInt.asUintN(64, fault.address) & 0x0fffffffffffffffn : 0n);
  else if (fault && 'address' in fault) siginfo.u64(16, fault.address);
  else if (fault) siginfo.u64(16, fault.pc);

  const auxv = new StructWriter(process.initialStack.auxv.length * 16);
  process.initialStack.auxv.forEach(([key, value], i) => auxv.u64(16 * i, BigInt(key)).u64(16 * i + 8, value));

  const fp = new StructWriter(528);
  for (let i = 0; i < 32; i++) fp.bytes.set(m.getV(i), 16 * i);
  fp.u32(512, Number(m.getSystemRegister('fpsr') & 0xffffffffn)).u32(516, Number(m.getSystemRegister('fpcr') & 0xffffffffn));

  const notes = encodeNotes([
    { name: 'CORE', type: NT_PRSTATUS, desc: prstatus.bytes },
    { name: 'CORE', type: NT_PRPSINFO, desc: psinfo.bytes },
    { name: 'CORE', type: NT_SIGINFO, desc: siginfo.bytes },
    { name: 'CORE', type: NT_AUXV, desc: auxv.bytes },
    { name: 'CORE', type: NT_FPREGSET, desc: fp.bytes },
    { name: 'LINUX', type: NT_ARM_TAGGED_ADDR_CTRL, desc: new StructWriter(8).u64(0, BigInt(getTaggedAddrCtrl(k))).bytes },
  ]);

  // Each mapping becomes one PT_LOAD; a run of untouched (all-zero) pages at its start becomes a separate
  // PT_LOAD without file contents, which keeps the mostly unused 8 MiB stack out of the file.
  interface Piece { start: bigint; end: bigint; data: Uint8Array; flags: number }
  const pieces: Piece[] = [];
  for (const r of k.addressSpace.all()) {
    const size = Number(r.end - r.start);
    const flags = (r.read ? 4 : 0) | (r.write ? 2 : 0) | (r.execute ? 1 : 0);
    // A mapping larger than the memory limit is an address-space reservation (PROT_NONE or MAP_NORESERVE): it is
    // kept without contents rather than read whole.
    const contents = r.read && size <= k.memoryLimitBytes ? m.readMemory(r.start, size).data : new Uint8Array(0);
    let zeroPages = 0;
    while ((zeroPages + 1) * 4096 <= contents.length && contents.subarray(zeroPages * 4096, (zeroPages + 1) * 4096).every((b) => b === 0)) zeroPages++;
    if (zeroPages > 0 && zeroPages * 4096 < size) {
      const split = r.start + BigInt(zeroPages * 4096);
      pieces.push({ start: r.start, end: split, data: new Uint8Array(0), flags });
      pieces.push({ start: split, end: r.end, data: contents.subarray(zeroPages * 4096), flags });
    } else {
      pieces.push({ start: r.start, end: r.end, data: zeroPages * 4096 >= size ? new Uint8Array(0) : contents, flags });
    }
  }
  const tagged = k.addressSpace.all().filter((r) => r.tagged);
  const phnum = 1 + pieces.length + tagged.length;
  const headerSize = 64 + 56 * phnum;
  const chunks: Uint8Array[] = [];
  const phdrs = new StructWriter(56 * phnum);
  let offset = headerSize;
  const addSegment = (i: number, type: number, flags: number, vaddr: bigint, fileBytes: Uint8Array, memSize: bigint, align: bigint): void => {
    const o = 56 * i;
    phdrs.u32(o, type).u32(o + 4, flags).u64(o + 8, fileBytes.length ? offset : 0).u64(o + 16, vaddr).u64(o + 24, 0n)
      .u64(o + 32, fileBytes.length).u64(o + 40, memSize).u64(o + 48, align);
    chunks.push(fileBytes);
    offset += fileBytes.length;
  };
  addSegment(0, PT_NOTE, 0, 0n, notes, 0n, 4n);
  pieces.forEach((p, i) => addSegment(1 + i, PT_LOAD, p.flags, p.start, p.data, p.end - p.start, 4096n));
  tagged.forEach((r, i) => {
    const granules = Number((r.end - r.start) / 16n);
    const tags = m.readTags(r.start, granules);
    const packed = new Uint8Array(Math.ceil(granules / 2));
    tags.forEach((t, g) => { packed[g >> 1]! |= ((t ?? 0) & 0xf) << ((g & 1) * 4); });
    addSegment(1 + pieces.length + i, PT_AARCH64_MEMTAG_MTE, 0, r.start, packed, r.end - r.start, 0n);
  });

  const header = new StructWriter(64);
  header.bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  header.u32(16, 4 | (183 << 16)); // e_type ET_CORE, e_machine EM_AARCH64
  header.u32(20, 1).u64(24, 0n).u64(32, 64n).u64(40, 0n).u32(48, 0);
  header.u32(52, 64 | (56 << 16)); // e_ehsize, e_phentsize
  header.u32(56, phnum); // e_phnum, e_shentsize 0
  header.u32(60, 0);
  const out = new Uint8Array(offset);
  out.set(header.bytes, 0);
  out.set(phdrs.bytes, 64);
  let at = headerSize;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

