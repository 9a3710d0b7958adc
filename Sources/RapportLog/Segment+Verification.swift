extension Segment {
    /// Reads every record from the segment's start, checking its framing, checksum and offset,
    /// and returns how many leading index entries point at records before the first damaged
    /// one (an entry counts only if it names a record's exact position, offset and time).
    ///
    /// For a segment that may hold records of a commit that never finished: its pages reach
    /// the disk in any order, so a later page and the index entry pointing into it can survive
    /// while an earlier page is lost. Recovery scans on from the last entry counted here and
    /// cuts at the damage. Commits are synced one after another, each before anything in it
    /// is acknowledged, so no acknowledged record lies past the first damaged one.
    func entriesBeforeDamage(limit: Int64) throws(LogError) -> Int {
        let entries = index.entries
        var scanner = SegmentScanner(file: file, from: 0, limit: limit)
        var expected = baseOffset
        var trusted = 0
        _ = try scanner.scan(headerOnly: true) { record, position, _ in
            guard record.offset == expected else { return false }
            if trusted < entries.count, Int64(entries[trusted].position) <= position {
                // An entry pointing inside the previous record, or at this one with the wrong
                // offset or time, is not trusted; nor is any after it.
                let entry = entries[trusted]
                guard Int64(entry.position) == position, baseOffset + UInt64(entry.relativeOffset) == record.offset,
                      entry.timestamp == record.timestamp else { return false }
                trusted += 1
            }
            expected += 1
            return true
        }
        return trusted
    }
}
