/* Corpus (MTE): a small tagging allocator on a PROT_MTE arena. Each block gets a random tag different from its
   neighbours' (IRG with a GMI exclusion mask) and is retagged on free, so a heap overflow into the next block
   and a use after free are caught synchronously. A SA_SIGINFO handler reports si_code and whether si_addr is
   the faulting address with or without its tag, then siglongjmps back. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <stdint.h>
#include "mte-util.h"

static unsigned char *arena;
static size_t used;
static sigjmp_buf env;
static volatile uintptr_t expected;

static void *tmalloc(size_t n) {
  size_t size = (n + 15) & ~(size_t)15;
  unsigned char *p = arena + used;
  uint64_t exclude = 1;                                     /* never tag 0 */
  if (used) exclude = mte_gmi(mte_ldg(p - 16), exclude);    /* not the previous block's tag */
  exclude = mte_gmi(mte_ldg(p + size), exclude);            /* nor the next granule's */
  p = mte_irg(p, exclude);
  mte_set_tags(p, size);
  used += size;
  return p;
}
static void tfree(void *p, size_t n) {
  size_t size = (n + 15) & ~(size_t)15;
  unsigned tag = mte_tag(p) == 15 ? 1 : mte_tag(p) + 1;   /* a stale pointer's tag no longer matches */
  mte_set_tags(mte_with_tag(p, tag), size);
}
static void handler(int sig, siginfo_t *si, void *ctx) {
  (void)ctx;
  uintptr_t a = (uintptr_t)si->si_addr;
  printf("  SIGSEGV sig=%d si_code=%d (%s) si_addr: untagged match=%d, tagged match=%d\n", sig, si->si_code,
         si->si_code == SEGV_MTESERR ? "SEGV_MTESERR" : si->si_code == SEGV_MTEAERR ? "SEGV_MTEAERR" : "other",
         a == (expected & 0x00ffffffffffffffUL), a == expected);
  siglongjmp(env, 1);
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  if (prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0)) { perror("prctl"); return 1; }
  arena = mte_map(1 << 16);
  if (!arena) { perror("mmap"); return 1; }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);

  char *a = tmalloc(24), *b = tmalloc(40), *c = tmalloc(16);
  printf("tags non-zero: %d %d %d; neighbours differ: %d %d\n", mte_tag(a) != 0, mte_tag(b) != 0, mte_tag(c) != 0,
         mte_tag(a) != mte_tag(b), mte_tag(b) != mte_tag(c));
  strcpy(a, "in bounds 23 characters");
  memset(b, 'b', 40);
  printf("a=[%s] b[39]=%c\n", a, b[39]);
  printf("overflow: write a[32] (into b)\n");
  if (sigsetjmp(env, 1) == 0) { expected = (uintptr_t)(a + 32); ((volatile char *)a)[32] = 'X'; printf("  not caught\n"); }
  printf("  b[0] still %c\n", b[0]);
  printf("underflow: read c[-1]\n");
  if (sigsetjmp(env, 1) == 0) { expected = (uintptr_t)(c - 1); (void)((volatile char *)c)[-1]; printf("  not caught\n"); }
  tfree(b, 40);
  printf("use after free: read b[8]\n");
  if (sigsetjmp(env, 1) == 0) { expected = (uintptr_t)(b + 8); (void)((volatile char *)b)[8]; printf("  not caught\n"); }
  printf("use after free: 8-byte store to b[16]\n");
  if (sigsetjmp(env, 1) == 0) { expected = (uintptr_t)(b + 16); *(volatile uint64_t *)(b + 16) = 1; printf("  not caught\n"); }
  char *d = tmalloc(64);
  memcpy(d, a, 24);
  printf("new block after free works: [%s]\n", d);
  sa.sa_flags = SA_SIGINFO | SA_EXPOSE_TAGBITS;
  sigaction(SIGSEGV, &sa, NULL);
  printf("with SA_EXPOSE_TAGBITS: overflow d[64]\n");
  if (sigsetjmp(env, 1) == 0) { expected = (uintptr_t)(d + 64); ((volatile char *)d)[64] = 1; printf("  not caught\n"); }
  printf("done\n");
  return 0;
}
