/* Corpus: libm. Elementary functions at ordinary and edge arguments (0, -0, inf, NaN, huge, tiny), printed with
   %a so every bit shows; rounding functions under every rounding mode (fesetround writes FPCR); floating-point
   exception flags (fetestexcept reads FPSR); float and double arithmetic, conversions and comparisons. */
#include <stdio.h>
#include <math.h>
#include <fenv.h>
#include <float.h>
#include <stdint.h>

static void show(const char *name, double v) { printf("%-10s %a %.17g\n", name, v, v); }

int main(void) {
  volatile double args[] = {0.0, -0.0, 0.5, 1.0, -2.5, 3.141592653589793, 100.0, 1e-310, 1e300, INFINITY, -INFINITY, NAN};
  for (unsigned i = 0; i < sizeof args / sizeof args[0]; i++) {
    double x = args[i];
    printf("x=%a\n", x);
    show("sin", sin(x)); show("cos", cos(x)); show("tan", tan(x)); show("exp", exp(x)); show("log", log(x));
    show("log2", log2(x)); show("log10", log10(x)); show("sqrt", sqrt(x)); show("cbrt", cbrt(x)); show("atan", atan(x));
    show("sinh", sinh(x)); show("tanh", tanh(x)); show("expm1", expm1(x)); show("log1p", log1p(x)); show("erf", erf(x));
    show("tgamma", tgamma(x)); show("lgamma", lgamma(x)); show("floor", floor(x)); show("ceil", ceil(x));
    show("round", round(x)); show("trunc", trunc(x)); show("rint", rint(x)); show("fabs", fabs(x));
    show("pow2.5", pow(x, 2.5)); show("fmod3", fmod(x, 3.0)); show("atan2", atan2(x, -1.0)); show("hypot", hypot(x, 3.0));
    int e; double m = frexp(x, &e); printf("frexp      %a %d\n", m, e);
    printf("class: %d %d %d %d %d\n", fpclassify(x), isnan(x) != 0, isinf(x), signbit(x) != 0, isnormal(x) != 0);
  }
  show("nextafter", nextafter(1.0, 2.0)); show("ldexp", ldexp(1.0, -1074)); show("scalbn", scalbn(3.0, 1023));
  show("copysign", copysign(3.0, -0.0)); show("fma", fma(0.1, 10.0, -1.0)); show("remainder", remainder(7.0, 2.0));
  show("fmin", fmin(NAN, 1.0)); show("fmax", fmax(-0.0, 0.0)); show("asin", asin(2.0)); show("acos", acos(-1.0));
  const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
  const char *names[] = {"nearest", "upward", "downward", "towardzero"};
  volatile double third = 1.0, three = 3.0;
  for (int k = 0; k < 4; k++) {
    fesetround(modes[k]);
    printf("%-10s rnd=%d rint(2.5)=%g rint(-2.5)=%g nearbyint(3.5)=%g lrint(-1.5)=%ld 1/3=%a (float)1/3=%a\n", names[k], fegetround() == modes[k],
           rint(2.5), rint(-2.5), nearbyint(3.5), lrint(-1.5), third / three, (double)((float)third / (float)three));
  }
  fesetround(FE_TONEAREST);
  feclearexcept(FE_ALL_EXCEPT);
  volatile double zero = 0.0, one = 1.0, big = DBL_MAX, tiny = DBL_MIN;
  volatile double r = one / zero; printf("1/0=%g divbyzero=%d\n", r, fetestexcept(FE_DIVBYZERO) != 0);
  feclearexcept(FE_ALL_EXCEPT); r = zero / zero; printf("0/0=%g invalid=%d\n", r, fetestexcept(FE_INVALID) != 0);
  feclearexcept(FE_ALL_EXCEPT); r = big * 2.0; printf("max*2=%g overflow=%d inexact=%d\n", r, fetestexcept(FE_OVERFLOW) != 0, fetestexcept(FE_INEXACT) != 0);
  feclearexcept(FE_ALL_EXCEPT); r = tiny / 3.0; printf("min/3=%a underflow=%d\n", r, fetestexcept(FE_UNDERFLOW) != 0);
  feclearexcept(FE_ALL_EXCEPT); r = one + one; printf("1+1=%g flags=%d\n", r, fetestexcept(FE_ALL_EXCEPT));
  volatile float f = 16777217.0f, g = 0.1f;
  volatile double big2 = 1e20, neg = -3.7, nanv = NAN;
  printf("float: %a %a %a %a\n", (double)f, (double)(g * 3.0f), (double)sqrtf(2.0f), (double)(float)1e40);
  printf("conv: %lld %d %u %d %lld %d\n", (long long)big2, (int)neg, (unsigned)(double)4e9, (int)(float)-0.9f, (long long)nanv, (int)1e10);
  printf("cmp: %d %d %d %d\n", nanv == nanv, nanv != nanv, 0.0 == -0.0, isless(1.0, nanv));
  uint64_t bits; double dd = -1.5; __builtin_memcpy(&bits, &dd, 8);
  printf("bits of -1.5: %016llx\n", (unsigned long long)bits);
  return 0;
}
