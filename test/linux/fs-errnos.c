/* File-system errno cases compared with qemu-aarch64 by test/oracle/fsQemu.test.ts: each line is a call, its result
   and errno. Run as `errs DIR` in an empty folder the program may write. Linux and qemu differ only in F_GETFL,
   where Linux (arm64) reports O_LARGEFILE (0x20000) for files opened by openat and memfd_create. */
#define _GNU_SOURCE
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sched.h>
#include <string.h>
#include <stdlib.h>
#define R(expr) do { errno = 0; long r_ = (long)(expr); printf("%-40s %ld %d\n", #expr, r_, r_ < 0 ? errno : 0); } while (0)
int main(int argc, char **argv) {
  if (chdir(argv[1]) != 0) return 2;
  R(mkdir("d", 0755));
  R(mkdir("d", 0755));
  int f = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
  R(write(f, "abcdef", 6));
  R(open("d", O_RDONLY | O_CREAT, 0644));
  R(open("d", O_WRONLY));
  R(open("f/", O_RDONLY));
  R(open("f/x", O_RDONLY));
  R(open("f", O_RDONLY | O_DIRECTORY));
  R(open("nope/x", O_RDONLY));
  R(open("f", O_RDONLY | O_CREAT | O_EXCL, 0644));
  R(unlink("d"));
  R(rmdir("f"));
  R(unlinkat(AT_FDCWD, "f", 4));
  R(rename("d", "d/sub"));
  R(rename("f", "d"));
  R(mkdir("d/e", 0755));
  R(rmdir("d"));
  R(rename("d", "f"));
  char buf[64];
  R(readlink("f", buf, sizeof buf));
  R(readlink("f", buf, 0));
  R(lseek(f, 100, SEEK_DATA));
  R(lseek(f, 1, SEEK_HOLE));
  R(lseek(f, -1, SEEK_SET));
  R(lseek(f, 0, 9));
  R(fcntl(f, F_GETFL));
  int ro = open("f", O_RDONLY);
  R(fcntl(ro, F_GETFL));
  R(ftruncate(ro, 0));
  R(ftruncate(f, -1));
  R(pwrite(f, "x", 1, -1));
  R(pread(f, buf, 1, -5));
  R(dup3(f, f, 0));
  R(dup3(f, 50, 1));
  R(fcntl(f, 9999));
  int p[2];
  R(pipe2(p, 1));
  R(pipe2(p, O_NONBLOCK));
  R(fcntl(p[0], F_GETFL));
  R(fcntl(p[1], F_GETFL));
  R(read(p[0], buf, 1));
  R(lseek(p[0], 0, SEEK_SET));
  R(fcntl(p[0], F_GETPIPE_SZ));
  R(ioctl(p[0], 0x5401, buf));
  R(ioctl(f, 0x5413, buf));
  R(faccessat(AT_FDCWD, "f", 8, 0));
  R(faccessat(AT_FDCWD, "f", X_OK, 0));
  R(faccessat(AT_FDCWD, "nope", F_OK, 0));
  struct stat st;
  R(fstatat(AT_FDCWD, "", &st, 0));
  R(fstatat(AT_FDCWD, "f", &st, 4));
  R(syscall(SYS_statx, AT_FDCWD, "f", 0x6000, 0x7ff, buf));
  R(syscall(SYS_renameat2, AT_FDCWD, "f", AT_FDCWD, "g", 8));
  R(syscall(SYS_renameat2, AT_FDCWD, "f", AT_FDCWD, "d", 1));
  R(memfd_create("x", 0x100));
  int m = memfd_create("y", 0);
  R(fcntl(m, F_GETFL));
  R(fcntl(m, F_GET_SEALS));
  R(fcntl(m, F_ADD_SEALS, F_SEAL_WRITE));
  R(truncate("d", 0));
  R(chdir("f"));
  R(getcwd(buf, 1) == NULL ? -1 : 0);
  R(unlink("f"));
  R(rmdir("d/e"));
  R(rmdir("d"));
  R(open("/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644) > 0);
  R(syscall(SYS_sched_getaffinity, 0, 3, buf));
  R(syscall(SYS_umask, 077));
  R(syscall(SYS_umask, 022));
  return 0;
}
