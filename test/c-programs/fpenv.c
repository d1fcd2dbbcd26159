/* Corpus program: floating-point environment and exotic arithmetic: fenv exception flags (FPSR) raised by
   division by zero, overflow, underflow, inexact and invalid operations; rounding modes (FPCR) through
   fesetround with rint/lrint/nearbyint and printf; fma, nextafter, remquo, frexp/ldexp, float16-free
   conversions at the edges; long double (IEEE quad in software) arithmetic and printing; %a formatting. */
#include <stdio.h>
#include <fenv.h>
#include <math.h>
#include <float.h>
#include <stdint.h>
#include <limits.h>

static volatile double zero = 0.0, one = 1.0, big = 1e308, tiny = 1e-308, three = 3.0;
static volatile float fbig = 3e38f, ftiny = 1e-38f;

static void flags(const char *what) {
  int f = fetestexcept(FE_ALL_EXCEPT);
  printf("%-22s%s%s%s%s%s%s\n", what, f & FE_DIVBYZERO ? " divbyzero" : "", f & FE_OVERFLOW ? " overflow" : "",
         f & FE_UNDERFLOW ? " underflow" : "", f & FE_INEXACT ? " inexact" : "", f & FE_INVALID ? " invalid" : "", f ? "" : " none");
  feclearexcept(FE_ALL_EXCEPT);
}

int main(void) {
  volatile double r;
  volatile float rf;
  volatile long l;
  feclearexcept(FE_ALL_EXCEPT);
  flags("start:");
  r = one / zero; flags("1/0:");
  r = big * 10; flags("1e308*10:");
  r = tiny / 1e10; flags("1e-308/1e10:");
  r = one / three; flags("1/3:");
  r = zero / zero; flags("0/0:");
  r = sqrt(-one); flags("sqrt(-1):");
  rf = fbig * 10.0f; flags("float overflow:");
  rf = ftiny / 1e10f; flags("float underflow:");
  l = (long)(big); flags("(long)1e308:");
  printf("(long)1e308 = %ld\n", l);
  volatile int ii = (int)(double)3e9; flags("(int)3e9:");
  printf("(int)3e9 = %d\n", ii);
  r = 2.0 + 2.0; flags("2+2:");
  feraiseexcept(FE_OVERFLOW | FE_INEXACT); flags("feraiseexcept:");
  (void)r; (void)rf;

  const int modes[4] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
  const char *names[4] = { "nearest", "upward", "downward", "towardzero" };
  for (int m = 0; m < 4; m++) {
    fesetround(modes[m]);
    volatile double a = 2.5, b = -2.5, c = 1.0;
    printf("%-10s get=%d rint(2.5)=%g rint(-2.5)=%g lrint(3.5)=%ld nearbyint(-0.5)=%g 1/3=%.20f 2/3f=%.10f\n", names[m], fegetround() == modes[m],
           rint(a), rint(b), lrint(a + 1), nearbyint(-0.5), c / 3, (double)(2.0f / 3.0f));
  }
  fesetround(FE_TONEAREST);
  printf("fma(0.1,10,-1)=%a (0.1*10-1)=%a\n", fma(0.1, 10, -1), 0.1 * 10 - 1);
  printf("nextafter(1,2)=%a nextafter(0,-1)=%a nextafterf(1,0)=%a\n", nextafter(1, 2), nextafter(0, -1), (double)nextafterf(1, 0));
  int q; double rem = remquo(10.0, 3.0, &q);
  int e; double mant = frexp(48.0, &e);
  printf("remquo(10,3)=%g q=%d frexp(48)=%g,%d ldexp(1,-1074)=%a ldexp(1,1024)=%g\n", rem, q, mant, e, ldexp(1, -1074), ldexp(1, 1024));
  printf("%a %a %a %A %.3a %a\n", 1.0, -0.1, DBL_MIN, DBL_MAX, M_PI, 5e-324);
  printf("%g %g %g %g %e %.0f %.0f\n", NAN, -INFINITY, -0.0, DBL_EPSILON, 123456789.0, 0.5, 1.5);
  printf("ilogb(0)=%d ilogb(nan)=%d logb(8)=%g cbrt(-27)=%g hypot(3e300,4e300)=%g\n", ilogb(0), ilogb(NAN) == FP_ILOGBNAN, logb(8), cbrt(-27), hypot(3e300, 4e300));
  printf("trunc/round/floor/ceil(-2.5): %g %g %g %g; lround(-2.5)=%ld llround(1e18+0.5)=%lld\n", trunc(-2.5), round(-2.5), floor(-2.5), ceil(-2.5), lround(-2.5), llround(1e18));

  long double x = 1.0L / 3.0L, y = sqrtl(2.0L);
  printf("long double: %.30Lf %.30Lg %La\n", x, y, x);
  printf("ld ops: %.25Lg %.25Lg %d %d\n", x * 3 - 1, y * y - 2, (int)(x < y), (int)(LDBL_MANT_DIG));
  long double f = 1; for (int i = 1; i <= 30; i++) f *= i;
  printf("30! = %.0Lf, (long long)(2^62 as ld) = %lld, (unsigned __int128) 1e30L >> 64 = %llu\n", f, (long long)ldexpl(1, 62), (unsigned long long)((unsigned __int128)1e30L >> 64));
  __int128 big128 = (__int128)INT64_MAX * 1000 + 7;
  printf("__int128: %lld %llu mod %d\n", (long long)(big128 / 1000), (unsigned long long)(big128 % 1000), (int)(big128 % 9));
  float h = 1.0f / 3.0f; double d = h;
  printf("float->double %.17g, double->float %.9g, (float)1e40=%g, (float)1e-50=%g, (unsigned)-1.5=%u\n", d, (double)(float)0.1, (double)(float)1e40, (double)(float)1e-50, (unsigned)(volatile double){ -0.5 });
  return 0;
}
