/* Corpus (MTE): the prctl include mask. IRG draws only included tags (mask 0: only tag 0), an IRG exclusion
   register removes more, GMI builds exclusion masks, ADDG skips excluded tags; PR_GET_TAGGED_ADDR_CTRL reads
   back what was set, and invalid requests fail with EINVAL. */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <stdint.h>
#include "mte-util.h"

static unsigned seen(void *base, uint64_t exclude, int draws) {
  unsigned mask = 0;
  for (int i = 0; i < draws; i++) mask |= 1u << mte_tag(mte_irg(base, exclude));
  return mask;
}
static void *addg(void *p, int tagOffset) {
  void *r;
  switch (tagOffset) {
  case 1: __asm__ volatile("addg %0, %1, #16, #1" : "=r"(r) : "r"(p)); break;
  case 3: __asm__ volatile("addg %0, %1, #0, #3" : "=r"(r) : "r"(p)); break;
  default: __asm__ volatile("subg %0, %1, #32, #2" : "=r"(r) : "r"(p)); break;
  }
  return r;
}

int main(void) {
  unsigned char *page = mte_map(4096);
  const unsigned long masks[] = {0xffff, 0xfffe, 0x00f0, 0x8001, 0x0004, 0x0000};
  for (unsigned i = 0; i < sizeof masks / sizeof masks[0]; i++) {
    int r = prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (masks[i] << PR_MTE_TAG_SHIFT), 0, 0, 0);
    long got = prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
    printf("include %#06lx: set %d get %#lx irg tags %#06x", masks[i], r, (unsigned long)got, seen(page, 0, 2000));
    printf(" excluding 1-3 %#06x", seen(page, 0xe, 2000));
    void *t = mte_with_tag(page, 14);
    printf(" addg 14+1 -> %u, 14+3 -> %u, 14-2 -> %u\n", mte_tag(addg(t, 1)), mte_tag(addg(t, 3)), mte_tag(addg(t, 2)));
  }
  printf("gmi: %#llx %#llx\n", (unsigned long long)mte_gmi(mte_with_tag(page, 5), 0), (unsigned long long)mte_gmi(mte_with_tag(page, 15), 0x1));
  errno = 0;
  printf("unknown bit: %d errno=%d\n", prctl(PR_SET_TAGGED_ADDR_CTRL, 1UL << 20, 0, 0, 0), errno);
  errno = 0;
  printf("non-zero arg3: %d errno=%d\n", prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE, 1, 0, 0), errno);
  printf("sync|async: set %d get %#lx\n", prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | PR_MTE_TCF_ASYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0),
         (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  printf("disable: set %d get %#lx\n", prctl(PR_SET_TAGGED_ADDR_CTRL, 0, 0, 0, 0), (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  return 0;
}
