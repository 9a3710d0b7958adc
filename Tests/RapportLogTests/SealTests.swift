import Foundation
import RapportLog
import Testing

/// A closed segment is sealed once the commit after its roll has synced it. Recovery reads
/// every segment after the newest sealed one whole, so a commit that spans several rolls and
/// crashed before its sync completed cannot leave a hole inside the log.
@Suite("Sealed segments")
struct SealTests {
    /// One commit can carry far more than a segment (a PUBLISH of 1000 events of 256 KiB, dead
    /// letters appended during housekeeping), so it can close several segments before its
    /// sync. A crash then can keep a later page of it and lose an earlier one, in a segment
    /// older than the two newest.
    @Test("a commit across three segments that lost an early page is cut at the hole", arguments: [false, true])
    func commitAcrossSegments(preallocate: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, segmentBytes: 16 << 10, preallocate: preallocate)
            // Committed (and sealed) over a few segments.
            var samples = try writeCommitted(configuration, 0..<200)
            // One commit across at least three more segments: written, but the crash came before
            // its sync completed.
            let first = 200
            samples += try writeUnsynced(configuration, first..<560)
            let bases = try segmentBases(dir)
            let k = try #require(bases.lastIndex { $0 <= UInt64(first) })
            try #require(bases.count - k >= 4, "the commit closed three segments")
            try #require(k >= 2, "segments before the commit")
            let (base, next) = (Int(bases[k]), Int(bases[k + 1]))
            // Lose the first whole page the commit wrote in the oldest of its segments; the pages
            // after it, and the index entries pointing into them, survive.
            let starts = recordStarts(Array(samples[base..<next]))
            let damage = (starts[first - base] + 4095) / 4096 * 4096
            let lastEntry = try #require(try indexPositions(dir + "/" + segmentName(bases[k], "index")).last)
            try #require(damage + 4096 <= lastEntry, "an index entry points past the hole")
            let path = dir + "/" + segmentName(bases[k], "log")
            try writeInFile(path, [UInt8](repeating: 0, count: 4096), at: damage)
            let cut = base + starts.indices.first { starts[$0] + Int64(samples[base + $0].encodedSize) > damage }!
            #expect(cut >= first)

            let log = try Log(configuration: configuration)
            #expect(log.recovery.cuts.contains { $0.path == path && $0.position == starts[cut - base] })
            #expect(log.nextOffset == UInt64(cut))
            let kept = Array(samples.prefix(cut))
            #expect(try readAll(log) == expected(kept))
            for offset in [0, base - 1, base, first - 1, cut - 1] {
                #expect(try readAll(log, from: UInt64(offset)) == expected(kept, from: offset), "from \(offset)")
            }
            // Nothing after the hole survives: the later segments were moved aside, whole.
            #expect(try segmentBases(dir) == Array(bases.prefix(k + 1)))
            for later in bases[(k + 1)...] {
                #expect(FileManager.default.fileExists(atPath: dir + "/quarantine-\(next)/" + segmentName(later, "log")))
            }

            // Offsets go on from the cut, one after another, now and after reopening.
            let more = try appendSamples(log, cut..<(cut + 5))
            try commit(log)
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(reopened.nextOffset == UInt64(cut + 5))
            #expect(try readAll(reopened) == expected(kept + more))
        }
    }

    @Test("a commit seals the segments it closed; sealed segments are not read again at the next start")
    func sealedSegmentsAreNotReadWhole() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            var samples = try writeCommitted(configuration, 0..<40)
            let bases = try segmentBases(dir)
            try #require(bases.count > 3)
            // Each closed segment's seal describes it: its size, its last record and where that starts.
            for (k, base) in bases.dropLast().enumerated() {
                let records = Array(samples[Int(base)..<Int(bases[k + 1])])
                let seal = try #require(SealFields(try readFile(dir + "/" + segmentName(base, "sealed"))), "segment \(base)")
                #expect(seal.length == UInt64(try fileSize(dir + "/" + segmentName(base, "log"))))
                #expect(seal.length == UInt64(records.map(\.encodedSize).reduce(0, +)))
                #expect(seal.lastOffset == bases[k + 1] - 1)
                #expect(seal.lastPosition == UInt32(recordStarts(records).last!))
            }
            #expect(!FileManager.default.fileExists(atPath: dir + "/" + segmentName(bases.last!, "sealed")))
            // A damaged record inside a sealed segment (a disk fault, not a crash: the segment
            // was synced) is not seen by opening, which reads only the newest records of it.
            let file = dir + "/" + segmentName(bases[1], "log")
            let lastEntry = try #require(try indexPositions(dir + "/" + segmentName(bases[1], "index")).last)
            try #require(lastEntry > Int64(samples[Int(bases[1])].encodedSize))
            try writeInFile(file, [0xFF], at: 20)

            let log = try Log(configuration: configuration)
            #expect(log.recovery.readWhole == [bases.last!])
            #expect(log.recovery.sealed.isEmpty)
            #expect(log.recovery.cuts.isEmpty)
            #expect(log.nextOffset == 40)
            #expect(throws: LogError.self) { try log.record(at: bases[1]) }

            // A commit that closed two more segments and never finished: the segments from the
            // newest sealed one on are read whole, then sealed.
            samples += try writeUnsynced(configuration, 40..<75)
            let after = try segmentBases(dir)
            try #require(after.count >= bases.count + 2)
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.readWhole == Array(after[(bases.count - 1)...]))
            #expect(reopened.recovery.sealed == Array(after[(bases.count - 1)..<(after.count - 1)]))
            #expect(reopened.recovery.cuts.isEmpty)
            #expect(try readAll(reopened, from: bases[2]) == expected(samples, from: Int(bases[2])))
            #expect(try Log(configuration: configuration).recovery.readWhole == [after.last!])
        }
    }

    /// What can be wrong with a seal file.
    enum SealDamage: String, CaseIterable, CustomTestStringConvertible, Sendable {
        case missing, empty, torn, flippedByte, trailingByte
        /// Well-formed, with a valid checksum, but not describing the segment as it is.
        case wrongLength, wrongLastOffset, wrongLastPosition

        var testDescription: String { rawValue }

        func apply(_ path: String) throws {
            let bytes = try readFile(path)
            var fields = try #require(SealFields(bytes))
            switch self {
            case .missing: try FileManager.default.removeItem(atPath: path)
            case .empty: try writeFile(path, [])
            case .torn: try writeFile(path, Array(bytes.prefix(20)))
            case .flippedByte: try writeInFile(path, [bytes[9] ^ 0x01], at: 9)
            case .trailingByte: try writeFile(path, bytes + [0])
            case .wrongLength: fields.length -= 1
            case .wrongLastOffset: fields.lastOffset -= 1
            case .wrongLastPosition: fields.lastPosition = 0
            }
            if [.wrongLength, .wrongLastOffset, .wrongLastPosition].contains(self) { try writeFile(path, fields.encoded) }
        }
    }

    @Test("a damaged seal is no seal: the segment is read whole, cut at a hole, and sealed again when intact",
          arguments: SealDamage.allCases, [false, true])
    func damagedSeal(damage: SealDamage, hole: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir, indexIntervalBytes: 100)
            let samples = try writeCommitted(configuration, 0..<40)
            let bases = try segmentBases(dir)
            try #require(bases.count > 3)
            let (closed, newest) = (bases[bases.count - 2], bases[bases.count - 1])
            try damage.apply(dir + "/" + segmentName(closed, "sealed"))
            // A hole before the segment's last index entry: only reading it whole finds it.
            let path = dir + "/" + segmentName(closed, "log")
            let at = Int64(samples[Int(closed)].encodedSize)
            let lastEntry = try #require(try indexPositions(dir + "/" + segmentName(closed, "index")).last)
            try #require(at + Int64(samples[Int(closed) + 1].encodedSize) <= lastEntry)
            if hole { try writeInFile(path, [UInt8](repeating: 0, count: samples[Int(closed) + 1].encodedSize), at: at) }

            let log = try Log(configuration: configuration)
            // (After a cut, the later segments are moved aside unread.)
            #expect(log.recovery.readWhole == (hole ? [closed] : [closed, newest]))
            if hole {
                #expect(log.recovery.cuts.contains { $0.path == path && $0.position == at })
                #expect(FileManager.default.fileExists(atPath: dir + "/quarantine-\(newest)/" + segmentName(newest, "log")))
                #expect(log.nextOffset == closed + 1)
                #expect(log.recovery.sealed.isEmpty)
                #expect(!FileManager.default.fileExists(atPath: dir + "/" + segmentName(closed, "sealed")), "the active segment carries no seal")
                #expect(try readAll(log) == expected(Array(samples.prefix(Int(closed) + 1))))
            } else {
                #expect(log.recovery.cuts.isEmpty)
                #expect(log.recovery.sealed == [closed])
                #expect(log.nextOffset == 40)
                #expect(try readAll(log) == expected(samples))
                #expect(try Log(configuration: configuration).recovery.readWhole == [newest])
            }
        }
    }

    @Test("a data directory from before seals opens as it did, then is sealed", arguments: [false, true])
    func directoryFromBeforeSeals(hole: Bool) throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let samples = try writeCommitted(configuration, 0..<40)
            // As the log wrote it before seals: no seal files, no format marker.
            for path in try segmentFiles(dir, "sealed") { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.removeItem(atPath: dir + "/format")
            let bases = try segmentBases(dir)
            try #require(bases.count > 3)
            let (closed, newest) = (bases[bases.count - 2], bases[bases.count - 1])
            if hole {
                // The segment before the newest is read whole, as before: a hole in it is found.
                let at = Int64(samples[Int(closed)].encodedSize)
                try writeInFile(dir + "/" + segmentName(closed, "log"), [UInt8](repeating: 0, count: 30), at: at)
            }
            let files = try ["log", "index", "ids"].flatMap { try segmentFiles(dir, $0) }
            let before = try files.map { try readFile($0) }

            let log = try Log(configuration: configuration)
            // (After a cut, the later segments are moved aside unread.)
            #expect(log.recovery.readWhole == (hole ? [closed] : [closed, newest]))
            #expect(FileManager.default.fileExists(atPath: dir + "/format"))
            if hole {
                #expect(log.nextOffset == closed + 1)
                #expect(FileManager.default.fileExists(atPath: dir + "/quarantine-\(newest)/" + segmentName(newest, "log")))
                #expect(log.recovery.sealed == Array(bases.dropLast(2)))
                #expect(try readAll(log) == expected(Array(samples.prefix(Int(closed) + 1))))
            } else {
                #expect(log.recovery.cuts.isEmpty)
                #expect(log.recovery.sealed == Array(bases.dropLast()))
                #expect(try readAll(log) == expected(samples))
                #expect(try files.map { try readFile($0) } == before, "sealing rewrites no segment file")
            }
            // Every closed segment is sealed now: the next start reads only the active one.
            let sealed = hole ? Array(bases.dropLast(2)) : Array(bases.dropLast())
            for base in sealed {
                #expect(SealFields(try readFile(dir + "/" + segmentName(base, "sealed"))) != nil, "segment \(base)")
            }
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.readWhole == [hole ? closed : newest])
            #expect(reopened.recovery.sealed.isEmpty)
            #expect(reopened.nextOffset == log.nextOffset)
        }
    }

    /// A seal is written only once its segment is synced, so a missing one is always safe:
    /// the segment is read whole at the next start. A full disk must not stop commits for it.
    @Test("a seal that cannot be written fails neither the commit nor the start",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func unwritableSeal() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let samples: [Sample]
            do {
                let log = try Log(configuration: configuration)
                // The first segment's seal goes to /dev/full: writing it fails with ENOSPC.
                try FileManager.default.createSymbolicLink(atPath: dir + "/" + segmentName(0, "sealed"), withDestinationPath: "/dev/full")
                samples = try appendSamples(log, 0..<40)
                try commit(log)
            }
            let bases = try segmentBases(dir)
            try #require(bases.count > 3)
            // The later seals vouch for the first segment.
            #expect(try Log(configuration: configuration).recovery.readWhole == [bases.last!])

            let (closed, newest) = (bases[bases.count - 2], bases[bases.count - 1])
            let seal = dir + "/" + segmentName(closed, "sealed")
            try FileManager.default.removeItem(atPath: seal)
            try FileManager.default.createSymbolicLink(atPath: seal, withDestinationPath: "/dev/full")
            let log = try Log(configuration: configuration)
            #expect(log.recovery.readWhole == [closed, newest])
            #expect(log.recovery.sealed.isEmpty)
            #expect(log.recovery.cuts.isEmpty)
            #expect(try readAll(log) == expected(samples))
        }
    }

    /// The segments a commit closed were written at their roll, before its own records. If
    /// writing those fails and the log rolls back, the closed segments stay and must still be
    /// synced, then sealed.
    @Test("after a rollback the next job syncs and seals the segments the failed one closed")
    func rollbackKeepsClosedSegments() throws {
        try withTemporaryDirectory { dir in
            let configuration = smallConfiguration(dir)
            let log = try Log(configuration: configuration)
            let samples = try appendSamples(log, 0..<30)
            let failed = try #require(log.prepareCommit())
            let bases = try segmentBases(dir)
            try #require(bases.count > 2)
            #expect(try log.rollback(failed))
            #expect(log.nextOffset == bases.last!)

            let next = try #require(log.prepareCommit(), "the closed segments still need their sync")
            for base in bases.dropLast() {
                #expect(next.files.contains { $0.path == dir + "/" + segmentName(base, "log") }, "segment \(base)")
            }
            try next.run()
            for base in bases.dropLast() {
                #expect(SealFields(try readFile(dir + "/" + segmentName(base, "sealed"))) != nil, "segment \(base)")
            }
            let reopened = try Log(configuration: configuration)
            #expect(reopened.recovery.readWhole == [bases.last!])
            #expect(try readAll(reopened) == expected(Array(samples.prefix(Int(bases.last!)))))
        }
    }
}

/// A seal file's fields, decoded as docs/ARCHITECTURE.md lays them out: the magic `RPSEAL01`,
/// `u64 length`, `u64 lastOffset`, `u32 lastPosition`, `u32 crc32c` of the 28 bytes before it.
struct SealFields: Equatable {
    var length: UInt64
    var lastOffset: UInt64
    var lastPosition: UInt32

    /// `nil` unless `bytes` is one whole seal with a valid checksum.
    init?(_ bytes: [UInt8]) {
        guard bytes.count == 32, Array(bytes[0..<8]) == Array("RPSEAL01".utf8),
              CRC32C.checksum(Array(bytes[0..<28])) == UInt32(Self.little(bytes[28..<32])) else { return nil }
        length = Self.little(bytes[8..<16])
        lastOffset = Self.little(bytes[16..<24])
        lastPosition = UInt32(Self.little(bytes[24..<28]))
    }

    var encoded: [UInt8] {
        var bytes = Array("RPSEAL01".utf8)
        bytes.appendLE(length)
        bytes.appendLE(lastOffset)
        bytes.appendLE(lastPosition)
        bytes.appendLE(CRC32C.checksum(bytes))
        return bytes
    }

    private static func little(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
