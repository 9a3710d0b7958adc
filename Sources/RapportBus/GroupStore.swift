import RapportLog

/// A consumer group's durable state: its committed position, the offsets acknowledged above
/// it, and how often each event not yet done was delivered, kept as a snapshot plus a journal
/// of changes.
///
/// Files in `<data>/groups/<name>/`: `state` (generation, position, acknowledged offsets above
/// it, delivery counts, checksum) and `journal.<generation>` (16-byte records: `u64 value`,
/// `u32 kind`, `u32 crc32c` of the first 12 bytes). Journal writes are buffered and written by
/// ``flush()``; the broker syncs ``journal`` in the same group commit as the log, and answers
/// ACKED only after that. Compaction writes a new snapshot with the next generation and starts
/// an empty journal, so an old journal is never replayed over a newer snapshot. If the directory
/// sync that makes a compaction durable fails, ``flush()`` retries it and throws until it
/// succeeds, so the broker holds ACKED back meanwhile (see ``compact()``).
final class GroupStore {
    private enum Kind: UInt32 {
        /// One offset acknowledged.
        case ack = 1
        /// Everything below `value` is done: acknowledged or not for this group.
        case position = 2
        /// Replay: the position moves to `value` and earlier acknowledgements are forgotten.
        case reset = 3
        /// The event at offset `value` was delivered once more (a member was sent it). Counted
        /// so that `max_deliveries` holds across restarts.
        case delivered = 4
        /// A delivery of `value` counted by ``delivered`` could not be sent after all (the member
        /// was gone): it does not count.
        case unsent = 5
    }

    let directory: String
    private(set) var position: UInt64 = 0
    /// Whether the group has ever had a position (false: a new group).
    private(set) var hasPosition = false
    private(set) var acked: Set<UInt64> = []
    /// Deliveries made of each event at or above the position that is not yet acknowledged.
    private(set) var deliveries: [UInt64: Int] = [:]
    private var generation: UInt64 = 0
    private(set) var journal: LogFile
    private var journalSize: Int64 = 0
    private var pending: [UInt8] = []
    /// Compact when the journal passes this size.
    private let compactBytes: Int64 = 4 << 20
    /// Makes a directory's entries durable (``LogFile/syncDirectory(_:)``; tests inject failures).
    private let syncDirectory: (String) throws(LogError) -> Void
    /// The previous generation's journal while a compaction's rename of `state` is not yet known
    /// durable (its directory sync failed): kept on disk and removed once a sync succeeds.
    private var retiredJournal: String?

    /// Opens (or creates) the store and replays snapshot and journal.
    ///
    /// `syncDirectory` makes the directory's entries durable after a compaction; only tests
    /// pass anything but the default.
    init(
        directory: String,
        syncDirectory: @escaping (String) throws(LogError) -> Void = LogFile.syncDirectory
    ) throws(LogError) {
        self.directory = directory
        self.syncDirectory = syncDirectory
        try makeDirectories(directory)
        let stateFile = try LogFile(path: directory + "/state")
        let state = try stateFile.read(count: Int(try stateFile.size()), at: 0)
        if !state.isEmpty {
            let snapshot = try GroupSnapshot(decoding: state, path: stateFile.path)
            generation = snapshot.generation
            position = snapshot.position
            hasPosition = snapshot.hasPosition
            acked = snapshot.acked
            deliveries = snapshot.deliveries
        }
        journal = try LogFile(path: directory + "/journal.\(generation)")
        try replay()
    }

    private func replay() throws(LogError) {
        let size = try journal.size()
        let bytes = try journal.read(count: Int(size), at: 0)
        var valid: Int64 = 0
        bytes.withUnsafeBytes { raw in
            var at = 0
            while at + 16 <= raw.count {
                let crc = CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[at..<(at + 12)]))
                let value = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
                let kind = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 8, as: UInt32.self))
                guard crc == UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self)),
                      let k = Kind(rawValue: kind) else { break }
                apply(k, value)
                at += 16
                valid = Int64(at)
            }
        }
        if valid != size { try journal.truncate(to: valid) }
        journalSize = valid
    }

    private func apply(_ kind: Kind, _ value: UInt64) {
        switch kind {
        case .ack:
            if !hasPosition || value >= position { acked.insert(value) }
            deliveries[value] = nil
        case .position:
            position = max(position, value)
            hasPosition = true
            acked = acked.filter { $0 >= position }
            if !deliveries.isEmpty { deliveries = deliveries.filter { $0.key >= position } }
        case .reset:
            position = value
            hasPosition = true
            acked.removeAll()
            deliveries.removeAll()
        case .delivered:
            if !hasPosition || value >= position { deliveries[value, default: 0] += 1 }
        case .unsent:
            if let count = deliveries[value] { deliveries[value] = count > 1 ? count - 1 : nil }
        }
    }

    private func record(_ kind: Kind, _ value: UInt64) {
        apply(kind, value)
        let start = pending.count
        withUnsafeBytes(of: value.littleEndian) { pending.append(contentsOf: $0) }
        withUnsafeBytes(of: kind.rawValue.littleEndian) { pending.append(contentsOf: $0) }
        let crc = pending.withUnsafeBytes { CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[start..<(start + 12)])) }
        withUnsafeBytes(of: crc.littleEndian) { pending.append(contentsOf: $0) }
    }

    /// Records that `offset` was acknowledged.
    func ack(_ offset: UInt64) { record(.ack, offset) }

    /// Records one more delivery of the event at `offset`; returns the deliveries made of it.
    @discardableResult
    func delivered(_ offset: UInt64) -> Int {
        record(.delivered, offset)
        return deliveries[offset] ?? 0
    }

    /// Takes back one delivery of the event at `offset`: its DELIVER could not be sent.
    func unsent(_ offset: UInt64) { record(.unsent, offset) }

    /// Deliveries recorded for the event at `offset` (0 if none, or if it is done).
    func deliveryCount(_ offset: UInt64) -> Int { deliveries[offset] ?? 0 }

    /// Records that everything below `offset` is done (acknowledged or filtered out).
    func advance(to offset: UInt64) {
        guard !hasPosition || offset > position else { return }
        record(.position, offset)
    }

    /// Records a replay from `offset`: earlier acknowledgements are forgotten.
    func reset(to offset: UInt64) { record(.reset, offset) }

    /// Whether `offset` is already done for this group.
    func isDone(_ offset: UInt64) -> Bool {
        (hasPosition && offset < position) || acked.contains(offset)
    }

    /// Writes buffered journal records; returns whether there was anything (then the journal
    /// must be synced before acknowledging).
    ///
    /// Throws, keeping the records buffered, while a compaction's directory sync has not
    /// succeeded (it is retried first): until then nothing may be acknowledged.
    func flush() throws(LogError) -> Bool {
        try syncRetiredDirectory()
        guard !pending.isEmpty else { return false }
        try journal.write(pending, at: journalSize)
        journalSize += Int64(pending.count)
        pending.removeAll(keepingCapacity: true)
        return true
    }

    /// Whether the journal is large enough to compact. Records buffered but not yet written
    /// do not stand in the way (on a group that is never idle there always are some): their
    /// effects are already in memory, so the snapshot holds them (see ``compact()``).
    var wantsCompaction: Bool { journalSize >= compactBytes }

    /// The type patterns the group last consumed (`nil` for a group that never had a member).
    /// Kept in `<dir>/types`, one pattern a line; it only informs INFO and the resume of a
    /// restarted group, so it is replaced atomically but not synced.
    var types: [String]? {
        guard let file = try? LogFile(path: directory + "/types", create: false),
              let size = try? file.size(), let bytes = try? file.read(count: Int(size), at: 0) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        return lines.isEmpty ? nil : lines
    }

    /// Records the group's type patterns.
    func saveTypes(_ patterns: [String]) throws(LogError) {
        let temporary = directory + "/types.tmp"
        let file = try LogFile(path: temporary)
        try file.truncate(to: 0)
        try file.write(Array(patterns.joined(separator: "\n").utf8), at: 0)
        try renameFile(temporary, directory + "/types")
    }

    /// Writes a snapshot of the current state under the next generation and starts a new
    /// journal. Call only when everything written is synced (between commits). Records still
    /// buffered are folded into the snapshot (their effects are in memory) and dropped: the
    /// snapshot is synced before any reply waiting for them is sent.
    ///
    /// Once `state` is renamed the store uses the new generation even if the directory sync
    /// then fails; that failure is thrown, and ``flush()`` retries the sync and throws until
    /// it succeeds, so nothing is acknowledged while the rename may not be durable.
    ///
    /// A crash at each step loses no acknowledged record and replays none over the wrong
    /// snapshot:
    /// - before the rename: `state` names the old generation and its journal holds every
    ///   record (`state.tmp` and `journal.<next>` are ignored, and truncated by the next
    ///   compaction before use);
    /// - after the rename, before a directory sync succeeded: `state` is the old or the new
    ///   snapshot. The old one is replayed with the old journal (not removed until the sync
    ///   succeeds); the new one holds everything in the old journal and is replayed with
    ///   `journal.<next>` (or an empty one if its entry was lost). Records written after the
    ///   rename go only to `journal.<next>` and were never acknowledged (``flush()`` threw), so
    ///   losing them with the old snapshot redelivers events, it loses no ACKED;
    /// - after the directory sync: `state` and `journal.<next>` are durable and name each
    ///   other; the old journal is unused (a copy surviving its unlink is never read).
    func compact() throws(LogError) {
        try syncRetiredDirectory()
        let next = generation + 1
        let bytes = GroupSnapshot(generation: next, position: position, hasPosition: hasPosition,
                                  acked: acked, deliveries: deliveries).encoded()
        let temporary = try LogFile(path: directory + "/state.tmp")
        try temporary.truncate(to: 0)
        try temporary.write(bytes, at: 0)
        try temporary.sync()
        let newJournal = try LogFile(path: directory + "/journal.\(next)")
        try newJournal.truncate(to: 0)
        try newJournal.sync()
        try renameFile(directory + "/state.tmp", directory + "/state")
        // The rename is visible: from here on memory follows the new snapshot.
        retiredJournal = directory + "/journal.\(generation)"
        generation = next
        journal = newJournal
        journalSize = 0
        pending.removeAll(keepingCapacity: true)
        try syncRetiredDirectory()
    }

    /// After a compaction's rename: syncs the directory, then removes the old journal. Throws
    /// (and tries again next time) while the sync fails.
    private func syncRetiredDirectory() throws(LogError) {
        guard let retired = retiredJournal else { return }
        do {
            try syncDirectory(directory)
        } catch {
            throw LogError(error.kind, path: directory, "cannot make the group's compacted state durable (\(error.message)); "
                + "acknowledgements wait until the directory can be synced: check the disk and file system")
        }
        retiredJournal = nil
        _ = removeFile(retired)
    }
}
