/* Corpus program: system calls C programs use for files, processes and time beyond read/write, each printed
   as ok or its errno: fsync, fdatasync, sync, times, getitimer, fchmod, chmod, fchown, utimensat, futimens,
   flock, fcntl locks, getpgid/getpgrp/getsid, getresuid, getgroups, getpriority, sched_getscheduler,
   sched_getparam, statfs/fstatfs, socketpair, mincore, posix_fadvise, posix_fallocate, the CPU-time clocks,
   timer_create, close_range, membarrier, getrandom, dup3, access, link, truncate, tmpfile, personality, umask,
   nice. (Calls whose result depends on the host or the session, like setsid, are left out.) */
#define _GNU_SOURCE
#include <stdio.h>
#include <unistd.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <sys/file.h>
#include <sys/times.h>
#include <sys/resource.h>
#include <sys/statfs.h>
#include <sys/socket.h>
#include <sys/mman.h>
#include <sys/time.h>
#include <sched.h>
#include <time.h>
#include <signal.h>
#include <string.h>
#define T(name, expr) do { errno = 0; long r = (long)(expr); printf("%-16s %s errno=%d\n", name, r < 0 ? "-1" : "ok", r < 0 ? errno : 0); } while (0)
int main(void) {
  int fd = open("/tmp/syscalls-misc.txt", O_CREAT | O_RDWR, 0644);
  write(fd, "hello", 5);
  struct tms tm; struct itimerval it; struct statfs sf; int sv[2]; unsigned char vec[4]; gid_t groups[8]; uid_t a, b, c;
  T("fsync", fsync(fd));
  T("fdatasync", fdatasync(fd));
  T("sync", (sync(), 0));
  T("times", times(&tm));
  T("getitimer", getitimer(ITIMER_REAL, &it));
  T("fchmod", fchmod(fd, 0600));
  T("fchmodat", fchmodat(AT_FDCWD, "/tmp/syscalls-misc.txt", 0600, 0));
  T("fchown", fchown(fd, getuid(), getgid()));
  T("utimensat", utimensat(AT_FDCWD, "/tmp/syscalls-misc.txt", 0, 0));
  T("futimens", futimens(fd, 0));
  T("flock", flock(fd, LOCK_EX));
  T("fcntl lock", ({ struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET }; fcntl(fd, F_SETLK, &fl); }));
  T("getpgid", getpgid(0));
  T("getpgrp", getpgrp());
  T("getsid", getsid(0));
  T("getresuid", getresuid(&a, &b, &c));
  T("getgroups", getgroups(8, groups));
  T("getpriority", getpriority(PRIO_PROCESS, 0));
  T("sched_getsched", sched_getscheduler(0));
  T("sched_getparam", ({ struct sched_param sp; sched_getparam(0, &sp); }));
  T("fstatfs", fstatfs(fd, &sf));
  T("statfs", statfs("/tmp", &sf));
  T("socketpair", socketpair(AF_UNIX, SOCK_STREAM, 0, sv));
  T("mincore", mincore((void *)((unsigned long)&fd & ~4095UL), 4096, vec));
  T("posix_fadvise", -posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL));
  T("fallocate", posix_fallocate(fd, 0, 100) ? -1 : 0);
  T("clock_cpu", ({ struct timespec ts; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts); }));
  T("clock()", clock());
  T("timer_create", ({ timer_t t; struct sigevent ev = { .sigev_notify = SIGEV_NONE }; timer_create(CLOCK_MONOTONIC, &ev, &t); }));
  T("close_range", syscall(436, 100, 200, 0));
  T("membarrier", syscall(SYS_membarrier, 0, 0, 0));
  T("getrandom", syscall(SYS_getrandom, vec, 4, 0));
  T("dup2-like", dup3(fd, 50, 0));
  T("access", access("/tmp/syscalls-misc.txt", R_OK));
  T("chmod", chmod("/tmp/syscalls-misc.txt", 0644));
  T("link", link("/tmp/syscalls-misc.txt", "/tmp/syscalls-misc2.txt"));
  T("truncate", truncate("/tmp/syscalls-misc.txt", 2));
  T("tmpfile", tmpfile() ? 0 : -1);
  T("personality", syscall(SYS_personality, 0xffffffff));
  T("umask", umask(022));
  T("getpid", getpid());
  T("nice", nice(0));
  unlink("/tmp/syscalls-misc.txt"); unlink("/tmp/syscalls-misc2.txt");
  return 0;
}
