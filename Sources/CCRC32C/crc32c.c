// CRC-32C for the log's records. The one C file outside libzmq's wrapper: Swift has no
// portable way to reach the processor's CRC32 instruction, which is ~10x the table code.
#include "crc32c.h"

#include <string.h>

#if defined(__x86_64__)
#include <nmmintrin.h>
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
#include <arm_acle.h>
#endif

static uint32_t tables[8][256];
static int tables_ready;

static void build_tables(void) {
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t crc = i;
        for (int k = 0; k < 8; k++) crc = (crc & 1) ? (crc >> 1) ^ 0x82F63B78u : crc >> 1;
        tables[0][i] = crc;
    }
    for (uint32_t i = 0; i < 256; i++) {
        for (int t = 1; t < 8; t++) tables[t][i] = (tables[t - 1][i] >> 8) ^ tables[0][tables[t - 1][i] & 0xFF];
    }
    __atomic_store_n(&tables_ready, 1, __ATOMIC_RELEASE);
}

uint32_t rapport_crc32c_portable(const void *data, size_t length) {
    // Building twice from two threads writes the same values: harmless.
    if (!__atomic_load_n(&tables_ready, __ATOMIC_ACQUIRE)) build_tables();
    const uint8_t *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    while (length >= 8) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + 4, 4);
        lo ^= crc;  // little-endian hosts (x86-64, AArch64 Linux)
        crc = tables[7][lo & 0xFF] ^ tables[6][(lo >> 8) & 0xFF] ^ tables[5][(lo >> 16) & 0xFF] ^ tables[4][lo >> 24]
            ^ tables[3][hi & 0xFF] ^ tables[2][(hi >> 8) & 0xFF] ^ tables[1][(hi >> 16) & 0xFF] ^ tables[0][hi >> 24];
        p += 8;
        length -= 8;
    }
    while (length--) crc = (crc >> 8) ^ tables[0][(crc ^ *p++) & 0xFF];
    return crc ^ 0xFFFFFFFFu;
}

#if defined(__x86_64__)
__attribute__((target("sse4.2")))
static uint32_t crc32c_hardware(const void *data, size_t length) {
    const uint8_t *p = data;
    uint64_t crc = 0xFFFFFFFFu;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        crc = _mm_crc32_u64(crc, word);
        p += 8;
        length -= 8;
    }
    uint32_t crc32 = (uint32_t)crc;
    while (length--) crc32 = _mm_crc32_u8(crc32, *p++);
    return crc32 ^ 0xFFFFFFFFu;
}

uint32_t rapport_crc32c(const void *data, size_t length) {
    static int has_sse42 = -1;  // -1: not checked yet (two threads checking agree)
    int has = __atomic_load_n(&has_sse42, __ATOMIC_RELAXED);
    if (has < 0) {
        has = __builtin_cpu_supports("sse4.2") ? 1 : 0;
        __atomic_store_n(&has_sse42, has, __ATOMIC_RELAXED);
    }
    return has ? crc32c_hardware(data, length) : rapport_crc32c_portable(data, length);
}
#elif defined(__aarch64__) && defined(__ARM_FEATURE_CRC32)
uint32_t rapport_crc32c(const void *data, size_t length) {
    const uint8_t *p = data;
    uint32_t crc = 0xFFFFFFFFu;
    while (length >= 8) {
        uint64_t word;
        memcpy(&word, p, 8);
        crc = __crc32cd(crc, word);
        p += 8;
        length -= 8;
    }
    while (length--) crc = __crc32cb(crc, *p++);
    return crc ^ 0xFFFFFFFFu;
}
#else
uint32_t rapport_crc32c(const void *data, size_t length) {
    return rapport_crc32c_portable(data, length);
}
#endif
