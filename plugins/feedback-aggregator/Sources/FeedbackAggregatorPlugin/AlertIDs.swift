import FeedbackMeasures
import RapportEvents

/// The ids (and dedup keys) of the plugin's alerts: derived from what they are about, so the
/// same situation always gets the same id.
enum AlertIDs {
    /// `feedback-detractor-<32 hex digits>`: a 128-bit hash of the feedback event's (`source`, `id`)
    /// (ids are unique per source only, and either may be long). The source is written with its length
    /// first, so no two (`source`, `id`) pairs hash the same bytes, whatever characters they hold; a
    /// 64-bit hash of "source\nid" let ("a", "b\nc") and ("a\nb", "c") share an alert, and the second
    /// feedback could not be recorded.
    static func detractor(_ feedback: EventReference) -> String {
        let key = "\(feedback.source.utf8.count):\(feedback.source)\(feedback.id)"
        return "feedback-detractor-" + fnv1a(key) + fnv1a(key, offset: 0x6c62_272e_07bb_0142)
    }

    /// `feedback-below-<scope>-<measure>-<episode>`: each fall below target is a new situation.
    static func belowTarget(scope: GoalScope, measure: MeasureKind, episode: Int64) -> String {
        "feedback-below-\(scope.id)-\(measure.rawValue)-\(episode)"
    }

    /// FNV-1a, 64 bits, as 16 hex digits: stable across runs and platforms (Swift's hashValue is not).
    /// A second `offset` basis gives a second, independent-enough half for a 128-bit id.
    static func fnv1a(_ text: String, offset: UInt64 = 0xcbf2_9ce4_8422_2325) -> String {
        var hash = offset
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
