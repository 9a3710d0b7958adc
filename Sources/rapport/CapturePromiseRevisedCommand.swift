import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture promise-revised`: a promise got a new due time.
struct CapturePromiseRevisedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise-revised", abstract: "Capture rapport.promise.revised: a promise got a new due time.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the promise's events in order).") var customerId: String
    @Option(help: "The promise id.") var promise: String
    @Option(help: "The new due time, RFC 3339 with an offset.") var due: String?
    @Option(help: "The words used for the new due time.") var dueText: String?
    @Flag(help: "The customer was told before the old due time.") var customerContacted = false
    @Option(help: "Why it changed.") var reason: String?

    func run() throws {
        try CaptureOneShot.run(capture, send, notes: DueWordsNote.notes) { desk, time throws(CaptureError) in
            let when = try CaptureArguments.due(instant: due, words: dueText)
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try PromiseRevised(promiseID: promise, due: when, customerContacted: customerContacted, reason: reason)
            }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
