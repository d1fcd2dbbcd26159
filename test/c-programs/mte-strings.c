/* Corpus program: glibc's string and memory functions on MTE-tagged buffers under sync tag checks. Each
   buffer is granule-sized pieces with their own tags, next to granules of other tags: strlen, strchr, strcmp,
   memchr, strnlen, memcpy, memmove, memset, strcpy and memcmp that stay inside their buffer never fault
   (glibc's MTE-aware routines never read past the granule holding the terminator), and the first byte written
   or read past the end raises SEGV_MTESERR. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include "mte-util.h"

static sigjmp_buf env;
static volatile int code;
static void on_segv(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; code = si->si_code; siglongjmp(env, 1); }

static unsigned char *page;
/* A buffer of `granules` granules at granule index `at`, tagged `tag`; its neighbours get tags tag^8. */
static char *buffer(unsigned at, unsigned granules, unsigned tag) {
  unsigned char *p = mte_with_tag(page + 16 * at, tag);
  mte_set_tags(p, 16 * granules);
  mte_set_tags(mte_with_tag(page + 16 * (at + granules), tag ^ 8), 16);
  if (at > 0) mte_set_tags(mte_with_tag(page + 16 * (at - 1), tag ^ 9), 16);
  return (char *)p;
}

/* Called through volatile pointers so that gcc calls glibc's routines at every optimisation level instead of
   expanding small constant-size copies inline. */
static void *(*volatile memset_)(void *, int, size_t) = memset;
static void *(*volatile memcpy_)(void *, const void *, size_t) = memcpy;
static size_t (*volatile strlen_)(const char *) = strlen;
static char *(*volatile strcpy_)(char *, const char *) = strcpy;
static int (*volatile memcmp_)(const void *, const void *, size_t) = memcmp;

#define TRY(what, stmt) do { code = 0; if (sigsetjmp(env, 1) == 0) { stmt; printf("%-34s ok\n", what); } else printf("%-34s SIGSEGV si_code=%d\n", what, code); } while (0)

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  page = mte_map(8192);
  volatile size_t r = 0;
  for (unsigned len = 0; len < 48; len += 1) {
    /* a string of len characters in exactly ceil((len+1)/16) granules */
    unsigned gr = (len + 16) / 16;
    char *s = buffer(8, gr, 3 + (len & 7));
    memset(s, 'a' + (len % 26), len); s[len] = 0;
    code = 0;
    if (sigsetjmp(env, 1) == 0) {
      r = strlen(s) + strnlen(s, 100) + (strchr(s, 0) - s) + (strrchr(s, 'a' + (len % 26)) != 0) + (memchr(s, 0, len + 1) != 0) + (size_t)strcmp(s, s);
      char *d = buffer(40, gr, 2);
      strcpy(d, s);
      r += (size_t)memcmp(d, s, len + 1) + strlen(d);
      memmove(d + 1, d, len); memcpy(d, s, len + 1);
      r += strspn(d, "abcdefghijklmnopqrstuvwxyz") + strcspn(d, "");
    } else { printf("len %u: fault si_code=%d\n", len, code); continue; }
    if (len % 8 == 7) printf("len %u..: no faults\n", len - 7);
  }
  char *b = buffer(100, 2, 5);
  TRY("memset whole buffer", memset_(b, 1, 32));
  TRY("memset one byte too many", memset_(b, 1, 33));
  TRY("memcpy into buffer, exact", memcpy_(b, "0123456789abcdef0123456789abcde", 32));
  TRY("memcpy one past the end", memcpy_(b + 1, "0123456789abcdef0123456789abcde", 32));
  b[31] = 'x';
  TRY("strlen of unterminated buffer", r = strlen_(b));
  TRY("strcpy overflow by one", strcpy_(b, "0123456789abcdef0123456789abcdef"));
  TRY("read one granule before", r = ((volatile char *)b)[-1]);
  TRY("memcmp past the end", r = (size_t)memcmp_(b, b, 40));
  (void)r;
  return 0;
}
