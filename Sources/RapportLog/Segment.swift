/// One segment of the log: `<base>.log` (records), `<base>.index` (sparse offset and time
/// index), `<base>.ids` (one 8-byte identity hash per record, for de-duplication) and, once
/// the segment is closed and synced, `<base>.sealed` (``SegmentSeal``).
///
/// Appends are buffered in memory and written by ``flush()``; nothing here syncs except
/// through the ``LogFile`` handed to a ``SyncJob``.
final class Segment {
    let baseOffset: UInt64
    let directory: String
    let file: LogFile
    let index: SegmentIndex
    let ids: LogFile

    /// Bytes of records written to the file (the logical end; the file may be preallocated beyond).
    private(set) var size: Int64 = 0
    /// The offset the next record appended here gets.
    private(set) var nextOffset: UInt64
    /// Append time of the last record (0 when empty).
    private(set) var lastTimestamp: Int64 = 0
    /// Identity hashes known for this segment's records, in offset order.
    private(set) var idsCount: UInt64 = 0

    private var pending: [UInt8] = []
    private var pendingIds: [UInt8] = []
    private var bytesSinceIndex = 0
    /// `bytesSinceIndex` and `lastTimestamp` as of the last write, restored by ``discardPending()``.
    private var written: (bytesSinceIndex: Int, lastTimestamp: Int64) = (0, 0)
    private let indexInterval: Int

    /// Bytes appended, written or not.
    var appendedSize: Int64 { size + Int64(pending.count) }
    /// Number of records (written or not).
    var recordCount: UInt64 { nextOffset - baseOffset }

    /// The endings of a segment's files: records, index, identity hashes, seal.
    static let suffixes = ["log", "index", "ids", "sealed"]

    static func name(_ base: UInt64, _ suffix: String) -> String {
        let digits = String(base)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits + "." + suffix
    }

    /// Opens (or creates) the segment starting at `baseOffset` and recovers its valid end.
    /// With `keepZeroTail`, zeros after the recovered end stay (space reserved for the log to
    /// write into); otherwise the file is cut to its data. With `verifyFromStart`, every record
    /// is checked and the log cut at the first damaged one (for a segment that may hold records
    /// of an unsynced commit); otherwise only those from the last valid index entry on.
    init(
        directory: String, baseOffset: UInt64, indexInterval: Int,
        keepZeroTail: Bool = false, verifyFromStart: Bool = false, recovery: inout RecoveryReport
    ) throws(LogError) {
        self.baseOffset = baseOffset
        self.directory = directory
        self.indexInterval = indexInterval
        self.nextOffset = baseOffset
        file = try LogFile(path: directory + "/" + Self.name(baseOffset, "log"))
        index = try SegmentIndex(path: directory + "/" + Self.name(baseOffset, "index"))
        ids = try LogFile(path: directory + "/" + Self.name(baseOffset, "ids"))
        try recover(&recovery, keepZeroTail: keepZeroTail, verifyFromStart: verifyFromStart)
    }

    // MARK: Recovery

    private func recover(_ report: inout RecoveryReport, keepZeroTail: Bool, verifyFromStart: Bool) throws(LogError) {
        let fileSize = try file.size()
        // Start from the last index entry that really points at its record (and, when verifying,
        // lies before the first damaged record).
        var keep = verifyFromStart ? try entriesBeforeDamage(limit: fileSize) : index.entries.count
        var start: (position: Int64, offset: UInt64) = (0, baseOffset)
        while keep > 0 {
            let entry = index.entries[keep - 1]
            let expected = baseOffset + UInt64(entry.relativeOffset)
            if verifyFromStart {
                start = (Int64(entry.position), expected)
                break
            }
            if Int64(entry.position) < fileSize, let found = try recordHeader(at: Int64(entry.position), limit: fileSize),
               found.offset == expected, found.timestamp == entry.timestamp {
                start = (Int64(entry.position), expected)
                break
            }
            keep -= 1
        }
        try index.truncate(to: keep)
        if let last = index.entries.last { lastTimestamp = last.timestamp }

        var scanner = SegmentScanner(file: file, from: start.position, limit: fileSize)
        var expected = start.offset
        var end = start.position
        var mismatch: String?
        bytesSinceIndex = keep == 0 ? indexInterval : 0
        let stop = try scanner.scan(headerOnly: true) { record, position, size in
            guard record.offset == expected else {
                mismatch = "offset \(record.offset) where \(expected) was expected at byte \(position)"
                return false
            }
            noteIndex(offset: record.offset, position: position, timestamp: record.timestamp)
            bytesSinceIndex += size
            expected += 1
            end = position + Int64(size)
            lastTimestamp = record.timestamp
            return true
        }
        size = end
        nextOffset = expected
        var cut = true
        if let mismatch {
            report.cut(file.path, at: end, reason: mismatch)
        } else if case .damaged(let reason) = stop {
            report.cut(file.path, at: end, reason: reason)
        } else if let garbage = try firstNonZeroByte(from: end, to: fileSize) {
            // The data ended at a zero length, but something was written after it (a torn
            // write whose first page did not reach the disk): that is a cut too.
            report.cut(file.path, at: end, reason: "non-zero byte at \(garbage) after the end of the written data")
        } else {
            cut = false
        }
        if fileSize > end && (cut || !keepZeroTail) {
            // Drop the rest, so a later crash cannot expose bytes of a torn record. (A tail
            // of zeros only is kept when asked: it is the reserved, zeroed space appends use.)
            try file.truncate(to: end)
        }
        try index.flush()
        try recoverIds()
        written = (bytesSinceIndex, lastTimestamp)
        report.records += recordCount
    }

    /// The position of the first non-zero byte in `start..<end` of the file, if any.
    /// (The zeroed tail of an active segment can be its whole reserved size, so this reads
    /// into one buffer and compares eight bytes at a time.)
    private func firstNonZeroByte(from start: Int64, to end: Int64) throws(LogError) -> Int64? {
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 8)
        defer { buffer.deallocate() }
        var at = start
        while at < end {
            let wanted = UnsafeMutableRawBufferPointer(rebasing: buffer[..<Int(min(end - at, Int64(chunk)))])
            let count = try file.read(into: wanted, at: at)
            if count == 0 { return nil }
            var i = 0
            while i + 8 <= count, buffer.load(fromByteOffset: i, as: UInt64.self) == 0 { i += 8 }
            while i < count, buffer[i] == 0 { i += 1 }
            if i < count { return at + Int64(i) }
            at += Int64(count)
        }
        return nil
    }

    /// The offset and append time of the record at `position`, if a valid one starts there.
    private func recordHeader(at position: Int64, limit: Int64) throws(LogError) -> (offset: UInt64, timestamp: Int64)? {
        var scanner = SegmentScanner(file: file, from: position, limit: limit)
        var found: (UInt64, Int64)?
        _ = try scanner.scan(headerOnly: true) { record, _, _ in
            found = (record.offset, record.timestamp)
            return false
        }
        return found
    }

    private func recoverIds() throws(LogError) {
        let have = UInt64(try ids.size()) / 8
        if have >= recordCount {
            idsCount = recordCount
            if try ids.size() != Int64(recordCount * 8) { try ids.truncate(to: Int64(recordCount * 8)) }
            return
        }
        try rebuildIds(from: have)
    }

    /// Checks the identity file of a segment whose files may not have been synced (one not
    /// sealed yet: a closed segment's are synced by the first commit after the roll, not at the
    /// roll): a crash can leave pages of it as zeros even where its size says it was written.
    /// Hashes from the first zero on are rebuilt from the records. Returns whether anything
    /// was rebuilt.
    @discardableResult
    func verifyIds() throws(LogError) -> Bool {
        guard idsCount > 0 else { return false }
        let bytes = try ids.read(count: Int(idsCount) * 8, at: 0)
        let firstZero: UInt64? = bytes.withUnsafeBytes { raw in
            let count = raw.count / 8
            for i in 0..<count where raw.loadLE(UInt64.self, at: i * 8) == 0 { return UInt64(i) }
            return count < Int(idsCount) ? UInt64(count) : nil
        }
        guard let firstZero else { return false }
        try rebuildIds(from: firstZero)
        return true
    }

    /// Rewrites the identity hashes of records from relative offset `have` on, from the records.
    private func rebuildIds(from have: UInt64) throws(LogError) {
        idsCount = have
        try ids.truncate(to: Int64(have * 8))
        let from = baseOffset + have
        let startPosition = Int64(index.floor(relativeOffset: UInt32(from - baseOffset))?.position ?? 0)
        var scanner = SegmentScanner(file: file, from: startPosition, limit: size)
        var hashes: [UInt8] = []
        _ = try scanner.scan(headerOnly: true) { record, _, _ in
            if record.offset >= from { hashes.appendLittleEndian(record.idHash) }
            return true
        }
        try hashes.withBytes { (raw) throws(LogError) in try ids.write(raw, at: Int64(have * 8)) }
        idsCount = recordCount
    }

    // MARK: Appending

    private func noteIndex(offset: UInt64, position: Int64, timestamp: Int64) {
        let relative = UInt32(offset - baseOffset)
        // The record recovery starts from is already indexed (matters when the interval is 0).
        guard bytesSinceIndex >= indexInterval, index.entries.last?.relativeOffset != relative else { return }
        index.append(.init(relativeOffset: relative, position: UInt32(position), timestamp: timestamp))
        bytesSinceIndex = 0
    }

    /// Buffers one record; returns its offset.
    func append(timestamp: Int64, idHash: UInt64, type: UnsafeRawBufferPointer, key: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer) -> UInt64 {
        let offset = nextOffset
        let position = appendedSize
        noteIndex(offset: offset, position: position, timestamp: timestamp)
        let before = pending.count
        LogRecord.encode(offset: offset, timestamp: timestamp, idHash: idHash, type: type, key: key, payload: payload, into: &pending)
        bytesSinceIndex += pending.count - before
        pendingIds.appendLittleEndian(idHash)
        nextOffset += 1
        lastTimestamp = timestamp
        return offset
    }

    /// Writes buffered records, their ids and index entries; returns whether anything was written.
    @discardableResult
    func flush() throws(LogError) -> Bool {
        guard !pending.isEmpty else { return false }
        try pending.withBytes { (raw) throws(LogError) in try file.write(raw, at: size) }
        try pendingIds.withBytes { (raw) throws(LogError) in try ids.write(raw, at: Int64(idsCount * 8)) }
        size += Int64(pending.count)
        idsCount += UInt64(pendingIds.count / 8)
        pending.removeAll(keepingCapacity: true)
        pendingIds.removeAll(keepingCapacity: true)
        written = (bytesSinceIndex, lastTimestamp)
        try index.flush()
        return true
    }

    /// Where the segment stands before its buffered records are handed off.
    func mark() -> SegmentMark {
        SegmentMark(segmentBase: baseOffset, size: size, nextOffset: nextOffset - UInt64(pendingIds.count / 8),
                    idsCount: idsCount, indexCount: index.writtenCount,
                    bytesSinceIndex: written.bytesSinceIndex, lastTimestamp: written.lastTimestamp)
    }

    /// Hands the buffered records, their identity hashes and index entries off as writes for
    /// the committer thread; the segment counts them as written, and goes on in buffers from
    /// `buffers`. Readers must stay below the durable end until the writes are done.
    func takeWrites(reusing buffers: inout WriteBuffers) -> [PendingWrite] {
        guard !pending.isEmpty else { return [] }
        var writes = [
            PendingWrite(file: file, position: size, bytes: pending),
            PendingWrite(file: ids, position: Int64(idsCount * 8), bytes: pendingIds),
        ]
        if let entries = index.takeUnwritten() { writes.append(entries) }
        size += Int64(pending.count)
        idsCount += UInt64(pendingIds.count / 8)
        pending = buffers.take()
        pendingIds = buffers.take()
        written = (bytesSinceIndex, lastTimestamp)
        return writes
    }

    /// Returns to `mark` after a handed-off write failed: everything appended since is
    /// dropped and the files are cut back, so offsets and positions are reused.
    func rollback(to mark: SegmentMark) throws(LogError) {
        pending.removeAll(keepingCapacity: true)
        pendingIds.removeAll(keepingCapacity: true)
        size = mark.size
        nextOffset = mark.nextOffset
        idsCount = mark.idsCount
        (bytesSinceIndex, lastTimestamp) = (mark.bytesSinceIndex, mark.lastTimestamp)
        written = (bytesSinceIndex, lastTimestamp)
        // Cut every file back even if one fails; report the first failure.
        var failure: LogError?
        do { try index.truncate(to: mark.indexCount) } catch { failure = failure ?? error }
        do { try file.truncate(to: size) } catch { failure = failure ?? error }
        do { try ids.truncate(to: Int64(idsCount * 8)) } catch { failure = failure ?? error }
        if let failure { throw failure }
    }

    /// Writes what is buffered and trims the file to its written size (a closed segment keeps
    /// no preallocated tail).
    func close() throws(LogError) {
        try flush()
        if try file.size() != size { try file.truncate(to: size) }
    }

    // MARK: Reading

    /// Calls `visit` with each record from `position` on: first those written to the file,
    /// then those still buffered (their positions continue the file's).
    func scan(from position: Int64, headerOnly: Bool = false, _ visit: (LogRecord, Int64, Int) -> Bool) throws(LogError) -> SegmentScanner.Stop {
        if position < size {
            var scanner = SegmentScanner(file: file, from: position, limit: size)
            let stop = try scanner.scan(headerOnly: headerOnly, visit)
            if stop != .end { return stop }
            // Zeros inside the written data are damage, not its end.
            if scanner.position < size { return .damaged("zero length at byte \(scanner.position) before the end \(size)") }
        }
        var at = max(position, size)
        return pending.withUnsafeBytes { raw in
            while at < appendedSize {
                let bytes = UnsafeRawBufferPointer(rebasing: raw[Int(at - size)...])
                guard case .record(let record, let length) = LogRecord.decode(bytes, headerOnly: headerOnly) else {
                    return .damaged("buffered record at byte \(at) does not decode")
                }
                if !visit(record, at, length) { return .visitor }
                at += Int64(length)
            }
            return .end
        }
    }

    /// The file position to start scanning from to find `offset`.
    func position(for offset: UInt64) -> Int64 {
        Int64(index.floor(relativeOffset: UInt32(offset - baseOffset))?.position ?? 0)
    }

    /// The file position to start scanning from to find the first record appended at or after `timestamp`.
    func position(forTime timestamp: Int64) -> (position: Int64, offset: UInt64) {
        guard let entry = index.floor(before: timestamp) else { return (0, baseOffset) }
        return (Int64(entry.position), baseOffset + UInt64(entry.relativeOffset))
    }

    /// Reads the identity hashes of records from `offset` on, written or buffered.
    func idHashes(from offset: UInt64) throws(LogError) -> [UInt64] {
        let first = max(offset, baseOffset) - baseOffset
        var bytes: [UInt8] = []
        if first < idsCount {
            bytes = try ids.read(count: Int(idsCount - first) * 8, at: Int64(first * 8))
            if bytes.count != Int(idsCount - first) * 8 {
                throw LogError(.corrupt, path: ids.path, "identity file is shorter than its \(idsCount) hashes; reopen the log to rebuild it")
            }
        }
        let skip = Int(first > idsCount ? first - idsCount : 0) * 8
        if skip < pendingIds.count { bytes += pendingIds[skip...] }
        return bytes.withUnsafeBytes { raw in
            (0..<(raw.count / 8)).map { raw.loadLE(UInt64.self, at: $0 * 8) }
        }
    }

    /// Deletes the segment's files, its seal with them.
    func delete() {
        for suffix in Self.suffixes {
            _ = removeFile(directory + "/" + Self.name(baseOffset, suffix))
        }
    }
}
