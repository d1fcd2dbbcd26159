/* Corpus (MTE): what a SIGSEGV handler sees for a synchronous tag check fault: si_signo, si_code
   (SEGV_MTESERR), si_addr (tag bits cleared, or kept with SA_EXPOSE_TAGBITS), the sigcontext fault_address,
   and the esr_context record of the signal frame (its ESR says: data abort, synchronous tag check fault). The
   handler skips the faulting instruction with pc += 4. Also a non-MTE SEGV_MAPERR for comparison. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>
#include <asm/sigcontext.h>
#include "mte-util.h"

static volatile uintptr_t expected;

static void handler(int sig, siginfo_t *si, void *ctx) {
  ucontext_t *uc = ctx;
  uintptr_t a = (uintptr_t)si->si_addr;
  unsigned tag = (unsigned)(a >> 56), want = (unsigned)(expected >> 56);
  printf("  signo=%d code=%d si_addr tag bits: %s, untagged match=%d, tagged match=%d; fault_address tagged=%d, address match=%d\n",
         si->si_signo, si->si_code, tag == 0 ? "none" : tag == want ? "the pointer's" : "other",
         (a & 0x00ffffffffffffffUL) == (expected & 0x00ffffffffffffffUL), a == expected,
         (uc->uc_mcontext.fault_address >> 56) != 0,
         (uc->uc_mcontext.fault_address & 0x00ffffffffffffffUL) == (expected & 0x00ffffffffffffffUL));
  struct _aarch64_ctx *h = (struct _aarch64_ctx *)uc->uc_mcontext.__reserved;
  int foundEsr = 0;
  while (h->magic) {
    if (h->magic == ESR_MAGIC) {
      uint64_t esr = ((struct esr_context *)h)->esr;
      printf("  esr_context: EC=%#llx tag check fault=%d translation fault=%d WnR=%llu\n", (unsigned long long)(esr >> 26) & 0x3f,
             (esr & 0x3f) == 0x11, (esr & 0x3c) == 0x4, (unsigned long long)(esr >> 6) & 1);
      foundEsr = 1;
    }
    h = (struct _aarch64_ctx *)((char *)h + h->size);
  }
  if (!foundEsr) printf("  no esr_context record\n");
  uc->uc_mcontext.pc += 4;
}

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *page = mte_map(4096);
  unsigned char *p = mte_irg(page, 1);
  mte_set_tags(p, 16);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  printf("store past the tagged granule:\n");
  expected = (uintptr_t)(p + 20);
  ((volatile unsigned char *)p)[20] = 1;
  printf("load past the tagged granule:\n");
  expected = (uintptr_t)(p + 33);
  (void)((volatile unsigned char *)p)[33];
  sa.sa_flags = SA_SIGINFO | SA_EXPOSE_TAGBITS;
  sigaction(SIGSEGV, &sa, NULL);
  struct sigaction back;
  sigaction(SIGSEGV, NULL, &back);
  printf("SA_EXPOSE_TAGBITS reads back: %d\n", (back.sa_flags & SA_EXPOSE_TAGBITS) != 0);
  printf("with SA_EXPOSE_TAGBITS, store:\n");
  expected = (uintptr_t)(p + 48);
  ((volatile unsigned char *)p)[48] = 1;
  printf("unmapped address with a tag:\n");
  expected = 0x0500000000001008UL;
  (void)*(volatile uint64_t *)expected;
  printf("done\n");
  return 0;
}
