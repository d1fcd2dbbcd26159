// Numbers of the arm64 Linux user ABI that the kernel layer needs: system call numbers (asm-generic table),
// errno values, signals and their si_code values, auxiliary vector keys, hardware capability bits, mmap and
// prctl flags. Values are from the Linux UAPI headers (include/uapi/asm-generic, arch/arm64/include/uapi).

export const SYS = {
  getcwd: 17, dup: 23, dup3: 24, fcntl: 25, ioctl: 29, faccessat: 48, chdir: 49, openat: 56, close: 57,
  pipe2: 59, getdents64: 61, lseek: 62, read: 63, write: 64, readv: 65, writev: 66, pread64: 67, pwrite64: 68,
  readlinkat: 78, newfstatat: 79, fstat: 80, exit: 93, exit_group: 94, set_tid_address: 96, futex: 98,
  set_robust_list: 99, nanosleep: 101, clock_gettime: 113, clock_getres: 114, clock_nanosleep: 115,
  sched_yield: 124, kill: 129, tkill: 130, tgkill: 131, sigaltstack: 132, rt_sigaction: 134,
  rt_sigprocmask: 135, rt_sigreturn: 139, uname: 160, getrlimit: 163, prctl: 167, gettimeofday: 169,
  getpid: 172, getppid: 173, getuid: 174, geteuid: 175, getgid: 176, getegid: 177, gettid: 178, sysinfo: 179,
  brk: 214, munmap: 215, mremap: 216, clone: 220, execve: 221, mmap: 222, mprotect: 226, msync: 227,
  madvise: 233, wait4: 260, prlimit64: 261, getrandom: 278, memfd_create: 279, statx: 291, rseq: 293,
  mkdirat: 34, unlinkat: 35, renameat: 38, truncate: 45, ftruncate: 46, fchdir: 50, sched_setaffinity: 122,
  sched_getaffinity: 123, getrusage: 165, umask: 166, getcpu: 168, renameat2: 276, clone3: 435, faccessat2: 439,
  symlinkat: 36, linkat: 37,
} as const;

/** errno values (asm-generic/errno-base.h, errno.h): the one definition for the whole Linux layer. */
export const E = {
  PERM: 1, NOENT: 2, SRCH: 3, INTR: 4, IO: 5, NXIO: 6, TOOBIG: 7, NOEXEC: 8, BADF: 9, CHILD: 10, AGAIN: 11, NOMEM: 12, ACCES: 13,
  FAULT: 14, BUSY: 16, EXIST: 17, XDEV: 18, NODEV: 19, NOTDIR: 20, ISDIR: 21, INVAL: 22, MFILE: 24, NOTTY: 25,
  TXTBSY: 26, FBIG: 27, NOSPC: 28, SPIPE: 29, ROFS: 30, MLINK: 31, PIPE: 32, RANGE: 34, DEADLK: 35,
  NAMETOOLONG: 36, NOSYS: 38, NOTEMPTY: 39, LOOP: 40, OVERFLOW: 75, NOTSOCK: 88, DESTADDRREQ: 89, MSGSIZE: 90, PROTOTYPE: 91,
  NOPROTOOPT: 92, PROTONOSUPPORT: 93, SOCKTNOSUPPORT: 94, OPNOTSUPP: 95, AFNOSUPPORT: 97, ADDRINUSE: 98, NOBUFS: 105, ISCONN: 106, NOTCONN: 107, TIMEDOUT: 110, CONNREFUSED: 111,
} as const;

export const SIG = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
} as const;

/** Signal names as gdb and strsignal() print them. */
export const SIGNAL_NAMES: Readonly<Record<number, readonly [string, string]>> = {
  1: ['SIGHUP', 'Hangup'], 2: ['SIGINT', 'Interrupt'], 3: ['SIGQUIT', 'Quit'], 4: ['SIGILL', 'Illegal instruction'],
  5: ['SIGTRAP', 'Trace/breakpoint trap'], 6: ['SIGABRT', 'Aborted'], 7: ['SIGBUS', 'Bus error'],
  8: ['SIGFPE', 'Arithmetic exception'], 9: ['SIGKILL', 'Killed'], 10: ['SIGUSR1', 'User defined signal 1'],
  11: ['SIGSEGV', 'Segmentation fault'], 12: ['SIGUSR2', 'User defined signal 2'], 13: ['SIGPIPE', 'Broken pipe'],
  14: ['SIGALRM', 'Alarm clock'], 15: ['SIGTERM', 'Terminated'], 31: ['SIGSYS', 'Bad system call'],
};

export const SEGV_MAPERR = 1;
export const SEGV_ACCERR = 2;
export const SEGV_MTEAERR = 8;
export const SEGV_MTESERR = 9;
export const ILL_ILLOPC = 1;
export const BUS_ADRALN = 1;
export const BUS_ADRERR = 2;
export const SI_USER = 0;
export const SI_TKILL = -6;

/** Signals whose default action terminates the process with a core dump. */
export const CORE_DUMP_SIGNALS: ReadonlySet<number> = new Set([SIG.QUIT, SIG.ILL, SIG.TRAP, SIG.ABRT, SIG.BUS, SIG.FPE, SIG.SEGV, SIG.XCPU, SIG.XFSZ, SIG.SYS]);
/** Signals whose default action is to do nothing. */
export const IGNORED_BY_DEFAULT: ReadonlySet<number> = new Set([SIG.CHLD, SIG.CONT, SIG.URG, SIG.WINCH]);

export const AT = {
  NULL: 0, PHDR: 3, PHENT: 4, PHNUM: 5, PAGESZ: 6, BASE: 7, FLAGS: 8, ENTRY: 9, UID: 11, EUID: 12, GID: 13,
  EGID: 14, PLATFORM: 15, HWCAP: 16, CLKTCK: 17, SECURE: 23, RANDOM: 25, HWCAP2: 26, EXECFN: 31,
  SYSINFO_EHDR: 33, MINSIGSTKSZ: 51,
} as const;

/** arm64 AT_HWCAP bits (arch/arm64/include/uapi/asm/hwcap.h). */
export const HWCAP = {
  FP: 1 << 0, ASIMD: 1 << 1, EVTSTRM: 1 << 2, AES: 1 << 3, PMULL: 1 << 4, SHA1: 1 << 5, SHA2: 1 << 6,
  CRC32: 1 << 7, ATOMICS: 1 << 8, FPHP: 1 << 9, ASIMDHP: 1 << 10, CPUID: 1 << 11, ASIMDRDM: 1 << 12,
  JSCVT: 1 << 13, FCMA: 1 << 14, LRCPC: 1 << 15, DCPOP: 1 << 16, SHA3: 1 << 17, SM3: 1 << 18, SM4: 1 << 19,
  ASIMDDP: 1 << 20, SHA512: 1 << 21, SVE: 1 << 22, ASIMDFHM: 1 << 23, DIT: 1 << 24, USCAT: 1 << 25, ILRCPC: 1 << 26,
  FLAGM: 1 << 27, SSBS: 1 << 28, SB: 1 << 29, PACA: 1 << 30, PACG: 2 ** 31,
} as const;

/** arm64 AT_HWCAP2 bits. */
export const HWCAP2 = {
  DCPODP: 1 << 0, FLAGM2: 1 << 7, FRINT: 1 << 8, I8MM: 1 << 13, BF16: 1 << 14, DGH: 1 << 15, RNG: 1 << 16, BTI: 1 << 17,
  MTE: 1 << 18,
} as const;

/** An ID register field that implies a hwcap: `register`'s 4-bit field at `lsb` is at least `min` (signed fields: FP, AdvSIMD). */
export interface HwcapIdField {
  readonly register: 'ID_AA64PFR0_EL1' | 'ID_AA64PFR1_EL1' | 'ID_AA64ISAR0_EL1' | 'ID_AA64ISAR1_EL1';
  readonly lsb: number;
  readonly min: number;
  readonly signed?: boolean;
  readonly hwcap?: number;
  readonly hwcap2?: number;
}

/**
 * How Linux derives AT_HWCAP/AT_HWCAP2 from the ID registers (Documentation/arch/arm64/elf_hwcaps.rst: "Functionality
 * implied by ID_AA64ISAR0_EL1.AES == 0b0001", ...; the kernel sets a hwcap when the field is at least that value).
 * HWCAP_CPUID needs no field: the kernel emulates EL0 reads of the ID registers.
 */
export const HWCAP_ID_FIELDS: readonly HwcapIdField[] = [
  { register: 'ID_AA64PFR0_EL1', lsb: 16, min: 0, signed: true, hwcap: HWCAP.FP },
  { register: 'ID_AA64PFR0_EL1', lsb: 16, min: 1, signed: true, hwcap: HWCAP.FPHP },
  { register: 'ID_AA64PFR0_EL1', lsb: 20, min: 0, signed: true, hwcap: HWCAP.ASIMD },
  { register: 'ID_AA64PFR0_EL1', lsb: 20, min: 1, signed: true, hwcap: HWCAP.ASIMDHP },
  { register: 'ID_AA64PFR0_EL1', lsb: 32, min: 1, hwcap: HWCAP.SVE },
  { register: 'ID_AA64PFR0_EL1', lsb: 48, min: 1, hwcap: HWCAP.DIT },
  { register: 'ID_AA64PFR1_EL1', lsb: 0, min: 1, hwcap2: HWCAP2.BTI },
  { register: 'ID_AA64PFR1_EL1', lsb: 4, min: 2, hwcap: HWCAP.SSBS },
  { register: 'ID_AA64PFR1_EL1', lsb: 8, min: 2, hwcap2: HWCAP2.MTE },
  { register: 'ID_AA64ISAR0_EL1', lsb: 4, min: 1, hwcap: HWCAP.AES },
  { register: 'ID_AA64ISAR0_EL1', lsb: 4, min: 2, hwcap: HWCAP.PMULL },
  { register: 'ID_AA64ISAR0_EL1', lsb: 8, min: 1, hwcap: HWCAP.SHA1 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 12, min: 1, hwcap: HWCAP.SHA2 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 12, min: 2, hwcap: HWCAP.SHA512 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 16, min: 1, hwcap: HWCAP.CRC32 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 20, min: 2, hwcap: HWCAP.ATOMICS },
  { register: 'ID_AA64ISAR0_EL1', lsb: 28, min: 1, hwcap: HWCAP.ASIMDRDM },
  { register: 'ID_AA64ISAR0_EL1', lsb: 32, min: 1, hwcap: HWCAP.SHA3 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 36, min: 1, hwcap: HWCAP.SM3 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 40, min: 1, hwcap: HWCAP.SM4 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 44, min: 1, hwcap: HWCAP.ASIMDDP },
  { register: 'ID_AA64ISAR0_EL1', lsb: 48, min: 1, hwcap: HWCAP.ASIMDFHM },
  { register: 'ID_AA64ISAR0_EL1', lsb: 52, min: 1, hwcap: HWCAP.FLAGM },
  { register: 'ID_AA64ISAR0_EL1', lsb: 52, min: 2, hwcap2: HWCAP2.FLAGM2 },
  { register: 'ID_AA64ISAR0_EL1', lsb: 60, min: 1, hwcap2: HWCAP2.RNG },
  { register: 'ID_AA64ISAR1_EL1', lsb: 0, min: 1, hwcap: HWCAP.DCPOP },
  { register: 'ID_AA64ISAR1_EL1', lsb: 0, min: 2, hwcap2: HWCAP2.DCPODP },
  { register: 'ID_AA64ISAR1_EL1', lsb: 12, min: 1, hwcap: HWCAP.JSCVT },
  { register: 'ID_AA64ISAR1_EL1', lsb: 16, min: 1, hwcap: HWCAP.FCMA },
  { register: 'ID_AA64ISAR1_EL1', lsb: 20, min: 1, hwcap: HWCAP.LRCPC },
  { register: 'ID_AA64ISAR1_EL1', lsb: 20, min: 2, hwcap: HWCAP.ILRCPC },
  { register: 'ID_AA64ISAR1_EL1', lsb: 32, min: 1, hwcap2: HWCAP2.FRINT },
  { register: 'ID_AA64ISAR1_EL1', lsb: 36, min: 1, hwcap: HWCAP.SB },
  { register: 'ID_AA64ISAR1_EL1', lsb: 44, min: 1, hwcap2: HWCAP2.BF16 },
  { register: 'ID_AA64ISAR1_EL1', lsb: 52, min: 1, hwcap2: HWCAP2.I8MM },
];

/** AT_HWCAP and AT_HWCAP2 as Linux derives them from ID register values (read by name). */
export function hwcapsFromIdRegisters(read: (register: HwcapIdField['register']) => bigint): { hwcap: bigint; hwcap2: bigint } {
  let hwcap = BigInt(HWCAP.CPUID), hwcap2 = 0n;
  for (const f of HWCAP_ID_FIELDS) {
    let v = Number((read(f.register) >> BigInt(f.lsb)) & 15n);
    if (f.signed && v >= 8) v -= 16;
    if (v < f.min) continue;
    if (f.hwcap !== undefined) hwcap |= BigInt(f.hwcap);
    if (f.hwcap2 !== undefined) hwcap2 |= BigInt(f.hwcap2);
  }
  return { hwcap, hwcap2 };
}

export const PROT_READ = 0x1;
export const PROT_WRITE = 0x2;
export const PROT_EXEC = 0x4;
export const PROT_SEM = 0x8;
export const PROT_BTI = 0x10;
export const PROT_MTE = 0x20;
export const PROT_GROWSDOWN = 0x01000000;
export const PROT_GROWSUP = 0x02000000;

export const MAP_SHARED = 0x01;
export const MAP_PRIVATE = 0x02;
export const MAP_SHARED_VALIDATE = 0x03;
export const MAP_TYPE = 0x0f;
export const MAP_FIXED = 0x10;
export const MAP_ANONYMOUS = 0x20;
export const MAP_NORESERVE = 0x4000;
export const MAP_FIXED_NOREPLACE = 0x100000;

export const MADV_DONTNEED = 4;
export const MADV_FREE = 8;

export const PR_SET_NAME = 15;
export const PR_GET_NAME = 16;
export const PR_SET_TAGGED_ADDR_CTRL = 55;
export const PR_GET_TAGGED_ADDR_CTRL = 56;
export const PR_TAGGED_ADDR_ENABLE = 1;
export const PR_MTE_TCF_SYNC = 1 << 1;
export const PR_MTE_TCF_ASYNC = 1 << 2;
/**
 * The CPU's preferred tag checking mode (/sys/devices/system/cpu/cpu0/mte_tcf_preferred): the mode in force when
 * a task allows both SYNC and ASYNC. Linux's default is async; only a privileged user may change it.
 */
export const MTE_TCF_PREFERRED: 'async' | 'sync' = 'async';
export const PR_MTE_TAG_SHIFT = 3;
export const PR_MTE_TAG_MASK = 0xffff << PR_MTE_TAG_SHIFT;

export const SA_SIGINFO = 0x4;
export const SA_ONSTACK = 0x08000000;
export const SA_RESTART = 0x10000000;
export const SA_NODEFER = 0x40000000;
export const SA_RESETHAND = 0x80000000;
export const SA_RESTORER = 0x04000000;
export const SA_EXPOSE_TAGBITS = 0x800;
export const SIG_DFL = 0n;
export const SIG_IGN = 1n;

export const PAGE_SIZE = 4096;
/** User address space size with 48-bit virtual addresses (TASK_SIZE). */
export const TASK_SIZE = 1n << 48n;
