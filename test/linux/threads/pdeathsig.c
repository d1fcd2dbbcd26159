// pdeathsig: prctl(PR_SET_PDEATHSIG) (prctl(2)): a grandchild asks for SIGUSR1 when its parent ends; PR_GET_PDEATHSIG
// reads it back; a fork child does not inherit it; when the middle process exits the grandchild's handler runs.
// test/oracle/threads.test.ts compares it with qemu-aarch64.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static int out;
static void on_usr1(int s) { (void)s; write(out, "grandchild got SIGUSR1\n", 23); _exit(0); }

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  int p[2], ready[2];
  pipe(p);
  pipe(ready);
  printf("set bad signal: %d\n", prctl(PR_SET_PDEATHSIG, 99));
  pid_t middle = fork();
  if (middle == 0) {
    pid_t grandchild = fork();
    if (grandchild == 0) {
      out = p[1];
      signal(SIGUSR1, on_usr1);
      int r = prctl(PR_SET_PDEATHSIG, SIGUSR1), got = 0;
      prctl(PR_GET_PDEATHSIG, &got);
      printf("grandchild set %d get %d\n", r, got);
      pid_t child = fork();
      if (child == 0) {
        prctl(PR_GET_PDEATHSIG, &got);
        printf("its fork child inherits %d\n", got);
        _exit(0);
      }
      waitpid(child, NULL, 0);
      write(ready[1], "r", 1);
      for (;;) pause();
    }
    char c;
    read(ready[0], &c, 1);
    _exit(0);
  }
  close(p[1]);
  waitpid(middle, NULL, 0);
  char buf[64];
  ssize_t n = read(p[0], buf, sizeof buf);
  printf("%.*s", (int)(n > 0 ? n : 0), buf);
  return 0;
}
