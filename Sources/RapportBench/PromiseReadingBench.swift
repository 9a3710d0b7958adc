#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import PromiseReading
import PromiseTracking
import RapportCalendar

/// The promise tracker's reading of agents' words, timed on one thread: each utterance read
/// for a commitment and its deadline words resolved in a location's calendar (what the plugin
/// does per `rapport.interaction.utterance`), beside a baseline over the same utterances in the
/// same run: a plain first-person-future regular expression ("I'll", "we will", "going to").
public struct PromiseReadingBench: Sendable {
    /// Reads per second, and the share of utterances found committing.
    public struct Rate: Sendable {
        public let perSecond: Double
        public let perCPUSecond: Double
        public let reads: Int
        public let committing: Double
    }

    /// The utterances read, over and over.
    public let utterances: [String]

    public init(utterances: [String]) {
        self.utterances = utterances
    }

    /// Utterances from a JSON-lines file with a `text` field per line (e.g. the labelled
    /// set's `tuning.jsonl`), or the built-in sample when `path` is `nil`.
    public static func utterances(from path: String?) throws -> [String] {
        guard let path else { return sample }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw BenchError("cannot read \(path)") }
        let lines = text.split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object["text"] as? String
        }
        guard !lines.isEmpty else { throw BenchError("\(path) holds no JSON lines with a \"text\" field") }
        return lines
    }

    /// The tracker's reading: commitment detection and due resolution, for `seconds`.
    public func tracker(seconds: Double) throws -> Rate {
        let location = PromiseDueReader.Location(calendar: try Self.london(), dateOrder: .dmy)
        let saidAt = Date(timeIntervalSince1970: 1_795_600_000)   // Tue 24 Nov 2026, 08:26 UTC
        let detector = CommitmentDetector()
        let reader = DueTimeReader()
        return timed(seconds: seconds) { text in
            CommitmentHeard.read(text, saidAt: saidAt, location: location, detector: detector, reader: reader) != nil
        }
    }

    /// The baseline: a first-person-future regular expression (NSRegularExpression).
    public func baseline(seconds: Double) throws -> Rate {
        let pattern = try NSRegularExpression(
            pattern: #"\b(i|we)\s*('ll|’ll| will| shall|'m going to| am going to|'re going to| are going to)\b"#, options: [.caseInsensitive])
        return timed(seconds: seconds) { text in
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
    }

    private func timed(seconds: Double, _ read: (String) -> Bool) -> Rate {
        // A warm-up pass, then whole passes until the time is up.
        for text in utterances { _ = read(text) }
        var committing = 0
        let startWall = BenchClock.nanos()
        let startCPU = ThreadCPUTime.seconds()
        var reads = 0
        repeat {
            for text in utterances where read(text) { committing += 1 }
            reads += utterances.count
        } while Double(BenchClock.nanos() - startWall) / 1e9 < seconds
        let wall = Double(BenchClock.nanos() - startWall) / 1e9
        let cpu = ThreadCPUTime.seconds() - startCPU
        return Rate(perSecond: Double(reads) / wall, perCPUSecond: Double(reads) / max(cpu, 1e-9), reads: reads,
                    committing: Double(committing) / Double(reads))
    }

    /// Europe/London: Mon–Fri 09:00–17:30, Thu to 19:00, Sat 10:00–16:00.
    static func london() throws -> LocationCalendar {
        var weekly: [Weekday: [OpeningSpan]] = [:]
        for day in [Weekday.monday, .tuesday, .wednesday, .friday] { weekly[day] = [OpeningSpan(parsing: "09:00-17:30")!] }
        weekly[.thursday] = [OpeningSpan(parsing: "09:00-19:00")!]
        weekly[.saturday] = [OpeningSpan(parsing: "10:00-16:00")!]
        return try LocationCalendar(timeZone: "Europe/London", weekly: weekly, holidays: [LocalDate(parsing: "2026-12-25")!])
    }

    /// A built-in sample of front-desk agent turns: commitments with and without deadline
    /// words, and the kinds of sentence that are not commitments.
    static let sample = [
        "I'll call you back by Friday with the repair quote.",
        "We will have the part ordered within two working days.",
        "our engineer will be there tomorrow between nine and twelve",
        "Let me check that for you.",
        "Would you like me to send you a copy of the receipt?",
        "If the part arrives today I'll ring you straight away.",
        "Refunds are normally processed within 5 working days.",
        "i will email you the warranty terms before we close",
        "You said you'd bring the form in on Monday, is that right?",
        "I'll try, but I can't guarantee it will be ready by Thursday.",
        "The manager said she would look into it.",
        "We're going to replace the screen free of charge and you'll have it back in 3 days.",
        "Thanks for waiting, the queue is long today.",
        "Expect a call from us first thing tomorrow.",
        "I can't refund it today, but I will escalate it to the area manager by end of day.",
        "we called you last week about the invoice",
        "You have my word, it will be sorted by next week.",
        "Your order is at the collection point now.",
        "I'll get you a loaner while yours is in the workshop.",
        "is there anything else I can help you with today",
    ]
}
