import Foundation

/// Which of the commitments heard in one interaction were logged: each `promise.made` of that
/// interaction covers one commitment, so an agent who promised two things and logged one is
/// caught on the other (one logged promise used to cover every commitment in its interaction).
///
/// A logged promise goes first to the commitment it most resembles: the same due (within 12
/// hours: the words an agent says and the due a desk tool logs are read to different hours of
/// the same day), then shared words of what is promised; promises that resemble none still
/// cover the earliest commitments left, as an agent may log a promise in words of their own.
/// Plain logic, no I/O.
public enum CommitmentMatching {
    /// A commitment heard: the agent's words and the due they give.
    public struct Heard: Sendable, Equatable {
        public let text: String
        public let due: Date?
        public init(text: String, due: Date?) {
            self.text = text
            self.due = due
        }
    }

    /// A promise logged in the interaction (`promise.made`): what is promised and its due.
    public struct Logged: Sendable, Equatable {
        public let id: String
        public let what: String
        public let due: Date?
        public init(id: String, what: String, due: Date?) {
            self.id = id
            self.what = what
            self.due = due
        }
    }

    /// For each commitment, in order, the id of the logged promise that covers it, or `nil`.
    public static func match(_ heard: [Heard], _ logged: [Logged]) -> [String?] {
        var pairs: [(score: Int, heard: Int, logged: Int)] = []
        for (h, commitment) in heard.enumerated() {
            let words = contentWords(commitment.text)
            for (l, promise) in logged.enumerated() {
                let score = dueScore(commitment.due, promise.due) + min(2, words.intersection(contentWords(promise.what)).count)
                if score > 0 { pairs.append((score, h, l)) }
            }
        }
        pairs.sort { ($0.score, -$0.heard, -$0.logged) > ($1.score, -$1.heard, -$1.logged) }
        var covered = [String?](repeating: nil, count: heard.count)
        var used = Set<Int>()
        for pair in pairs where covered[pair.heard] == nil && !used.contains(pair.logged) {
            covered[pair.heard] = logged[pair.logged].id
            used.insert(pair.logged)
        }
        var rest = logged.indices.filter { !used.contains($0) }.makeIterator()
        for h in heard.indices where covered[h] == nil {
            guard let l = rest.next() else { break }
            covered[h] = logged[l].id
        }
        return covered
    }

    private static func dueScore(_ a: Date?, _ b: Date?) -> Int {
        guard let a, let b else { return 0 }
        return abs(a.timeIntervalSince(b)) <= 12 * 3_600 ? 3 : 0
    }

    /// Lower-case words of four letters or more, stemmed (``stem(_:)``), without the words every
    /// promise shares.
    public static func contentWords(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map(stem)).subtracting(common)
    }

    /// A word without a plural or verb ending, cut to five letters, so "call", "calls", "called"
    /// and "calling" meet, and "refund" and "refunded".
    static func stem(_ word: Substring) -> String {
        var text = String(word)
        for suffix in ["ing", "ed", "es", "s"] where text.count >= suffix.count + 3 && text.hasSuffix(suffix) {
            text.removeLast(suffix.count)
            break
        }
        return String(text.prefix(5))
    }

    /// Words of time and commitment every promise may share, stemmed as the words compared are.
    private static let common: Set<String> = Set([
        "will", "shall", "going", "promise", "make", "sure", "today", "tomorrow", "after", "before", "within", "until",
        "there", "their", "your", "yours", "with", "that", "this", "then", "them", "have", "just", "back", "soon",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
        "week", "weeks", "month", "hour", "hours", "minutes", "days", "next", "first", "thing", "about", "from", "into",
        "over", "know", "when", "what", "some", "someone", "latest",
    ].map { stem($0[...]) })
}
