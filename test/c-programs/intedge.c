/* Corpus: integer edge cases: wrap-around of unsigned arithmetic, INT_MIN / -1 and division by zero done by the
   hardware (AArch64 SDIV/UDIV give 0 for a zero divisor and never trap: no SIGFPE), shifts, bit counting,
   byte swaps, 128-bit products, overflow builtins, and strtol/strtoul/strtoll at their limits with errno. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <limits.h>
#include <errno.h>
#include <inttypes.h>

static int64_t sdiv64(int64_t a, int64_t b) { int64_t r; __asm__ volatile("sdiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static uint64_t udiv64(uint64_t a, uint64_t b) { uint64_t r; __asm__ volatile("udiv %0, %1, %2" : "=r"(r) : "r"(a), "r"(b)); return r; }
static int32_t sdiv32(int32_t a, int32_t b) { int32_t r; __asm__ volatile("sdiv %w0, %w1, %w2" : "=r"(r) : "r"(a), "r"(b)); return r; }

int main(void) {
  volatile uint32_t u = UINT32_MAX; volatile int32_t i = INT32_MAX;
  printf("wrap: %u %u %" PRIu64 "\n", u + 1u, 0u - 1u, (uint64_t)UINT64_MAX + 1);
  printf("sdiv64: %" PRId64 " %" PRId64 " %" PRId64 " %" PRId64 "\n", sdiv64(INT64_MIN, -1), sdiv64(7, 0), sdiv64(-7, 2), sdiv64(7, -2));
  printf("udiv64: %" PRIu64 " %" PRIu64 "\n", udiv64(UINT64_MAX, 0), udiv64(UINT64_MAX, 3));
  printf("sdiv32: %d %d\n", sdiv32(INT32_MIN, -1), sdiv32(5, 0));
  volatile int32_t a = -7, b = 2;
  printf("c division: %d %d %d %d\n", a / b, a % b, -a / b, a % -b);
  printf("shifts: %d %u %" PRId64 " %" PRIu64 "\n", (int)(i >> 30), (unsigned)(u >> 31), (int64_t)INT64_MIN >> 63, (uint64_t)1 << 63);
  uint64_t x = 0x0123456789abcdefULL;
  printf("bits: clz=%d ctz=%d pop=%d clzll=%d ctzll=%d popll=%d parity=%d\n", __builtin_clz(0x00f00000u), __builtin_ctz(0x00f00000u),
         __builtin_popcount(0xf0f0f0f0u), __builtin_clzll(x), __builtin_ctzll(x), __builtin_popcountll(x), __builtin_parityll(x));
  printf("bswap: %08x %016" PRIx64 " %04x\n", __builtin_bswap32(0x11223344u), __builtin_bswap64(x), __builtin_bswap16(0xabcd));
  unsigned __int128 p = (unsigned __int128)UINT64_MAX * UINT64_MAX;
  __int128 q = (__int128)INT64_MIN * INT64_MAX;
  printf("int128: hi=%016" PRIx64 " lo=%016" PRIx64 " shi=%016" PRIx64 " slo=%016" PRIx64 "\n", (uint64_t)(p >> 64), (uint64_t)p, (uint64_t)((unsigned __int128)q >> 64), (uint64_t)q);
  volatile unsigned __int128 n = ((unsigned __int128)0x123456789abcdefULL << 64) | 0xfedcba9876543210ULL, d = 0x1000000000000001ULL;
  printf("int128 div: q=%016" PRIx64 " r=%016" PRIx64 "\n", (uint64_t)(n / d), (uint64_t)(n % d));
  int r32; long r64; unsigned ru;
  printf("overflow: add=%d ", __builtin_add_overflow(INT_MAX, 1, &r32)); printf("(%d) ", r32);
  printf("mul=%d ", __builtin_mul_overflow(LONG_MAX / 2 + 1, 2L, &r64)); printf("(%ld) ", r64);
  printf("sub=%d (%u)\n", __builtin_sub_overflow(0u, 1u, &ru), ru);
  const char *texts[] = {"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "0x7fffFFFF", "  -12abc", "077", "", "18446744073709551615", "18446744073709551616", "-1"};
  for (unsigned k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    char *end; errno = 0;
    long long v = strtoll(texts[k], &end, 0);
    int e1 = errno; errno = 0;
    unsigned long long w = strtoull(texts[k], NULL, 0);
    int e2 = errno;
    printf("strto [%s]: ll=%lld errno=%d end=%ld ull=%llu errno=%d\n", texts[k], v, e1, (long)(end - texts[k]), w, e2);
  }
  printf("abs: %d %ld labs(LONG_MIN+1)=%ld llabs=%lld\n", abs(-5), labs(-6L), labs(LONG_MIN + 1), llabs(-7LL));
  div_t dv = div(-17, 5); ldiv_t lv = ldiv(17L, -5L);
  printf("div: %d %d ldiv: %ld %ld\n", dv.quot, dv.rem, lv.quot, lv.rem);
  printf("casts: %d %u %d %lld\n", (signed char)200, (unsigned char)-1, (short)70000, (long long)(int)0x80000000u);
  return 0;
}
