#ifndef RAPPORT_CRC32C_H
#define RAPPORT_CRC32C_H

#include <stddef.h>
#include <stdint.h>

/// CRC-32C (Castagnoli) of `length` bytes at `data`: the processor's CRC32 instruction
/// where it has one (x86-64 SSE 4.2, checked at run time; AArch64 with the CRC extension),
/// otherwise slicing-by-8 tables.
uint32_t rapport_crc32c(const void *data, size_t length);

/// The table-driven version, always (so tests cover it on machines with the instruction).
uint32_t rapport_crc32c_portable(const void *data, size_t length);

#endif
