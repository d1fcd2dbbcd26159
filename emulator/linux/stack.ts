// The initial process stack, laid out as Linux's execve (fs/exec.c and fs/binfmt_elf.c) lays it out for arm64:
// from the top, an 8-byte zero word, the executable's file name (AT_EXECFN), the environment strings, the
// argument strings, then (16-byte aligned) the platform string "aarch64", 16 random bytes (AT_RANDOM), and
// below them, 16-byte aligned at the new SP: argc, argv[], NULL, envp[], NULL, the auxiliary vector, AT_NULL.
// This module is pure: it computes the bytes and addresses; the process writes them into guest memory.
import { AT } from './constants.js';
import { cString } from './text.js';

export interface AuxvFacts {
  readonly hwcap: bigint;
  readonly hwcap2: bigint;
  readonly pageSize: number;
  readonly phdr: bigint;
  readonly phent: number;
  readonly phnum: number;
  /** Interpreter base (0 for static programs). */
  readonly base: bigint;
  readonly entry: bigint;
  readonly uid: number;
  readonly gid: number;
  readonly minSigStackSize: number;
  readonly clockTicks: number;
}

export interface InitialStackInput {
  /** One past the highest stack address (the stack mapping's end). */
  readonly stackTop: bigint;
  readonly argv: readonly string[];
  readonly envp: readonly string[];
  /** The path as passed to execve (AT_EXECFN). */
  readonly execFileName: string;
  readonly platform: string;
  /** Exactly 16 bytes for AT_RANDOM. */
  readonly randomBytes: Uint8Array;
  readonly aux: AuxvFacts;
}

export interface InitialStack {
  /** The initial SP (16-byte aligned); argc is stored here. */
  readonly sp: bigint;
  /** Bytes from `sp` up to `stackTop`, to be written at `sp`. */
  readonly bytes: Uint8Array;
  readonly argvAddresses: readonly bigint[];
  readonly envpAddresses: readonly bigint[];
  readonly execFnAddress: bigint;
  readonly platformAddress: bigint;
  readonly randomAddress: bigint;
  /** The auxiliary vector in order, ending with AT_NULL. */
  readonly auxv: readonly (readonly [number, bigint])[];
}

/** Builds the auxiliary vector in the order Linux 6.1's create_elf_tables() writes it (no vDSO here). */
export function buildAuxv(aux: AuxvFacts, randomAddress: bigint, execFnAddress: bigint, platformAddress: bigint): [number, bigint][] {
  return [
    [AT.MINSIGSTKSZ, BigInt(aux.minSigStackSize)],
    [AT.HWCAP, aux.hwcap],
    [AT.PAGESZ, BigInt(aux.pageSize)],
    [AT.CLKTCK, BigInt(aux.clockTicks)],
    [AT.PHDR, aux.phdr],
    [AT.PHENT, BigInt(aux.phent)],
    [AT.PHNUM, BigInt(aux.phnum)],
    [AT.BASE, aux.base],
    [AT.FLAGS, 0n],
    [AT.ENTRY, aux.entry],
    [AT.UID, BigInt(aux.uid)],
    [AT.EUID, BigInt(aux.uid)],
    [AT.GID, BigInt(aux.gid)],
    [AT.EGID, BigInt(aux.gid)],
    [AT.SECURE, 0n],
    [AT.RANDOM, randomAddress],
    [AT.HWCAP2, aux.hwcap2],
    [AT.EXECFN, execFnAddress],
    [AT.PLATFORM, platformAddress],
    [AT.NULL, 0n],
  ];
}

/** Computes the initial stack image. */
export function buildInitialStack(input: InitialStackInput): InitialStack {
  if (input.randomBytes.length !== 16) throw new RangeError('AT_RANDOM needs exactly 16 bytes');
  const chunks: { address: bigint; bytes: Uint8Array }[] = [];
  let p = input.stackTop - 8n; // The top word stays zero, as in Linux (bprm->p = vm_end - sizeof(void *)).
  const push = (bytes: Uint8Array): bigint => { p -= BigInt(bytes.length); chunks.push({ address: p, bytes }); return p; };

  const execFnAddress = push(cString(input.execFileName));
  // copy_strings() copies the last string first, so the strings end up in order, argv[0] lowest.
  const envpAddresses: bigint[] = new Array(input.envp.length);
  for (let i = input.envp.length - 1; i >= 0; i--) envpAddresses[i] = push(cString(input.envp[i]!));
  const argvAddresses: bigint[] = new Array(input.argv.length);
  for (let i = input.argv.length - 1; i >= 0; i--) argvAddresses[i] = push(cString(input.argv[i]!));

  p &= ~15n; // arch_align_stack() without randomization.
  const platformAddress = push(cString(input.platform));
  const randomAddress = push(input.randomBytes);

  const auxv = buildAuxv(input.aux, randomAddress, execFnAddress, platformAddress);
  const words: bigint[] = [BigInt(input.argv.length), ...argvAddresses, 0n, ...envpAddresses, 0n];
  for (const [key, value] of auxv) words.push(BigInt(key), value);
  const sp = (p - BigInt(words.length * 8)) & ~15n;

  const size = Number(input.stackTop - sp);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  words.forEach((w, i) => view.setBigUint64(i * 8, BigInt.asUintN(64, w), true));
  for (const c of chunks) bytes.set(c.bytes, Number(c.address - sp));
  return { sp, bytes, argvAddresses, envpAddresses, execFnAddress, platformAddress, randomAddress, auxv };
}
