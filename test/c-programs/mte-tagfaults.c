/* Corpus program: faults of the MTE tag instructions themselves. STG, ST2G, STZG and STGP need a 16-byte aligned
   address (SIGBUS BUS_ADRALN), LDG aligns down; tag stores and LDG on an unmapped page raise SIGSEGV SEGV_MAPERR
   at the first unmapped granule (ST2G whose second granule is unmapped: that granule), a tag store to a read-only
   PROT_MTE page SEGV_ACCERR; write-back forms of STGP and STG; LDXR/STXR are tag-checked. si_addr is printed as
   its offset in the mapping. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include "mte-util.h"
static sigjmp_buf env; static volatile int sig, code; static volatile unsigned long off; static unsigned long base;
static void h(int s, siginfo_t *si, void *u) { sig = s; code = si->si_code; off = ((unsigned long)si->si_addr & 0x00ffffffffffffffUL) - base; siglongjmp(env, 1); }
#define TRY(what, stmt) do { sig = 0; if (sigsetjmp(env, 1) == 0) { stmt; printf("%-22s ok\n", what); } else printf("%-22s sig=%d code=%d off=%#lx\n", what, sig, code, off); } while (0)
int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0); sigaction(SIGBUS, &sa, 0); sigaction(SIGILL, &sa, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *p = mte_map(2 * 4096); base = (unsigned long)p; unsigned char *t3 = mte_with_tag(p, 3);
  munmap(p + 4096, 4096);
  TRY("stg unaligned", __asm__ volatile(".arch_extension memtag\nstg %0, [%0]" : : "r"(t3 + 8) : "memory"));
  TRY("st2g unaligned", __asm__ volatile(".arch_extension memtag\nst2g %0, [%0]" : : "r"(t3 + 16 + 4) : "memory"));
  TRY("stzg unaligned", __asm__ volatile(".arch_extension memtag\nstzg %0, [%0]" : : "r"(t3 + 33) : "memory"));
  TRY("stgp unaligned", __asm__ volatile(".arch_extension memtag\nstgp xzr, xzr, [%0]" : : "r"(t3 + 8) : "memory"));
  TRY("ldg unaligned", ({ void *r = t3 + 9; __asm__ volatile(".arch_extension memtag\nldg %0, [%0]" : "+r"(r)); }));
  TRY("st2g to unmapped 2nd", __asm__ volatile(".arch_extension memtag\nst2g %0, [%0]" : : "r"(t3 + 4096 - 16) : "memory"));
  printf("tag of last granule after: %u\n", mte_tag(mte_ldg(p + 4096 - 16)));
  TRY("stg unmapped", __asm__ volatile(".arch_extension memtag\nstg %0, [%0]" : : "r"(t3 + 4096) : "memory"));
  TRY("ldg unmapped", ({ void *r = t3 + 4096; __asm__ volatile(".arch_extension memtag\nldg %0, [%0]" : "+r"(r)); }));
  TRY("stgp pre-index wb", ({ unsigned char *q = t3 + 64; __asm__ volatile(".arch_extension memtag\nstgp xzr, xzr, [%0, #32]!" : "+r"(q) : : "memory"); if (q != t3 + 96) printf("bad wb\n"); }));
  TRY("stg post-index wb", ({ unsigned char *q = t3 + 128; __asm__ volatile(".arch_extension memtag\nstg %0, [%0], #-16" : "+r"(q) : : "memory"); if (q != t3 + 112) printf("bad wb\n"); }));
  TRY("ro page stg", ({ unsigned char *ro = mmap(0, 4096, PROT_READ | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); base = (unsigned long)ro; __asm__ volatile(".arch_extension memtag\nstg %0, [%0]" : : "r"(mte_with_tag(ro, 2)) : "memory"); }));
  base = (unsigned long)p;
  TRY("ldxr mismatch", ({ unsigned long v; __asm__ volatile("ldxr %0, [%1]" : "=r"(v) : "r"(mte_with_tag(p + 512, 1))); }));
  TRY("stxr mismatch", ({ unsigned int st; __asm__ volatile("stxr %w0, xzr, [%1]" : "=&r"(st) : "r"(mte_with_tag(p + 512, 1)) : "memory"); }));
  return 0;
}
