/* Corpus: malloc/free/calloc/realloc churn driven by a fixed pseudo-random sequence; every block is filled with
   a pattern and checked before it is freed or resized. Also large (mmap-backed) blocks, posix_memalign and
   aligned_alloc alignment. Prints only counts and checksums (no addresses). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

#define SLOTS 512
static unsigned char *blk[SLOTS];
static size_t sz[SLOTS];
static uint32_t state = 12345;
static uint32_t rnd(void) { state = state * 1103515245u + 12345u; return state >> 8; }
static unsigned bad;

static void pattern(unsigned i) { for (size_t k = 0; k < sz[i]; k++) blk[i][k] = (unsigned char)(i + k); }
static void verify(unsigned i, size_t n) { for (size_t k = 0; k < n; k++) if (blk[i][k] != (unsigned char)(i + k)) { bad++; return; } }

int main(void) {
  unsigned allocs = 0, frees = 0, reallocs = 0;
  for (unsigned step = 0; step < 3000; step++) {
    unsigned i = rnd() % SLOTS;
    unsigned op = rnd() % 10;
    if (blk[i] && op < 4) { verify(i, sz[i]); free(blk[i]); blk[i] = NULL; frees++; }
    else if (blk[i] && op < 6) {
      size_t n = rnd() % 3000 + 1;
      unsigned char *p = realloc(blk[i], n);
      if (!p) { bad++; continue; }
      blk[i] = p; verify(i, n < sz[i] ? n : sz[i]); sz[i] = n; pattern(i); reallocs++;
    } else if (!blk[i]) {
      size_t n = (op == 9) ? rnd() % 16384 + 1 : rnd() % 600 + 1;
      if (op == 8) { blk[i] = calloc(n, 1); for (size_t k = 0; k < n; k++) if (blk[i][k]) { bad++; break; } }
      else blk[i] = malloc(n);
      if (!blk[i]) { bad++; continue; }
      if (((uintptr_t)blk[i] & 15) != 0) bad++;
      sz[i] = n; pattern(i); allocs++;
    }
  }
  for (unsigned i = 0; i < SLOTS; i++) if (blk[i]) { verify(i, sz[i]); free(blk[i]); frees++; }
  printf("allocs=%u frees=%u reallocs=%u bad=%u\n", allocs, frees, reallocs, bad);
  void *p = NULL;
  for (size_t al = 16; al <= 4096; al *= 4) {
    int r = posix_memalign(&p, al, 100);
    printf("posix_memalign(%zu): r=%d aligned=%d\n", al, r, ((uintptr_t)p % al) == 0);
    free(p);
    p = aligned_alloc(al, al * 2);
    printf("aligned_alloc(%zu): aligned=%d\n", al, p && ((uintptr_t)p % al) == 0);
    free(p);
  }
  char *big = malloc(2 << 20);
  memset(big, 7, 2 << 20);
  unsigned long s = 0;
  for (size_t k = 0; k < (2u << 20); k += 4096) s += (unsigned char)big[k];
  printf("big block sum=%lu\n", s);
  free(big);
  printf("malloc(0) %s, realloc(NULL, 10) %s\n", (p = malloc(0)) ? "non-null" : "null", (big = realloc(NULL, 10)) ? "non-null" : "null");
  free(p); free(big);
  return bad != 0;
}
