/* Corpus program: MTE tag-check modes per thread and per process. Each thread sets its own mode with prctl
   (sync, async, none) and makes one mismatching store; a forked child inherits the mode, the tags of a private
   mapping (copied) and of a MAP_SHARED one; mprotect adds PROT_MTE to an anonymous mapping; tagged pointers
   are accepted by system calls once PR_TAGGED_ADDR_ENABLE is set. */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <errno.h>
#include <pthread.h>
#include <sys/wait.h>
#include "mte-util.h"

#define MASK (0xfffeUL << PR_MTE_TAG_SHIFT)
static __thread sigjmp_buf env;
static __thread volatile int code;
static void on_segv(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; code = si->si_code; siglongjmp(env, 1); }

static unsigned char *page;

/* One mismatching store, then a system call (where an async fault is reported at the latest). */
static int bad_store(void) {
  code = 0;
  if (sigsetjmp(env, 1) == 0) {
    ((volatile unsigned char *)mte_with_tag(page, 5))[0] = 1;
    getppid();
    return 0;
  }
  return code;
}

static void *thread_fn(void *arg) {
  unsigned long mode = (unsigned long)arg;
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | mode | MASK, 0, 0, 0);
  long got = prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
  int c = bad_store();
  printf("thread mode %#lx: get %#lx, si_code %d\n", mode, (unsigned long)got, c);
  return 0;
}

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  printf("initial ctrl: %ld\n", (long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  page = mte_map(4096);
  unsigned long modes[4] = { PR_MTE_TCF_SYNC, PR_MTE_TCF_ASYNC, PR_MTE_TCF_NONE, PR_MTE_TCF_SYNC | PR_MTE_TCF_ASYNC };
  for (int i = 0; i < 4; i++) { pthread_t t; pthread_create(&t, 0, thread_fn, (void *)modes[i]); pthread_join(t, 0); }
  printf("main thread unchanged: %ld\n", (long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  printf("unknown bit: %d errno=%d\n", prctl(PR_SET_TAGGED_ADDR_CTRL, 1UL << 20, 0, 0, 0), errno);
  printf("nonzero arg2..: %d errno=%d\n", prctl(PR_GET_TAGGED_ADDR_CTRL, 1, 0, 0, 0), errno);

  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | MASK, 0, 0, 0);
  unsigned char *t7 = mte_with_tag(page + 64, 7);
  mte_set_tags(t7, 32);
  strcpy((char *)t7, "private tagged");
  unsigned char *sh = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  printf("shared PROT_MTE mapping: %s\n", sh == MAP_FAILED ? "failed" : "ok");
  pid_t pid = fork();
  if (pid == 0) {
    int ok = strcmp((char *)t7, "private tagged") == 0;
    int c = bad_store();
    unsigned char *s9 = mte_with_tag(sh, 9);
    mte_set_tags(s9, 16);
    strcpy((char *)s9, "from child");
    t7[0] = 'P';
    printf("child: tagged copy readable %d, mode inherited si_code %d, ctrl %#lx\n", ok, c, (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
    _exit(0);
  }
  int st; waitpid(pid, &st, 0);
  printf("parent: private copy untouched %c, shared granule tag %x\n", t7[0], mte_tag(mte_ldg(sh)));

  /* mprotect adds PROT_MTE: tags start at 0, checks begin */
  unsigned char *m = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  m[100] = 42;
  code = 0;
  if (sigsetjmp(env, 1) == 0) { ((volatile unsigned char *)mte_with_tag(m, 3))[0] = 1; printf("untagged mapping: tag 3 store not checked\n"); }
  printf("mprotect PROT_MTE: %d\n", mprotect(m, 8192, PROT_READ | PROT_WRITE | PROT_MTE));
  printf("contents kept: %d, tag %x\n", m[100], mte_tag(mte_ldg(m + 96)));
  printf("after mprotect, tag 3 store: si_code %d\n", (page = m, bad_store()));
  /* tagged pointers in system calls */
  unsigned char *b = mte_with_tag(m + 4096, 11);
  mte_set_tags(b, 32);
  memcpy(b, "tagged write(2) buffer\n", 23);
  printf("write with a tagged buffer: %zd\n", write(1, b, 23));
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_MTE_TCF_SYNC | MASK, 0, 0, 0);
  errno = 0;
  printf("without PR_TAGGED_ADDR_ENABLE: %zd errno=%d\n", write(1, b, 23), errno);
  errno = 0;
  void *hint = mmap(mte_with_tag((void *)0x7000000000UL, 2), 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  printf("mmap with a tagged address: %s errno=%d\n", hint == MAP_FAILED ? "failed" : "ok", errno);
  return 0;
}
