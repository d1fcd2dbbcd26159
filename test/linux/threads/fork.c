/* Fork fixture: a child with a copy of memory, a pipe from child to parent, wait4/waitpid status encoding
   (exit code, killed by a signal), getppid, vfork, SIGCHLD to the parent. Output is deterministic on Linux. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile int chld_seen;
static int global = 5;

static void on_chld(int sig) { (void)sig; chld_seen++; }

int main(void) {
  int fds[2];
  signal(SIGCHLD, on_chld);
  if (pipe(fds) != 0) return 1;
  pid_t parent = getpid();
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    global = 99;
    char msg[64];
    int n = snprintf(msg, sizeof msg, "child sees global=%d ppid_ok=%d", global, getppid() == parent);
    write(fds[1], msg, n);
    close(fds[1]);
    _exit(7);
  }
  close(fds[1]);
  char buf[128];
  int total = 0, n;
  while ((n = read(fds[0], buf + total, sizeof buf - 1 - total)) > 0) total += n;
  buf[total] = 0;
  printf("parent read: %s\n", buf);
  int status;
  pid_t w = waitpid(pid, &status, 0);
  printf("waited same pid=%d exited=%d code=%d global=%d\n", w == pid, WIFEXITED(status), WEXITSTATUS(status), global);

  pid = fork();
  if (pid == 0) { raise(SIGTERM); _exit(1); }
  waitpid(pid, &status, 0);
  printf("signaled=%d sig=%d\n", WIFSIGNALED(status), WTERMSIG(status));

  pid = fork();
  if (pid == 0) { abort(); }
  waitpid(pid, &status, 0);
  printf("abort signaled=%d sig=%d\n", WIFSIGNALED(status), WTERMSIG(status));

  volatile int shared = 1;
  pid = vfork();
  if (pid == 0) { _exit(3); }
  waitpid(pid, &status, 0);
  printf("vfork code=%d shared=%d\n", WEXITSTATUS(status), shared);

  int go[2];
  pipe(go);
  pid = fork();
  if (pid == 0) { char c; close(go[1]); read(go[0], &c, 1); _exit(12); }
  close(go[0]);
  printf("WNOHANG while running: %d\n", waitpid(pid, &status, WNOHANG));
  write(go[1], "x", 1);
  siginfo_t info;
  memset(&info, 0, sizeof info);
  int wr = waitid(P_PID, pid, &info, WEXITED | WNOWAIT);
  printf("waitid WNOWAIT: %d code=%d status=%d same pid=%d\n", wr, info.si_code == CLD_EXITED, info.si_status, info.si_pid == pid);
  memset(&info, 0, sizeof info);
  waitid(P_ALL, 0, &info, WEXITED);
  printf("waitid again: status=%d\n", info.si_status);

  printf("no more children: %d\n", wait(&status) == -1);
  printf("sigchld seen: %d\n", chld_seen >= 1);
  fflush(stdout);
  return 0;
}
