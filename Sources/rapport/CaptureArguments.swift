import ArgumentParser
import RapportCapture
import RapportEvents

extension Channel: ExpressibleByArgument {}
extension Speaker: ExpressibleByArgument {}
extension FeedbackSource: ExpressibleByArgument {}
extension ComplaintSeverity: ExpressibleByArgument {}

/// Helpers the `rapport capture <event>` subcommands share.
enum CaptureArguments {
    /// Runs a typed data initialiser, turning the bus's refusal into a capture error.
    static func data<T>(_ make: () throws(EventValidationError) -> T) throws(CaptureError) -> T {
        do { return try make() } catch { throw .invalidEvent(error) }
    }

    /// The due time from `--due` (RFC 3339) and/or `--due-text`; one is needed.
    static func due(instant: String?, words: String?) throws(CaptureError) -> Due {
        let parsed: Instant?
        if let instant {
            guard let value = Instant(rfc3339: instant) else {
                throw .invalidEvent(EventValidationError(code: .invalidData, message: "--due must be RFC 3339 with an offset (e.g. 2026-11-27T17:00:00+01:00), got \(instant)"))
            }
            parsed = value
        } else {
            parsed = nil
        }
        switch (parsed, words) {
        case let (instant?, words?): return .both(instant, words: words)
        case let (instant?, nil): return .instant(instant)
        case let (nil, words?): return .words(words)
        case (nil, nil):
            throw .invalidEvent(EventValidationError(code: .invalidData, message: "a promise needs --due (RFC 3339) or --due-text (the words used, e.g. \"by Friday\")"))
        }
    }

    /// The instant of an optional RFC 3339 option.
    static func instant(_ text: String?, option: String) throws(CaptureError) -> Instant? {
        guard let text else { return nil }
        guard let value = Instant(rfc3339: text) else {
            throw .invalidEvent(EventValidationError(code: .invalidData, message: "\(option) must be RFC 3339 with an offset, got \(text)"))
        }
        return value
    }
}
