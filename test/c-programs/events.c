/* Corpus program: event and multiplexing file descriptors: eventfd (counter, overflow, EFD_SEMAPHORE,
   EFD_NONBLOCK), epoll (add twice: EEXIST, level-triggered readiness, user data), timerfd with an interval
   (expirations counted in virtual time here), signalfd for a blocked SIGUSR1, pipe2 flags, F_GETPIPE_SZ, a pipe
   filled to EAGAIN, select and poll readiness, EPIPE with SIGPIPE ignored, and datagram socketpairs that keep
   message boundaries. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <sys/wait.h>
#include <sys/uio.h>
#define E(x) do { errno = 0; long r_ = (long)(x); printf("%-40s %ld %s\n", #x, r_, r_ < 0 ? strerror(errno) : ""); } while (0)
int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  int efd = eventfd(3, EFD_NONBLOCK); uint64_t v = 0;
  E(read(efd, &v, 8)); printf("eventfd value %llu\n", (unsigned long long)v); E(read(efd, &v, 8));
  v = 5; E(write(efd, &v, 8)); v = 0xffffffffffffffffULL; E(write(efd, &v, 8));
  int sem = eventfd(2, EFD_SEMAPHORE); E(read(sem, &v, 8)); printf("sem read %llu\n", (unsigned long long)v);
  int ep = epoll_create1(EPOLL_CLOEXEC); struct epoll_event ev = {.events = EPOLLIN, .data.u64 = 77};
  E(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev)); E(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev));
  struct epoll_event out[4]; int n = epoll_wait(ep, out, 4, 0); printf("epoll_wait %d data %llu ev %x\n", n, n > 0 ? (unsigned long long)out[0].data.u64 : 0ULL, n > 0 ? out[0].events : 0);
  int tfd = timerfd_create(CLOCK_MONOTONIC, 0); struct itimerspec its = {{0, 10000000}, {0, 10000000}};
  E(timerfd_settime(tfd, 0, &its, NULL)); ev.data.u64 = 88; epoll_ctl(ep, EPOLL_CTL_ADD, tfd, &ev);
  read(efd, &v, 8);
  n = epoll_wait(ep, out, 4, 1000); printf("epoll timer %d data %llu\n", n, n > 0 ? (unsigned long long)out[0].data.u64 : 0ULL);
  uint64_t exp = 0; E(read(tfd, &exp, 8)); printf("expirations>=1 %d\n", exp >= 1);
  struct itimerspec cur; timerfd_gettime(tfd, &cur); printf("interval %ld\n", cur.it_interval.tv_nsec);
  sigset_t m; sigemptyset(&m); sigaddset(&m, SIGUSR1); sigprocmask(SIG_BLOCK, &m, NULL);
  int sfd = signalfd(-1, &m, SFD_NONBLOCK); raise(SIGUSR1); struct signalfd_siginfo si;
  E(read(sfd, &si, sizeof si)); printf("signalfd signo %u code %d pid ok %d\n", si.ssi_signo, si.ssi_code, si.ssi_pid == (unsigned)getpid());
  E(read(sfd, &si, sizeof si));
  int p[2]; pipe2(p, O_NONBLOCK | O_CLOEXEC); printf("pipe flags %x fd %x\n", fcntl(p[0], F_GETFL) & ~0x20000, fcntl(p[0], F_GETFD));
  E(read(p[0], &v, 1)); printf("pipe size %d\n", fcntl(p[1], F_GETPIPE_SZ));
  char big[70000]; memset(big, 'a', sizeof big); E(write(p[1], big, sizeof big)); E(write(p[1], big, 10));
  fd_set rs; FD_ZERO(&rs); FD_SET(p[0], &rs); struct timeval tv = {0, 0}; E(select(p[0] + 1, &rs, NULL, NULL, &tv)); printf("isset %d\n", FD_ISSET(p[0], &rs));
  struct pollfd pf[2] = {{p[0], POLLIN, 0}, {p[1], POLLOUT, 0}}; E(poll(pf, 2, 0)); printf("revents %x %x\n", pf[0].revents, pf[1].revents);
  close(p[0]); signal(SIGPIPE, SIG_IGN); E(write(p[1], "x", 1));
  int ds[2]; E(socketpair(AF_UNIX, SOCK_DGRAM, 0, ds)); send(ds[0], "d1", 2, 0); send(ds[0], "dgram2", 6, 0); char db[8]; printf("dgram %zd %zd\n", recv(ds[1], db, 8, 0), recv(ds[1], db, 8, 0));
  return 0;
}
