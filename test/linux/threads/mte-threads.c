/* Per-thread MTE with pthreads: each thread chooses its own tag-check mode with PR_SET_TAGGED_ADDR_CTRL. A thread
   in synchronous mode that stores through a mismatching pointer gets SIGSEGV/SEGV_MTESERR in its own handler
   (which skips the store); the main thread, left in mode none, makes the same store without a fault. */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

#ifndef PR_MTE_TCF_SYNC
#define PR_MTE_TCF_SYNC (1UL << 1)
#define PR_MTE_TAG_SHIFT 3
#endif
#define PROT_MTE 0x20

static char *page;
static __thread volatile int faults;
static __thread volatile int code;
static volatile long handler_tid;

static void on_segv(int sig, siginfo_t *info, void *uc) {
  (void)sig;
  faults++;
  code = info->si_code;
  handler_tid = syscall(SYS_gettid);
  ((ucontext_t *)uc)->uc_mcontext.pc += 4;
}

static void bad_store(void) {
  char *p = (char *)((unsigned long)page | (5UL << 56));
  __asm__ volatile("strb wzr, [%0]" : : "r"(p) : "memory");
}

static void *worker(void *arg) {
  (void)arg;
  prctl(PR_SET_TAGGED_ADDR_CTRL, 1 | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  bad_store();
  long tid = syscall(SYS_gettid);
  printf("worker: faults=%d code=%d in-own-thread=%d mode=0x%lx\n", faults, code, handler_tid == tid,
         (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  return NULL;
}

int main(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigaction(SIGSEGV, &sa, NULL);
  page = mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (page == MAP_FAILED) { puts("mmap failed"); return 1; }
  prctl(PR_SET_TAGGED_ADDR_CTRL, 1, 0, 0, 0);
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  pthread_join(t, NULL);
  bad_store();
  printf("main: faults=%d mode=0x%lx\n", faults, (unsigned long)prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0));
  return 0;
}
