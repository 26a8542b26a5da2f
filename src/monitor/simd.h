/* monitor/simd.h: where the monitor's hand-written scans (jsonview.c,
 * rawmarks.c) may use x86 vector instructions. Debian also builds redline
 * on arm64 and other CPUs (scripts/setup installs Vectorscan there), where
 * <immintrin.h> does not exist, and i386 does not promise SSE2: there, or
 * with -DRL_NO_SIMD (`make NO_SIMD=1`, to test the fallback on x86), every
 * scan runs its plain C path, which gives the same results byte for byte
 * (test_monitor_marks compares every width with the references). */
#ifndef RL_MONITOR_SIMD_H
#define RL_MONITOR_SIMD_H

#if !defined(RL_NO_SIMD) && defined(__SSE2__) && (defined(__x86_64__) || defined(__i386__))
#define RL_X86_SIMD 1
/* the AVX-512 steps use 64-bit masks: x86-64 only */
#if defined(__x86_64__)
#define RL_X86_AVX512 1
#endif
#endif

/* The widths the scans take (their `w` argument): plain C, 16-byte SSE2,
 * 32-byte AVX2, 64-byte AVX-512. A width the build or the CPU lacks is never asked for:
 * mon_simd_width() is the widest there is. */
#define MON_W_SCALAR 0
#define MON_W_SSE2 1
#define MON_W_AVX2 2
/* AVX-512 BW + VBMI + VBMI2: the decoder (jsonview.c step64) and the raw
 * marks (rawmarks.c) have a step of this width; the other scans take
 * their AVX2 path for it */
#define MON_W_AVX512 3
/* what a function of that width is compiled for */
#define MON_AVX512_TARGET "avx2,bmi,bmi2,popcnt,avx512f,avx512bw,avx512vbmi,avx512vbmi2"

/* jsonview.c: the widest width this build and CPU have (MON_W_SCALAR
 * without RL_X86_SIMD); mon_simd_pick(): the same, kept to SSE2 when
 * REDLINE_MONITOR_NO_AVX2 is set, to AVX2 when REDLINE_MONITOR_NO_AVX512
 * is (what the monitor uses). */
int mon_simd_width(void);
int mon_simd_pick(void);

#endif
