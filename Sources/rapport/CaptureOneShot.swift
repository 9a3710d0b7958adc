import ArgumentParser
import Foundation
import RapportCapture
import RapportClient
import RapportEvents

/// What every `rapport capture <event>` subcommand does once it has its data: builds the
/// event with the desk, spools it, tries to send it, and says whether it was sent or queued.
///
/// Exit status: 0 when the event is sent or queued (it is safe either way), 1 when the
/// builder refused it (invalid data: nothing spooled) or the spool could not take it (full
/// spool or disk: the event was NOT captured), 3 when the bus rejected it (it is in the dead
/// letters).
enum CaptureOneShot {
    /// Runs one capture; `build` makes the event from the desk and the `--time` instant;
    /// `notes` says more about the event built (a line each, and a key in `--json`).
    static func run(_ options: CaptureOptions, _ send: CaptureSendOptions,
                    notes: (TypedEvent, CaptureSettings) -> [(key: String, text: String)] = { _, _ in [] },
                    build: (Desk, Instant?) throws(CaptureError) -> TypedEvent) throws {
        // A write past a file-size limit must fail (and be reported), not kill the process.
        signal(SIGXFSZ, SIG_IGN)
        let settings = try options.settings()
        let time = try send.instant()
        let millis = try send.sendMillis(default: settings.file.sendTimeoutMillis)
        let event: TypedEvent
        let outcome: CaptureOutcome
        do throws(CaptureError) {
            let desk: Desk
            do { desk = try settings.makeDesk() } catch let error as CaptureError { throw error } catch {
                throw CaptureError.invalidDesk("\(error)")
            }
            event = try build(desk, time)
            let spool = try settings.openSpool()
            outcome = try CaptureAgent(spool: spool, sender: settings.sender(spool)).capture(event, sendWithinMillis: millis)
        } catch {
            // Every refusal says plainly that the event was not captured.
            let text = "\(error)".contains("not spooled") || "\(error)".contains("NOT captured")
                ? "\(error)" : "\(error); the event was NOT captured"
            if options.json {
                CaptureJSON.print(["status": "refused", "error": text, "spool": settings.spoolPath])
                throw ExitCode(1)
            }
            throw CommandFailure(text)
        }
        report(event, Self.explained(outcome, settings.address), options: options, notes: notes(event, settings))
        if case .deadLettered = outcome { throw ExitCode(3) }
    }

    /// A queued event's reason, made precise when the bus's ipc socket says why no bus answered
    /// (no such data directory, no socket in it, a socket left by a stopped bus, no permission):
    /// ZeroMQ itself only times out.
    private static func explained(_ outcome: CaptureOutcome, _ address: BusAddress) -> CaptureOutcome {
        guard case .queued(let reason) = outcome, reason.contains("timed out") else { return outcome }
        let check = Result { () throws(ClientError) in
            try BusReachability.checkSocket(address.ingest, origin: "the capture's bus address", fromDataDirectory: true)
        }
        guard case .failure(let error) = check, case .unreachable(_, let why) = error else { return outcome }
        return .queued(reason: why)
    }

    private static func report(_ event: TypedEvent, _ outcome: CaptureOutcome, options: CaptureOptions,
                               notes: [(key: String, text: String)]) {
        var object: [String: Any] = ["id": event.id, "source": event.source, "type": event.type,
                                     "partitionkey": CaptureJSON.orNull(event.partitionKey)]
        // The whole event, so ids the builder made (a new promise's id) can be read back.
        object["event"] = (try? JSONSerialization.jsonObject(with: Data(event.encoded()))) ?? NSNull()
        let line: String
        switch outcome {
        case .sent(let offset, let duplicate):
            object["status"] = "sent"
            object["offset"] = CaptureJSON.orNull(offset)
            object["duplicate"] = duplicate
            let place = offset.map { " at offset \($0)" } ?? " (by another sender)"
            line = "sent: \(event.type) \(event.id)\(place)\(duplicate ? " (it was already stored)" : "")"
        case .queued(let reason):
            object["status"] = "queued"
            object["reason"] = reason
            line = "queued: \(event.type) \(event.id) is in the spool; `rapport capture sender` sends it (not sent now: \(reason))"
        case .deadLettered(let code, let error):
            object["status"] = "dead-lettered"
            object["code"] = code
            object["error"] = error
            line = "rejected by the bus (\(code)): \(error); \(event.type) \(event.id) is in the dead letters (`rapport capture dead-letters`)"
        }
        for note in notes { object[note.key] = note.text }
        if options.json { CaptureJSON.print(object) } else { Output.line(line); for note in notes { Output.line(note.text) } }
    }
}
