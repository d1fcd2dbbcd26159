/* Corpus program: Advanced SIMD through arm_neon.h intrinsics and auto-vectorised loops: integer
   saturating, halving, widening and narrowing arithmetic, shifts with rounding, table lookups, permutes,
   reductions, comparisons, float arithmetic with FMA, reciprocal and square-root estimates and steps,
   conversions with rounding modes, dot products of int8, polynomial multiply; each printed as a checksum over
   pseudo-random inputs. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
/* The corpus is built with -march=armv8.5-a+memtag; the dot product and 64-bit polynomial multiply need more. */
#pragma GCC target("arch=armv8.5-a+memtag+dotprod+crypto")
#include <arm_neon.h>

static uint64_t state = 0x9e3779b97f4a7c15ULL;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static uint64_t sum;
static void mix(const void *p, size_t n) { const uint8_t *b = p; for (size_t i = 0; i < n; i++) sum = (sum ^ b[i]) * 0x100000001b3ULL; }
#define MIX(v) do { __typeof__(v) t_ = (v); mix(&t_, sizeof t_); } while (0)
#define REPORT(name) do { printf("%-10s %016llx\n", name, (unsigned long long)sum); sum = 0xcbf29ce484222325ULL; } while (0)

static uint8x16_t r8(void) { uint64_t a = next(), b = next(); return vreinterpretq_u8_u64(vcombine_u64(vcreate_u64(a), vcreate_u64(b))); }
static float32x4_t rf(void) {
  float f[4]; for (int i = 0; i < 4; i++) { int64_t x = (int64_t)next(); f[i] = (float)(x % 2000000) / 997.0f; if (i == 3 && (x & 0x300) == 0) f[i] = -0.0f; }
  return vld1q_f32(f);
}
static float64x2_t rd(void) { double d[2] = { (double)(int64_t)next() / 1e15, (double)(int32_t)next() / 7.0 }; return vld1q_f64(d); }

int main(void) {
  sum = 0xcbf29ce484222325ULL;
  for (int i = 0; i < 200; i++) {
    uint8x16_t a = r8(), b = r8();
    int8x16_t sa = vreinterpretq_s8_u8(a), sb = vreinterpretq_s8_u8(b);
    MIX(vqaddq_u8(a, b)); MIX(vqsubq_s8(sa, sb)); MIX(vhaddq_u8(a, b)); MIX(vrhaddq_s8(sa, sb)); MIX(vabdq_u8(a, b));
    MIX(vqabsq_s8(sa)); MIX(vqnegq_s8(sa)); MIX(vmaxq_s8(sa, sb)); MIX(vminq_u8(a, b)); MIX(vcntq_u8(a)); MIX(vclzq_s8(sa)); MIX(vclsq_s8(sa));
  }
  REPORT("int8");
  for (int i = 0; i < 200; i++) {
    int16x8_t a = vreinterpretq_s16_u8(r8()), b = vreinterpretq_s16_u8(r8());
    int32x4_t c = vreinterpretq_s32_u8(r8()), d = vreinterpretq_s32_u8(r8());
    MIX(vqdmulhq_s16(a, b)); MIX(vqrdmulhq_s16(a, b)); MIX(vmull_s16(vget_low_s16(a), vget_high_s16(b))); MIX(vmlal_high_s16(c, a, b));
    MIX(vqmovn_s32(c)); MIX(vqmovun_s32(d)); MIX(vmovn_s32(c)); MIX(vqdmull_s32(vget_low_s32(c), vget_low_s32(d)));
    MIX(vrshlq_s16(a, vdupq_n_s16((int16_t)(i % 33 - 16)))); MIX(vqshlq_s32(c, vdupq_n_s32(i % 40 - 20))); MIX(vqrshrn_n_s32(c, 7)); MIX(vshrq_n_s16(a, 3));
    MIX(vsraq_n_u32(vreinterpretq_u32_s32(c), vreinterpretq_u32_s32(d), 5)); MIX(vsliq_n_s16(a, b, 4)); MIX(vqshrun_n_s16(a, 2));
    MIX(vaddlvq_s16(a)); MIX(vaddvq_s32(c)); MIX(vmaxvq_s16(a)); MIX(vminvq_u32(vreinterpretq_u32_s32(d))); MIX(vpaddq_s16(a, b)); MIX(vpadalq_s16(c, a));
    MIX(vceqq_s16(a, b)); MIX(vcgtq_s32(c, d)); MIX(vtstq_s16(a, b)); MIX(vbslq_s32(vcgtq_s32(c, d), c, d));
    MIX(vmulq_s32(c, d)); MIX(vmlsq_laneq_s32(c, d, c, 2)); MIX(vabaq_s16(a, a, b)); MIX(vabdl_s16(vget_low_s16(a), vget_low_s16(b)));
  }
  REPORT("int16/32");
  for (int i = 0; i < 200; i++) {
    uint8x16_t t0 = r8(), t1 = r8(), idx = vandq_u8(r8(), vdupq_n_u8(0x3f));
    uint8x16x2_t tt = { { t0, t1 } };
    MIX(vqtbl2q_u8(tt, idx)); MIX(vqtbx1q_u8(t0, t1, idx)); MIX(vzip1q_u8(t0, t1)); MIX(vuzp2q_u8(t0, t1)); MIX(vtrn1q_u16(vreinterpretq_u16_u8(t0), vreinterpretq_u16_u8(t1)));
    MIX(vextq_u8(t0, t1, 5)); MIX(vextq_u8(t1, t0, 15)); MIX(vrev64q_u8(t0)); MIX(vrbitq_u8(t1)); MIX(vmull_p8(vget_low_p8(vreinterpretq_p8_u8(t0)), vget_high_p8(vreinterpretq_p8_u8(t1))));
    MIX(vdotq_u32(vdupq_n_u32((uint32_t)i), t0, t1)); MIX(vdotq_s32(vdupq_n_s32(-i), vreinterpretq_s8_u8(t0), vreinterpretq_s8_u8(t1)));
    MIX(vmull_p64(vgetq_lane_u64(vreinterpretq_u64_u8(t0), 0), vgetq_lane_u64(vreinterpretq_u64_u8(t1), 1)));
  }
  REPORT("permute");
  for (int i = 0; i < 300; i++) {
    float32x4_t a = rf(), b = rf(), c = rf();
    float64x2_t x = rd(), y = rd();
    MIX(vfmaq_f32(a, b, c)); MIX(vfmsq_laneq_f32(a, b, c, 1)); MIX(vdivq_f32(a, b)); MIX(vsqrtq_f32(vabsq_f32(a))); MIX(vrecpeq_f32(a)); MIX(vrsqrteq_f32(vabsq_f32(b)));
    MIX(vrecpsq_f32(a, b)); MIX(vrsqrtsq_f32(a, b)); MIX(vmaxnmq_f32(a, b)); MIX(vminq_f32(a, b)); MIX(vpaddq_f32(a, b)); MIX(vmaxnmvq_f32(c)); MIX(vaddvq_f32(a));
    MIX(vcvtq_s32_f32(a)); MIX(vcvtnq_s32_f32(a)); MIX(vcvtmq_s32_f32(b)); MIX(vcvtpq_u32_f32(c)); MIX(vcvtaq_s32_f32(a)); MIX(vcvtq_n_s32_f32(a, 8)); MIX(vcvtq_f32_s32(vcvtq_s32_f32(b)));
    MIX(vrndnq_f32(a)); MIX(vrndmq_f32(b)); MIX(vrndaq_f32(c)); MIX(vrndxq_f32(a)); MIX(vrnd32zq_f32(vmulq_n_f32(a, 1e6f)));
    MIX(vcvt_f32_f64(x)); MIX(vcvt_high_f64_f32(a)); MIX(vcvtx_f32_f64(y)); MIX(vfmaq_f64(x, y, x)); MIX(vdivq_f64(x, y)); MIX(vsqrtq_f64(vabsq_f64(y))); MIX(vrecpeq_f64(x)); MIX(vcvtq_s64_f64(vmulq_n_f64(y, 1e3)));
    MIX(vcgeq_f32(a, b)); MIX(vcaltq_f32(a, c)); MIX(vmulxq_f32(a, b)); MIX(vabdq_f32(a, b)); MIX(vcvt_f16_f32(a)); MIX(vcvt_f32_f16(vcvt_f16_f32(b)));
  }
  REPORT("float");
  static float fa[1000], fb[1000], fc[1000]; static int16_t ia[1000], ib[1000]; static int32_t ic[1000]; static uint8_t ua[1000];
  for (int i = 0; i < 1000; i++) { fa[i] = (float)(int32_t)next() / 1e6f; fb[i] = (float)(i - 500) / 3.0f; ia[i] = (int16_t)next(); ib[i] = (int16_t)next(); ua[i] = (uint8_t)next(); }
  for (int i = 0; i < 1000; i++) fc[i] = fa[i] * fb[i] + fc[i] * 0.5f;
  for (int i = 0; i < 1000; i++) ic[i] = ia[i] * ib[i] + (ua[i] >> 3);
  int64_t dot = 0; for (int i = 0; i < 1000; i++) dot += (int64_t)ia[i] * ib[i];
  float mx = -1e30f; for (int i = 0; i < 1000; i++) mx = fa[i] > mx ? fa[i] : mx;
  unsigned ucount = 0; for (int i = 0; i < 1000; i++) ucount += ua[i] > 128;
  mix(fc, sizeof fc); mix(ic, sizeof ic); MIX(dot); MIX(mx); MIX(ucount);
  REPORT("loops");
  return 0;
}
