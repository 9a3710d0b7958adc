import CCRC32C

/// CRC-32C (Castagnoli), the checksum on every log record. Computed in C (`CCRC32C`) with the
/// processor's CRC32 instruction where there is one, tables otherwise.
public enum CRC32C {
    /// The checksum of `bytes`.
    @inline(__always)
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        rapport_crc32c(bytes.baseAddress, bytes.count)
    }

    /// The checksum of a byte array.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }

    /// The table-driven checksum, whatever the processor has (for tests and comparisons).
    public static func portableChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        rapport_crc32c_portable(bytes.baseAddress, bytes.count)
    }
}
