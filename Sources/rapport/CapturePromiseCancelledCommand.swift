import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture promise-cancelled`: a promise no longer stands.
struct CapturePromiseCancelledCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise-cancelled", abstract: "Capture rapport.promise.cancelled: a promise no longer stands.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the promise's events in order).") var customerId: String
    @Option(help: "The promise id.") var promise: String
    @Option(help: "Why it was cancelled.") var reason: String?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let data = try CaptureArguments.data { () throws(EventValidationError) in try PromiseCancelled(promiseID: promise, reason: reason) }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
