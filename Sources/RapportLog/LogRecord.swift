/// One record of the log: an accepted event and what the bus knows of it.
///
/// On disk (little-endian): `u32 bodyLength`, `u32 crc32c(body)`, then the body:
/// `u64 offset`, `i64 timestamp` (bus append time, ms since the epoch),
/// `u64 idHash` (de-duplication hash of source and id), `u16 typeLength`, `u16 keyLength`,
/// the type, the partition key, and the event's JSON exactly as received.
public struct LogRecord: Sendable, Equatable {
    /// Position of the record in the log; consecutive, from 0.
    public let offset: UInt64
    /// When the bus appended it (ms since the epoch); never decreases along the log.
    public let timestamp: Int64
    /// ``IdentityHash`` of the event's (`source`, `id`).
    public let idHash: UInt64
    /// The CloudEvents `type`.
    public let type: String
    /// The partition key that orders delivery within a consumer group.
    public let key: String
    /// The event as the producer sent it (structured-mode JSON).
    public let payload: [UInt8]

    /// Bytes before the body: length and checksum.
    static let frameBytes = 8
    /// Fixed part of the body.
    static let fixedBodyBytes = 8 + 8 + 8 + 2 + 2

    /// Makes a record.
    public init(offset: UInt64, timestamp: Int64, idHash: UInt64, type: String, key: String, payload: [UInt8]) {
        self.offset = offset
        self.timestamp = timestamp
        self.idHash = idHash
        self.type = type
        self.key = key
        self.payload = payload
    }

    /// Size on disk of a record with these parts.
    static func encodedSize(typeBytes: Int, keyBytes: Int, payloadBytes: Int) -> Int {
        frameBytes + fixedBodyBytes + typeBytes + keyBytes + payloadBytes
    }

    /// Appends the encoded record to `buffer`.
    static func encode(
        offset: UInt64, timestamp: Int64, idHash: UInt64,
        type: UnsafeRawBufferPointer, key: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer,
        into buffer: inout [UInt8]
    ) {
        let start = buffer.count
        let bodyLength = fixedBodyBytes + type.count + key.count + payload.count
        buffer.appendLittleEndian(UInt32(bodyLength))
        buffer.appendLittleEndian(UInt32(0))
        buffer.appendLittleEndian(offset)
        buffer.appendLittleEndian(UInt64(bitPattern: timestamp))
        buffer.appendLittleEndian(idHash)
        buffer.appendLittleEndian(UInt16(type.count))
        buffer.appendLittleEndian(UInt16(key.count))
        buffer.append(contentsOf: type)
        buffer.append(contentsOf: key)
        buffer.append(contentsOf: payload)
        let crc = buffer.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[(start + frameBytes)...])) }
        buffer.withUnsafeMutableBytes { $0.storeBytes(of: crc.littleEndian, toByteOffset: start + 4, as: UInt32.self) }
    }

    /// What a scan found at a position.
    enum Decoded {
        /// A whole, valid record of `size` bytes.
        case record(LogRecord, size: Int)
        /// The bytes end before the record does: read more, or it is a torn tail.
        case incomplete(needed: Int)
        /// Zeros, a bad checksum or an impossible length: the valid log ends here.
        case invalid(String)
    }

    /// Decodes the record at the start of `bytes`, checking its checksum.
    static func decode(_ bytes: UnsafeRawBufferPointer, headerOnly: Bool = false) -> Decoded {
        guard bytes.count >= frameBytes else { return .incomplete(needed: frameBytes) }
        let bodyLength = Int(bytes.loadLE(UInt32.self, at: 0))
        if bodyLength == 0 { return .invalid("zero length (end of written data)") }
        if bodyLength < fixedBodyBytes || bodyLength > maxBodyBytes {
            return .invalid("impossible record length \(bodyLength)")
        }
        let size = frameBytes + bodyLength
        guard bytes.count >= size else { return .incomplete(needed: size) }
        let body = UnsafeRawBufferPointer(rebasing: bytes[frameBytes..<size])
        let stored = bytes.loadLE(UInt32.self, at: 4)
        if CRC32C.checksum(body) != stored { return .invalid("checksum mismatch") }
        let typeLength = Int(body.loadLE(UInt16.self, at: 24))
        let keyLength = Int(body.loadLE(UInt16.self, at: 26))
        guard fixedBodyBytes + typeLength + keyLength <= bodyLength else {
            return .invalid("type and key longer than the record")
        }
        let typeStart = fixedBodyBytes
        let keyStart = typeStart + typeLength
        let payloadStart = keyStart + keyLength
        let record = LogRecord(
            offset: body.loadLE(UInt64.self, at: 0),
            timestamp: Int64(bitPattern: body.loadLE(UInt64.self, at: 8)),
            idHash: body.loadLE(UInt64.self, at: 16),
            type: String(decoding: body[typeStart..<keyStart], as: UTF8.self),
            key: String(decoding: body[keyStart..<payloadStart], as: UTF8.self),
            payload: headerOnly ? [] : Array(body[payloadStart...])
        )
        return .record(record, size: size)
    }

    /// Largest body the log accepts (the bus's event limit is far below this).
    static let maxBodyBytes = 64 << 20
}

extension Array where Element == UInt8 {
    @inline(__always)
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension UnsafeRawBufferPointer {
    @inline(__always)
    func loadLE<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
        T(littleEndian: loadUnaligned(fromByteOffset: offset, as: T.self))
    }
}
