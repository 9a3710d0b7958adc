import Foundation
import RapportLog
@testable import RapportBus

/// Runs `body` with a new, empty directory (a UUID under the system temp directory) that is
/// removed afterwards.
func withTemporaryDirectory<R>(_ body: (String) throws -> R) throws -> R {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-bus-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url.path)
}

/// What the fixture log holds at each offset.
enum Fixture {
    static let baseTime: Int64 = 1_700_000_000_000
    static let made = "rapport.promise.made"
    static let received = "rapport.feedback.received"

    /// Every third record (0, 3, 6, …) is feedback, the others promises.
    static func type(_ i: Int) -> String { i % 3 == 0 ? received : made }
    /// Keys cycle k0, k1, k2, k3.
    static func key(_ i: Int) -> String { "k\(i % 4)" }
    /// Records are appended 10 ms apart.
    static func time(_ i: Int) -> Int64 { baseTime + Int64(i) * 10 }
    static func idHash(_ i: Int) -> UInt64 { IdentityHash.of(source: "tests", id: "event-\(i)") }

    /// The offsets below `count` whose type is `type`.
    static func offsets(of type: String, below count: Int) -> [UInt64] {
        (0..<count).filter { Self.type($0) == type }.map(UInt64.init)
    }
}

/// Opens a log in `<directory>/log` and appends fixture records `range`, made durable.
func makeLog(_ directory: String, records range: Range<Int> = 0..<20) throws -> Log {
    let log = try Log(configuration: LogConfiguration(
        directory: directory + "/log", preallocate: false, retention: RetentionPolicy(maxAgeMillis: nil)))
    try appendFixture(log, range)
    return log
}

/// Appends fixture records `range` (record `i` must land at offset `i`) and commits them.
func appendFixture(_ log: Log, _ range: Range<Int>) throws {
    for i in range {
        let offset = try log.append(timestamp: Fixture.time(i), idHash: Fixture.idHash(i), type: Fixture.type(i),
                                    key: Fixture.key(i), payload: Array("{\"n\":\(i)}".utf8))
        guard offset == UInt64(i) else { throw TestFailure("fixture record \(i) got offset \(offset)") }
    }
    try log.flush()?.run()
}

/// A group named `name` whose state lives in `<directory>/groups/<name>`.
func makeGroup(_ directory: String, name: String = "billing", log: Log, maxDeliveries: Int = 3) throws -> ConsumerGroup {
    let store = try GroupStore(directory: directory + "/groups/" + name)
    return ConsumerGroup(name: name, store: store, defaultStart: log.startOffset, maxDeliveries: maxDeliveries)
}

/// A member with routing id `id`, `credit` and an ack timeout of `ackTimeout` ms.
func makeMember(_ id: String, credit: Int = 0, ackTimeout: Int64 = 1_000) -> GroupMember {
    let member = GroupMember(identity: Array(id.utf8), name: id, ackTimeoutMillis: ackTimeout, heartbeatMillis: 1_000, now: 0)
    member.credit = credit
    return member
}

/// The types filter for promises only.
let promisesOnly = TypeFilter(patterns: [Fixture.made])

extension ConsumerGroup {
    /// Refills from everything in the log and dispatches; returns the offsets each member
    /// (by routing id as a string) was given, in the order given.
    func deliver(from log: Log, now: Int64 = 0) throws -> [String: [UInt64]] {
        try refill(from: log, durableEnd: log.nextOffset)
        var out: [String: [UInt64]] = [:]
        for (member, events) in dispatch(now: now) {
            out[String(decoding: member.identity, as: UTF8.self), default: []] += events.map(\.offset)
        }
        return out
    }

    /// Like ``deliver(from:now:)`` but keeps the events themselves.
    func deliverEvents(from log: Log, now: Int64 = 0) throws -> [String: [PendingEvent]] {
        try refill(from: log, durableEnd: log.nextOffset)
        var out: [String: [PendingEvent]] = [:]
        for (member, events) in dispatch(now: now) {
            out[String(decoding: member.identity, as: UTF8.self), default: []] += events
        }
        return out
    }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Reads a whole file.
func readFile(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
}

/// Appends `bytes` to the end of a file.
func appendToFile(_ path: String, _ bytes: [UInt8]) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(bytes))
}

/// Overwrites `bytes` at `position` of a file.
func writeInFile(_ path: String, _ bytes: [UInt8], at position: UInt64) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    defer { try? handle.close() }
    try handle.seek(toOffset: position)
    try handle.write(contentsOf: Data(bytes))
}

/// The names of the files in `directory`, sorted.
func fileNames(_ directory: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
}
