import ArgumentParser
import Foundation
import PromiseReading
import RapportCapture
import RapportEvents

/// `rapport capture promise-made`: an agent promised a customer something by a due time.
struct CapturePromiseMadeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promise-made", abstract: "Capture rapport.promise.made: a promise to a customer, due at a time or by words.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(help: "The promise id. Default: a new ULID (printed with --json).") var promise: String?
    @Option(help: "The interaction it was made in.") var interaction: String?
    @Option(help: "The customer's id.") var customerId: String
    @Option(help: "The customer's name as they give it.") var customerName: String
    @Option(help: "How to reach the customer, e.g. a phone number.") var contact: String?
    @Option(help: "What was promised.") var what: String
    @Option(help: "When it is due, RFC 3339 with an offset.") var due: String?
    @Option(help: ArgumentHelp("The words used for the due time, e.g. \"by Friday\".",
                               discussion: "Printed as the promise tracker reads them at the desk's location when the capture config has its calendar (locations:)."))
    var dueText: String?

    func run() throws {
        try CaptureOneShot.run(capture, send, notes: DueWordsNote.notes) { desk, time throws(CaptureError) in
            let when = try CaptureArguments.due(instant: due, words: dueText)
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try PromiseMade(
                    promiseID: promise ?? desk.ids.next().description, interactionID: interaction,
                    customer: .init(id: customerId, name: customerName, contact: contact), what: what, due: when)
            }
            return try desk.event(data, at: time)
        }
    }
}
