import ArgumentParser
import RapportCapture
import RapportEvents

/// `rapport capture feedback`: a comment card, survey answer, focus-group note or employee remark.
struct CaptureFeedbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback", abstract: "Capture rapport.feedback.received: scores and/or a comment.",
        discussion: "Needs a score (--csat, --nps, --ces) or a --comment. Keyed (partitionkey) by --customer-id, else by --respondent-id, else not at all (anonymous). Employee feedback (--source employee) is anonymous: it never carries the desk's --agent, and --customer-id or --interaction is refused.")

    @OptionGroup var capture: CaptureOptions
    @OptionGroup var send: CaptureSendOptions

    @Option(name: .customLong("source"), help: "Where it came from: comment-card, survey, focus-group or employee.")
    var feedbackSource: FeedbackSource
    @Option(help: "Customer satisfaction, 1-5.") var csat: Int?
    @Option(help: "Net promoter score, 0-10.") var nps: Int?
    @Option(help: "Customer effort, 1-7 (7 = very easy).") var ces: Int?
    @Option(help: "The words.") var comment: String?
    @Option(help: "The respondent's customer id (never for employee feedback).") var respondentId: String?
    @Option(help: "The respondent's name.") var respondentName: String?
    @Option(help: "How to reach the respondent.") var respondentContact: String?
    @Option(help: "The interaction it is about.") var interaction: String?
    @Option(help: "How it was given: front-desk, phone, chat, email or other.") var channel: Channel?
    @Option(help: "The customer it is about, when known (sets partitionkey).") var customerId: String?

    func validate() throws {
        guard feedbackSource == .employee else { return }
        // An employee's feedback is anonymous: a customer or an interaction would point at the desk and agent.
        let linked = [customerId.map { _ in "--customer-id" }, interaction.map { _ in "--interaction" }].compactMap { $0 }
        guard linked.isEmpty else {
            throw ValidationError("employee feedback is anonymous: \(linked.joined(separator: " and ")) would link it to an interaction or customer, and so to whoever served them; leave \(linked.count == 1 ? "it" : "them") out")
        }
    }

    func run() throws {
        try CaptureOneShot.run(capture, send) { desk, time throws(CaptureError) in
            let someRespondent = respondentId != nil || respondentName != nil || respondentContact != nil
            let respondent = someRespondent ? FeedbackReceived.Respondent(id: respondentId, name: respondentName, contact: respondentContact) : nil
            let data = try CaptureArguments.data { () throws(EventValidationError) in
                try FeedbackReceived(source: feedbackSource, scores: .init(csat: csat, nps: nps, ces: ces), comment: comment,
                                     respondent: respondent, interactionID: interaction, channel: channel)
            }
            if let customerId { return try desk.customer(customerId).event(data, at: time) }
            return try desk.event(data, at: time)
        }
    }
}
