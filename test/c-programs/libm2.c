/* Corpus program: more libm, printed with %a: gamma, error and Bessel functions, cbrt/expm1/log1p/inverse
   hyperbolic functions, exp2/exp10/log2/log10, the float versions of common functions, binary128 long double
   (sinl, expl, logl, sqrtl, powl, tgammal, arithmetic at the range limits, strtold, conversions to and from
   __int128), remquo/fma/hypot/nextafter/frexp/ldexp/scalbn/fmod/remainder, strtod and strtof at the subnormal
   and overflow edges, complex functions (double, float, long double), __fp16 conversions, long double under
   every rounding mode, and the exception flags of long double operations (software floating point). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <complex.h>
#include <fenv.h>
#include <float.h>
#include <string.h>
static void d(const char *n, double v) { printf("%-8s %a %.17g\n", n, v, v); }
static void L(const char *n, long double v) { printf("%-8s %La %.36Lg\n", n, v, v); }
static void f(const char *n, float v) { printf("%-8s %a %.9g\n", n, (double)v, (double)v); }
int main(void) {
  volatile double xs[] = {-3.75, -1.0, -0.5, 1e-300, 0.1, 0.5, 1.0, 2.5, 7.0, 30.0, 171.5, 1e10};
  for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
    double x = xs[i]; int sg = 0;
    printf("x=%a\n", x);
    d("tgamma", tgamma(x)); d("lgamma", lgamma_r(x, &sg)); printf("signgam %d\n", sg);
    d("erf", erf(x)); d("erfc", erfc(x)); d("j0", j0(x)); d("j1", j1(x)); d("jn5", jn(5, x)); d("y0", y0(x)); d("y1", y1(x)); d("yn3", yn(3, x));
    d("cbrt", cbrt(x)); d("expm1", expm1(x)); d("log1p", log1p(x)); d("asinh", asinh(x)); d("acosh", acosh(x)); d("atanh", atanh(x / 40));
    d("exp2", exp2(x)); d("exp10", exp10(x)); d("log2", log2(fabs(x))); d("log10", log10(fabs(x)));
    float fx = (float)x; f("sinf", sinf(fx)); f("cosf", cosf(fx)); f("tanf", tanf(fx)); f("expf", expf(fx)); f("logf", logf(fabsf(fx))); f("powf", powf(fabsf(fx), 1.7f)); f("tgammaf", tgammaf(fx)); f("erff", erff(fx));
    long double lx = x; L("sinl", sinl(lx)); L("expl", expl(lx)); L("logl", logl(fabsl(lx))); L("sqrtl", sqrtl(fabsl(lx))); L("powl", powl(fabsl(lx), 0.3L)); L("tgammal", tgammal(lx));
    int q; d("remquo", remquo(x, 0.75, &q)); printf("quo %d\n", q);
    d("fma", fma(x, 1.0 / 3, -x / 3)); d("hypot", hypot(x, 3)); d("nextaft", nextafter(x, INFINITY)); printf("ilogb %d\n", ilogb(x));
    int e; d("frexp", frexp(x, &e)); printf("exp %d\n", e); d("ldexp", ldexp(x, -1074)); d("scalbn", scalbn(x, 1000));
    d("fmod", fmod(x, 0.3)); d("remaind", remainder(x, 0.3)); d("modf", modf(x, &(double){0}));
  }
  long double a = 1.0L / 3.0L, b = 2.0L;
  L("1/3", a); L("sqrt2", sqrtl(b)); L("mul", a * b * 1e300L * 1e300L); L("div", 1e-4900L / 1e10L);
  L("ldmax", LDBL_MAX); L("ldmin", LDBL_MIN); L("ldeps", LDBL_EPSILON); L("ld from dbl", (long double)0.1);
  printf("ld %Lf %Le %.3Lg %Lg\n", a, a * 1e100L, a, (long double)INFINITY);
  printf("ld cmp %d %d conv %lld %llu %a\n", a < b, a == a, (long long)(a * 1e18L), (unsigned long long)(b * 1e19L), (double)a);
  __int128 big = (__int128)1 << 100; long double lb = big; __int128 back = (__int128)(lb / 3);
  printf("i128 %La %llx%016llx\n", lb, (unsigned long long)(back >> 64), (unsigned long long)back);
  printf("strtold %La %La %La\n", strtold("0.1", NULL), strtold("1e-4950", NULL), strtold("0x1.ffffffffffffffffffffffffffffp+16383", NULL));
  printf("strtod %a %a %a %a\n", strtod("2.2250738585072011e-308", NULL), strtod("4.9406564584124654e-324", NULL), strtod("1e400", NULL), strtod("0x1p-1075", NULL));
  printf("strtof %a %a\n", (double)strtof("3.4028235e38", NULL), (double)strtof("1.4e-45", NULL));
  double complex z = 1.5 + 2.0 * I;
  double complex r[] = {cexp(z), clog(z), csqrt(-z), cpow(z, 0.5), csin(z), ctanh(z), cacos(z), z * z / (z + 1)};
  for (int i = 0; i < 8; i++) printf("c%d %a %a\n", i, creal(r[i]), cimag(r[i]));
  float complex fz = 0.5f - 1.0f * I; fz = cexpf(fz) * csqrtf(fz); printf("cf %a %a\n", (double)crealf(fz), (double)cimagf(fz));
  long double complex lz = 1.0L + 1.0L * I; lz = cexpl(lz); printf("cl %La %La\n", creall(lz), cimagl(lz));
  __fp16 h = 0.1f; __fp16 h2 = 65504.0f; __fp16 h3 = 1e-7f; printf("fp16 %a %a %a %a\n", (double)h, (double)h2, (double)h3, (double)(__fp16)70000.0f);
  for (int m = 0; m < 4; m++) { int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO}; fesetround(modes[m]);
    printf("mode%d %La %La %a %a %ld %lld\n", m, 1.0L / 3.0L, (long double)1 / 7 * 3, sqrt(2.0), (double)(1.0f / 3.0f), lrint(2.5), llrint(-3.5)); }
  fesetround(FE_TONEAREST);
  feclearexcept(FE_ALL_EXCEPT); volatile long double z0 = 0; volatile long double lr = 1.0L / z0; printf("ld div0 %La flags %x\n", lr, fetestexcept(FE_ALL_EXCEPT));
  feclearexcept(FE_ALL_EXCEPT); lr = sqrtl(-1.0L + z0); printf("ld sqrt-1 %La flags %x\n", lr, fetestexcept(FE_ALL_EXCEPT));
  feclearexcept(FE_ALL_EXCEPT); lr = LDBL_MAX * (2 + z0); printf("ld ovf %La flags %x\n", lr, fetestexcept(FE_ALL_EXCEPT));
  return 0;
}
