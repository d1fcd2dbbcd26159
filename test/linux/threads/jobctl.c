// Job control between a parent and its child, compared with qemu-aarch64 (test/oracle/threads): SIGSTOP stops
// the child (waitpid WUNTRACED reports it once, SIGCHLD with CLD_STOPPED), SIGCONT continues it (WCONTINUED,
// CLD_CONTINUED) and its work goes on, SIGTSTP with its default action stops it too, and SIGKILL ends a stopped
// child. (SA_NOCLDSTOP is not compared: qemu 7.2 does not apply it, the unit test jobctl.s checks Linux's rule.)
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int chld_code, chld_status;
static void onchld(int sig, siginfo_t *info, void *uc) { (void)sig; (void)uc; chld_status = info->si_status; chld_code = info->si_code; }

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  volatile int *progress = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = onchld;
  sa.sa_flags = SA_SIGINFO | SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);
  pid_t pid = fork();
  if (pid == 0) {
    // Its own process group, whose parent is in another group of the session: not orphaned, so SIGTSTP's default
    // action stops it on Linux however the test itself was started (in an orphaned group, e.g. under CI without
    // job control, Linux discards it: POSIX's rule for orphaned process groups).
    setpgid(0, 0);
    for (;;) { (*progress)++; sched_yield(); }
  }
  setpgid(pid, pid);
  while (*progress < 10) sched_yield();
  kill(pid, SIGSTOP);
  int status = 0;
  pid_t r = waitpid(pid, &status, WUNTRACED);
  printf("waitpid %d stopped %d sig %d\n", r == pid, WIFSTOPPED(status), WSTOPSIG(status));
  while (chld_code == 0) sched_yield();
  printf("SIGCHLD code %d (CLD_STOPPED %d) status %d (SIGSTOP %d)\n", chld_code, CLD_STOPPED, chld_status, SIGSTOP);
  printf("reported once: %d\n", waitpid(pid, &status, WUNTRACED | WNOHANG));
  int before = *progress;
  for (int i = 0; i < 50; i++) sched_yield();
  printf("no progress while stopped: %d\n", *progress == before);
  chld_code = 0;
  kill(pid, SIGCONT);
  r = waitpid(pid, &status, WCONTINUED);
  printf("waitpid %d continued %d\n", r == pid, WIFCONTINUED(status));
  while (chld_code == 0) sched_yield();
  printf("SIGCHLD code %d (CLD_CONTINUED %d) status %d (SIGCONT %d)\n", chld_code, CLD_CONTINUED, chld_status, SIGCONT);
  while (*progress < before + 10) sched_yield();
  printf("progress after SIGCONT\n");
  kill(pid, SIGTSTP);
  r = waitpid(pid, &status, WUNTRACED);
  printf("SIGTSTP: stopped %d sig %d\n", WIFSTOPPED(status), WSTOPSIG(status));
  kill(pid, SIGKILL);
  r = waitpid(pid, &status, 0);
  printf("killed while stopped: %d sig %d\n", WIFSIGNALED(status), WTERMSIG(status));
  return 0;
}
