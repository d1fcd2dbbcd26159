/* Corpus (MTE): the scenario of the kernel's memory-tagging-extension.rst example, written anew: check
   HWCAP2_MTE, enable the tagged-address ABI with synchronous checks and tags 1-15, map a page and add PROT_MTE
   with mprotect, tag the first granule with a random tag, access it, then write a[16] (the next granule, tag
   0). Linux kills the process there with SIGSEGV / SEGV_MTESERR; nothing after it runs. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "mte-util.h"

int main(void) {
  setvbuf(stdout, NULL, _IONBF, 0);
  if (!(getauxval(AT_HWCAP2) & HWCAP2_MTE)) { printf("no MTE\n"); return 1; }
  if (prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0)) { perror("prctl"); return 1; }
  unsigned char *a = mmap(0, (size_t)sysconf(_SC_PAGESIZE), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (a == MAP_FAILED) { perror("mmap"); return 1; }
  if (mprotect(a, (size_t)sysconf(_SC_PAGESIZE), PROT_READ | PROT_WRITE | PROT_MTE)) { perror("mprotect"); return 1; }
  a[0] = 1; a[1] = 2;
  printf("a[0] = %hhu a[1] = %hhu\n", a[0], a[1]);
  a = mte_irg(a, 0);
  printf("pointer tag is non-zero: %d\n", mte_tag(a) != 0);
  mte_set_tags(a, 16);
  a[0] = 3; a[1] = 4;
  printf("a[0] = %hhu a[1] = %hhu\n", a[0], a[1]);
  printf("writing a[16], expecting SIGSEGV\n");
  a[16] = 0xdd;
  printf("not reached: a[16] = %hhu\n", a[16]);
  return 0;
}
