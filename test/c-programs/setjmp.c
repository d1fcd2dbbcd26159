/* Corpus: setjmp/longjmp (values, nested frames, volatile locals, longjmp(0) becoming 1), and sigsetjmp/
   siglongjmp out of a signal handler with the signal mask saved and restored. */
#include <stdio.h>
#include <setjmp.h>
#include <signal.h>

static jmp_buf env, inner;
static sigjmp_buf senv;

static void deep(int n) { if (n == 0) longjmp(env, 42); deep(n - 1); }
static void jumpInner(void) { longjmp(inner, 0); }
static void onUsr1(int sig) { siglongjmp(senv, sig); }

int main(void) {
  volatile int counter = 0;
  int r = setjmp(env);
  if (r == 0) { counter = 1; deep(50); printf("not reached\n"); }
  printf("setjmp returned %d counter=%d\n", r, counter);
  r = setjmp(inner);
  if (r == 0) jumpInner();
  printf("longjmp(0) gives %d\n", r);
  for (volatile int i = 0; i < 3; i++) {
    int v = setjmp(env);
    if (v < 3 && v == i) longjmp(env, v + 1);
    printf("loop %d: v=%d\n", i, v);
  }
  signal(SIGUSR1, onUsr1);
  sigset_t set;
  for (volatile int save = 0; save < 2; save++) {
    r = sigsetjmp(senv, save);
    if (r == 0) { raise(SIGUSR1); printf("not reached\n"); }
    sigprocmask(SIG_BLOCK, NULL, &set);
    printf("sigsetjmp(save=%d) returned %d, SIGUSR1 blocked afterwards: %d\n", save, r, sigismember(&set, SIGUSR1));
    sigemptyset(&set); sigaddset(&set, SIGUSR1); sigprocmask(SIG_UNBLOCK, &set, NULL);
  }
  return 0;
}
