import ArgumentParser
import Foundation
import RapportCapture

/// `rapport capture status`: what the spool holds and how sending has gone.
struct CaptureStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the spool: pending events, the age of the oldest, the last ack, the last error, dead letters."
    )

    @OptionGroup var capture: CaptureOptions

    func run() throws {
        let settings = try capture.settings()
        let status: SpoolStatus
        do { status = try settings.openSpool().status() } catch { throw CommandFailure("\(error)") }
        let now = CaptureSpool.nowMillis()
        let oldestAge = status.oldestEnqueuedAt.map { max(0, now - $0) }
        if capture.json {
            CaptureJSON.print([
                "spool": settings.spoolPath, "pending": status.pendingEvents, "pending_bytes": status.pendingBytes,
                "oldest_age_ms": CaptureJSON.orNull(oldestAge),
                "last_ack": CaptureJSON.orNull(status.lastAckAt.map(Self.timestamp)),
                "last_error": CaptureJSON.orNull(status.lastError),
                "last_error_at": CaptureJSON.orNull(status.lastErrorAt.map(Self.timestamp)),
                "dead_letters": status.deadLetters, "file_bytes": status.fileBytes,
                "max_pending_events": status.limits.maxPendingEvents, "max_spool_bytes": status.limits.maxPendingBytes,
            ])
            return
        }
        Output.line("spool:        \(settings.spoolPath) (\(status.fileBytes) bytes on disk)")
        Output.line("pending:      \(status.pendingEvents) events, \(status.pendingBytes) bytes (limits \(status.limits.maxPendingEvents) events, \(status.limits.maxPendingBytes) bytes)")
        Output.line("oldest:       " + (oldestAge.map { "spooled \(Self.age($0)) ago" } ?? "none pending"))
        Output.line("last ack:     " + (status.lastAckAt.map { "\(Self.timestamp($0)) (\(Self.age(now - $0)) ago)" } ?? "never"))
        if let error = status.lastError {
            Output.line("last error:   \(error)" + (status.lastErrorAt.map { " at \(Self.timestamp($0))" } ?? ""))
        }
        Output.line("dead letters: \(status.deadLetters)" + (status.deadLetters > 0 ? " (see `rapport capture dead-letters`)" : ""))
    }

    /// RFC 3339 in UTC, to the millisecond.
    static func timestamp(_ millis: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date(timeIntervalSince1970: Double(millis) / 1_000))
    }

    /// `850ms`, `42s`, `3m 5s`, `2h 10m`, `3d 4h`.
    static func age(_ millis: Int64) -> String {
        let seconds = millis / 1_000
        if seconds < 1 { return "\(millis)ms" }
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3_600 { return "\(seconds / 60)m \(seconds % 60)s" }
        if seconds < 86_400 { return "\(seconds / 3_600)h \(seconds % 3_600 / 60)m" }
        return "\(seconds / 86_400)d \(seconds % 86_400 / 3_600)h"
    }
}
