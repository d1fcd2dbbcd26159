/* Corpus program: an async tag fault pending at a system call. Linux notices it at kernel entry, does not run
   the call (-ERESTARTNOINTR), delivers SIGSEGV / SEGV_MTEAERR with si_addr 0, and restarts the call when the
   handler returns: the write after the bad store is performed exactly once, after the handler. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>
#include "mte-util.h"
static void h(int s, siginfo_t *si, void *c) { (void)s; (void)c; char m[64]; int n = snprintf(m, sizeof m, "handler code=%d addr=%p\n", si->si_code, si->si_addr); write(1, m, n); }
int main(void) {
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_ASYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *page = mte_map(4096);
  volatile unsigned char *p = mte_with_tag(page, 3);
  p[0] = 1;
  long r = write(1, "syscall after the bad store\n", 28);
  write(1, "second syscall\n", 15);
  return (int)r;
}
