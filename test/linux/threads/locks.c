// locks: advisory locks between descriptions and processes (flock(2); fcntl(2) record locks and OFD locks):
// flock belongs to the open file description (shared by dup and fork, converting drops the old lock first,
// released when its last descriptor closes); POSIX record locks belong to the process (never inherited, split by
// a partial unlock, all released when the process closes any descriptor of the file), F_GETLK names the holder,
// F_SETLKW waits for it and fails with EDEADLK when the holder waits for the caller; OFD locks conflict between
// descriptions of one process and with POSIX locks. test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

static char path[64];

static const char *err(int r) { return r == 0 ? "ok" : strerror(errno); }

static int setlk(int fd, int cmd, short type, off_t start, off_t len) {
  struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
  return fcntl(fd, cmd, &fl);
}

static void getlk(const char *what, int fd, int cmd, short type, off_t start, off_t len, pid_t parent) {
  struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
  int r = fcntl(fd, cmd, &fl);
  if (r != 0) { printf("%s: %s\n", what, strerror(errno)); return; }
  if (fl.l_type == F_UNLCK) { printf("%s: unlocked\n", what); return; }
  printf("%s: %s start %ld len %ld pid %s\n", what, fl.l_type == F_WRLCK ? "write" : "read", (long)fl.l_start, (long)fl.l_len,
         fl.l_pid == parent ? "parent" : fl.l_pid == -1 ? "-1" : fl.l_pid == getpid() ? "self" : "other");
}

static void flush_and_wait(pid_t child) {
  int status;
  waitpid(child, &status, 0);
}

int main(void) {
  snprintf(path, sizeof path, "/tmp/locks-test-%d", (int)getpid());
  int fd1 = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
  write(fd1, "0123456789abcdefghij", 20);
  int fd2 = open(path, O_RDWR);
  pid_t parent = getpid();

  // flock between two descriptions of one process.
  printf("flock fd1 EX: %s\n", err(flock(fd1, LOCK_EX)));
  printf("flock fd2 EX|NB: %s\n", err(flock(fd2, LOCK_EX | LOCK_NB)));
  printf("flock fd2 SH|NB: %s\n", err(flock(fd2, LOCK_SH | LOCK_NB)));
  int fd3 = dup(fd1);
  printf("flock dup EX|NB: %s\n", err(flock(fd3, LOCK_EX | LOCK_NB)));
  fflush(stdout);
  pid_t child = fork();
  if (child == 0) {
    printf("child flock inherited fd1 EX|NB: %s\n", err(flock(fd1, LOCK_EX | LOCK_NB)));
    int fd4 = open(path, O_RDWR);
    printf("child flock own open EX|NB: %s\n", err(flock(fd4, LOCK_EX | LOCK_NB)));
    fflush(stdout);
    _exit(0);
  }
  flush_and_wait(child);
  close(fd1);
  printf("flock fd2 after closing fd1 only: %s\n", err(flock(fd2, LOCK_SH | LOCK_NB)));
  close(fd3);
  printf("flock fd2 after closing the dup too: %s\n", err(flock(fd2, LOCK_SH | LOCK_NB)));
  fd1 = open(path, O_RDWR);
  printf("flock fd1 SH|NB (shared): %s\n", err(flock(fd1, LOCK_SH | LOCK_NB)));
  printf("flock fd1 convert EX|NB: %s\n", err(flock(fd1, LOCK_EX | LOCK_NB)));
  printf("flock fd2 convert EX|NB (fd1 lost its lock): %s\n", err(flock(fd2, LOCK_EX | LOCK_NB)));
  flock(fd2, LOCK_UN);
  printf("flock fd1 EX|NB after LOCK_UN: %s\n", err(flock(fd1, LOCK_EX | LOCK_NB)));
  flock(fd1, LOCK_UN);
  printf("flock bad operation: %s\n", err(flock(fd1, 3)));

  // POSIX record locks.
  printf("setlk write 0-9: %s\n", err(setlk(fd1, F_SETLK, F_WRLCK, 0, 10)));
  getlk("own getlk", fd1, F_GETLK, F_WRLCK, 0, 10, parent);
  printf("own setlk read 5 via fd2: %s\n", err(setlk(fd2, F_SETLK, F_RDLCK, 5, 1)));
  fflush(stdout);
  child = fork();
  if (child == 0) {
    getlk("child getlk 0-19", fd1, F_GETLK, F_WRLCK, 0, 20, parent);
    printf("child setlk read 8: %s\n", err(setlk(fd1, F_SETLK, F_RDLCK, 8, 1)));
    printf("child setlk write 10-19: %s\n", err(setlk(fd1, F_SETLK, F_WRLCK, 10, 10)));
    fflush(stdout);
    _exit(0);
  }
  flush_and_wait(child);
  printf("unlock 0-1: %s\n", err(setlk(fd1, F_SETLK, F_UNLCK, 0, 2)));
  fflush(stdout);
  child = fork();
  if (child == 0) {
    getlk("child getlk after split", fd1, F_GETLK, F_RDLCK, 0, 20, parent);
    getlk("child getlk read 5", fd1, F_GETLK, F_RDLCK, 5, 1, parent);
    fflush(stdout);
    _exit(0);
  }
  flush_and_wait(child);
  int fd5 = open(path, O_RDONLY);
  close(fd5);
  fflush(stdout);
  child = fork();
  if (child == 0) {
    getlk("child getlk after parent closed another fd", fd1, F_GETLK, F_WRLCK, 0, 0, parent);
    fflush(stdout);
    _exit(0);
  }
  flush_and_wait(child);
  int rdonly = open(path, O_RDONLY);
  printf("write lock on O_RDONLY: %s\n", err(setlk(rdonly, F_SETLK, F_WRLCK, 0, 1)));
  struct flock bad = { .l_type = F_RDLCK, .l_whence = 7 };
  printf("bad whence: %s\n", err(fcntl(fd1, F_SETLK, &bad)));
  printf("negative start: %s\n", err(setlk(fd1, F_SETLK, F_RDLCK, -1, 1)));
  printf("negative length: %s\n", err(setlk(fd1, F_SETLK, F_RDLCK, 5, -2)));
  setlk(fd1, F_SETLK, F_UNLCK, 0, 0);

  // F_SETLKW waits for the holder; EDEADLK when the holder waits for the caller.
  setlk(fd1, F_SETLK, F_WRLCK, 0, 1);
  fflush(stdout);
  child = fork();
  if (child == 0) {
    setlk(fd1, F_SETLK, F_WRLCK, 1, 1);
    int r = setlk(fd1, F_SETLKW, F_WRLCK, 0, 1);
    printf("child setlkw byte 0: %s\n", err(r));
    fflush(stdout);
    _exit(0);
  }
  usleep(50000);
  int r = setlk(fd1, F_SETLKW, F_WRLCK, 1, 1);
  printf("parent setlkw byte 1: %s\n", err(r));
  fflush(stdout);
  setlk(fd1, F_SETLK, F_UNLCK, 0, 1);
  flush_and_wait(child);

  // OFD locks.
  int o1 = open(path, O_RDWR), o2 = open(path, O_RDWR);
  printf("ofd write via o1: %s\n", err(setlk(o1, F_OFD_SETLK, F_WRLCK, 0, 0)));
  printf("ofd read via o2: %s\n", err(setlk(o2, F_OFD_SETLK, F_RDLCK, 3, 1)));
  getlk("ofd getlk via o2", o2, F_OFD_GETLK, F_RDLCK, 3, 1, parent);
  printf("posix read via o2 against ofd: %s\n", err(setlk(o2, F_SETLK, F_RDLCK, 3, 1)));
  struct flock withpid = { .l_type = F_RDLCK, .l_whence = SEEK_SET, .l_pid = 1 };
  printf("ofd with l_pid: %s\n", err(fcntl(o2, F_OFD_SETLK, &withpid)));
  fflush(stdout);
  child = fork();
  if (child == 0) {
    printf("child ofd via inherited o1: %s\n", err(setlk(o1, F_OFD_SETLK, F_WRLCK, 0, 5)));
    fflush(stdout);
    _exit(0);
  }
  flush_and_wait(child);
  close(o1);
  printf("ofd read via o2 after o1 closed: %s\n", err(setlk(o2, F_OFD_SETLK, F_RDLCK, 3, 1)));
  unlink(path);
  return 0;
}
