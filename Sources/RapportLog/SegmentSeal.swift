/// The durable mark that a closed segment is whole on disk: `<base>.sealed`, written by the
/// first commit after the roll that closed the segment, once that commit has synced the
/// segment's `.log`, `.index` and `.ids` (and so every segment before it).
///
/// 32 bytes, little-endian: `u64` magic (`RPSEAL01`), `u64 length` (bytes of records: the
/// `.log` file's size), `u64 lastOffset`, `u32 lastPosition` (where the last record starts),
/// `u32 crc32c` of the 28 bytes before it. A seal that is torn, fails its checksum, or does
/// not describe the `.log` file as it is (another length, no record ending the file at
/// `lastPosition` with `lastOffset`) is no seal.
struct SegmentSeal: Equatable, Sendable {
    /// Bytes of records in the segment: its `.log` file's size.
    let length: Int64
    /// The offset of the segment's last record.
    let lastOffset: UInt64
    /// Where the last record starts in the `.log` file.
    let lastPosition: Int64

    static let byteCount = 32
    /// `RPSEAL01`, read as a little-endian `u64`.
    private static let magic = UInt64(littleEndian: Array("RPSEAL01".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })

    init(length: Int64, lastOffset: UInt64, lastPosition: Int64) {
        self.length = length
        self.lastOffset = lastOffset
        self.lastPosition = lastPosition
    }

    /// Decodes a seal; `nil` unless `bytes` is exactly one whole seal with a valid checksum.
    init?(decoding bytes: [UInt8]) {
        guard bytes.count == Self.byteCount else { return nil }
        let valid: (Int64, UInt64, Int64)? = bytes.withUnsafeBytes { raw in
            guard raw.loadLE(UInt64.self, at: 0) == Self.magic,
                  raw.loadLE(UInt32.self, at: 28) == CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[..<28])) else { return nil }
            return (Int64(bitPattern: raw.loadLE(UInt64.self, at: 8)), raw.loadLE(UInt64.self, at: 16), Int64(raw.loadLE(UInt32.self, at: 24)))
        }
        guard let (length, lastOffset, lastPosition) = valid else { return nil }
        self.init(length: length, lastOffset: lastOffset, lastPosition: lastPosition)
    }

    /// The 32 bytes of the seal file.
    var encoded: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Self.byteCount)
        bytes.appendLittleEndian(Self.magic)
        bytes.appendLittleEndian(UInt64(bitPattern: length))
        bytes.appendLittleEndian(lastOffset)
        bytes.appendLittleEndian(UInt32(truncatingIfNeeded: lastPosition))
        bytes.appendLittleEndian(CRC32C.checksum(bytes))
        return bytes
    }

    /// The seal in the file at `path`; `nil` when there is none or it does not check out.
    static func read(_ path: String) -> SegmentSeal? {
        guard let file = try? LogFile(path: path, create: false),
              let bytes = try? file.read(count: byteCount + 1, at: 0) else { return nil }
        return SegmentSeal(decoding: bytes)
    }

    /// Whether the seal describes the segment starting at `baseOffset` whose records are in
    /// `file`: the file is `length` bytes and its last record, at `lastPosition`, is whole,
    /// has offset `lastOffset` and ends the file.
    func describes(_ file: LogFile, baseOffset: UInt64) throws(LogError) -> Bool {
        guard lastOffset >= baseOffset, lastPosition < length, try file.size() == length else { return false }
        var scanner = SegmentScanner(file: file, from: lastPosition, limit: length)
        var matches = false
        _ = try scanner.scan(headerOnly: true) { record, position, size in
            matches = record.offset == lastOffset && position + Int64(size) == length
            return false
        }
        return matches
    }
}

/// A seal waiting for its segment's files to be synced; a ``SyncJob`` writes it after them.
struct PendingSeal: Sendable {
    /// The seal file (created, and its directory entry synced, when the segment was closed).
    let file: LogFile
    let seal: SegmentSeal

    /// Writes the seal and syncs it. Call only once the segment's files are synced.
    func write() throws(LogError) {
        try file.write(seal.encoded, at: 0)
        try file.sync()
    }
}
