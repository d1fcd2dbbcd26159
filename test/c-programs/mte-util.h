/* Corpus helper: MTE primitives for the MTE programs (inline assembly for IRG, GMI, ADDG, STG, LDG, TCO), the
   prctl/mmap constants of the Linux MTE ABI (from memory-tagging-extension.rst) and a line-buffer-free stdout. */
#ifndef MTE_UTIL_H
#define MTE_UTIL_H
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/mman.h>
#include <sys/auxv.h>

#ifndef PR_SET_TAGGED_ADDR_CTRL
#define PR_SET_TAGGED_ADDR_CTRL 55
#define PR_GET_TAGGED_ADDR_CTRL 56
#define PR_TAGGED_ADDR_ENABLE (1UL << 0)
#endif
#ifndef PR_MTE_TCF_SHIFT
#define PR_MTE_TCF_SHIFT 1
#define PR_MTE_TCF_NONE (0UL << 1)
#define PR_MTE_TCF_SYNC (1UL << 1)
#define PR_MTE_TCF_ASYNC (2UL << 1)
#define PR_MTE_TAG_SHIFT 3
#endif
#ifndef PROT_MTE
#define PROT_MTE 0x20
#endif
#ifndef HWCAP2_MTE
#define HWCAP2_MTE (1 << 18)
#endif
#ifndef SEGV_MTEAERR
#define SEGV_MTEAERR 8
#define SEGV_MTESERR 9
#endif
#ifndef SA_EXPOSE_TAGBITS
#define SA_EXPOSE_TAGBITS 0x00000800
#endif

static inline void *mte_irg(void *p, uint64_t exclude) {
  void *r; __asm__ volatile("irg %0, %1, %2" : "=r"(r) : "r"(p), "r"(exclude)); return r;
}
static inline uint64_t mte_gmi(void *p, uint64_t exclude) {
  uint64_t r; __asm__ volatile("gmi %0, %1, %2" : "=r"(r) : "r"(p), "r"(exclude)); return r;
}
/* Sets the allocation tags of [p, p + size) (size a multiple of 16) to p's logical tag. */
static inline void mte_set_tags(void *p, uint64_t size) {
  for (uint64_t off = 0; off < size; off += 16) __asm__ volatile("stg %0, [%0]" : : "r"((char *)p + off) : "memory");
}
static inline void *mte_ldg(void *p) { void *r = p; __asm__ volatile("ldg %0, [%1]" : "+r"(r) : "r"(p)); return r; }
static inline unsigned mte_tag(const void *p) { return (unsigned)(((uintptr_t)p >> 56) & 0xf); }
static inline void *mte_untag(const void *p) { return (void *)((uintptr_t)p & 0x00ffffffffffffffUL); }
static inline void *mte_with_tag(const void *p, unsigned tag) { return (void *)(((uintptr_t)p & 0xf0ffffffffffffffUL) | ((uintptr_t)(tag & 15) << 56)); }
static inline void mte_tco(int on) { if (on) __asm__ volatile("msr tco, #1" ::: "memory"); else __asm__ volatile("msr tco, #0" ::: "memory"); }
static inline uint64_t mte_read_tco(void) { uint64_t v; __asm__ volatile("mrs %0, tco" : "=r"(v)); return v; }

/* A PROT_MTE anonymous mapping of `size` bytes, or NULL. */
static inline void *mte_map(unsigned long size) {
  void *p = mmap(0, size, PROT_READ | PROT_WRITE | PROT_MTE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  return p == MAP_FAILED ? 0 : p;
}
#endif
