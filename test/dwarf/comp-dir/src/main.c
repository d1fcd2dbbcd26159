// Entry of the comp-dir fixture: calls a function from each of the two util.c files and one from a header.
#include "shared.h"

int util_src(int x);
int util_lib(int x);

int result;

void _start(void) {
  result = util_src(1) + util_lib(2) + shared_twice(3);
  __asm__ volatile("mov x0, #0\n\tmov x8, #93\n\tsvc #0" ::: "x0", "x8", "memory");
  for (;;) {}
}
