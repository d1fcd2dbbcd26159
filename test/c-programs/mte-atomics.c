/* Corpus program: MTE tag checks on atomic and exclusive accesses under sync mode: C11 atomics (LSE
   LDADD/CAS/SWP or the outline helpers), a relaxed store, LDXP/STXP pairs and CASPAL; a mismatching access
   raises SEGV_MTESERR at the faulting address (printed as the offset in its page), a matching one works. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdatomic.h>
#include "mte-util.h"
static sigjmp_buf env; static volatile int code; static volatile unsigned long addr_low;
static void h(int s, siginfo_t *si, void *u) { (void)s; (void)u; code = si->si_code; addr_low = (unsigned long)si->si_addr & 0xfff; siglongjmp(env, 1); }
#define TRY(what, stmt) do { code = 0; if (sigsetjmp(env, 1) == 0) { stmt; printf("%-26s ok\n", what); } else printf("%-26s si_code=%d at +%#lx\n", what, code, addr_low); } while (0)
int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *page = mte_map(4096);
  unsigned char *g = mte_with_tag(page + 256, 7);
  mte_set_tags(g, 32);
  _Atomic long *ok = (_Atomic long *)g, *bad = (_Atomic long *)mte_with_tag(page + 256, 8), *next = (_Atomic long *)(g + 32);
  long expect = 0;
  TRY("fetch_add matching", atomic_fetch_add(ok, 5));
  TRY("fetch_add mismatching", atomic_fetch_add(bad, 5));
  TRY("cas mismatching", atomic_compare_exchange_strong(bad, &expect, 1));
  TRY("exchange next granule", atomic_exchange(next, 3));
  TRY("load mismatching", (void)atomic_load(bad));
  TRY("store relaxed mismatching", atomic_store_explicit(bad, 1, memory_order_relaxed));
  __int128 *w = (__int128 *)(g + 16);
  TRY("16-byte ldxp/stxp loop", ({ __int128 v; unsigned long lo, hi; int fail; do { __asm__ volatile("ldxp %0, %1, [%3]\n stxp %w2, %0, %1, [%3]" : "=&r"(lo), "=&r"(hi), "=&r"(fail) : "r"(w) : "memory"); } while (fail); v = lo; (void)v; }));
  TRY("ldxp mismatching", ({ unsigned long lo, hi; __asm__ volatile("ldxp %0, %1, [%2]" : "=&r"(lo), "=&r"(hi) : "r"(mte_with_tag(w, 9)) : "memory"); (void)lo; (void)hi; }));
  TRY("caspal on the second granule", ({ register unsigned long x0 __asm__("x0") = 0, x1 __asm__("x1") = 0, x2 __asm__("x2") = 1, x3 __asm__("x3") = 2; __asm__ volatile(".arch_extension lse\n caspal x0, x1, x2, x3, [%4]" : "+r"(x0), "+r"(x1) : "r"(x2), "r"(x3), "r"(g + 16) : "memory"); }));
  printf("value %ld\n", atomic_load(ok));
  return 0;
}
