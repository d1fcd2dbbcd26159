/* Corpus program: the fault address of a tag check fault in an access that spans granules. The Arm ARM checks
   each part of such an access with that part's address (an unaligned access byte by byte, LDP and the
   multi-register loads and stores element by element), so si_addr is the first byte of the mismatching granule,
   not the start of the access: LD1 of four registers, ST1 of two, LDP, an unaligned LDR and an LD4 lane that
   start in a granule with the pointer's tag and run into one without it. si_addr is printed as its offset in the
   mapping, with whether it kept tag bits. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include "mte-util.h"

static sigjmp_buf env;
static volatile int sig, code;
static volatile unsigned long off, tagbits;
static unsigned long base;

static void handler(int s, siginfo_t *si, void *u) {
  (void)u;
  sig = s; code = si->si_code;
  unsigned long a = (unsigned long)si->si_addr;
  tagbits = a >> 56 != 0;
  off = (a & 0x00ffffffffffffffUL) - base;
  siglongjmp(env, 1);
}

#define TRY(what, stmt) do { sig = 0; if (sigsetjmp(env, 1) == 0) { stmt; printf("%-24s ok\n", what); } \
  else printf("%-24s sig=%d code=%d off=%#lx tagbits=%lu\n", what, sig, code, off, tagbits); } while (0)

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *p = mte_map(4096); base = (unsigned long)p;
  unsigned char *t5 = mte_with_tag(p, 5); mte_set_tags(t5, 64); /* granules 0-3 tag 5, the rest tag 0 */
  TRY("ld1 4 regs across", ({ __asm__ volatile("ld1 {v0.16b-v3.16b}, [%0]" : : "r"(t5 + 16) : "v0", "v1", "v2", "v3"); }));
  TRY("st1 2 regs across", ({ __asm__ volatile("st1 {v0.16b, v1.16b}, [%0]" : : "r"(t5 + 48) : "memory"); }));
  TRY("ldp across", ({ unsigned long a, b; __asm__ volatile("ldp %0, %1, [%2]" : "=r"(a), "=r"(b) : "r"(t5 + 56)); }));
  TRY("unaligned ldr across", ({ unsigned long v; __asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(t5 + 60)); }));
  TRY("ld4 lane across", ({ __asm__ volatile("ld4 {v0.s, v1.s, v2.s, v3.s}[1], [%0]" : : "r"(t5 + 56) : "v0", "v1", "v2", "v3"); }));
  TRY("ldr inside", ({ unsigned long v; __asm__ volatile("ldr %0, [%1]" : "=r"(v) : "r"(t5 + 56)); }));
  return 0;
}
