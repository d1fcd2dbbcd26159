/* Corpus: unbounded recursion runs off the end of the 8 MiB stack; the SIGSEGV handler can only run because it
   was installed with SA_ONSTACK on a sigaltstack. It reports that it runs on the alternate stack and
   siglongjmps back to main, which carries on normally (the stack is usable again). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>

static sigjmp_buf env;
static char *alt;
static volatile unsigned long depth;

static void handler(int sig, siginfo_t *si, void *ctx) {
  char here;
  (void)ctx;
  printf("SIGSEGV %d (SEGV_MAPERR or SEGV_ACCERR: %d) on the alternate stack: %d, depth over 50000: %d\n", sig,
         si->si_code == SEGV_MAPERR || si->si_code == SEGV_ACCERR, &here >= alt && &here < alt + 65536, depth > 50000);
  siglongjmp(env, 1);
}

static unsigned long recurse(unsigned long n) {
  volatile char pad[64];
  pad[0] = (char)n;
  depth = n;
  return recurse(n + 1) + pad[0];
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  alt = malloc(65536);
  stack_t ss = { .ss_sp = alt, .ss_size = 65536, .ss_flags = 0 };
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigaction(SIGSEGV, &sa, NULL);
  if (sigsetjmp(env, 1) == 0) printf("result %lu\n", recurse(0));
  char buf[256];
  snprintf(buf, sizeof buf, "back in main after the overflow: %d", 42);
  puts(buf);
  return 0;
}
