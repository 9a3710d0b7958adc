extension Segment {
    /// The path of the segment's seal file (see ``SegmentSeal``).
    var sealPath: String { directory + "/" + Self.name(baseOffset, "sealed") }

    /// The seal of this closed segment (it has records, all written), to write once its files
    /// are synced. The seal file is created now, empty (no seal yet), and the caller syncs the
    /// directory: at a roll before the seal is written, at start-up after (a seal lost with its
    /// directory entry only makes the next start read the segment whole).
    func pendingSeal() throws(LogError) -> PendingSeal {
        var last: Int64?
        let stop = try scan(from: position(for: nextOffset - 1), headerOnly: true) { _, position, _ in
            last = position
            return true
        }
        guard let last, stop == .end else {
            throw LogError(.corrupt, path: file.path, "cannot find the last record of the segment to seal it (\(stop))")
        }
        let seal = try LogFile(path: sealPath)
        if try seal.size() != 0 { try seal.truncate(to: 0) }
        return PendingSeal(file: seal, seal: SegmentSeal(length: size, lastOffset: nextOffset - 1, lastPosition: last))
    }
}
