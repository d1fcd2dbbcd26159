/* Corpus program: allocation tags through the memory system calls and the tag-setting instructions.
   Tags survive mremap (moved and grown), are zero after munmap + mmap and after MADV_DONTNEED, survive
   mprotect(PROT_NONE) and back, are kept per process after fork (copy-on-write), work on memfd and /tmp
   (tmpfs) MAP_SHARED mappings; ST2G, STZG, STZ2G, STGP and DC GZVA set (and zero) what they should; LDG of
   memory without PROT_MTE reads tag 0 and STG there is ignored. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <setjmp.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/wait.h>
#include "mte-util.h"

static sigjmp_buf env;
static volatile int code;
static void on_segv(int sig, siginfo_t *si, void *uc) { (void)sig; (void)uc; code = si->si_code; siglongjmp(env, 1); }
static int check_read(volatile unsigned char *p) { code = 0; if (sigsetjmp(env, 1) == 0) { (void)*p; return 0; } return code; }

static unsigned tags_of(unsigned char *p, int granules, char *out) {
  for (int i = 0; i < granules; i++) out[i] = "0123456789abcdef"[mte_tag(mte_ldg(p + 16 * i))];
  out[granules] = 0;
  return 0;
}

int main(void) {
  setvbuf(stdout, 0, _IONBF, 0);
  prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (0xfffeUL << PR_MTE_TAG_SHIFT), 0, 0, 0);
  struct sigaction sa; memset(&sa, 0, sizeof sa); sa.sa_sigaction = on_segv; sa.sa_flags = SA_SIGINFO; sigaction(SIGSEGV, &sa, 0);
  char t[64];
  unsigned char *p = mte_map(8192);
  for (int i = 0; i < 8; i++) mte_set_tags(mte_with_tag(p + 16 * i, i + 1), 16);
  mte_set_tags(mte_with_tag(p + 4096, 9), 32);
  tags_of(p, 8, t); printf("set: %s\n", t);
  /* mremap move + grow */
  unsigned char *q = mremap(p, 8192, 16384, MREMAP_MAYMOVE);
  tags_of(q, 8, t); printf("after mremap: %s, second page %x, new page %x\n", t, mte_tag(mte_ldg(q + 4096)), mte_tag(mte_ldg(q + 12288)));
  /* mprotect PROT_NONE and back */
  mprotect(q, 16384, PROT_NONE);
  mprotect(q, 16384, PROT_READ | PROT_WRITE | PROT_MTE);
  tags_of(q, 8, t); printf("after PROT_NONE and back: %s\n", t);
  /* MADV_DONTNEED */
  madvise(q, 4096, MADV_DONTNEED);
  tags_of(q, 8, t); printf("after MADV_DONTNEED: %s, second page kept %x\n", t, mte_tag(mte_ldg(q + 4096)));
  /* fork: copy-on-write keeps tags per process */
  mte_set_tags(mte_with_tag(q, 4), 16);
  pid_t pid = fork();
  if (pid == 0) { mte_set_tags(mte_with_tag(q, 11), 16); printf("child sees %x after setting 11\n", mte_tag(mte_ldg(q))); _exit(0); }
  int st; waitpid(pid, &st, 0);
  printf("parent keeps %x\n", mte_tag(mte_ldg(q)));
  /* munmap + mmap at the same place */
  munmap(q, 16384);
  unsigned char *r = mmap(q, 16384, PROT_READ | PROT_WRITE | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
  tags_of(r, 4, t); printf("fresh mapping at the same address: same=%d tags %s\n", r == q, t);
  /* tag-setting instructions */
  unsigned char *g = mte_with_tag(r, 6);
  memset(r, 0xee, 256);
  __asm__ volatile("st2g %0, [%0]" : : "r"(g) : "memory");
  __asm__ volatile("stzg %0, [%0, #32]" : : "r"(g) : "memory");
  __asm__ volatile("stz2g %0, [%0, #64]" : : "r"(g) : "memory");
  __asm__ volatile("stgp %1, %2, [%0, #96]" : : "r"(g), "r"(0x1111111111111111UL), "r"(0x2222222222222222UL) : "memory");
  tags_of(r, 8, t);
  printf("st2g/stzg/stz2g/stgp: tags %s data %02x %02x %02x %02x %lx %lx\n", t, g[0], g[16], g[32], g[79], *(unsigned long *)(g + 96), *(unsigned long *)(g + 104));
  uint64_t dczid; __asm__ volatile("mrs %0, dczid_el0" : "=r"(dczid));
  unsigned bs = 4u << (dczid & 15);
  unsigned char *blk = mte_with_tag(r + 1024, 13);
  memset(r + 1024, 0x77, bs);
  __asm__ volatile("dc gzva, %0" : : "r"(blk) : "memory");
  tags_of(r + 1024, 4, t);
  /* The block size (DCZID_EL0) is the implementation's choice: only its lower bound is printed. */
  printf("dc gzva: block >= 64 bytes %d, tags %s, zeroed %d\n", bs >= 64, t, blk[0] == 0 && blk[bs - 1] == 0);
  __asm__ volatile("dc gva, %0" : : "r"(mte_with_tag(r + 2048, 2)) : "memory");
  printf("dc gva: tag %x\n", mte_tag(mte_ldg(r + 2048 + bs - 16)));
  /* memory without PROT_MTE */
  unsigned char *u = mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  __asm__ volatile("stg %0, [%0]" : : "r"(mte_with_tag(u, 5)) : "memory");
  printf("untagged memory: ldg %x, tag-5 read fault %d\n", mte_tag(mte_ldg(mte_with_tag(u, 3))), check_read(mte_with_tag(u, 5)));
  /* memfd and tmpfs shared mappings */
  int fd = memfd_create("tags", 0); ftruncate(fd, 4096);
  unsigned char *m1 = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_SHARED, fd, 0);
  unsigned char *m2 = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_SHARED, fd, 0);
  printf("memfd PROT_MTE: %s\n", m1 == MAP_FAILED ? "failed" : "ok");
  if (m1 != MAP_FAILED) {
    mte_set_tags(mte_with_tag(m1, 12), 16);
    strcpy((char *)mte_with_tag(m1, 12), "via m1");
    printf("second mapping of the memfd: tag %x text %s\n", mte_tag(mte_ldg(m2)), (char *)mte_with_tag(m2, 12));
  }
  int tf = open("/tmp/mte-tags", O_RDWR | O_CREAT | O_TRUNC, 0600); ftruncate(tf, 4096);
  unsigned char *tm = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_MTE, MAP_SHARED, tf, 0);
  printf("/tmp file PROT_MTE: %s\n", tm == MAP_FAILED ? "failed" : "ok");
  return 0;
}
