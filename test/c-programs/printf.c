/* Corpus: printf with every conversion, flag, width, precision and length modifier, including floats
   (finite, denormal, infinite, NaN) in %e %f %g %a, and snprintf truncation. Output is deterministic. */
#include <stdio.h>
#include <stdint.h>
#include <stddef.h>
#include <float.h>
#include <math.h>
#include <limits.h>
#include <wchar.h>

int main(void) {
  int n1 = 0, n2 = 0;
  printf("d: [%d] [%i] [%+d] [% d] [%5d] [%-5d|] [%05d] [%.3d] [%d]\n", 42, -42, 7, 7, 3, 3, -3, 5, INT_MIN);
  printf("u/o/x: [%u] [%o] [%#o] [%x] [%#x] [%X] [%#X] [%08x] [%#010x]\n", 4000000000u, 8, 8, 0xbeef, 0xbeef, 0xbeef, 0xbeef, 0x1f, 0x1f);
  printf("len: [%hhd] [%hhu] [%hd] [%hu] [%ld] [%lu] [%lld] [%llu] [%jd] [%zu] [%td]\n",
         (signed char)-1, (unsigned char)255, (short)-32768, (unsigned short)65535, LONG_MIN, ULONG_MAX,
         LLONG_MIN, ULLONG_MAX, (intmax_t)INTMAX_MAX, (size_t)SIZE_MAX, (ptrdiff_t)-9);
  printf("c/s: [%c] [%5c] [%-3c|] [%s] [%10s] [%-10s|] [%.2s] [%*s] [%-*.*s|]\n", 'A', 'b', 'c', "str", "right", "left", "truncate", 6, "st", 6, 2, "xyz");
  printf("lc/ls: [%lc] [%ls]\n", (wint_t)'W', L"wide");
  printf("%%: [%%] [%5%]\n");
  printf("n: [abc%n] [de%hhn]", &n1, (signed char *)&n2);
  printf(" n1=%d n2=%d\n", n1, n2);
  printf("p: [%p]\n", (void *)0);
  printf("star: [%*d] [%-*d|] [%.*d] [%*.*f]\n", 6, 12, 6, 12, 4, 7, 10, 3, 3.14159);
  double vals[] = {0.0, -0.0, 1.0, -1.5, 0.1, 1.0 / 3.0, 123456789.125, 1e-300, 5e-324, 2.2250738585072014e-308, DBL_MAX, 1e21, 9.9999995e-5, 0.5, 2.5};
  for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
    double v = vals[i];
    printf("f%-2u [%f] [%.0f] [%.10f] [%e] [%.3E] [%g] [%G] [%.17g] [%#g] [%a] [%.3A] [%+012.4f] [%-12.2e|] [% .1f]\n",
           i, v, v, v, v, v, v, v, v, v, v, v, v, v, v);
  }
  printf("inf/nan: [%f] [%F] [%e] [%g] [%a] [%f] [%F] [%5.1f] [%-6f|] [%+f]\n", INFINITY, INFINITY, -INFINITY, INFINITY, -INFINITY, NAN, NAN, INFINITY, NAN, INFINITY);
  printf("float args: [%f] [%g] [%a]\n", 1.1f, 3.0e38f, 1.0f);
  printf("long double: [%Lf] [%.20Le] [%Lg] [%La]\n", 1.0L / 3.0L, 2.0L / 3.0L, 1e4000L, 1.0L);
  char buf[16];
  int r = snprintf(buf, sizeof buf, "%s-%d-%f", "truncated-string", 12345, 2.5);
  printf("snprintf: r=%d buf=[%s]\n", r, buf);
  r = snprintf(NULL, 0, "%0*d", 40, 7);
  printf("snprintf NULL: r=%d\n", r);
  fprintf(stderr, "to stderr: %d %s %.2f\n", 99, "err", 0.125);
  return 0;
}
