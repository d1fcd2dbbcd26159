/* Corpus: string and memory functions (memcpy, memmove, memset, memcmp, memchr, strlen, strnlen, strcpy,
   strncpy, strcmp, strncmp, strchr, strrchr, strstr, strcat, strspn, strcspn, strtok) at every source and
   destination alignment 0..15 and many lengths, each checked against a byte-by-byte reference. Prints a
   checksum per function and any mismatch. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>

#define N 200
static unsigned char src[N + 64], dst[N + 64], ref[N + 64];
static unsigned errors;
static uint32_t sum;

static void mix(uint32_t v) { sum = sum * 31u + v; }
static void fill(unsigned char *p, size_t n, unsigned seed) { for (size_t i = 0; i < n; i++) p[i] = (unsigned char)(seed * 7 + i * 13 + 1); }
static void check(const char *what, int ok, unsigned a, unsigned b, unsigned len) {
  if (!ok) { if (errors < 20) printf("MISMATCH %s align %u/%u len %u\n", what, a, b, len); errors++; }
}

int main(void) {
  static const unsigned lens[] = {0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 150};
  const unsigned nl = sizeof lens / sizeof lens[0];
  /* memcpy / memset / memcmp / memmove */
  sum = 0;
  fill(src, sizeof src, 5);
  memset(dst, 0xee, sizeof dst);
  for (unsigned a = 0; a < 16; a++) for (unsigned b = 0; b < 16; b++) for (unsigned li = 0; li < nl; li++) {
    unsigned len = lens[li];
    void *r = memcpy(dst + b, src + a, len);
    int ok = r == dst + b;
    for (unsigned i = 0; i < b; i++) ok &= dst[i] == 0xee;
    for (unsigned i = 0; i < len; i++) ok &= dst[b + i] == src[a + i];
    for (unsigned i = b + len; i < b + len + 16; i++) ok &= dst[i] == 0xee;
    check("memcpy", ok, a, b, len);
    mix(dst[b + len / 2]);
    memset(dst, 0xee, b + len + 16);
  }
  printf("memcpy: sum=%08x\n", sum);
  sum = 0;
  memset(dst, 0x11, sizeof dst);
  for (unsigned a = 0; a < 16; a++) for (unsigned li = 0; li < nl; li++) for (int c = 0; c < 256; c += 85) {
    unsigned len = lens[li];
    memset(dst + a, c, len);
    int ok = 1;
    for (unsigned i = 0; i < a; i++) ok &= dst[i] == 0x11;
    for (unsigned i = 0; i < len; i++) ok &= dst[a + i] == (unsigned char)c;
    for (unsigned i = a + len; i < a + len + 16; i++) ok &= dst[i] == 0x11;
    check("memset", ok, a, 0, len);
    mix(dst[a]);
    for (unsigned i = a; i < a + len; i++) dst[i] = 0x11;
  }
  printf("memset: sum=%08x\n", sum);
  sum = 0;
  fill(src, sizeof src, 3);
  for (unsigned a = 0; a < 16; a++) for (unsigned b = 0; b < 16; b += 3) for (unsigned li = 0; li < nl; li++) {
    unsigned len = lens[li];
    memcpy(dst + b, src + a, len + 1);
    unsigned diffAt = len / 3;
    if (len) dst[b + diffAt] ^= (a & 1) ? 0x80 : 0x01;
    int want = 0;
    for (unsigned i = 0; i < len; i++) if (src[a + i] != dst[b + i]) { want = src[a + i] < dst[b + i] ? -1 : 1; break; }
    int got = memcmp(src + a, dst + b, len);
    check("memcmp", (got < 0 ? -1 : got > 0) == want, a, b, len);
    check("memcmp-equal", memcmp(src + a, src + a, len) == 0, a, a, len);
    mix((unsigned)want + 1);
  }
  printf("memcmp: sum=%08x\n", sum);
  sum = 0;
  for (unsigned a = 0; a < 16; a++) for (unsigned b = 0; b < 16; b++) for (unsigned li = 0; li < nl; li++) {
    unsigned len = lens[li];
    unsigned char buf[N + 64], want[N + 64];
    unsigned hi = (a > b ? a : b) + len + 8;
    fill(buf, hi, a * 3 + b); memcpy(want, buf, hi);
    for (unsigned i = 0; i < len; i++) want[b + i] = buf[a + i];
    memmove(buf + b, buf + a, len);
    int ok = 1;
    for (unsigned i = 0; i < hi; i++) ok &= buf[i] == want[i];
    check("memmove", ok, a, b, len);
    mix(buf[b]);
  }
  printf("memmove: sum=%08x\n", sum);
  /* memchr, strlen, strnlen, strchr, strrchr on every alignment */
  sum = 0;
  for (unsigned a = 0; a < 16; a++) for (unsigned len = 0; len < 140; len++) {
    char *s = (char *)dst + a;
    memset(dst, 'x', sizeof dst);
    for (unsigned i = 0; i < len; i++) s[i] = (char)('a' + i % 26);
    s[len] = 0;
    check("strlen", strlen(s) == len, a, 0, len);
    check("strnlen", strnlen(s, len / 2) == len / 2 && strnlen(s, len + 5) == len, a, 0, len);
    char c = (char)('a' + (len * 7) % 26);
    char *want = NULL, *wantr = NULL;
    for (unsigned i = 0; i < len; i++) if (s[i] == c) { if (!want) want = s + i; wantr = s + i; }
    check("strchr", strchr(s, c) == want, a, 0, len);
    check("strchr-nul", strchr(s, 0) == s + len, a, 0, len);
    check("strrchr", strrchr(s, c) == wantr, a, 0, len);
    check("memchr", memchr(s, c, len) == want, a, 0, len);
    check("memchr-miss", memchr(s, 'Z', len) == NULL, a, 0, len);
    mix(want ? (unsigned)(want - s) : 999u);
  }
  printf("strlen/strchr/memchr: sum=%08x\n", sum);
  /* strcpy, strcmp, strncmp, strncpy across alignments */
  sum = 0;
  for (unsigned a = 0; a < 16; a++) for (unsigned b = 0; b < 16; b++) for (unsigned len = 0; len < 70; len += 3) {
    char *s = (char *)src + a, *d = (char *)dst + b;
    for (unsigned i = 0; i < len; i++) s[i] = (char)('A' + (i * 5 + a) % 50);
    s[len] = 0;
    memset(dst, 0x55, sizeof dst);
    check("strcpy", strcpy(d, s) == d && memcmp(d, s, len + 1) == 0, a, b, len);
    check("strcmp-eq", strcmp(d, s) == 0, a, b, len);
    if (len) { d[len - 1]++; check("strcmp-gt", strcmp(d, s) > 0 && strcmp(s, d) < 0, a, b, len); }
    check("strncmp", strncmp(d, s, len ? len - 1 : 0) == 0, a, b, len);
    memset(dst, 0x55, sizeof dst);
    strncpy(d, s, len + 4);
    int ok = memcmp(d, s, len) == 0;
    for (unsigned i = len; i < len + 4; i++) ok &= d[i] == 0;
    ok &= (unsigned char)d[len + 4] == 0x55;
    check("strncpy", ok, a, b, len);
    mix((unsigned char)s[len / 2]);
  }
  printf("strcpy/strcmp/strncpy: sum=%08x\n", sum);
  char hay[] = "the quick brown fox jumps over the lazy dog";
  printf("strstr: %ld %ld %p\n", (long)(strstr(hay, "fox") - hay), (long)(strstr(hay, "the lazy") - hay), (void *)strstr(hay, "cat"));
  printf("strspn=%zu strcspn=%zu\n", strspn(hay, "the "), strcspn(hay, "xyz"));
  char cat[64] = "abc";
  strcat(cat, "def"); strncat(cat, "ghijkl", 3);
  printf("strcat: %s\n", cat);
  char tok[] = "a,b,,c;d";
  for (char *t = strtok(tok, ",;"); t; t = strtok(NULL, ",;")) printf("tok[%s] ", t);
  printf("\nerrors=%u\n", errors);
  return errors != 0;
}
