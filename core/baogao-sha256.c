/* SPDX-License-Identifier: LGPL-2.1-or-later
 * SPDX-FileCopyrightText: 2026 The Baogao authors
 */

/* The SHA-256 of a source file, as lower-case hex.
 *
 * Every document read records the digest of its bytes. GLib's portable
 * implementation takes about 54 instructions a byte, a sixth of the whole
 * start-to-finish cost of analysing a report; processors with the SHA
 * extensions (x86 since Goldmont and Zen) do the compression in a few
 * instructions per byte. They are used when the processor has them
 * (checked once, at run time), GLib's code otherwise. */

#include "baogao-sha256-private.h"

#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__)
#define HAVE_X86_SHA 1
#include <cpuid.h>
#include <immintrin.h>
#endif

#ifdef HAVE_X86_SHA

static const guint32 round_constants[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static gboolean
have_sha_extensions (void)
{
  unsigned int eax, ebx, ecx, edx;

  /* SSSE3 and SSE4.1 (leaf 1, ECX bits 9 and 19), SHA (leaf 7, EBX bit 29) */
  if (!__get_cpuid (1, &eax, &ebx, &ecx, &edx) ||
      !(ecx & (1u << 9)) || !(ecx & (1u << 19)))
    return FALSE;
  if (!__get_cpuid_count (7, 0, &eax, &ebx, &ecx, &edx))
    return FALSE;
  return (ebx & (1u << 29)) != 0;
}

/* Compresses @n_blocks blocks of 64 bytes into @state (a…h). The state is
 * kept as the two registers the instructions want, ABEF and CDGH; each
 * group of four rounds takes four message words, the first sixteen from
 * the block (big-endian), the others from the schedule instructions:
 * W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16]. */
__attribute__((target ("sha,sse4.1,ssse3")))
static void
compress_x86 (guint32      *state,
              const guint8 *data,
              gsize         n_blocks)
{
  const __m128i big_endian = _mm_set_epi64x (0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i dcba = _mm_loadu_si128 ((const __m128i *) &state[0]);
  __m128i hgfe = _mm_loadu_si128 ((const __m128i *) &state[4]);
  __m128i cdab = _mm_shuffle_epi32 (dcba, 0xb1);
  __m128i efgh = _mm_shuffle_epi32 (hgfe, 0x1b);
  __m128i abef = _mm_alignr_epi8 (cdab, efgh, 8);
  __m128i cdgh = _mm_blend_epi16 (efgh, cdab, 0xf0);

  for (; n_blocks > 0; n_blocks--, data += 64)
    {
      __m128i abef_before = abef, cdgh_before = cdgh;
      __m128i w[4];

      for (guint group = 0; group < 16; group++)
        {
          __m128i words, k;

          if (group < 4)
            words = _mm_shuffle_epi8 (_mm_loadu_si128 ((const __m128i *) (data + 16 * group)),
                                      big_endian);
          else
            {
              /* w[group % 4] holds W of group − 4; the others follow. */
              __m128i older = _mm_sha256msg1_epu32 (w[group % 4], w[(group + 1) % 4]);
              __m128i seventh = _mm_alignr_epi8 (w[(group + 3) % 4], w[(group + 2) % 4], 4);

              words = _mm_sha256msg2_epu32 (_mm_add_epi32 (older, seventh), w[(group + 3) % 4]);
            }
          w[group % 4] = words;

          k = _mm_loadu_si128 ((const __m128i *) &round_constants[4 * group]);
          words = _mm_add_epi32 (words, k);
          cdgh = _mm_sha256rnds2_epu32 (cdgh, abef, words);
          abef = _mm_sha256rnds2_epu32 (abef, cdgh, _mm_shuffle_epi32 (words, 0x0e));
        }

      abef = _mm_add_epi32 (abef, abef_before);
      cdgh = _mm_add_epi32 (cdgh, cdgh_before);
    }

  {
    __m128i feba = _mm_shuffle_epi32 (abef, 0x1b);
    __m128i dchg = _mm_shuffle_epi32 (cdgh, 0xb1);

    _mm_storeu_si128 ((__m128i *) &state[0], _mm_blend_epi16 (feba, dchg, 0xf0));
    _mm_storeu_si128 ((__m128i *) &state[4], _mm_alignr_epi8 (dchg, feba, 8));
  }
}

static char *
sha256_x86 (const guint8 *data,
            gsize         length)
{
  static const char hex[] = "0123456789abcdef";
  guint32 state[8] = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };
  guint8 tail[128] = { 0 };
  gsize full = length / 64;
  gsize rest = length % 64;
  gsize tail_length = rest < 56 ? 64 : 128;
  guint64 bits = (guint64) length * 8;
  char *digest = g_malloc (65);

  compress_x86 (state, data, full);

  /* The padding: 0x80, zeros, the length in bits, big-endian. */
  if (rest > 0)
    memcpy (tail, data + full * 64, rest);
  tail[rest] = 0x80;
  for (guint i = 0; i < 8; i++)
    tail[tail_length - 1 - i] = (guint8) (bits >> (8 * i));
  compress_x86 (state, tail, tail_length / 64);

  for (guint i = 0; i < 32; i++)
    {
      guint8 byte = (guint8) (state[i / 4] >> (24 - 8 * (i % 4)));

      digest[2 * i] = hex[byte >> 4];
      digest[2 * i + 1] = hex[byte & 0xf];
    }
  digest[64] = '\0';

  return digest;
}

#endif /* HAVE_X86_SHA */

char *
baogao_sha256_hex (const guint8 *data,
                   gsize         length)
{
#ifdef HAVE_X86_SHA
  static gsize checked = 0;
  static gboolean use_x86;

  if (g_once_init_enter (&checked))
    {
      use_x86 = have_sha_extensions ();
      g_once_init_leave (&checked, 1);
    }
  if (use_x86)
    return sha256_x86 (data, length);
#endif

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, length);
}
