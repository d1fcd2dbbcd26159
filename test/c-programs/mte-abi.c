/* Corpus program: edges of the Linux MTE and tagged-address ABI (memory-tagging-extension.rst,
   tagged-address-abi.rst): tag checks without PR_TAGGED_ADDR_ENABLE, tagged addresses in memory-management
   calls (always untagged by arm64 Linux) and in data calls (need ENABLE), prctl argument checks, brk with a
   tagged address, PROT_MTE on tmpfs files (private, shared, via mprotect), with PROT_EXEC, without PROT_READ,
   and unknown protection bits (mprotect refuses them, mmap ignores them). */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <fcntl.h>
#include "mte-util.h"
static sigjmp_buf env; static volatile int code;
static void h(int s, siginfo_t *si, void *u) { (void)s; (void)u; code = si->si_code; siglongjmp(env, 1); }
#define R(what, expr) do { errno = 0; long r_ = (long)(expr); printf("%-40s %ld errno=%d\n", what, r_ < 0 ? -1L : r_ > 1000 ? 1L : r_, errno); } while (0)
int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = h; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  R("set SYNC without ENABLE", prctl(PR_SET_TAGGED_ADDR_CTRL, PR_MTE_TCF_SYNC | (0xfffeUL << 3), 0, 0, 0));
  R("get", prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0) == (long)(PR_MTE_TCF_SYNC | (0xfffeUL << 3)));
  unsigned char *p = mte_map(8192);
  code = 0;
  if (sigsetjmp(env, 1) == 0) { ((volatile unsigned char *)mte_with_tag(p, 4))[0] = 1; }
  printf("checked without ENABLE: si_code %d\n", code);
  R("mprotect tagged, no ENABLE", mprotect(mte_with_tag(p, 4), 4096, PROT_READ | PROT_WRITE | PROT_MTE));
  R("madvise tagged, no ENABLE", madvise(mte_with_tag(p, 4), 4096, MADV_WILLNEED));
  R("write to a bad fd (EBADF before the buffer)", write(-1, mte_with_tag(p, 4), 1));
  R("set arg3 != 0", prctl(PR_SET_TAGGED_ADDR_CTRL, 1, 1, 0, 0));
  R("set arg5 != 0", prctl(PR_SET_TAGGED_ADDR_CTRL, 1, 0, 0, 1));
  R("mask bits only", prctl(PR_SET_TAGGED_ADDR_CTRL, 0xfffeUL << 3, 0, 0, 0));
  R("get mask only", prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0) == (long)(0xfffeUL << 3));
  R("set ENABLE|SYNC", prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC, 0, 0, 0));
  void *cur = sbrk(0);
  R("brk tagged", (long)((char *)syscall(214, mte_with_tag((char *)cur + 4096, 3)) == (char *)cur));
  R("munmap tagged, ENABLE", munmap(mte_with_tag(p + 4096, 7), 4096));
  R("mremap tagged old addr", (long)(mremap(mte_with_tag(p, 7), 4096, 4096, 0) == MAP_FAILED));
  int fd = open("/tmp/abi-file", O_CREAT | O_RDWR | O_TRUNC, 0600); ftruncate(fd, 4096);
  R("private /tmp file PROT_MTE", (long)(mmap(0, 4096, PROT_READ | PROT_MTE, MAP_PRIVATE, fd, 0) == MAP_FAILED));
  unsigned char *f = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  R("mprotect /tmp file +PROT_MTE", mprotect(f, 4096, PROT_READ | PROT_WRITE | PROT_MTE));
  R("PROT_MTE|PROT_EXEC anon", (long)(mmap(0, 4096, PROT_READ | PROT_EXEC | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED));
  R("PROT_MTE without PROT_READ", (long)(mmap(0, 4096, PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED));
  R("PROT_MTE on MAP_SHARED anon", (long)(mmap(0, 4096, PROT_READ | PROT_MTE, MAP_SHARED | MAP_ANONYMOUS, -1, 0) == MAP_FAILED));
  R("mprotect 0x40 bogus prot", mprotect(p, 4096, 0x40 | PROT_READ));
  R("mmap PROT_MTE|0x40", (long)(mmap(0, 4096, PROT_READ | PROT_MTE | 0x40, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED));
  return 0;
}
