// pollmask: the signal mask argument of ppoll, pselect6 and epoll_pwait (ppoll(2), select(2), epoll_wait(2)): the
// mask is in force while the call waits, a signal it lets through ends the call with EINTR after its handler ran,
// and the mask from before the call is back afterwards; with a file ready the call returns it and a signal the old
// mask blocks stays pending. test/oracle/threads.test.ts runs it under qemu-aarch64 and aarch64-mte run.
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int hits;
static void on_usr1(int s) { (void)s; hits++; }

static int blocked_now(void) {
  sigset_t cur;
  sigprocmask(SIG_BLOCK, NULL, &cur);
  return sigismember(&cur, SIGUSR1);
}

static int pending_now(void) {
  sigset_t p;
  sigpending(&p);
  return sigismember(&p, SIGUSR1);
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  sigset_t block, empty;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR1);
  sigemptyset(&empty);
  sigprocmask(SIG_BLOCK, &block, NULL);
  int p[2];
  pipe(p);
  struct timespec zero = { 0, 0 };

  // 1. A blocked signal pending: ppoll with an empty mask and nothing ready ends with EINTR, even with a zero timeout.
  raise(SIGUSR1);
  struct pollfd pfd = { .fd = p[0], .events = POLLIN };
  int r = ppoll(&pfd, 1, &zero, &empty);
  printf("ppoll pending: %d %s hits %d blocked after %d\n", r, r < 0 ? strerror(errno) : "-", hits, blocked_now());

  // 2. Same with pselect.
  raise(SIGUSR1);
  fd_set rd;
  FD_ZERO(&rd);
  FD_SET(p[0], &rd);
  r = pselect(p[0] + 1, &rd, NULL, NULL, &zero, &empty);
  printf("pselect pending: %d %s hits %d blocked after %d\n", r, r < 0 ? strerror(errno) : "-", hits, blocked_now());

  // 3. A file ready: the call returns it; the signal, blocked again by the old mask, stays pending.
  write(p[1], "x", 1);
  raise(SIGUSR1);
  r = ppoll(&pfd, 1, &zero, &empty);
  printf("ppoll ready: %d revents %#x hits %d pending %d\n", r, pfd.revents, hits, pending_now());
  char c;
  read(p[0], &c, 1);
  sigprocmask(SIG_UNBLOCK, &block, NULL); // delivers it
  printf("after unblock: hits %d\n", hits);
  sigprocmask(SIG_BLOCK, &block, NULL);

  // 4. epoll_pwait with a zero timeout returns 0 before looking at signals; the signal stays pending.
  int ep = epoll_create1(0);
  struct epoll_event ev = { .events = EPOLLIN, .data.fd = p[0] };
  epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
  raise(SIGUSR1);
  r = epoll_pwait(ep, &ev, 1, 0, &empty);
  printf("epoll_pwait zero timeout: %d hits %d pending %d\n", r, hits, pending_now());
  // With a timeout, it ends with EINTR.
  r = epoll_pwait(ep, &ev, 1, 1000, &empty);
  printf("epoll_pwait: %d %s hits %d blocked after %d\n", r, r < 0 ? strerror(errno) : "-", hits, blocked_now());

  // 5. A signal sent while ppoll waits (by a child): it interrupts only through the call's mask.
  pid_t child = fork();
  if (child == 0) {
    usleep(20000);
    kill(getppid(), SIGUSR1);
    _exit(0);
  }
  r = ppoll(&pfd, 1, NULL, &empty);
  printf("ppoll waiting: %d %s hits %d blocked after %d\n", r, r < 0 ? strerror(errno) : "-", hits, blocked_now());
  waitpid(child, NULL, 0);

  // 6. The call's mask blocks the signal: a child's signal does not interrupt; the pipe data it writes ends the wait.
  child = fork();
  if (child == 0) {
    kill(getppid(), SIGUSR1);
    usleep(20000);
    write(p[1], "y", 1);
    _exit(0);
  }
  r = ppoll(&pfd, 1, NULL, &block);
  printf("ppoll masked: %d revents %#x hits %d pending %d\n", r, pfd.revents, hits, pending_now());
  waitpid(child, NULL, 0);
  sigprocmask(SIG_UNBLOCK, &block, NULL);
  printf("end: hits %d\n", hits);
  return 0;
}
