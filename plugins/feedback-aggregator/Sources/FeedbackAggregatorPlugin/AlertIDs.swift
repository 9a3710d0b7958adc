import FeedbackMeasures
import RapportEvents

/// The ids (and dedup keys) of the plugin's alerts: derived from what they are about, so the
/// same situation always gets the same id.
enum AlertIDs {
    /// `feedback-detractor-<16 hex digits>`: a hash of the feedback event's (`source`, `id`)
    /// (ids are unique per source only, and either may be long).
    static func detractor(_ feedback: EventReference) -> String {
        "feedback-detractor-" + fnv1a(feedback.source + "\n" + feedback.id)
    }

    /// `feedback-below-<scope>-<measure>-<episode>`: each fall below target is a new situation.
    static func belowTarget(scope: GoalScope, measure: MeasureKind, episode: Int64) -> String {
        "feedback-below-\(scope.id)-\(measure.rawValue)-\(episode)"
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and platforms (Swift's hashValue is not).
    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
