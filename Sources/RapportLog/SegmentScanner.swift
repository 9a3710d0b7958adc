/// Reads records one after another from a segment file, a chunk at a time.
struct SegmentScanner {
    /// Why a scan stopped.
    enum Stop: Equatable {
        /// The written data ended cleanly (zeros or the end of the file).
        case end
        /// A record was torn or damaged; the valid log ends at its position.
        case damaged(String)
        /// The visitor asked to stop.
        case visitor
    }

    let file: LogFile
    let limit: Int64
    var position: Int64
    private var chunk: [UInt8] = []
    private var chunkStart: Int64 = 0
    static let chunkBytes = 256 << 10

    /// Scans `file` from `position`, never past `limit` bytes.
    init(file: LogFile, from position: Int64, limit: Int64) {
        self.file = file
        self.position = position
        self.limit = limit
    }

    /// Calls `visit` with each record and its position until it returns `false` or the data ends.
    mutating func scan(headerOnly: Bool = false, _ visit: (LogRecord, Int64, Int) -> Bool) throws(LogError) -> Stop {
        while position < limit {
            let inChunk = Int(position - chunkStart)
            let decoded: LogRecord.Decoded = chunk.withUnsafeBytes { raw in
                if inChunk < 0 || inChunk > raw.count { return .incomplete(needed: LogRecord.frameBytes) }
                return LogRecord.decode(UnsafeRawBufferPointer(rebasing: raw[inChunk...]), headerOnly: headerOnly)
            }
            switch decoded {
            case .record(let record, let size):
                let at = position
                position += Int64(size)
                if !visit(record, at, size) { return .visitor }
            case .incomplete(let needed):
                let available = limit - position
                if Int64(needed) > available {
                    // Fewer zero bytes than a frame (a preallocated tail) end the data cleanly too.
                    if available < LogRecord.frameBytes, try file.read(count: Int(available), at: position).allSatisfy({ $0 == 0 }) {
                        return .end
                    }
                    return .damaged("record at \(position) needs \(needed) bytes, only \(available) remain")
                }
                let count = Int(min(Int64(max(needed, Self.chunkBytes)), available))
                chunk = try file.read(count: count, at: position)
                chunkStart = position
                if chunk.count < needed { return .damaged("short read at \(position)") }
            case .invalid(let reason):
                return reason.hasPrefix("zero length") ? .end : .damaged("\(reason) at byte \(position)")
            }
        }
        return .end
    }
}
