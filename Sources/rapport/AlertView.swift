import Foundation
import RapportEvents
import RapportWire

/// Writes the lines of `rapport alerts`: text for a person (colour only on a terminal) or one
/// JSON object a line.
///
/// Text: local time, severity (or `ACKED` / `RESOLVED` for a state change), kind, location,
/// summary, `[alert id]`, then the state when it is not `open`:
///
///     2026-11-23 10:15:03  CRITICAL  promise.overdue  store-12  Promise to Zoë is overdue.  [a-17]
///     2026-11-23 10:20:41  ACKED     promise.overdue  store-12  Promise to Zoë is overdue.  [a-17]  acknowledged by alice
struct AlertView {
    /// One JSON object a line instead of text.
    let json: Bool
    /// ANSI colours on the severity column (text only).
    let colour: Bool
    private let formatter: DateFormatter

    init(json: Bool, colour: Bool, timeZone: TimeZone = .current) {
        self.json = json
        self.colour = colour && !json
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
    }

    /// Whether colour suits standard output: it is a terminal and `NO_COLOR` is unset or empty
    /// (https://no-color.org).
    static var colourWanted: Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isatty(1) == 1 && !noColour
    }

    /// The line for a change.
    func line(_ change: AlertChange) -> String {
        switch change {
        case .raised(let alert):
            json ? jsonLine(alert, event: "raised", offset: alert.offset, at: alert.time)
                 : textLine(alert, label: alert.raised.severity.rawValue.uppercased(), at: alert.time)
        case .stateChanged(let alert, let offset, let time):
            json ? jsonLine(alert, event: alert.state.name, offset: offset, at: time)
                 : textLine(alert, label: Self.label(alert.state), at: time)
        }
    }

    private static func label(_ state: AlertState) -> String {
        switch state {
        case .open: "OPEN"
        case .acknowledged: "ACKED"
        case .resolved: "RESOLVED"
        }
    }

    private func textLine(_ alert: ShownAlert, label: String, at time: Instant) -> String {
        let date = Date(timeIntervalSince1970: Double(time.millisecondsSinceEpoch) / 1_000)
        var parts = [
            formatter.string(from: date),
            paint(label.padding(toLength: 8, withPad: " ", startingAt: 0), label),
            alert.raised.kind.rawValue,
            alert.location ?? "-",
            alert.raised.summary,
            "[\(alert.id)]",
        ]
        if alert.state != .open { parts.append(alert.state.text) }
        return parts.joined(separator: "  ")
    }

    /// `text` in the colour of `label`'s severity or state, when colour is on.
    private func paint(_ text: String, _ label: String) -> String {
        guard colour else { return text }
        let code = switch label {
        case "CRITICAL": "1;31"
        case "WARNING": "33"
        case "INFO": "36"
        case "RESOLVED": "32"
        default: "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// `{"time":…,"event":"raised","alert":…,"severity":…,"kind":…,"location"?:…,"agent"?:…,
    /// "summary":…,"dedup":…,"refs":{…},"source":…,"raised_at":…,"offset":N,"state":…,"by"?:…,"reason"?:…}`.
    private func jsonLine(_ alert: ShownAlert, event: String, offset: UInt64, at time: Instant) -> String {
        var object = JSONObjectWriter(capacity: 256)
        object.add("time", time.rfc3339)
        object.add("event", event)
        object.add("alert", alert.id)
        object.add("severity", alert.raised.severity.rawValue)
        object.add("kind", alert.raised.kind.rawValue)
        if let location = alert.location { object.add("location", location) }
        if let agent = alert.agent { object.add("agent", agent) }
        object.add("summary", alert.raised.summary)
        object.add("dedup", alert.raised.dedupKey)
        object.add("refs", rawJSON: (alert.raised.json["refs"] ?? .object([])).serialized())
        object.add("source", alert.source)
        object.add("raised_at", alert.time.rfc3339)
        object.add("offset", offset)
        object.add("state", alert.state.name)
        switch alert.state {
        case .open: break
        case .acknowledged(let by): object.add("by", by)
        case .resolved(let reason, let by):
            if let by { object.add("by", by) }
            object.add("reason", reason)
        }
        return String(decoding: object.finished(), as: UTF8.self)
    }
}
