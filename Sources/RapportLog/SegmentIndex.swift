/// A segment's sparse index: every few KiB of log, the offset, file position and append time
/// of one record. Append times never decrease along the log, so the same entries serve as
/// the offset index and the time index.
///
/// The active segment's index is not synced with each commit (a closed segment's is, with the
/// first commit after the log rolls): opening keeps only the entries that are in order, and
/// recovery checks them against the log and rebuilds what is missing.
final class SegmentIndex {
    /// One index entry; 16 bytes on disk: `u32 relativeOffset`, `u32 position`, `i64 timestamp`.
    struct Entry: Equatable {
        var relativeOffset: UInt32
        var position: UInt32
        var timestamp: Int64

        /// Whether this entry can come after `previous`: later record, later position, no
        /// earlier time.
        func follows(_ previous: Entry) -> Bool {
            relativeOffset > previous.relativeOffset && position > previous.position && timestamp >= previous.timestamp
        }
    }

    static let entryBytes = 16
    let file: LogFile
    private(set) var entries: [Entry] = []
    private var unwritten = 0

    /// Opens the index file and loads its whole entries, up to the first that is out of order
    /// (a torn last entry, or zeros where a crash lost a page of the unsynced file).
    init(path: String) throws(LogError) {
        file = try LogFile(path: path)
        let size = try file.size()
        let count = Int(size) / Self.entryBytes
        let bytes = try file.read(count: count * Self.entryBytes, at: 0)
        entries.reserveCapacity(count)
        bytes.withUnsafeBytes { raw in
            for i in 0..<count {
                let at = i * Self.entryBytes
                let entry = Entry(
                    relativeOffset: raw.loadLE(UInt32.self, at: at),
                    position: raw.loadLE(UInt32.self, at: at + 4),
                    timestamp: Int64(bitPattern: raw.loadLE(UInt64.self, at: at + 8))
                )
                if let last = entries.last, !entry.follows(last) { break }
                entries.append(entry)
            }
        }
    }

    /// Adds an entry (written by ``flush()``).
    func append(_ entry: Entry) {
        entries.append(entry)
        unwritten += 1
    }

    /// Drops entries from index `count` on (recovery found them beyond the valid log).
    func truncate(to count: Int) throws(LogError) {
        guard count < entries.count || unwritten > 0 else {
            if try file.size() != Int64(entries.count * Self.entryBytes) {
                try file.truncate(to: Int64(entries.count * Self.entryBytes))
            }
            return
        }
        entries.removeLast(entries.count - count)
        unwritten = 0
        try file.truncate(to: Int64(count * Self.entryBytes))
    }

    /// Entries written to the file (or handed off to be).
    var writtenCount: Int { entries.count - unwritten }

    /// The unwritten entries, encoded, and where they go in the file.
    private func unwrittenWrite() -> PendingWrite? {
        guard unwritten > 0 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unwritten * Self.entryBytes)
        for entry in entries.suffix(unwritten) {
            bytes.appendLittleEndian(entry.relativeOffset)
            bytes.appendLittleEndian(entry.position)
            bytes.appendLittleEndian(UInt64(bitPattern: entry.timestamp))
        }
        return PendingWrite(file: file, position: Int64(writtenCount * Self.entryBytes), bytes: bytes)
    }

    /// Hands the unwritten entries off as a write for another thread.
    func takeUnwritten() -> PendingWrite? {
        defer { unwritten = 0 }
        return unwrittenWrite()
    }

    /// Writes entries added since the last flush.
    func flush() throws(LogError) {
        guard let write = unwrittenWrite() else { return }
        try file.write(write.bytes, at: write.position)
        unwritten = 0
    }

    /// The last entry at or before `relativeOffset`, if any.
    func floor(relativeOffset: UInt32) -> Entry? {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].relativeOffset <= relativeOffset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : entries[low - 1]
    }

    /// The last entry whose record was appended before `timestamp`, if any: records at or
    /// after `timestamp` start at or after it.
    func floor(before timestamp: Int64) -> Entry? {
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].timestamp < timestamp { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : entries[low - 1]
    }
}
