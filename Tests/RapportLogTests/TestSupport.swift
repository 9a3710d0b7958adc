import Foundation
import RapportLog

/// Runs `body` with a new, empty directory that is removed afterwards.
func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-log-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// A small-segment configuration so a few dozen records span several segments.
func smallConfiguration(
    _ directory: String, segmentBytes: Int64 = 2048, indexIntervalBytes: Int = 200,
    preallocate: Bool = false, retention: RetentionPolicy = RetentionPolicy(maxAgeMillis: nil)
) -> LogConfiguration {
    LogConfiguration(directory: directory, segmentBytes: segmentBytes, indexIntervalBytes: indexIntervalBytes,
                     preallocate: preallocate, retention: retention)
}

/// A record the tests append: deterministic, of varied sizes, with increasing times.
struct Sample: Equatable {
    var timestamp: Int64
    var idHash: UInt64
    var type: String
    var key: String
    var payload: [UInt8]

    static let baseTime: Int64 = 1_700_000_000_000

    init(timestamp: Int64, idHash: UInt64, type: String, key: String, payload: [UInt8]) {
        self.timestamp = timestamp
        self.idHash = idHash
        self.type = type
        self.key = key
        self.payload = payload
    }

    /// The `i`th sample: sizes from 0 to about 700 bytes, some empty keys, times 10 ms apart.
    init(_ i: Int) {
        let size = [0, 1, 7, 100, 513, 40, 250][i % 7] + i % 13
        timestamp = Sample.baseTime + Int64(i) * 10
        idHash = IdentityHash.of(source: "test", id: "event-\(i)")
        type = "rapport.test.kind\(i % 3)"
        key = i % 4 == 0 ? "" : "customer-\(i % 5)"
        payload = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ i) }
    }

    /// Bytes the record takes on disk: 8 bytes of frame, 28 of fixed body, then the strings and payload.
    var encodedSize: Int { 36 + type.utf8.count + key.utf8.count + payload.count }

    /// The record the log should return for this sample at `offset`.
    func record(at offset: UInt64) -> LogRecord {
        LogRecord(offset: offset, timestamp: timestamp, idHash: idHash, type: type, key: key, payload: payload)
    }

    /// The record as the documented on-disk format says it is laid out.
    func encoded(at offset: UInt64) -> [UInt8] {
        var body: [UInt8] = []
        body.appendLE(offset)
        body.appendLE(UInt64(bitPattern: timestamp))
        body.appendLE(idHash)
        body.appendLE(UInt16(type.utf8.count))
        body.appendLE(UInt16(key.utf8.count))
        body += Array(type.utf8) + Array(key.utf8) + payload
        var out: [UInt8] = []
        out.appendLE(UInt32(body.count))
        out.appendLE(CRC32C.checksum(body))
        return out + body
    }
}

extension Array where Element == UInt8 {
    mutating func appendLE<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Appends `sample` and returns its offset.
@discardableResult
func append(_ log: Log, _ sample: Sample) throws -> UInt64 {
    try log.append(timestamp: sample.timestamp, idHash: sample.idHash, type: sample.type, key: sample.key, payload: sample.payload)
}

/// Appends samples `range` and checks each gets the offset equal to its number.
func appendSamples(_ log: Log, _ range: Range<Int>) throws -> [Sample] {
    var samples: [Sample] = []
    for i in range {
        let sample = Sample(i)
        let offset = try append(log, sample)
        guard offset == UInt64(i) else { throw TestFailure("sample \(i) got offset \(offset)") }
        samples.append(sample)
    }
    return samples
}

/// Flushes and runs the sync job, as the broker's committer would.
func commit(_ log: Log) throws {
    try log.flush()?.run()
}

/// Opens a log with `configuration`, appends samples `range`, commits them and closes it.
@discardableResult
func writeCommitted(_ configuration: LogConfiguration, _ range: Range<Int>) throws -> [Sample] {
    let log = try Log(configuration: configuration)
    let samples = try appendSamples(log, range)
    try commit(log)
    return samples
}

/// Opens a log with `configuration`, appends samples `range` and writes them, but the crash
/// comes before their sync job runs: nothing of this commit is synced, and it seals nothing.
@discardableResult
func writeUnsynced(_ configuration: LogConfiguration, _ range: Range<Int>) throws -> [Sample] {
    let log = try Log(configuration: configuration)
    let samples = try appendSamples(log, range)
    _ = try log.flush()
    return samples
}

/// Reads everything from `offset` to the end in one call.
func readAll(_ log: Log, from offset: UInt64 = 0) throws -> [LogRecord] {
    var cursor = LogCursor(offset: offset)
    return try log.read(&cursor, limit: log.nextOffset, maxBytes: .max)
}

/// The expected records for `samples` numbered from 0, from `offset` on.
func expected(_ samples: [Sample], from offset: Int = 0) -> [LogRecord] {
    samples.enumerated().dropFirst(offset).map { $0.element.record(at: UInt64($0.offset)) }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

// MARK: Files

/// Paths of the segment files with this suffix (`log`, `index`, `ids`), oldest first.
func segmentFiles(_ directory: String, _ suffix: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory)
        .filter { $0.hasSuffix("." + suffix) }
        .sorted()
        .map { directory + "/" + $0 }
}

/// The file name of the segment starting at `base`.
func segmentName(_ base: UInt64, _ suffix: String) -> String {
    let digits = String(base)
    return String(repeating: "0", count: 20 - digits.count) + digits + "." + suffix
}

func fileSize(_ path: String) throws -> Int64 {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.size] as? NSNumber)?.int64Value ?? -1
}

func readFile(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func appendToFile(_ path: String, _ bytes: [UInt8]) throws {
    try writeFile(path, try readFile(path) + bytes)
}

func truncateFile(_ path: String, to size: Int64) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.truncate(atOffset: UInt64(size))
}

/// Overwrites `bytes` at `position` of the file (extending it if needed).
func writeInFile(_ path: String, _ bytes: [UInt8], at position: Int64) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: UInt64(position))
    try handle.write(contentsOf: Data(bytes))
}

/// The base offsets of the segments on disk, from their file names.
func segmentBases(_ directory: String) throws -> [UInt64] {
    try segmentFiles(directory, "log").map { UInt64($0.split(separator: "/").last!.dropLast(4))! }
}

/// Where each of `samples` starts in a segment that begins with the first of them.
func recordStarts(_ samples: [Sample]) -> [Int64] {
    var starts: [Int64] = []
    var at: Int64 = 0
    for sample in samples {
        starts.append(at)
        at += Int64(sample.encodedSize)
    }
    return starts
}

/// The file positions of the entries in an index file (16 bytes each; position at byte 4).
func indexPositions(_ path: String) throws -> [Int64] {
    let bytes = try readFile(path)
    return stride(from: 0, to: bytes.count - 15, by: 16).map { (at: Int) -> Int64 in
        bytes[(at + 4)..<(at + 8)].reversed().reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
