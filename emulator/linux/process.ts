// createLinuxProcess(): what execve does for a static program. It creates the machine, maps the segments (a
// static PIE at a load bias chosen like Linux's mmap allocator), the heap start and the stack, builds the
// initial stack (argc, argv, envp, auxv), sets SP and PC, and installs the kernel as the machine's exception
// handler. The returned LinuxProcess runs the guest; signals raised while it runs are handled by the kernel.
import type {
  KernelControls, LinuxProcess, Machine, ProcessOptions, RunOptions, StopReason,
} from '../machine/api.js';
import type { LineRow, ProgramImage, ProgramSymbol } from '../program.js';
import { AddressSpace, pageDown, pageUp } from './addressSpace.js';
import { hwcapsFromIdRegisters, PAGE_SIZE, TASK_SIZE } from './constants.js';
import { ID_REGISTER_VALUES, SYSREG } from '../machine/exec/branchSystem.js';
import { FileTable } from './files.js';
import { Kernel, yieldStops, type ExecLayout, type KernelMachine } from './kernel.js';
import { cString } from './text.js';
import { DEFAULT_MAX_TASKS, registerMachineFactory, schedulerOf, type ThreadSummary } from './threads.js';
import { buildInitialStack, type InitialStack } from './stack.js';
import { mapRange } from './syscalls/memory.js';
import { trampoline } from './signals.js';
import { GUEST_GID, GUEST_UID } from './syscalls/process.js';

export interface MachineFactoryOptions {
  readonly memoryLimitBytes: number;
  readonly seed: number;
}

export type MachineFactory = (options: MachineFactoryOptions) => Machine & KernelControls;

export const DEFAULT_MEMORY_LIMIT = 1 << 30;
export const STACK_SIZE = 8 << 20;
/** Linux's mmap_base without randomization: TASK_SIZE minus the 128 MiB minimum gap above the stack limit. */
export const MMAP_BASE = TASK_SIZE - (128n << 20n);
/** AT_MINSIGSTKSZ: the size of an rt_sigframe with its records plus a frame record and alignment slack. */
export const SIGNAL_MIN_STACK_SIZE = 4720;

/** A LinuxProcess with the kernel state visible, for the command line, the debugger and tests. */
export interface EmulatedProcess extends LinuxProcess {
  readonly kernel: Kernel;
  /** The initial stack as built at exec time. */
  readonly initialStack: InitialStack;
  /** The stop that ended the process, once it has ended. */
  readonly finalStop: StopReason | undefined;
  /** Notes for the user: unsupported system calls and similar. */
  readonly diagnostics: readonly string[];
  /** Load bias applied to a position-independent program (0 otherwise). */
  readonly loadBias: bigint;
  /** Every live guest thread (of this process and of forked children); one entry ('main') before any clone. */
  threads(): readonly ThreadSummary[];
  /** The thread that ran last (the one a stop belongs to). */
  readonly currentThreadId: number;
  /** Whether the program has ever made a thread or a process (the scheduler runs it; no reverse execution). */
  readonly threaded: boolean;
  /**
   * Set by a debugger: whether a breakpoint is at an address. A thread switched in at a breakpoint's address
   * stops there (the machine resumes past a breakpoint at the pc it starts from).
   */
  isBreakpoint?: (pc: bigint) => boolean;
  /**
   * Loads a thread of this process into the machine, for a debugger to read its registers and stack; the
   * scheduler's choice of what runs next is not changed. False for an unknown thread or one of another process.
   */
  selectThread(tid: number): boolean;
}

export type CreateProcessResult = { readonly ok: true; readonly process: EmulatedProcess } | { readonly ok: false; readonly message: string };

/**
 * The hardware capabilities advertised in AT_HWCAP/AT_HWCAP2, derived from the ID registers the machine's MRS
 * reads (emulator/machine/exec/branchSystem.ts ID_REGISTER_VALUES) the way Linux derives them
 * (constants.ts HWCAP_ID_FIELDS), so the two always agree: exactly what the emulator implements, never SVE.
 */
export function hardwareCapabilities(_machine: Machine): { hwcap: bigint; hwcap2: bigint } {
  return hwcapsFromIdRegisters((name) => ID_REGISTER_VALUES.get(SYSREG[name]) ?? 0n);
}

function shiftImage(image: ProgramImage, bias: bigint): ProgramImage {
  if (bias === 0n) return image;
  const symbols: ProgramSymbol[] = image.symbols.map((s) => ({ ...s, address: s.address + bias }));
  const lines: LineRow[] | undefined = image.lines?.map((l) => ({ ...l, address: l.address + bias }));
  return {
    ...image,
    entry: image.entry + bias,
    segments: image.segments.map((s) => ({ ...s, vaddr: s.vaddr + bias })),
    symbols,
    lines,
    programHeaders: image.programHeaders ? { ...image.programHeaders, address: image.programHeaders.address + bias } : undefined,
    positionIndependent: false,
  };
}

interface PageRange { start: bigint; end: bigint; read: boolean; write: boolean; execute: boolean }

/** Page ranges covering the segments; segments sharing a page are merged with the union of their permissions. */
function segmentPages(image: ProgramImage): PageRange[] {
  const ranges = image.segments
    .filter((s) => s.memSize > 0 || s.data.length > 0)
    .map((s) => ({ start: pageDown(s.vaddr), end: pageUp(s.vaddr + BigInt(Math.max(s.memSize, s.data.length))), read: s.read, write: s.write, execute: s.execute }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: PageRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      // Split the shared part so each page gets the union of the permissions of the segments in it.
      if (r.start > last.start) {
        const shared = { start: r.start, end: last.end < r.end ? last.end : r.end, read: last.read || r.read, write: last.write || r.write, execute: last.execute || r.execute };
        const tail = last.end > r.end ? { ...last, start: r.end } : { ...r, start: last.end };
        last.end = r.start;
        out.push(shared);
        if (tail.end > tail.start) out.push(tail);
      } else {
        last.read ||= r.read; last.write ||= r.write; last.execute ||= r.execute;
        if (r.end > last.end) out.push({ ...r, start: last.end });
      }
    } else {
      out.push({ ...r });
    }
  }
  return out.filter((r) => r.end > r.start);
}

/**
 * What /proc/self/maps says about the program's pages, as Linux's ELF loader maps them: the pages holding a
 * PT_LOAD segment's file bytes map the file at the segment's page-aligned offset; the pages only its bss
 * covers are anonymous memory (vm_brk), on which PROT_MTE is allowed. The ELF's program headers are read here
 * (the file bytes are in the image); a program without them keeps offset 0.
 */
function describeImageMappings(space: AddressSpace, elf: Uint8Array | undefined, bias: bigint): void {
  if (!elf || elf.length < 64 || elf[4] !== 2 || elf[5] !== 1) return; // ELFCLASS64, little-endian
  const view = new DataView(elf.buffer, elf.byteOffset, elf.length);
  const phoff = Number(view.getBigUint64(0x20, true));
  const phentsize = view.getUint16(0x36, true);
  const phnum = view.getUint16(0x38, true);
  if (phentsize < 56) return;
  for (let i = 0; i < phnum; i++) {
    const at = phoff + i * phentsize;
    if (at + 56 > elf.length || view.getUint32(at, true) !== 1) continue; // PT_LOAD
    const offset = view.getBigUint64(at + 8, true);
    const vaddr = view.getBigUint64(at + 16, true) + bias;
    const fileSize = view.getBigUint64(at + 32, true);
    const memSize = view.getBigUint64(at + 40, true);
    const fileStart = pageDown(vaddr);
    const fileEnd = fileSize > 0n ? pageUp(vaddr + fileSize) : fileStart;
    if (fileEnd > fileStart) {
      space.update(fileStart, fileEnd, (v) => (v.kind === 'image'
        ? { ...v, file: { offset: pageDown(offset) + (v.start - fileStart), dev: 0n, ino: 0n } } : v));
    }
    const bssEnd = pageUp(vaddr + memSize);
    if (bssEnd > fileEnd) {
      space.update(fileEnd, bssEnd, (v) => {
        if (v.kind !== 'image') return v;
        const { file: _file, ...rest } = v;
        return { ...rest, kind: 'anonymous', name: '' };
      });
    }
  }
}

/** Creates the process for a program, ready to run from its entry point. */
export function createLinuxProcessWith(options: ProcessOptions, factory: MachineFactory): CreateProcessResult {
  const image = options.program;
  const seed = options.seed ?? 0;
  const memoryLimitBytes = options.memoryLimitBytes ?? DEFAULT_MEMORY_LIMIT;
  if (image.segments.length === 0) return { ok: false, message: `${image.path}: the program has no loadable segments` };
  if (!Number.isFinite(memoryLimitBytes) || memoryLimitBytes <= 0) return { ok: false, message: `invalid memory limit ${memoryLimitBytes}` };
  const maxTasks = options.maxTasks ?? DEFAULT_MAX_TASKS;
  if (!Number.isInteger(maxTasks) || maxTasks < 1) return { ok: false, message: `invalid task limit ${maxTasks}` };

  let machine: KernelMachine;
  try {
    machine = factory({ memoryLimitBytes, seed });
  } catch (e) {
    return { ok: false, message: `cannot create the machine: ${e instanceof Error ? e.message : String(e)}` };
  }
  machine.setRandomTagSeed(seed);
  const addressSpace = new AddressSpace();

  // Static PIE: place the whole image where the mmap allocator would, below mmap_base (no randomization).
  let bias = 0n;
  if (image.positionIndependent) {
    const low = image.segments.reduce((m, s) => (s.vaddr < m ? s.vaddr : m), image.segments[0]!.vaddr);
    const high = image.segments.reduce((m, s) => { const e = s.vaddr + BigInt(s.memSize); return e > m ? e : m; }, 0n);
    const span = pageUp(high) - pageDown(low);
    bias = MMAP_BASE - span - pageDown(low);
  }
  const program = shiftImage(image, bias);
  const pages = segmentPages(program);
  // Pages are allocated when touched (the machine counts them against the limit); the image itself is written.
  const imageBytes = pages.reduce((n, r) => n + Number(r.end - r.start), 0);
  if (imageBytes > memoryLimitBytes) {
    return { ok: false, message: `${image.path}: the program's ${imageBytes} bytes exceed the memory limit of ${memoryLimitBytes} bytes` };
  }
  for (const r of pages) {
    if (r.end > TASK_SIZE) return { ok: false, message: `${image.path}: segment at 0x${r.start.toString(16)} lies outside the user address space` };
  }

  const kernel = new Kernel({
    machine, host: options.host, program, seed, files: new FileTable(), addressSpace, memoryLimitBytes, maxTasks,
    brkStart: pages.reduce((m, r) => (r.end > m ? r.end : m), 0n), mmapBase: MMAP_BASE,
  });
  for (const r of pages) {
    const ok = mapRange(kernel, r.start, r.end - r.start, { read: r.read, write: r.write, execute: r.execute, tagged: false }, 'image', image.path);
    if (!ok) return { ok: false, message: `${image.path}: cannot map segment at 0x${r.start.toString(16)}` };
  }
  for (const s of program.segments) if (s.data.length > 0) machine.writeMemory(s.vaddr, s.data);
  describeImageMappings(addressSpace, image.elf, bias);

  const stackTop = TASK_SIZE;
  // The stack limit is 8 MiB (RLIMIT_STACK), or less under a smaller memory limit.
  const stackSize = Math.min(STACK_SIZE, Math.floor(memoryLimitBytes / 2 / PAGE_SIZE) * PAGE_SIZE);
  if (stackSize < 16 * PAGE_SIZE) return { ok: false, message: `the memory limit of ${memoryLimitBytes} bytes leaves no room for a stack` };
  if (!mapRange(kernel, stackTop - BigInt(stackSize), BigInt(stackSize), { read: true, write: true, execute: false, tagged: false }, 'stack', '[stack]')) {
    return { ok: false, message: 'cannot map the stack' };
  }
  // The signal-return trampoline (Linux's vDSO page) is part of the address space from the start.
  if (trampoline(kernel) === undefined) return { ok: false, message: 'cannot map the signal trampoline page' };
  const { hwcap, hwcap2 } = hardwareCapabilities(machine);
  const phdrs = program.programHeaders;
  let initialStack: InitialStack;
  try {
    initialStack = buildInitialStack({
      stackTop,
      argv: options.argv,
      envp: options.envp ?? [],
      execFileName: options.argv[0] ?? image.path,
      platform: 'aarch64',
      randomBytes: kernel.random.bytes(16),
      aux: {
        hwcap, hwcap2, pageSize: PAGE_SIZE, phdr: phdrs?.address ?? 0n, phent: phdrs?.entrySize ?? 56, phnum: phdrs?.count ?? 0,
        base: 0n, entry: program.entry, uid: GUEST_UID, gid: GUEST_GID, minSigStackSize: SIGNAL_MIN_STACK_SIZE, clockTicks: 100,
      },
    });
  } catch (e) {
    return { ok: false, message: `cannot build the initial stack: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (initialStack.bytes.length > stackSize / 4) return { ok: false, message: 'arguments and environment are too large (E2BIG)' };
  machine.writeMemory(initialStack.sp, initialStack.bytes);
  machine.setSP(initialStack.sp);
  machine.setPC(program.entry);
  machine.setExceptionHandler(kernel);
  kernel.argv = options.argv;
  kernel.exec = execLayout(program, initialStack, options.argv, options.envp ?? []);
  kernel.startNs = kernel.now();
  registerMachineFactory(kernel, ({ memoryLimitBytes: limit, seed: s }) => factory({ memoryLimitBytes: limit, seed: s }));
  return { ok: true, process: new Process(machine, program, kernel, initialStack, bias) };
}

class Process implements EmulatedProcess {
  constructor(
    readonly machine: KernelMachine,
    readonly program: ProgramImage,
    readonly kernel: Kernel,
    readonly initialStack: InitialStack,
    readonly loadBias: bigint,
  ) {}

  get exited(): boolean { return this.kernel.finalStop !== undefined; }
  get finalStop(): StopReason | undefined { return this.kernel.finalStop; }
  get diagnostics(): readonly string[] { return this.kernel.diagnostics; }

  /** Delivers a signal reported by an earlier 'signal' stop; returns a stop when that ends the process. */
  private deliverPending(): StopReason | undefined {
    const pending = this.kernel.pendingSignal;
    if (!pending) return undefined;
    this.kernel.pendingSignal = undefined;
    return this.kernel.deliver(pending);
  }

  threads(): readonly ThreadSummary[] {
    const sched = schedulerOf(this.kernel);
    if (sched) return sched.summaries();
    return [{ id: 1000, name: 'main', processId: 1000, state: this.exited ? 'dead' : 'runnable' }];
  }

  get threaded(): boolean {
    return schedulerOf(this.kernel) !== undefined;
  }

  get currentThreadId(): number {
    return schedulerOf(this.kernel)?.current.tid ?? 1000;
  }

  selectThread(tid: number): boolean {
    const sched = schedulerOf(this.kernel);
    if (!sched) return tid === 1000;
    const t = sched.threads.find((x) => x.tid === tid && x.state !== 'dead');
    if (!t || t.process !== sched.main) return false;
    sched.load(t);
    return true;
  }

  run(options?: RunOptions): StopReason {
    if (this.kernel.finalStop) return this.kernel.finalStop;
    const sched = schedulerOf(this.kernel);
    if (sched) return this.runThreads(options);
    this.kernel.stopOnSignals = options?.stopOnSignals === true;
    const ended = this.deliverPending();
    if (ended) return ended;
    const before = this.machine.instructionCount;
    const r = this.machine.run(options);
    if (!yieldStops.has(r)) return this.kernel.finish(r);
    // The program made its first thread or process: from here on the scheduler runs it.
    const used = this.machine.instructionCount - before;
    const max = options?.maxSteps;
    if (max !== undefined && used >= max) return { kind: 'limit', pc: this.machine.getPC() };
    return this.runThreads({ ...options, ...(max !== undefined ? { maxSteps: max - used } : {}) });
  }

  isBreakpoint?: (pc: bigint) => boolean;

  private runThreads(options?: RunOptions): StopReason {
    const sched = schedulerOf(this.kernel)!;
    sched.isBreakpoint = this.isBreakpoint;
    const r = sched.run(options ?? {});
    // The scheduler leaves the machine holding the thread that stopped: it is the one a debugger looks at.
    return r.kind === 'exit' || r.kind === 'killed' ? this.kernel.finish(r) : r;
  }

  step(): StopReason {
    if (this.kernel.finalStop) return this.kernel.finalStop;
    if (schedulerOf(this.kernel)) {
      const r = this.runThreads({ maxSteps: 1, stopOnSignals: true });
      return r.kind === 'limit' ? { kind: 'step', pc: r.pc } : r;
    }
    if (this.kernel.pendingSignal) {
      const ended = this.deliverPending();
      return ended ?? { kind: 'step', pc: this.machine.getPC() };
    }
    this.kernel.stopOnSignals = true;
    const r = this.machine.step();
    if (yieldStops.has(r)) return { kind: 'step', pc: this.machine.getPC() };
    return this.kernel.finish(r);
  }
}

/** Bounds of the code and data segments and of the strings exec placed on the stack (/proc/self/stat). */
function execLayout(program: ProgramImage, stack: InitialStack, argv: readonly string[], envp: readonly string[]): ExecLayout {
  const code = program.segments.filter((s) => s.execute);
  const data = program.segments.filter((s) => s.write && !s.execute);
  const low = (list: typeof code) => list.reduce((m, s) => (m === 0n || s.vaddr < m ? s.vaddr : m), 0n);
  const high = (list: typeof code) => list.reduce((m, s) => (s.vaddr + BigInt(s.data.length) > m ? s.vaddr + BigInt(s.data.length) : m), 0n);
  // The strings lie in order (arguments, then environment); empty lists have empty ranges where they would be.
  const argStart = stack.argvAddresses[0] ?? stack.envpAddresses[0] ?? stack.execFnAddress;
  const argEnd = argv.length === 0 ? argStart : stack.argvAddresses[argv.length - 1]! + BigInt(cString(argv[argv.length - 1]!).length);
  const envStart = envp.length === 0 ? argEnd : stack.envpAddresses[0]!;
  const envEnd = envp.length === 0 ? envStart : stack.envpAddresses[envp.length - 1]! + BigInt(cString(envp[envp.length - 1]!).length);
  return {
    startCode: low(code), endCode: high(code), startData: low(data), endData: high(data), startStack: stack.sp,
    argStart, argEnd, envStart, envEnd, auxv: stack.auxv,
  };
}
