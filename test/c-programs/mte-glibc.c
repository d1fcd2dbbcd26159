/* Corpus program: glibc's own MTE heap tagging. Run with GLIBC_TUNABLES=glibc.mem.tagging=3 (sync checks):
   malloc returns tagged pointers, an overflow past the rounded size and a use after free raise SIGSEGV with
   SEGV_MTESERR, caught here with a handler; calloc/realloc/memalign keep their contents. */
/* corpus-env: GLIBC_TUNABLES=glibc.mem.tagging=3 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <malloc.h>
#include <signal.h>
#include <setjmp.h>
#include <sys/prctl.h>

static sigjmp_buf env;
static volatile int code;
static void on_segv(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; code = si->si_code; siglongjmp(env, 1); }
#define TAG(p) ((unsigned)(((uintptr_t)(p) >> 56) & 0xf))

static void try_write(const char *what, volatile char *p) {
  code = 0;
  if (sigsetjmp(env, 1) == 0) { *p = 1; printf("%s: no fault\n", what); }
  else printf("%s: SIGSEGV si_code=%d\n", what, code);
}
static void try_read(const char *what, volatile char *p) {
  code = 0;
  if (sigsetjmp(env, 1) == 0) { (void)*p; printf("%s: no fault\n", what); }
  else printf("%s: SIGSEGV si_code=%d\n", what, code);
}

int main(void) {
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  long ctrl = prctl(56, 0, 0, 0, 0);
  printf("tagged addr ctrl: enable=%ld sync=%ld async=%ld\n", ctrl & 1, (ctrl >> 1) & 1, (ctrl >> 2) & 1);
  char *a = malloc(40), *b = malloc(40);
  printf("malloc tagged: %d %d\n", TAG(a) != 0, TAG(b) != 0);
  memset(a, 'x', 40); a[39] = 0;
  printf("in bounds: %zu\n", strlen(a));
  try_write("write at rounded end (48)", a + 48);
  try_read("read one granule before", a - 16);
  char *c = calloc(10, 10);
  int zero = 1; for (int i = 0; i < 100; i++) if (c[i]) zero = 0;
  printf("calloc zeroed: %d tagged: %d\n", zero, TAG(c) != 0);
  strcpy(c, "realloc keeps this");
  c = realloc(c, 4000);
  printf("realloc: %s tagged: %d\n", c, TAG(c) != 0);
  char *m = memalign(64, 100);
  printf("memalign aligned: %d tagged: %d\n", ((uintptr_t)m & 63) == 0, TAG(m) != 0);
  free(m);
  char *d = malloc(24);
  strcpy(d, "freed");
  free(d);
  try_read("use after free", d);
  try_write("write after free", d + 8);
  free(a); free(b); free(c);
  /* large (mmap'd) chunks are tagged as well */
  char *big = malloc(300000);
  big[299999] = 7;
  printf("large chunk tagged: %d last=%d\n", TAG(big) != 0, big[299999]);
  free(big);
  puts("done");
  return 0;
}
