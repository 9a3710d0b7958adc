import ArgumentParser
import RapportConfig
import RapportEvents

/// Options of every `rapport capture <event>` subcommand: when it happened and how long to
/// try sending before saying "queued".
struct CaptureSendOptions: ParsableArguments {
    @Option(name: .long, help: "When it happened, RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00). Default: now.")
    var time: String?

    @Option(name: .long, help: "How long to try sending before reporting the event queued, e.g. 2s or 500ms (capture.send.timeout; default 2s). 0s only spools it.")
    var sendTimeout: String?

    /// The `--time` instant, if given.
    func instant() throws -> Instant? {
        guard let time else { return nil }
        guard let instant = Instant(rfc3339: time) else {
            throw ValidationError("--time must be RFC 3339 with an offset, e.g. 2026-11-23T10:15:00+01:00; got \(time)")
        }
        return instant
    }

    /// The send timeout in milliseconds: the option, else the file's.
    func sendMillis(default fileMillis: Int64) throws -> Int {
        guard let sendTimeout else { return Int(fileMillis) }
        guard let millis = DurationText.milliseconds(sendTimeout) else {
            throw ValidationError("--send-timeout must be a duration such as 2s or 500ms; got \(sendTimeout)")
        }
        return Int(millis)
    }
}
