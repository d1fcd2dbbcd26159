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
  [71, fileops.sysSendfile], [76, fileops.sysSplice], [77, fileops.sysTee], [285, fileops.sysCopyFileRange],
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

/**
 * Names of the generic AArch64 system call numbers (include/uapi/asm-generic/unistd.h), for the notes about calls
 * the emulator does not implement: 0-243, 260-294 and 424-450 in order.
 */
const GENERIC_NAMES: readonly (readonly [number, string])[] = [
  ...`
  io_setup io_destroy io_submit io_cancel io_getevents setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr
  listxattr llistxattr flistxattr removexattr lremovexattr fremovexattr getcwd lookup_dcookie eventfd2 epoll_create1
  epoll_ctl epoll_pwait dup dup3 fcntl inotify_init1 inotify_add_watch inotify_rm_watch ioctl ioprio_set ioprio_get
  flock mknodat mkdirat unlinkat symlinkat linkat renameat umount2 mount pivot_root nfsservctl statfs fstatfs
  truncate ftruncate fallocate faccessat chdir fchdir chroot fchmod fchmodat fchownat fchown openat close vhangup
  pipe2 quotactl getdents64 lseek read write readv writev pread64 pwrite64 preadv pwritev sendfile pselect6 ppoll
  signalfd4 vmsplice splice tee readlinkat newfstatat fstat sync fsync fdatasync sync_file_range timerfd_create
  timerfd_settime timerfd_gettime utimensat acct capget capset personality exit exit_group waitid set_tid_address
  unshare futex set_robust_list get_robust_list nanosleep getitimer setitimer kexec_load init_module delete_module
  timer_create timer_gettime timer_getoverrun timer_settime timer_delete clock_settime clock_gettime clock_getres
  clock_nanosleep syslog ptrace sched_setparam sched_setscheduler sched_getscheduler sched_getparam sched_setaffinity
  sched_getaffinity sched_yield sched_get_priority_max sched_get_priority_min sched_rr_get_interval restart_syscall
  kill tkill tgkill sigaltstack rt_sigsuspend rt_sigaction rt_sigprocmask rt_sigpending rt_sigtimedwait
  rt_sigqueueinfo rt_sigreturn setpriority getpriority reboot setregid setgid setreuid setuid setresuid getresuid
  setresgid getresgid setfsuid setfsgid times setpgid getpgid getsid setsid getgroups setgroups uname sethostname
  setdomainname getrlimit setrlimit getrusage umask prctl getcpu gettimeofday settimeofday adjtimex getpid getppid
  getuid geteuid getgid getegid gettid sysinfo mq_open mq_unlink mq_timedsend mq_timedreceive mq_notify mq_getsetattr
  msgget msgctl msgrcv msgsnd semget semctl semtimedop semop shmget shmctl shmat shmdt socket socketpair bind listen
  accept connect getsockname getpeername sendto recvfrom setsockopt getsockopt shutdown sendmsg recvmsg readahead brk
  munmap mremap add_key request_key keyctl clone execve mmap fadvise64 swapon swapoff mprotect msync mlock munlock
  mlockall munlockall mincore madvise remap_file_pages mbind get_mempolicy set_mempolicy migrate_pages move_pages
  rt_tgsigqueueinfo perf_event_open accept4 recvmmsg`.trim().split(/\s+/).map((n, i) => [i, n] as const),
  ...`
  wait4 prlimit64 fanotify_init fanotify_mark name_to_handle_at open_by_handle_at clock_adjtime syncfs setns sendmmsg
  process_vm_readv process_vm_writev kcmp finit_module sched_setattr sched_getattr renameat2 seccomp getrandom
  memfd_create bpf execveat userfaultfd membarrier mlock2 copy_file_range preadv2 pwritev2 pkey_mprotect pkey_alloc
  pkey_free statx io_pgetevents rseq kexec_file_load`.trim().split(/\s+/).map((n, i) => [260 + i, n] as const),
  ...`
  pidfd_send_signal io_uring_setup io_uring_enter io_uring_register open_tree move_mount fsopen fsconfig fsmount
  fspick pidfd_open clone3 close_range openat2 pidfd_getfd faccessat2 process_madvise epoll_pwait2 mount_setattr
  quotactl_fd landlock_create_ruleset landlock_add_rule landlock_restrict_self memfd_secret process_mrelease
  futex_waitv set_mempolicy_home_node`.trim().split(/\s+/).map((n, i) => [424 + i, n] as const),
];

const NAMES = new Map<number, string>([...GENERIC_NAMES, ...Object.entries(SYS).map(([name, number]) => [number, name] as const)]);

/** The system call's name, or "syscall_N". */
export function syscallName(number: number): string {
  return NAMES.get(number) ?? `syscall_${number}`;
}
