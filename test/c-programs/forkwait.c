/* Corpus program: fork, pipes and wait statuses. Children exit with codes, are killed by signals (SIGKILL,
   SIGABRT from abort, SIGSEGV from a null write), stream data through a pipe; the parent reads wait statuses
   with waitpid and the W* macros, and sees SIGCHLD. Output order is fixed by waiting for each child. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include <sys/wait.h>

static volatile sig_atomic_t chld;
static void on_chld(int s) { (void)s; chld++; }

static void report(const char *what, int st) {
  if (WIFEXITED(st)) printf("%s: exited %d\n", what, WEXITSTATUS(st));
  else if (WIFSIGNALED(st)) printf("%s: killed by signal %d\n", what, WTERMSIG(st));
  else printf("%s: status %#x\n", what, st);
}

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  signal(SIGCHLD, on_chld);
  int st;
  pid_t pid = fork();
  if (pid == 0) _exit(42);
  waitpid(pid, &st, 0); report("exit(42)", st);
  pid = fork();
  if (pid == 0) { for (;;) pause(); }
  kill(pid, SIGKILL); waitpid(pid, &st, 0); report("SIGKILL", st);
  pid = fork();
  if (pid == 0) { signal(SIGABRT, SIG_DFL); abort(); }
  waitpid(pid, &st, 0); report("abort", st);
  pid = fork();
  if (pid == 0) { *(volatile int *)0 = 1; _exit(0); }
  waitpid(pid, &st, 0); report("null write", st);
  int fd[2]; pipe(fd);
  pid = fork();
  if (pid == 0) {
    close(fd[0]);
    for (int i = 0; i < 1000; i++) { char line[32]; int n = snprintf(line, sizeof line, "%d\n", i * i); write(fd[1], line, n); }
    _exit(7);
  }
  close(fd[1]);
  char buf[256]; long total = 0, lines = 0; ssize_t n;
  while ((n = read(fd[0], buf, sizeof buf)) > 0) { total += n; for (ssize_t i = 0; i < n; i++) lines += buf[i] == '\n'; }
  waitpid(pid, &st, 0); report("pipe writer", st);
  printf("pipe: %ld bytes, %ld lines\n", total, lines);
  /* copy-on-write: the child's change is not seen by the parent */
  static int shared_var = 5;
  pid = fork();
  if (pid == 0) { shared_var = 99; _exit(shared_var); }
  waitpid(pid, &st, 0);
  printf("cow: child saw %d, parent has %d\n", WEXITSTATUS(st), shared_var);
  printf("no child left: %d\n", waitpid(-1, &st, WNOHANG));
  printf("SIGCHLD seen: %d\n", chld >= 1);
  return 0;
}
