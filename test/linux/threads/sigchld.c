// sigchld: the siginfo an SA_SIGINFO SIGCHLD handler gets for a child that exits (CLD_EXITED, si_status the exit
// code) and one killed by SIGKILL (CLD_KILLED, si_status the signal), with si_pid the child (sigaction(2)).
// test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int got, code, status, pid;
static void onchld(int sig, siginfo_t *info, void *uc) {
  (void)sig; (void)uc;
  code = info->si_code; status = info->si_status; pid = info->si_pid; got = 1;
}

static void report(const char *what, pid_t child) {
  while (!got) pause();
  printf("%s: code %d status %d pid %s\n", what, code, status, pid == child ? "ok" : "wrong");
  waitpid(child, NULL, 0);
  got = 0;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onchld;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGCHLD, &sa, NULL);
  pid_t child = fork();
  if (child == 0) _exit(99);
  report("exit 99", child);
  child = fork();
  if (child == 0) { for (;;) pause(); }
  kill(child, SIGKILL);
  report("SIGKILL", child);
  return 0;
}
