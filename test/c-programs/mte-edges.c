/* Corpus program: edges of MTE tag checking under sync mode. LDGM, STGM and STZGM are EL1-only (SIGILL at EL0);
   DC ZVA is a checked store; PRFM is never checked; LDAR, LDAPR and LDNP are; LD1R of a matching granule
   works; a tagged pointer into memory without PROT_MTE is not checked; a MAP_SHARED memfd keeps
   its data and tags through MADV_DONTNEED (the pages stay in the page cache), private memory keeps them through
   MADV_COLD and MADV_PAGEOUT; mprotect without PROT_MTE does not turn checking off; system calls accept a
   correctly tagged buffer and, in sync mode, fail with EFAULT on a mismatching one. si_addr is printed as its
   offset in the mapping, with whether it kept tag bits. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <fcntl.h>
#include <errno.h>
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
  else if (sig == SIGILL) printf("%-24s SIGILL code=%d\n", what, code); \
  else printf("%-24s sig=%d code=%d off=%#lx tagbits=%lu\n", what, sig, code, off, tagbits); } while (0)

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, 0); sigaction(SIGILL, &sa, 0); sigaction(SIGBUS, &sa, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  unsigned char *p = mte_map(3 * 4096); base = (unsigned long)p;
  unsigned char *t5 = mte_with_tag(p, 5); mte_set_tags(t5, 64); /* granules 0-3 tag 5, the rest tag 0 */
  unsigned char *t0 = p;
  TRY("ldgm", ({ unsigned long v; __asm__ volatile(".arch_extension memtag\nldgm %0, [%1]" : "=r"(v) : "r"(t5)); }));
  TRY("stgm", ({ __asm__ volatile(".arch_extension memtag\nstgm xzr, [%0]" : : "r"(t5) : "memory"); }));
  TRY("stzgm", ({ __asm__ volatile(".arch_extension memtag\nstzgm xzr, [%0]" : : "r"(t5) : "memory"); }));
  TRY("dc zva mismatch", ({ __asm__ volatile("dc zva, %0" : : "r"(t0) : "memory"); }));
  TRY("prfm mismatch", ({ __asm__ volatile("prfm pldl1keep, [%0]" : : "r"(t0 + 16)); }));
  TRY("ldar mismatch", ({ unsigned long v; __asm__ volatile("ldar %0, [%1]" : "=r"(v) : "r"(t0 + 16)); }));
  TRY("ldapr mismatch", ({ unsigned long v; __asm__ volatile(".arch_extension rcpc\nldapr %0, [%1]" : "=r"(v) : "r"(t0 + 16)); }));
  TRY("ldnp mismatch", ({ unsigned long a, b; __asm__ volatile("ldnp %0, %1, [%2]" : "=r"(a), "=r"(b) : "r"(t0 + 16)); }));
  TRY("ld1r matching", ({ __asm__ volatile("ld1r {v0.4s}, [%0]" : : "r"(t0 + 80) : "v0"); }));
  TRY("tagged, no PROT_MTE", ({ unsigned char *q = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0); *(volatile char *)mte_with_tag(q, 7) = 1; }));

  int fd = memfd_create("edges", 0); ftruncate(fd, 4096);
  unsigned char *s = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_SHARED, fd, 0);
  unsigned char *s3 = mte_with_tag(s, 3); mte_set_tags(s3, 32); strcpy((char *)s3, "kept");
  printf("memfd MADV_DONTNEED %d\n", madvise(s, 4096, MADV_DONTNEED));
  unsigned t = mte_tag(mte_ldg(s));
  printf("memfd after DONTNEED: tag %u data [%s]\n", t, (char *)mte_with_tag(s, t));

  unsigned char *a = mte_map(4096); unsigned char *a7 = mte_with_tag(a, 7); mte_set_tags(a7, 64); a7[0] = 'z';
  int cold = madvise(a, 4096, MADV_COLD), pageout = madvise(a, 4096, MADV_PAGEOUT);
  printf("MADV_COLD %d MADV_PAGEOUT %d: tag %u data %c\n", cold, pageout, mte_tag(mte_ldg(a)), a7[0]);

  unsigned char *k = mte_map(4096); mte_set_tags(mte_with_tag(k, 2), 16);
  printf("mprotect without PROT_MTE %d\n", mprotect(k, 4096, PROT_READ | PROT_WRITE));
  base = (unsigned long)k;
  TRY("still checked", ({ *(volatile char *)k = 1; }));

  char *tb = (char *)mte_with_tag(p + 512, 6); mte_set_tags(tb, 32); strcpy(tb, "via tagged ptr\n");
  int pf[2]; pipe(pf);
  errno = 0; ssize_t w1 = write(pf[1], tb, 15); printf("write, matching tag: %zd %s\n", w1, strerror(errno));
  errno = 0; ssize_t w2 = write(pf[1], mte_with_tag(tb, 1), 15); printf("write, mismatching tag: %zd %s\n", w2, strerror(errno));
  errno = 0; ssize_t r1 = read(pf[0], mte_with_tag(tb, 1), 8); printf("read, mismatching tag: %zd %s\n", r1, strerror(errno));
  errno = 0; ssize_t r2 = read(pf[0], tb, 8); printf("read, matching tag: %zd [%.8s]\n", r2, tb);
  return 0;
}
