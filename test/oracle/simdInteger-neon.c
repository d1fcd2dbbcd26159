// Advanced SIMD integer intrinsics over edge-rich data (test/oracle/simdInteger-c.test.ts builds it with
// aarch64-linux-gnu-gcc -O2 and compares its output, a hash of every result, under qemu-aarch64 and our machine).
#include <arm_neon.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>
static uint8_t buf[4096];
static uint64_t h = 1469598103934665603ull;
static void mix(const void *p, size_t n) { const uint8_t *b = p; for (size_t i = 0; i < n; i++) { h ^= b[i]; h *= 1099511628211ull; } }
#define MIX(v) do { __typeof__(v) t_ = (v); mix(&t_, sizeof t_); } while (0)
int main(void) {
  uint32_t x = 2463534242u;
  for (int i = 0; i < 4096; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; buf[i] = (i % 7 == 0) ? (uint8_t)(0x80 + (i & 1) * 0x7f) : (uint8_t)x; }
  for (int k = 0; k < 4096 - 64; k += 48) {
    const uint8_t *p = buf + k;
    uint8x16_t a = vld1q_u8(p), b = vld1q_u8(p + 16), c = vld1q_u8(p + 32);
    int8x16_t sa = vreinterpretq_s8_u8(a), sb = vreinterpretq_s8_u8(b);
    int16x8_t ha = vreinterpretq_s16_u8(a), hb = vreinterpretq_s16_u8(b);
    int32x4_t wa = vreinterpretq_s32_u8(a), wb = vreinterpretq_s32_u8(b);
    int64x2_t da = vreinterpretq_s64_u8(a), db = vreinterpretq_s64_u8(b);
    MIX(vqaddq_s8(sa, sb)); MIX(vqsubq_u8(a, b)); MIX(vhaddq_u16(vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b)));
    MIX(vrhaddq_s32(wa, wb)); MIX(vhsubq_s8(sa, sb)); MIX(vqaddq_s64(da, db)); MIX(vqsubq_u64(vreinterpretq_u64_u8(a), vreinterpretq_u64_u8(b)));
    MIX(vcgtq_s16(ha, hb)); MIX(vcgeq_u32(vreinterpretq_u32_u8(a), vreinterpretq_u32_u8(b))); MIX(vtstq_u8(a, b)); MIX(vceqq_s64(da, db));
    MIX(vshlq_s16(ha, vreinterpretq_s16_s8(vshrq_n_s8(sb, 3)))); MIX(vqshlq_u8(a, vshrq_n_s8(sb, 4))); MIX(vrshlq_s32(wa, vdupq_n_s32(-5)));
    MIX(vqrshlq_s16(ha, vreinterpretq_s16_s8(vshrq_n_s8(sb, 4)))); MIX(vmaxq_s8(sa, sb)); MIX(vminq_u16(vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b)));
    MIX(vabdq_s16(ha, hb)); MIX(vabaq_u8(c, a, b)); MIX(vmulq_s32(wa, wb)); MIX(vmlaq_u16(vreinterpretq_u16_u8(c), vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b)));
    MIX(vmlsq_s8(vreinterpretq_s8_u8(c), sa, sb)); MIX(vmulq_p8(vreinterpretq_p8_u8(a), vreinterpretq_p8_u8(b)));
    MIX(vpmaxq_s16(ha, hb)); MIX(vpminq_u8(a, b)); MIX(vpaddq_s32(wa, wb)); MIX(vqdmulhq_s16(ha, hb)); MIX(vqrdmulhq_s32(wa, wb));
    MIX(vandq_u8(a, b)); MIX(vbicq_u8(a, b)); MIX(vorrq_u8(a, b)); MIX(vornq_u8(a, b)); MIX(veorq_u8(a, b)); MIX(vbslq_u8(c, a, b));
    MIX(vabsq_s8(sa)); MIX(vnegq_s32(wa)); MIX(vqabsq_s16(ha)); MIX(vqnegq_s64(da)); MIX(vclsq_s16(ha)); MIX(vclzq_u32(vreinterpretq_u32_u8(a)));
    MIX(vcntq_u8(a)); MIX(vmvnq_u8(a)); MIX(vrbitq_u8(a)); MIX(vrev16q_u8(a)); MIX(vrev32q_u16(vreinterpretq_u16_u8(a))); MIX(vrev64q_u32(vreinterpretq_u32_u8(a)));
    MIX(vceqzq_s8(sa)); MIX(vcgezq_s16(ha)); MIX(vcgtzq_s32(wa)); MIX(vclezq_s64(da)); MIX(vcltzq_s8(sb));
    MIX(vpaddlq_u8(a)); MIX(vpadalq_s16(vreinterpretq_s32_u8(c), ha)); MIX(vmovn_u16(vreinterpretq_u16_u8(a))); MIX(vqmovn_s32(wa)); MIX(vqmovun_s16(hb));
    MIX(vqmovn_high_u16(vget_low_u8(c), vreinterpretq_u16_u8(b))); MIX(vshll_n_u8(vget_low_u8(a), 8)); MIX(vuqaddq_s8(sa, b)); MIX(vsqaddq_u16(vreinterpretq_u16_u8(a), hb));
    MIX(vaddvq_u8(a)); MIX(vaddlvq_s16(ha)); MIX(vmaxvq_s32(wa)); MIX(vminvq_u8(b)); MIX(vaddvq_u64(vreinterpretq_u64_u8(a)));
    MIX(vshlq_n_u16(vreinterpretq_u16_u8(a), 5)); MIX(vshrq_n_s32(wa, 31)); MIX(vsraq_n_u8(c, a, 3)); MIX(vrshrq_n_s16(ha, 7)); MIX(vrsraq_n_u64(vreinterpretq_u64_u8(c), vreinterpretq_u64_u8(a), 63));
    MIX(vsriq_n_u8(c, a, 2)); MIX(vsliq_n_u32(vreinterpretq_u32_u8(c), vreinterpretq_u32_u8(a), 9)); MIX(vqshluq_n_s8(sa, 3)); MIX(vqshlq_n_s16(ha, 4)); MIX(vqshlq_n_u64(vreinterpretq_u64_u8(a), 1));
    MIX(vshrn_n_u16(vreinterpretq_u16_u8(a), 4)); MIX(vrshrn_n_u32(vreinterpretq_u32_u8(a), 9)); MIX(vqshrn_n_s16(ha, 3)); MIX(vqrshrn_n_u32(vreinterpretq_u32_u8(a), 7));
    MIX(vqshrun_n_s16(ha, 2)); MIX(vqrshrun_n_s64(da, 20)); MIX(vqrshrn_high_n_s32(vget_low_s16(hb), wa, 11)); MIX(vmovl_s8(vget_low_s8(sa))); MIX(vshll_high_n_u16(vreinterpretq_u16_u8(a), 3));
    MIX(vaddl_s8(vget_low_s8(sa), vget_low_s8(sb))); MIX(vaddw_high_u16(vreinterpretq_u32_u8(c), vreinterpretq_u16_u8(a))); MIX(vsubl_high_s32(wa, wb)); MIX(vsubw_u8(vreinterpretq_u16_u8(c), vget_low_u8(a)));
    MIX(vaddhn_u16(vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b))); MIX(vraddhn_high_s32(vget_low_s16(ha), wa, wb)); MIX(vsubhn_s64(da, db)); MIX(vrsubhn_u16(vreinterpretq_u16_u8(a), vreinterpretq_u16_u8(b)));
    MIX(vabal_u8(vreinterpretq_u16_u8(c), vget_low_u8(a), vget_low_u8(b))); MIX(vabdl_high_s16(ha, hb)); MIX(vmlal_high_s8(vreinterpretq_s16_u8(c), sa, sb)); MIX(vmlsl_u32(vreinterpretq_u64_u8(c), vget_low_u32(vreinterpretq_u32_u8(a)), vget_low_u32(vreinterpretq_u32_u8(b))));
    MIX(vmull_high_u8(a, b)); MIX(vmull_s32(vget_low_s32(wa), vget_low_s32(wb))); MIX(vqdmull_s16(vget_low_s16(ha), vget_low_s16(hb))); MIX(vqdmlal_high_s32(vreinterpretq_s64_u8(c), wa, wb));
    MIX(vqdmlsl_s16(vreinterpretq_s32_u8(c), vget_low_s16(ha), vget_low_s16(hb))); MIX(vmull_p8(vget_low_p8(vreinterpretq_p8_u8(a)), vget_low_p8(vreinterpretq_p8_u8(b))));
    MIX(vmulq_laneq_s16(ha, hb, 5)); MIX(vmlaq_laneq_u32(vreinterpretq_u32_u8(c), vreinterpretq_u32_u8(a), vreinterpretq_u32_u8(b), 3)); MIX(vmlsq_lane_s16(vreinterpretq_s16_u8(c), ha, vget_low_s16(hb), 2));
    MIX(vmull_laneq_s16(vget_low_s16(ha), hb, 7)); MIX(vmlal_high_laneq_u32(vreinterpretq_u64_u8(c), vreinterpretq_u32_u8(a), vreinterpretq_u32_u8(b), 1)); MIX(vqdmulhq_laneq_s32(wa, wb, 2));
    MIX(vqrdmulhq_laneq_s16(ha, hb, 6)); MIX(vqdmull_laneq_s16(vget_low_s16(ha), hb, 3)); MIX(vqdmlal_laneq_s32(vreinterpretq_s64_u8(c), vget_low_s32(wa), wb, 0));
    MIX(vqaddb_s8((int8_t)p[0], (int8_t)p[1])); MIX(vqsubh_u16(p[2] * 300, p[3] * 250)); MIX(vqadds_s32((int32_t)(p[4] << 24), (int32_t)(p[5] << 24))); MIX(vaddd_s64(p[6], p[7]));
    MIX(vcgtd_s64((int64_t)p[8] - 100, (int64_t)p[9] - 100)); MIX(vshld_s64((int64_t)p[10] << 40, -(int64_t)(p[11] & 63))); MIX(vqrshls_s32((int32_t)(p[12] << 20), (int32_t)(p[13] & 31) - 10));
    MIX(vshrd_n_s64((int64_t)p[14] << 56, 60)); MIX(vsrad_n_u64(p[15], (uint64_t)p[16] << 50, 33)); MIX(vqshlub_n_s8((int8_t)p[17], 3)); MIX(vqshrnh_n_s16((int16_t)(p[18] << 8), 4));
    MIX(vqmovunh_s16((int16_t)(p[19] << 8))); MIX(vqabsb_s8((int8_t)p[20])); MIX(vqnegs_s32((int32_t)(p[21] << 24))); MIX(vuqaddb_s8((int8_t)p[22], p[23])); MIX(vpaddd_u64(vreinterpretq_u64_u8(a)));
    MIX(vqdmulhs_s32((int32_t)(p[24] << 24), (int32_t)(p[25] << 24))); MIX(vqrdmulhh_laneq_s16((int16_t)(p[26] << 8), hb, 4)); MIX(vqdmullh_s16((int16_t)(p[27] << 8), (int16_t)(p[28] << 8)));
    MIX(vdotq_u32(vreinterpretq_u32_u8(c), a, b)); MIX(vdotq_laneq_s32(vreinterpretq_s32_u8(c), sa, sb, 3));
  }
  printf("%016llx\n", (unsigned long long)h);
  return 0;
}
