import Logging

extension Log {
    /// Opens every segment in `configuration.directory` and recovers the log's valid end;
    /// returns the segments, oldest first (at least one: the active segment).
    ///
    /// Until a commit's sync completes, its pages reach the disk in any order: a later page (and
    /// the index entry pointing into it) can survive a crash while an earlier one is lost. One
    /// commit can span several rolls (a large PUBLISH, dead letters), so any closed segment it
    /// wrote can hold such a hole. A seal (``SegmentSeal``) is written only once the commit
    /// after a segment's roll has synced it, and commits are synced in order, so every segment
    /// up to the newest sealed one is whole on disk: it is recovered from its last valid index
    /// entry on. Every segment after it is read whole from its first record and cut at the
    /// first damaged one, even when valid records follow (they belong to the unfinished commit,
    /// never acknowledged); the segments after a cut hold only the rest of that commit and are
    /// moved aside. Closed segments found intact are then sealed.
    static func recoverSegments(_ configuration: LogConfiguration, logger: Logger, _ report: inout RecoveryReport) throws(LogError) -> [Segment] {
        let directory = configuration.directory
        let bases = try listDirectory(directory)
            .filter { $0.hasSuffix(".log") }
            .compactMap { UInt64($0.dropLast(4)) }
            .sorted()
        // A directory from before seals has none: as then, its two newest segments are read
        // whole (the only ones a commit that spans at most one roll can have left unsynced).
        let legacy = !bases.isEmpty && !LogFormat.isMarked(directory)
        let wholeFrom = legacy ? max(0, bases.count - 2) : try firstUnsealed(bases, in: directory)
        var segments: [Segment] = []
        for (i, base) in bases.enumerated() {
            // An empty segment before a gap is dropped, and the segment before it checked in turn,
            // so the segments left are always contiguous.
            while let previous = segments.last, previous.recordCount == 0, previous.nextOffset != base {
                previous.delete()
                segments.removeLast()
            }
            if let previous = segments.last, previous.nextOffset != base {
                throw LogError(.corrupt, path: directory + "/" + Segment.name(base, "log"),
                    "segment starts at offset \(base) but the previous one ends at \(previous.nextOffset): a closed segment is damaged. Move this and later segments aside to start from the valid prefix, or restore the data directory from a backup")
            }
            let whole = i >= wholeFrom
            let segment = try Segment(directory: directory, baseOffset: base,
                                      indexInterval: configuration.indexIntervalBytes,
                                      keepZeroTail: configuration.preallocate,
                                      verifyFromStart: whole, recovery: &report)
            segments.append(segment)
            if whole { report.readWhole.append(base) }
            if whole, i + 1 < bases.count, segment.nextOffset < bases[i + 1] {
                // Cut before its end (or torn: a power loss right after a roll). The later
                // segments hold only the rest of the commit that never finished, none of it
                // acknowledged: they go too, moved aside rather than deleted.
                let folder = try quarantine(bases[(i + 1)...], in: directory)
                report.cut(segment.file.path, at: segment.size,
                           reason: "damaged before offset \(bases[i + 1]); the later segments (none of them acknowledged) were moved to \(folder)")
                break
            }
        }
        if segments.isEmpty {
            segments.append(try Segment(directory: directory, baseOffset: 0,
                                        indexInterval: configuration.indexIntervalBytes, recovery: &report))
        }
        for segment in segments.dropLast() where segment.recordCount > 0 { try segment.close() }
        // Identity hashes are derived from the records and cheap to check (8 bytes a record):
        // those of every segment read whole and of the two newest.
        for (i, segment) in segments.enumerated() where i >= segments.count - 2 || report.readWhole.contains(segment.baseOffset) {
            if try segment.verifyIds() { report.rebuilt.append(segment.ids.path) }
        }
        sealClosed(segments, legacy: legacy, directory: directory, logger: logger, &report)
        return segments
    }

    /// The index of the first segment after the newest closed one whose seal holds (0 when
    /// none does). The active segment is always after it.
    private static func firstUnsealed(_ bases: [UInt64], in directory: String) throws(LogError) -> Int {
        var i = bases.count - 1
        while i > 0 {
            let base = bases[i - 1]
            if let seal = SegmentSeal.read(directory + "/" + Segment.name(base, "sealed")),
               let file = try? LogFile(path: directory + "/" + Segment.name(base, "log"), create: false),
               try seal.describes(file, baseOffset: base) {
                return i
            }
            i -= 1
        }
        return 0
    }

    /// Seals the closed segments read whole and found intact (in a directory from before seals,
    /// every closed segment), removes a seal the active segment may carry, and marks the
    /// directory's format. None of it is needed to open the log: a seal or marker that is not
    /// written (a full disk, a crash before the directory sync) only makes the next start read
    /// more segments whole, so failures are logged, not thrown.
    private static func sealClosed(_ segments: [Segment], legacy: Bool, directory: String, logger: Logger, _ report: inout RecoveryReport) {
        do {
            // In a directory from before seals, sealing every closed segment is safe: the two
            // newest were just read whole, and each older one was synced by the commit after its
            // roll (all its pages were on disk before the next roll, unless the crash came inside
            // a commit that spanned two rolls, which that rule could not tell and this start
            // cannot either). Each segment's files are synced again before its seal is written,
            // so a seal never says more than what recovery found.
            for segment in segments.dropLast() where segment.recordCount > 0 && (legacy || report.readWhole.contains(segment.baseOffset)) {
                // Recovery may have cut or rebuilt these files, and the commit that would have
                // synced them may never have run.
                for file in [segment.file, segment.index.file, segment.ids] { try file.sync() }
                try segment.pendingSeal().write()
                report.sealed.append(segment.baseOffset)
            }
        } catch {
            // Stop at the first failure: a seal vouches for every segment before it.
            logger.warning("cannot seal closed segments; the next start reads them whole", metadata: ["error": "\(error)"])
        }
        // A seal on the active segment (left from before the segments after it were moved
        // aside) describes an older state of it.
        var changed = !report.sealed.isEmpty
        if let active = segments.last, removeFile(active.sealPath) { changed = true }
        do {
            if !LogFormat.isMarked(directory) {
                try LogFormat.mark(directory)
                changed = true
            }
            if changed { try LogFile.syncDirectory(directory) }
        } catch {
            logger.warning("cannot record the seals in the log directory; the next start may read more segments whole",
                           metadata: ["directory": "\(directory)", "error": "\(error)"])
        }
    }

    /// Moves the files of the segments `bases` into `<directory>/quarantine-<first base>/`;
    /// returns that folder.
    private static func quarantine(_ bases: ArraySlice<UInt64>, in directory: String) throws(LogError) -> String {
        let folder = directory + "/quarantine-\(bases.first ?? 0)"
        try makeDirectories(folder)
        for base in bases {
            for suffix in Segment.suffixes {
                let name = Segment.name(base, suffix)
                try? renameFile(directory + "/" + name, folder + "/" + name)
            }
        }
        try LogFile.syncDirectory(directory)
        return folder
    }
}
