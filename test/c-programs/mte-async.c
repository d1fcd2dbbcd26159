/* Corpus (MTE): asynchronous tag checks. A mismatching store completes (async mode does not stop it) and the
   fault is reported later as SIGSEGV / SEGV_MTEAERR with si_addr 0: at the next system call (Linux checks at
   kernel entry) or, for a loop that makes no system call, after a while. The handler siglongjmps back. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <stdint.h>
#include <sys/syscall.h>
#include "mte-util.h"

static sigjmp_buf env;
static volatile int faults;

static void handler(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  faults++;
  /* No output here: where exactly the signal arrives differs between Linux and emulators. */
  if (sig == SIGSEGV && si->si_code == SEGV_MTEAERR && si->si_addr == 0) siglongjmp(env, 1);
  siglongjmp(env, 2);
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  if (prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_ASYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0)) { perror("prctl"); return 1; }
  printf("PR_GET_TAGGED_ADDR_CTRL = %#lx\n", (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  unsigned char *page = mte_map(4096);
  unsigned char *p = mte_irg(page, 1);
  mte_set_tags(p, 64);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  p[0] = 1;
  printf("matching store: no fault (faults=%d)\n", faults);
  int r = sigsetjmp(env, 1);
  if (r == 0) {
    ((volatile unsigned char *)p)[64] = 0x5a;   /* granule 4 still has tag 0 */
    syscall(SYS_getpid);
    printf("no fault reported\n");
  } else {
    printf("fault reported at or before the system call: result %d (1 = SEGV_MTEAERR, si_addr 0)\n", r);
  }
  printf("the store was performed: %#x\n", ((volatile unsigned char *)mte_with_tag(page, 0))[64]);
  r = sigsetjmp(env, 1);
  if (r == 0) {
    ((volatile unsigned char *)p)[80] = 1;
    for (volatile unsigned long i = 0;; i++) {}
  }
  printf("spinning loop interrupted: result %d, faults=%d\n", r, faults);
  return 0;
}
