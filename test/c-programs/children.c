/* Corpus program: what a parent learns about its children: SIGCHLD with SA_SIGINFO (si_code CLD_EXITED and
   CLD_KILLED, si_status the exit status or the signal, si_pid), waitid with WEXITED, a child stopped with SIGSTOP
   and continued (WUNTRACED with CLD_STOPPED and the signal as si_status; WCONTINUED, whose SIGCHLD may come
   after waitpid returns, so it is not printed), ECHILD once
   all are reaped, a child's output read through a pipe, vfork (the child shares the parent's memory until it
   exits), process names (PR_SET_NAME) and
   PR_SET_PDEATHSIG / PR_GET_PDEATHSIG. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/prctl.h>

static volatile int last_code, last_status, last_pid_ok, count;
static volatile pid_t expect;

static void onchld(int s, siginfo_t *si, void *c) {
  (void)s; (void)c;
  last_code = si->si_code; last_status = si->si_status; last_pid_ok = si->si_pid == expect; count++;
}

static void show(const char *what) {
  printf("%-28s SIGCHLD code %d status %d pid ok %d\n", what, last_code, last_status, last_pid_ok);
  last_code = last_status = last_pid_ok = 0;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = onchld; sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);
  int st;
  pid_t p = fork(); if (p == 0) _exit(99);
  expect = p; while (waitpid(p, &st, 0) < 0) {}
  show("_exit(99)"); printf("  wait: exited %d status %d\n", WIFEXITED(st), WEXITSTATUS(st));
  p = fork(); if (p == 0) { pause(); _exit(0); }
  expect = p; kill(p, SIGKILL); while (waitpid(p, &st, 0) < 0) {}
  show("SIGKILL"); printf("  wait: signaled %d sig %d\n", WIFSIGNALED(st), WTERMSIG(st));
  p = fork(); if (p == 0) { pause(); _exit(0); }
  expect = p; kill(p, SIGSTOP); while (waitpid(p, &st, WUNTRACED) < 0) {}
  show("SIGSTOP"); printf("  wait: stopped %d sig %d\n", WIFSTOPPED(st), WSTOPSIG(st));
  kill(p, SIGCONT); while (waitpid(p, &st, WCONTINUED) < 0) {}
  printf("SIGCONT\n  wait: continued %d\n", WIFCONTINUED(st));
  kill(p, SIGTERM); while (waitpid(p, &st, 0) < 0) {}
  printf("SIGTERM\n  wait: signaled %d sig %d\n", WIFSIGNALED(st), WTERMSIG(st));
  /* The SIGCHLDs of the continue and of the end may arrive after waitpid returns (Linux too) and may merge. */
  struct timespec settle = {0, 20000000}; nanosleep(&settle, NULL);
  last_code = last_status = last_pid_ok = 0;
  p = fork(); if (p == 0) _exit(3);
  expect = p; siginfo_t si; memset(&si, 0, sizeof si);
  int r; while ((r = waitid(P_PID, p, &si, WEXITED)) < 0 && errno == EINTR) {}
  printf("waitid %d code %d status %d pid ok %d\n", r, si.si_code, si.si_status, si.si_pid == p);
  errno = 0; printf("no children: %d %s\n", waitpid(-1, &st, WNOHANG), strerror(errno));
  int pfd[2]; pipe(pfd);
  p = fork(); if (p == 0) { close(pfd[0]); dprintf(pfd[1], "hello from child\n"); _exit(0); }
  close(pfd[1]); char buf[64] = {0}; ssize_t n = 0, k; while ((k = read(pfd[0], buf + n, sizeof buf - 1 - n)) > 0) n += k;
  while (waitpid(p, &st, 0) < 0) {}
  printf("pipe from child: %zd [%s]\n", n, strtok(buf, "\n"));
  static volatile int shared_marker;
  p = vfork(); if (p == 0) { shared_marker = 5; _exit(6); }
  while (waitpid(p, &st, 0) < 0) {}
  printf("vfork: status %d, parent sees the child's store %d\n", WEXITSTATUS(st), shared_marker);
  char name[32] = {0}; prctl(PR_SET_NAME, "renamed-proc"); prctl(PR_GET_NAME, name); printf("PR_GET_NAME %s\n", name);
  int sig = -1; printf("PR_SET_PDEATHSIG %d\n", prctl(PR_SET_PDEATHSIG, SIGTERM)); printf("PR_GET_PDEATHSIG %d %d\n", prctl(PR_GET_PDEATHSIG, &sig), sig);
  return 0;
}
