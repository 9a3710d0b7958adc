import Foundation

/// Makes valid `rapport.feedback.received` events of an exact size with unique ids.
///
/// The JSON is built once as a template; each event is a copy with its sequence number
/// written into the fixed-width digits of its `id`, so making events costs the producer
/// almost nothing next to sending them.
struct EventFactory: Sendable {
    /// Digits in the sequence number part of the id.
    static let sequenceDigits = 12

    private let template: [UInt8]
    private let digitsAt: Int

    /// Events of `size` bytes whose ids are `bench-<stream>-<sequence>`; `stream` must be
    /// unique per producer so ids never repeat within a run.
    init(stream: String, size: Int, time: String) throws {
        let marker = String(repeating: "#", count: Self.sequenceDigits)
        func json(comment: String) -> String {
            "{\"specversion\":\"1.0\",\"id\":\"bench-\(stream)-\(marker)\",\"source\":\"/bench/\(stream)\","
                + "\"type\":\"rapport.feedback.received\",\"time\":\"\(time)\",\"location\":\"bench\","
                + "\"data\":{\"source\":\"survey\",\"scores\":{\"nps\":9},\"comment\":\"\(comment)\"}}"
        }
        let bare = json(comment: "")
        guard bare.utf8.count <= size else {
            throw BenchError("events of \(size) bytes are too small for the envelope (\(bare.utf8.count) bytes without a comment)")
        }
        let filler = "benchmark comment padding the event to its size "
        var comment = ""
        while comment.utf8.count < size - bare.utf8.count {
            comment += filler
        }
        comment = String(decoding: comment.utf8.prefix(size - bare.utf8.count), as: UTF8.self)
        let text = json(comment: comment)
        guard let range = text.range(of: marker) else {
            throw BenchError("event template lost its id marker")
        }
        template = Array(text.utf8)
        digitsAt = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    }

    /// The event with sequence number `sequence` (0 ..< 10^12).
    func event(_ sequence: Int) -> [UInt8] {
        var bytes = template
        var n = sequence
        var i = digitsAt + Self.sequenceDigits - 1
        while i >= digitsAt {
            bytes[i] = UInt8(48 + n % 10)
            n /= 10
            i -= 1
        }
        return bytes
    }

    /// The current time in RFC 3339 (UTC, milliseconds), for the events' `time`.
    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
