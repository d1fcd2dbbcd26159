// Contents of /proc files made at open from the process, in Linux's formats: /proc/cpuinfo (arm64's show_cpuinfo:
// one CPU, its Features from AT_HWCAP/AT_HWCAP2 in hwcap_str order, so `mte` shows as MTE users check for it),
// /proc/meminfo (the memory limit), /proc/self/smaps (each mapping with its sizes and VmFlags, `mt` for PROT_MTE
// mappings as Documentation/filesystems/proc.rst describes), /proc/self/cmdline, /proc/self/status, and
// /proc/self/stat, statm and auxv (proc(5)).
import type { Kernel } from '../kernel.js';
import { hwcapsFromIdRegisters } from '../constants.js';
import { ID_REGISTER_VALUES, SYSREG } from '../../machine/exec/branchSystem.js';
import { utf8 } from '../text.js';
import { currentPid, parentPid, schedulerOf } from '../threads.js';
import { procMaps } from './fs.js';
import { limitFor } from './process.js';
import { pendingSignalSet } from '../signals.js';

const RLIMIT_RSS = 5;

/** Names of the AT_HWCAP bits, then the AT_HWCAP2 bits, as /proc/cpuinfo prints them (arch/arm64/kernel/cpuinfo.c). */
const HWCAP_NAMES = ['fp', 'asimd', 'evtstrm', 'aes', 'pmull', 'sha1', 'sha2', 'crc32', 'atomics', 'fphp', 'asimdhp', 'cpuid',
  'asimdrdm', 'jscvt', 'fcma', 'lrcpc', 'dcpop', 'sha3', 'sm3', 'sm4', 'asimddp', 'sha512', 'sve', 'asimdfhm', 'dit', 'uscat',
  'ilrcpc', 'flagm', 'ssbs', 'sb', 'paca', 'pacg'];
const HWCAP2_NAMES = ['dcpodp', 'sve2', 'sveaes', 'svepmull', 'svebitperm', 'svesha3', 'svesm4', 'flagm2', 'frint', 'svei8mm',
  'svef32mm', 'svef64mm', 'svebf16', 'i8mm', 'bf16', 'dgh', 'rng', 'bti', 'mte', 'ecv', 'afp', 'rpres', 'mte3'];

function cpuinfo(): string {
  const { hwcap, hwcap2 } = hwcapsFromIdRegisters((name) => ID_REGISTER_VALUES.get(SYSREG[name]) ?? 0n);
  const features = [
    ...HWCAP_NAMES.filter((_, i) => ((hwcap >> BigInt(i)) & 1n) !== 0n),
    ...HWCAP2_NAMES.filter((_, i) => ((hwcap2 >> BigInt(i)) & 1n) !== 0n),
  ];
  return `processor\t: 0\nBogoMIPS\t: 2000.00\nFeatures\t: ${features.join(' ')}\nCPU implementer\t: 0x41\n`
    + 'CPU architecture: 8\nCPU variant\t: 0x0\nCPU part\t: 0xd0b\nCPU revision\t: 0\n\n';
}

function meminfo(k: Kernel): string {
  const total = Math.floor(k.memoryLimitBytes / 1024);
  const used = Math.floor((k.machine.memoryBudget?.used ?? k.machine.memoryInUseBytes) / 1024);
  const free = Math.max(0, total - used);
  const line = (name: string, kb: number) => `${`${name}:`.padEnd(16)}${String(kb).padStart(8)} kB\n`;
  return line('MemTotal', total) + line('MemFree', free) + line('MemAvailable', free) + line('Buffers', 0) + line('Cached', 0)
    + line('SwapTotal', 0) + line('SwapFree', 0);
}

/** /proc/self/smaps: the maps line of each mapping, then its sizes and flags (Rss counts every page as resident). */
function smaps(k: Kernel): string {
  const lines = procMaps(k).split('\n').filter((l) => l !== '');
  const vmas = k.addressSpace.all();
  let out = '';
  lines.forEach((line, i) => {
    const v = vmas[i]!;
    const kb = Number((v.end - v.start) / 1024n);
    const field = (name: string, value: number) => `${`${name}:`.padEnd(16)}${String(value).padStart(8)} kB\n`;
    out += `${line}\n` + field('Size', kb) + field('KernelPageSize', 4) + field('MMUPageSize', 4) + field('Rss', kb) + field('Pss', kb)
      + field('Shared_Clean', 0) + field('Shared_Dirty', v.shared ? kb : 0) + field('Private_Clean', 0) + field('Private_Dirty', v.shared ? 0 : kb)
      + field('Referenced', kb) + field('Anonymous', v.file ? 0 : kb) + field('Swap', 0) + field('Locked', 0);
    const flags = [v.read ? 'rd' : '', v.write ? 'wr' : '', v.execute ? 'ex' : '', v.shared ? 'sh' : '', 'mr', 'mw', 'me', v.shared ? 'ms' : '',
      v.kind === 'stack' ? 'gd' : '', !v.file && !v.shared && v.write ? 'ac' : '', v.tagged ? 'mt' : ''].filter((f) => f !== '');
    out += `VmFlags: ${flags.join(' ')} \n`;
  });
  return out;
}

/** The command name /proc shows (the thread's name, else the program's base name, at most 15 bytes). */
function commandName(k: Kernel): string {
  return k.threadName === 'program' ? (k.argv[0] ?? k.program.path).split('/').pop()!.slice(0, 15) : k.threadName;
}

function ignoredSignals(k: Kernel): bigint {
  return [...k.signalActions].filter(([, a]) => a.handler === 1n).reduce((m, [s]) => m | (1n << BigInt(s - 1)), 0n);
}

function caughtSignals(k: Kernel): bigint {
  return [...k.signalActions].filter(([, a]) => a.handler > 1n).reduce((m, [s]) => m | (1n << BigInt(s - 1)), 0n);
}

/** Clock ticks (USER_HZ, 100 per second, AT_CLKTCK) of a nanosecond count. */
const ticks = (ns: bigint) => ns / 10_000_000n;

/**
 * /proc/self/stat: the 52 fields proc(5) lists, in order. CPU time is the instructions executed (1 ns each, as
 * times() and the CPU-time clocks count it), all user time; the boot is the clocks' zero (CLOCK_BOOTTIME reads the
 * same as CLOCK_MONOTONIC), so starttime is the start on that clock; kstkesp, kstkeip and wchan read 0 as Linux
 * shows them; exit_signal is SIGCHLD; flags PF_RANDOMIZE as for any process Linux starts.
 */
function stat(k: Kernel): string {
  const layout = k.exec;
  const vmas = k.addressSpace.all();
  const vsize = vmas.reduce((n, v) => n + (v.end - v.start), 0n);
  const rss = Math.ceil(k.machine.memoryInUseBytes / 4096);
  const threads = schedulerOf(k)?.processOf(k).liveThreads().length ?? 1;
  const fields: (string | number | bigint)[] = [
    currentPid(k), `(${commandName(k)})`, 'R', parentPid(k), k.pgid, k.sid, 0, -1, 0x400000, 0, 0, 0, 0,
    ticks(BigInt(k.machine.instructionCount)), 0, 0, 0, 20 + k.nice, k.nice, threads, 0, ticks(k.startNs), vsize, rss,
    limitFor(k, RLIMIT_RSS)[0], layout?.startCode ?? 0n, layout?.endCode ?? 0n, layout?.startStack ?? 0n, 0, 0,
    pendingSignalSet(k), k.blockedSignals, ignoredSignals(k), caughtSignals(k), 0, 0, 0, 17, 0, 0, 0, 0, 0, 0,
    layout?.startData ?? 0n, layout?.endData ?? 0n, k.brkStart, layout?.argStart ?? 0n, layout?.argEnd ?? 0n,
    layout?.envStart ?? 0n, layout?.envEnd ?? 0n, 0,
  ];
  return `${fields.join(' ')}\n`;
}

/** /proc/self/statm: size resident shared text lib data dt, in pages (proc(5); lib and dt are always 0). */
function statm(k: Kernel): string {
  const vmas = k.addressSpace.all();
  const pages = (n: bigint) => (n + 4095n) / 4096n;
  const size = pages(vmas.reduce((n, v) => n + (v.end - v.start), 0n));
  const shared = pages(vmas.filter((v) => v.shared || v.file).reduce((n, v) => n + (v.end - v.start), 0n));
  const text = k.exec ? pages(k.exec.endCode - k.exec.startCode) : 0n;
  const data = pages(vmas.filter((v) => v.write && !v.shared).reduce((n, v) => n + (v.end - v.start), 0n));
  return `${size} ${Math.ceil(k.machine.memoryInUseBytes / 4096)} ${shared} ${text} 0 ${data} 0\n`;
}

/** /proc/self/auxv: the auxiliary vector exec gave the program, pairs of 64-bit words up to and with AT_NULL. */
function auxv(k: Kernel): Uint8Array {
  const entries = k.exec?.auxv ?? [[0, 0n]];
  const out = new Uint8Array(entries.length * 16);
  const view = new DataView(out.buffer);
  entries.forEach(([key, value], i) => { view.setBigUint64(i * 16, BigInt(key), true); view.setBigUint64(i * 16 + 8, BigInt.asUintN(64, value), true); });
  return out;
}

function status(k: Kernel): string {
  const pid = currentPid(k);
  const threads = schedulerOf(k)?.processOf(k).liveThreads().length ?? 1;
  const hex = (x: bigint) => x.toString(16).padStart(16, '0');
  const name = commandName(k);
  return `Name:\t${name}\nUmask:\t0022\nState:\tR (running)\nTgid:\t${pid}\nNgid:\t0\nPid:\t${pid}\nPPid:\t${parentPid(k)}\nTracerPid:\t0\n`
    + 'Uid:\t1000\t1000\t1000\t1000\nGid:\t1000\t1000\t1000\t1000\n'
    + `FDSize:\t${k.files.maxDescriptors}\nGroups:\t1000\nThreads:\t${threads}\n`
    + `SigPnd:\t${hex(0n)}\nShdPnd:\t${hex(0n)}\nSigBlk:\t${hex(k.blockedSignals)}\n`
    + `SigIgn:\t${hex(ignoredSignals(k))}\n`
    + `SigCgt:\t${hex(caughtSignals(k))}\n`
    + 'Cpus_allowed:\t1\nCpus_allowed_list:\t0\n';
}

/** The bytes of /proc/NAME for the calling process. */
export function procFile(k: Kernel, name: string): Uint8Array {
  switch (name) {
    case 'cpuinfo': return utf8(cpuinfo());
    case 'meminfo': return utf8(meminfo(k));
    case 'self/smaps': return utf8(smaps(k));
    case 'self/cmdline': {
      const parts = k.argv.map((a) => utf8(a));
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
      let at = 0;
      for (const p of parts) { out.set(p, at); at += p.length + 1; }
      return out;
    }
    case 'self/status': return utf8(status(k));
    case 'self/stat': return utf8(stat(k));
    case 'self/statm': return utf8(statm(k));
    case 'self/auxv': return auxv(k);
    default: return new Uint8Array(0);
  }
}
