import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture promise-kept`: a promise was kept.
struct CapturePromiseKeptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise-kept", abstract: "Capture rapport.promise.kept: a promise was kept.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The customer's id (keeps the promise's events in order).") var customerId: String
    @Option(help: "The promise id.") var promise: String
    @Option(help: "When it was kept, RFC 3339 (default: the event's time).") var at: String?

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let keptAt = try CaptureArguments.instant(at, option: "--at")
            let data = try CaptureArguments.data { () throws(EventValidationError) in try PromiseKept(promiseID: promise, keptAt: keptAt) }
            return try desk.customer(customerId).event(data, at: time)
        }
    }
}
