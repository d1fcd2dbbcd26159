/* Corpus (MTE): PSTATE.TCO. With TCO set, a mismatching access is not checked; clearing it restores checking.
   A signal handler starts with TCO clear (Linux clears it on delivery) and rt_sigreturn restores the
   interrupted TCO. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdint.h>
#include "mte-util.h"

static sigjmp_buf env;
static volatile uint64_t tcoInHandler = 99;

static void segv(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  printf("  SIGSEGV %d code %d\n", sig, si->si_code);
  siglongjmp(env, 1);
}
static void usr1(int sig) { (void)sig; tcoInHandler = mte_read_tco(); }

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *page = mte_map(4096);
  unsigned char *p = mte_irg(page, 1);
  mte_set_tags(p, 32);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = segv; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  signal(SIGUSR1, usr1);
  printf("TCO initially %#llx\n", (unsigned long long)mte_read_tco());
  mte_tco(1);
  printf("TCO set: %#llx\n", (unsigned long long)mte_read_tco());
  ((volatile unsigned char *)p)[40] = 7;          /* granule 2 has tag 0: mismatch, but unchecked */
  unsigned char v = ((volatile unsigned char *)p)[40];
  printf("unchecked access with TCO=1: read back %d\n", v);
  raise(SIGUSR1);
  printf("TCO inside a handler: %#llx; after return: %#llx\n", (unsigned long long)tcoInHandler, (unsigned long long)mte_read_tco());
  mte_tco(0);
  printf("TCO cleared: %#llx\n", (unsigned long long)mte_read_tco());
  if (sigsetjmp(env, 1) == 0) { ((volatile unsigned char *)p)[40] = 8; printf("  not caught\n"); }
  printf("value still %d\n", ((volatile unsigned char *)mte_untag(p))[40]);
  return 0;
}
