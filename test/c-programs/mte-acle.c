/* Corpus program: the ACLE MTE intrinsics of arm_acle.h (__arm_mte_create_random_tag, __arm_mte_set_tag,
   __arm_mte_get_tag, __arm_mte_increment_tag, __arm_mte_exclude_tag, __arm_mte_ptrdiff) on a PROT_MTE mapping,
   under sync tag checks; prints only facts that do not depend on the random tags chosen. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include "mte-util.h"
#if defined(__ARM_FEATURE_MEMORY_TAGGING)
#include <arm_acle.h>
#endif

static sigjmp_buf env;
static volatile int got_code;
static void on_segv(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; got_code = si->si_code; siglongjmp(env, 1); }

int main(void) {
#if !defined(__ARM_FEATURE_MEMORY_TAGGING)
  puts("built without memtag: nothing to do");
  return 0;
#else
  if (!(getauxval(AT_HWCAP2) & HWCAP2_MTE)) { puts("no MTE"); return 1; }
  if (prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0)) { puts("prctl failed"); return 1; }
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  unsigned char *buf = mte_map(4096);
  if (!buf) { puts("mmap failed"); return 1; }
  /* create_random_tag with an exclusion mask: never an excluded tag; tag 0 excluded by the prctl mask */
  int bad = 0;
  for (int i = 0; i < 200; i++) {
    unsigned char *t = __arm_mte_create_random_tag(buf, 0x00ffUL);
    unsigned tag = mte_tag(t);
    if (tag < 8) bad++;
    if (mte_untag(t) != (void *)buf) bad++;
  }
  printf("create_random_tag: excluded tags chosen %d times\n", bad);
  /* exclude_tag adds a pointer's tag to a mask */
  unsigned char *t5 = mte_with_tag(buf, 5);
  printf("exclude_tag: %#lx %#lx\n", (unsigned long)__arm_mte_exclude_tag(t5, 0), (unsigned long)__arm_mte_exclude_tag(t5, 0x3));
  /* increment_tag: the next tag not excluded by the prctl mask (tag 0 excluded) */
  for (unsigned tg = 0; tg < 16; tg++) {
    unsigned char *p = mte_with_tag(buf, tg);
    printf("%x+1=%x %x+3=%x%s", tg, mte_tag(__arm_mte_increment_tag(p, 1)), tg, mte_tag(__arm_mte_increment_tag(p, 3)), tg == 15 ? "\n" : " ");
  }
  /* set_tag / get_tag */
  unsigned char *a = __arm_mte_increment_tag(mte_with_tag(buf, 6), 0);
  for (int i = 0; i < 64; i += 16) __arm_mte_set_tag(a + i);
  unsigned char *g = __arm_mte_get_tag(buf + 32);
  printf("get_tag: tag %x\n", mte_tag(g));
  g = __arm_mte_get_tag(mte_with_tag(buf + 80, 9));
  printf("get_tag of untagged granule through tag 9 pointer: %x\n", mte_tag(g));
  /* ptrdiff ignores tags */
  printf("ptrdiff: %ld %ld\n", (long)__arm_mte_ptrdiff(mte_with_tag(buf + 100, 3), mte_with_tag(buf + 4, 12)),
         (long)__arm_mte_ptrdiff(buf, a + 48));
  /* access through the set tag works; with a different tag faults */
  memset(a, 0x5a, 64);
  printf("a[63]=%#x\n", a[63]);
  if (sigsetjmp(env, 1) == 0) { ((volatile unsigned char *)a)[64] = 1; puts("no fault past the tagged range"); }
  else printf("fault past the tagged range: si_code=%d\n", got_code);
  if (sigsetjmp(env, 1) == 0) { volatile unsigned char *w = mte_with_tag(a, 7); (void)w[3]; puts("no fault with tag 7"); }
  else printf("fault with a wrong tag: si_code=%d\n", got_code);
  return 0;
#endif
}
