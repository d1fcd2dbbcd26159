// The system call table: arm64 (asm-generic) syscall number -> handler. Explicit, no reflection; anything not
// listed returns -ENOSYS and is reported once in the process's diagnostics.
import * as sockets from './syscalls/sockets.js';
import * as unix from './syscalls/unixSockets.js';
import * as fileops from './syscalls/fileops.js';
import * as locks from './syscalls/locks.js';
import * as timers from './syscalls/timers.js';
import * as events from './syscalls/events.js';
import { SYS } from './constants.js';
import type { SyscallHandler } from './kernel.js';
import * as fs from './syscalls/fs.js';
import * as io from './syscalls/io.js';
import * as memory from './syscalls/memory.js';
import { sysPrctl } from './syscalls/prctl.js';
import * as proc from './syscalls/process.js';
import * as sig from './syscalls/signal.js';
import * as threads from './threads.js';

export const SYSCALLS: ReadonlyMap<number, SyscallHandler> = new Map<number, SyscallHandler>([
  [SYS.getcwd, fs.sysGetcwd],
  [SYS.dup, io.sysDup],
  [SYS.dup3, io.sysDup3],
  [SYS.fcntl, io.sysFcntl],
  [SYS.ioctl, io.sysIoctl],
  [SYS.mkdirat, fs.sysMkdirat],
  [33, fs.sysMknodat],
  [SYS.unlinkat, fs.sysUnlinkat],
  [SYS.renameat, fs.sysRenameat],
  [SYS.symlinkat, fs.sysSymlinkat],
  [SYS.linkat, fs.sysLinkat],
  [SYS.renameat2, fs.sysRenameat2],
  [SYS.truncate, fs.sysTruncate],
  [SYS.ftruncate, fs.sysFtruncate],
  [SYS.faccessat, fs.sysFaccessat],
  [SYS.faccessat2, fs.sysFaccessat2],
  [SYS.chdir, fs.sysChdir],
  [SYS.fchdir, fs.sysFchdir],
  [SYS.openat, fs.sysOpenat],
  [SYS.close, io.sysClose],
  [SYS.pipe2, io.sysPipe2],
  [SYS.getdents64, fs.sysGetdents64],
  [SYS.lseek, io.sysLseek],
  [SYS.read, io.sysRead],
  [SYS.write, io.sysWrite],
  [SYS.readv, io.sysReadv],
  [SYS.writev, io.sysWritev],
  [SYS.pread64, io.sysPread64],
  [SYS.pwrite64, io.sysPwrite64],
  [SYS.readlinkat, fs.sysReadlinkat],
  [SYS.newfstatat, fs.sysNewfstatat],
  [SYS.fstat, fs.sysFstat],
  [SYS.statx, fs.sysStatx],
  [SYS.umask, fs.sysUmask],
  [SYS.memfd_create, io.sysMemfdCreate],
  [SYS.msync, memory.sysMsync],
  [SYS.sched_getaffinity, proc.sysSchedGetaffinity],
  [SYS.sched_setaffinity, proc.sysSchedSetaffinity],
  [SYS.getcpu, proc.sysGetcpu],
  [SYS.getrusage, proc.sysGetrusage],
  [SYS.wait4, threads.sysWait4],
  [95, threads.sysWaitid], // waitid
  [SYS.clone, threads.sysClone],
  [SYS.clone3, threads.sysClone3],
  [SYS.execve, proc.sysExecve],
  [SYS.exit, proc.sysExit],
  [SYS.exit_group, proc.sysExitGroup],
  [SYS.set_tid_address, proc.sysSetTidAddress],
  [SYS.futex, proc.sysFutex],
  [SYS.set_robust_list, proc.sysSetRobustList],
  [SYS.nanosleep, proc.sysNanosleep],
  [SYS.clock_gettime, proc.sysClockGettime],
  [SYS.clock_getres, proc.sysClockGetres],
  [SYS.clock_nanosleep, proc.sysClockNanosleep],
  [SYS.sched_yield, proc.sysSchedYield],
  [SYS.kill, sig.sysKill],
  [SYS.tkill, sig.sysTkill],
  [SYS.tgkill, sig.sysTgkill],
  [SYS.sigaltstack, sig.sysSigaltstack],
  [SYS.rt_sigaction, sig.sysRtSigaction],
  [SYS.rt_sigprocmask, sig.sysRtSigprocmask],
  [SYS.rt_sigreturn, sig.sysRtSigreturn],
  [133, sig.sysRtSigsuspend], [136, sig.sysRtSigpending], [137, sig.sysRtSigtimedwait], // rt_sigsuspend, rt_sigpending, rt_sigtimedwait
  [SYS.uname, proc.sysUname],
  [SYS.getrlimit, proc.sysGetrlimit],
  [19, events.sysEventfd2], [72, events.sysPselect6], [73, events.sysPpoll], // eventfd2, pselect6, ppoll
  [102, timers.sysGetitimer], [103, timers.sysSetitimer], [107, timers.sysTimerCreate], [108, timers.sysTimerGettime],
  [109, timers.sysTimerGetoverrun], [110, timers.sysTimerSettime], [111, timers.sysTimerDelete], // itimers, POSIX timers
  [81, fileops.sysSync], [82, fileops.sysFsync], [83, fileops.sysFsync], [267, fileops.sysSyncfs], [32, locks.sysFlock],
  [47, fileops.sysFallocate], [52, fileops.sysFchmod], [53, fileops.sysFchmodat], [88, fileops.sysUtimensat], [153, fileops.sysTimes],
  [20, events.sysEpollCreate1], [21, events.sysEpollCtl], [22, events.sysEpollPwait], [441, events.sysEpollPwait2], [74, events.sysSignalfd4],
  [199, sockets.sysSocketpair], [206, sockets.sysSendto], [207, sockets.sysRecvfrom], [208, sockets.sysSetsockopt],
  [209, sockets.sysGetsockopt], [210, sockets.sysShutdown], [211, sockets.sysSendmsg], [212, sockets.sysRecvmsg],
  [204, sockets.sysGetsockname], [205, sockets.sysGetpeername], // getsockname, getpeername
  [198, unix.sysSocket], [200, unix.sysBind], [201, unix.sysListen], [202, unix.sysAccept], [203, unix.sysConnect], [242, unix.sysAccept4],
  [138, sig.sysRtSigqueueinfo], [240, sig.sysRtTgsigqueueinfo],
  [55, fileops.sysFchown], [54, fileops.sysFchownat], [43, fileops.sysStatfs], [44, fileops.sysFstatfs], [223, fileops.sysFadvise64],
  [436, fileops.sysCloseRange], [232, fileops.sysMincore], [283, fileops.sysMembarrier], [92, fileops.sysPersonality],
  [148, fileops.sysGetresid], [150, fileops.sysGetresid], // getresuid, getresgid
  [71, fileops.sysSendfile], [285, fileops.sysCopyFileRange],
  [100, proc.sysGetRobustList],
  [85, events.sysTimerfdCreate], [86, events.sysTimerfdSettime], [87, events.sysTimerfdGettime], // timerfd_*
  [164, proc.sysSetrlimit], // setrlimit
  [154, proc.sysSetpgid], [155, proc.sysGetpgid], [156, proc.sysGetsid], [157, proc.sysSetsid], [158, proc.sysGetgroups],
  [140, proc.sysSetpriority], [141, proc.sysGetpriority],
  [118, proc.sysSchedSetparam], [119, proc.sysSchedSetscheduler], [120, proc.sysSchedGetscheduler], [121, proc.sysSchedGetparam],
  [125, proc.sysSchedPriorityMax], [126, proc.sysSchedPriorityMin], [127, proc.sysSchedRrGetInterval],
  [228, proc.sysMlock], [229, proc.sysMlock], [230, proc.sysMlockall], [231, proc.sysMunlockall], [284, proc.sysMlock2],
  [SYS.prctl, sysPrctl],
  [SYS.gettimeofday, proc.sysGettimeofday],
  [SYS.getpid, proc.sysGetpid],
  [SYS.getppid, proc.sysGetppid],
  [SYS.getuid, proc.sysGetuid],
  [SYS.geteuid, proc.sysGetuid],
  [SYS.getgid, proc.sysGetgid],
  [SYS.getegid, proc.sysGetgid],
  [SYS.gettid, proc.sysGettid],
  [SYS.sysinfo, proc.sysSysinfo],
  [SYS.brk, memory.sysBrk],
  [SYS.munmap, memory.sysMunmap],
  [SYS.mremap, memory.sysMremap],
  [SYS.mmap, memory.sysMmap],
  [SYS.mprotect, memory.sysMprotect],
  [SYS.madvise, memory.sysMadvise],
  [SYS.prlimit64, proc.sysPrlimit64],
  [SYS.getrandom, proc.sysGetrandom],
  [SYS.rseq, proc.sysRseq],
]);

const NAMES = new Map<number, string>(Object.entries(SYS).map(([name, number]) => [number, name]));

/** The system call's name, or "syscall_N". */
export function syscallName(number: number): string {
  return NAMES.get(number) ?? `syscall_${number}`;
}
