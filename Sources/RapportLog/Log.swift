import Logging

/// The durable event log: an ordered list of segments, appended at the end, read from any
/// offset or time, trimmed from the front by retention.
///
/// Not thread-safe: one thread (the broker's) appends, reads and trims. Durability is split
/// off: ``flush()`` writes buffered records and returns a ``SyncJob`` that another thread runs,
/// so appends continue while the disk syncs (group commit).
public final class Log {
    /// The configuration the log was opened with.
    public let configuration: LogConfiguration
    /// What opening the log found and repaired.
    public private(set) var recovery = RecoveryReport()
    private var segments: [Segment] = []
    private var dirty: [LogFile] = []
    /// Seals of the segments closed since the last job, for the next job to write.
    private var pendingSeals: [PendingSeal] = []
    /// Buffers of written commits, for the next records (``recycle(_:)``).
    private var writeBuffers = WriteBuffers()
    private let logger: Logger

    private var active: Segment { segments[segments.count - 1] }
    /// The oldest offset still in the log.
    public var startOffset: UInt64 { segments[0].baseOffset }
    /// The offset the next appended record gets.
    public var nextOffset: UInt64 { active.nextOffset }
    /// Append time of the newest record (0 when the log is empty).
    public var lastTimestamp: Int64 { segments.last(where: { $0.recordCount > 0 })?.lastTimestamp ?? 0 }
    /// Bytes of records held, over all segments.
    public var sizeBytes: Int64 { segments.reduce(0) { $0 + $1.appendedSize } }
    /// Number of segments.
    public var segmentCount: Int { segments.count }

    /// Opens the log in `configuration.directory`, creating it if needed, and recovers every
    /// segment: torn tails are cut, indexes checked and rebuilt. Every segment after the newest
    /// sealed one (``SegmentSeal``; the active segment always) may hold a commit that was not
    /// synced: those are read whole and cut at their first damaged record (a page lost before a
    /// surviving one is a hole, not data), and the segments after a cut are moved aside.
    /// Acknowledged records (synced before the crash) are never cut. Closed segments found
    /// whole are sealed before this returns.
    public init(configuration: LogConfiguration, logger: Logger = Logger(label: "rapport.log")) throws(LogError) {
        self.configuration = configuration
        self.logger = logger
        // Index entries hold 32-bit file positions; a record starts below `segmentBytes`.
        guard configuration.segmentBytes > 0, configuration.segmentBytes <= Int64(UInt32.max) else {
            throw LogError(.invalidRequest, path: configuration.directory,
                "segmentBytes is \(configuration.segmentBytes); it must be between 1 and \(UInt32.max)")
        }
        try makeDirectories(configuration.directory)
        var report = RecoveryReport()
        segments = try Self.recoverSegments(configuration, logger: logger, &report)
        if configuration.preallocate { active.file.preallocate(configuration.segmentBytes) }
        report.segments = segments.count
        recovery = report
        for path in report.rebuilt {
            logger.warning("rebuilt identity hashes lost in a crash from the records", metadata: ["file": "\(path)"])
        }
        for cut in report.cuts {
            logger.warning("cut a torn log tail", metadata: ["file": "\(cut.path)", "at": "\(cut.position)", "reason": "\(cut.reason)"])
        }
        if !report.sealed.isEmpty {
            logger.info("sealed closed segments found whole", metadata: ["segments": "\(report.sealed.count)"])
        }
    }

    // MARK: Appending

    /// Buffers one record and returns its offset. It is not durable until ``flush()`` has
    /// written it and the returned ``SyncJob`` has run.
    public func append(
        timestamp: Int64, idHash: UInt64,
        type: UnsafeRawBufferPointer, key: UnsafeRawBufferPointer, payload: UnsafeRawBufferPointer
    ) throws(LogError) -> UInt64 {
        let size = Int64(LogRecord.encodedSize(typeBytes: type.count, keyBytes: key.count, payloadBytes: payload.count))
        guard type.count <= Int(UInt16.max), key.count <= Int(UInt16.max), size <= Int64(LogRecord.maxBodyBytes) else {
            throw LogError(.invalidRequest, path: "", "record of \(size) bytes is too large for the log")
        }
        if active.recordCount > 0 && active.appendedSize + size > configuration.segmentBytes {
            try roll()
        }
        // The log's last time, not the active segment's: a segment just rolled to has none.
        let stamp = max(timestamp, lastTimestamp)
        return active.append(timestamp: stamp, idHash: idHash, type: type, key: key, payload: payload)
    }

    /// Convenience for tests and tools: appends byte arrays.
    public func append(timestamp: Int64, idHash: UInt64, type: String, key: String, payload: [UInt8]) throws(LogError) -> UInt64 {
        let t = Array(type.utf8), k = Array(key.utf8)
        return try t.withBytes { (tb) throws(LogError) in
            try k.withBytes { (kb) throws(LogError) in
                try payload.withBytes { (pb) throws(LogError) in
                    try append(timestamp: timestamp, idHash: idHash, type: tb, key: kb, payload: pb)
                }
            }
        }
    }

    private func roll() throws(LogError) {
        try active.close()
        // The closed segment's index and identity files are synced once, with its records, by
        // the next job, which then seals it. The seal file is created now, so that the
        // directory sync below makes it exist before the seal is written.
        for file in [active.file, active.index.file, active.ids] where !dirty.contains(where: { $0 === file }) {
            dirty.append(file)
        }
        do {
            pendingSeals.append(try active.pendingSeal())
        } catch {
            // Safe without it: the segment is synced all the same, and read whole at the next
            // start unless a later seal (which vouches for it too) is written.
            logger.warning("cannot prepare the seal of a closed segment", metadata: ["base": "\(active.baseOffset)", "error": "\(error)"])
        }
        var report = RecoveryReport()
        let next = try Segment(directory: configuration.directory, baseOffset: active.nextOffset,
                               indexInterval: configuration.indexIntervalBytes, recovery: &report)
        if configuration.preallocate { next.file.preallocate(configuration.segmentBytes) }
        segments.append(next)
        try LogFile.syncDirectory(configuration.directory)
        logger.debug("rolled to a new segment", metadata: ["base": "\(next.baseOffset)"])
    }

    /// Writes every buffered record to its file and returns the job that makes them durable,
    /// or `nil` when nothing was written since the last job. On a write error the unwritten
    /// records are dropped (their offsets are reused) and the error is thrown: nothing the
    /// caller acknowledged is affected.
    public func flush() throws(LogError) -> SyncJob? {
        guard let job = prepareCommit() else { return nil }
        do {
            try job.write()
        } catch {
            // The write error is what the caller needs; a failed cut-back only leaves bytes past
            // the end that appends overwrite and recovery ignores.
            _ = try? rollback(job)
            throw error
        }
        recycle(job)
        return SyncJob(writes: [], files: job.files, seals: job.seals, logger: logger, upTo: job.upTo, firstOffset: job.firstOffset, mark: nil)
    }

    /// Hands every buffered record off in a job that writes and syncs them on another thread
    /// (so the appending thread never waits on the disk), or `nil` when nothing was appended or
    /// closed since the last job. The job also seals the segments closed since the last job,
    /// once it has synced them. Until the job has run, read only below the durable end. If
    /// its ``SyncJob/write()`` fails, call ``rollback(_:)``.
    public func prepareCommit() -> SyncJob? {
        let mark = active.mark()
        let writes = active.takeWrites(reusing: &writeBuffers)
        if !writes.isEmpty, !dirty.contains(where: { $0 === active.file }) { dirty.append(active.file) }
        guard !dirty.isEmpty else { return nil }
        defer {
            dirty.removeAll()
            pendingSeals.removeAll()
        }
        return SyncJob(writes: writes, files: dirty, seals: pendingSeals, logger: logger, upTo: nextOffset,
                       firstOffset: writes.isEmpty ? nextOffset : mark.nextOffset, mark: writes.isEmpty ? nil : mark)
    }

    /// Takes back the buffers of a job that has run, for the records appended next (saves
    /// allocating and faulting in a commit's worth of memory each time). Call it once the
    /// job is done; anything still holding the job keeps its bytes intact (they are copied
    /// on reuse then).
    public func recycle(_ job: SyncJob) {
        for write in job.writes { writeBuffers.give(write.bytes) }
    }

    /// Frees the buffers kept by ``recycle(_:)`` (when the bus has gone quiet).
    public func releaseSpareBuffers() {
        writeBuffers = WriteBuffers()
    }

    /// Undoes a job whose writes failed: the records it carried and everything appended after
    /// it are dropped, and their offsets will be given again. Returns `false` when that is not
    /// possible because the log moved to a new segment since (the caller must then stop and
    /// let recovery decide at the next start).
    @discardableResult
    public func rollback(_ job: SyncJob) throws(LogError) -> Bool {
        guard let mark = job.mark else { return true }
        guard mark.segmentBase == active.baseOffset else { return false }
        try active.rollback(to: mark)
        // The segments the job closed were written at their roll, before it, and stay: the
        // next job syncs and seals them.
        for file in job.files where file !== active.file && !dirty.contains(where: { $0 === file }) {
            dirty.append(file)
        }
        pendingSeals = job.seals + pendingSeals
        dirty.removeAll { $0 === active.file }
        return true
    }

    // MARK: Reading

    private func segmentIndex(containing offset: UInt64) -> Int? {
        var low = 0, high = segments.count
        while low < high {
            let mid = (low + high) / 2
            if segments[mid].baseOffset <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : low - 1
    }

    /// Reads records from `cursor` on, stopping before `limit` (exclusive, e.g. the durable end),
    /// after about `maxBytes`, or after `maxRecords`. A cursor behind the log's start (trimmed
    /// by retention) moves to the start. The cursor advances past what was returned.
    ///
    /// Records not yet flushed are read too; a failed ``flush()`` drops them and reuses their
    /// offsets, so a reader that must only see records that stay passes the durable end.
    /// Throws ``LogError/Kind/corrupt`` when the record at the cursor cannot be decoded.
    public func read(_ cursor: inout LogCursor, limit: UInt64, maxRecords: Int = .max, maxBytes: Int = 1 << 20) throws(LogError) -> [LogRecord] {
        if cursor.offset < startOffset { cursor.seek(startOffset) }
        var out: [LogRecord] = []
        var bytes = 0
        let end = min(limit, nextOffset)
        while cursor.offset < end && out.count < maxRecords && bytes < maxBytes {
            guard let i = segmentIndex(containing: cursor.offset) else { break }
            let segment = segments[i]
            let want = cursor.offset
            let hinted = cursor.segmentBase == segment.baseOffset
            let start = hinted ? cursor.position : segment.position(for: want)
            var lastEnd = start
            var next = want
            var misplaced = false
            let stop = try segment.scan(from: start) { record, position, size in
                // From the cursor's position the first record must be the wanted one.
                if hinted && next == want && record.offset != want { misplaced = true; return false }
                if record.offset >= end || out.count >= maxRecords || bytes >= maxBytes { return false }
                if record.offset >= want {
                    out.append(record)
                    bytes += size
                }
                next = record.offset + 1
                lastEnd = position + Int64(size)
                return true
            }
            if next > want {
                cursor.advance(to: next, segment: segment.baseOffset, position: lastEnd)
                continue
            }
            // Nothing at or after the cursor was found: never move it back.
            if misplaced || (hinted && stop != .visitor) {
                cursor.seek(want)  // A stale position (records rewritten after a failed flush): use the index.
                continue
            }
            if case .damaged(let reason) = stop, out.isEmpty {
                throw LogError(.corrupt, path: segment.file.path, "cannot read offset \(want): \(reason)")
            }
            break
        }
        return out
    }

    /// The first offset whose record was appended at or after `timestamp` (ms since the epoch);
    /// ``nextOffset`` when there is none.
    public func offset(forTime timestamp: Int64) throws(LogError) -> UInt64 {
        guard let i = segments.firstIndex(where: { $0.recordCount > 0 && $0.lastTimestamp >= timestamp }) else {
            return nextOffset
        }
        let segment = segments[i]
        let (position, _) = segment.position(forTime: timestamp)
        var found: UInt64?
        let stop = try segment.scan(from: position, headerOnly: true) { record, _, _ in
            if record.timestamp >= timestamp { found = record.offset; return false }
            return true
        }
        if let found { return found }
        if case .damaged(let reason) = stop {
            throw LogError(.corrupt, path: segment.file.path, "cannot find the first record at or after time \(timestamp): \(reason)")
        }
        return segment.nextOffset
    }

    /// The record at `offset`, if the log still holds it.
    public func record(at offset: UInt64) throws(LogError) -> LogRecord? {
        guard offset < nextOffset else { return nil }
        var cursor = LogCursor(offset: offset)
        return try read(&cursor, limit: offset + 1, maxRecords: 1).first
    }

    /// Calls `body` with the identity hash and offset of every record from `offset` on
    /// (from the `.ids` files: no record is parsed).
    public func forEachIdentity(from offset: UInt64, _ body: (UInt64, UInt64) -> Void) throws(LogError) {
        for segment in segments where segment.nextOffset > offset {
            var at = max(offset, segment.baseOffset)
            for hash in try segment.idHashes(from: at) {
                body(hash, at)
                at += 1
            }
        }
    }

    // MARK: Retention

    /// Deletes closed segments the policy no longer keeps; returns how many records went.
    @discardableResult
    public func applyRetention(now: Int64) -> UInt64 {
        var removed: UInt64 = 0
        var total = sizeBytes
        while segments.count > 1 {
            let oldest = segments[0]
            let tooOld = configuration.retention.maxAgeMillis.map { oldest.lastTimestamp < now - $0 } ?? false
            let tooBig = configuration.retention.maxBytes.map { total > $0 } ?? false
            guard tooOld || tooBig else { break }
            oldest.delete()
            segments.removeFirst()
            total -= oldest.appendedSize
            removed += oldest.recordCount
            logger.info("retention deleted a segment", metadata: [
                "base": "\(oldest.baseOffset)", "records": "\(oldest.recordCount)", "reason": "\(tooOld ? "age" : "size")",
            ])
        }
        return removed
    }
}
