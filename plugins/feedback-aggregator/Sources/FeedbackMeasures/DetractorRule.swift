/// Which customer responses need a call back (close the loop): an NPS detractor (0-6), a CSAT
/// of 1 or 2, or a high-effort CES (1 through ``highEffortMax`` on the catalogue's scale, where
/// 1 is very difficult). Employee feedback never qualifies: it is anonymous.
public struct DetractorRule: Sendable, Hashable {
    /// The highest CES answer that counts as high effort (default 2).
    public var highEffortMax: Int

    public init(highEffortMax: Int = 2) {
        self.highEffortMax = highEffortMax
    }

    /// Why `response` is a detractor; empty when it is not one.
    public func reasons(_ response: FeedbackResponse) -> [DetractorReason] {
        guard response.audience == .customer else { return [] }
        var reasons: [DetractorReason] = []
        if let nps = response.scores.nps, nps <= 6 { reasons.append(.nps(nps)) }
        if let csat = response.scores.csat, csat <= 2 { reasons.append(.csat(csat)) }
        if let ces = response.scores.ces, ces <= highEffortMax { reasons.append(.ces(ces)) }
        return reasons
    }
}

/// One score that makes a response a detractor.
public enum DetractorReason: Sendable, Hashable, CustomStringConvertible {
    case nps(Int)
    case csat(Int)
    case ces(Int)

    /// `NPS 3`, `CSAT 1/5`, `CES 2/7 (high effort)`.
    public var description: String {
        switch self {
        case .nps(let score): "NPS \(score)"
        case .csat(let score): "CSAT \(score)/5"
        case .ces(let score): "CES \(score)/7 (high effort)"
        }
    }
}

/// The sentence of a `feedback.detractor` alert: what was scored, where, what they wrote and
/// whom to call back.
public struct DetractorNotice: Sendable, Hashable {
    public let reasons: [DetractorReason]
    public let location: String
    public let origin: FeedbackOrigin
    public let comment: String?
    public let name: String?
    public let contact: String?

    public init(reasons: [DetractorReason], location: String, origin: FeedbackOrigin, comment: String?, name: String?, contact: String?) {
        self.reasons = reasons
        self.location = location
        self.origin = origin
        self.comment = comment
        self.name = name
        self.contact = contact
    }

    /// The longest comment quoted in full; longer ones are cut with an ellipsis.
    public static let commentLimit = 280

    /// E.g. `Unhappy customer at store-12 (survey: NPS 3, CSAT 2/5). Call back Ana Díaz on +44
    /// 7700 900123. They wrote: "Waited 40 minutes."`
    /// One line: newlines and other control characters in what the respondent gave (comment,
    /// name, contact) are read as a space (``OneLine``).
    public var summary: String {
        var text = "Unhappy customer at \(OneLine.text(location)) (\(origin.rawValue): \(reasons.map(\.description).joined(separator: ", ")))."
        let name = name.map(OneLine.text).flatMap { $0.isEmpty ? nil : $0 }
        let contact = contact.map(OneLine.text).flatMap { $0.isEmpty ? nil : $0 }
        let comment = comment.map(OneLine.text)
        switch (name, contact) {
        case let (name?, contact?): text += " Call back \(name) on \(contact)."
        case let (name?, nil): text += " From \(name); no contact given."
        case let (nil, contact?): text += " Call back on \(contact)."
        case (nil, nil): text += " No name or contact given."
        }
        if let comment, !comment.isEmpty {
            let quoted = comment.count > Self.commentLimit ? comment.prefix(Self.commentLimit - 1) + "…" : Substring(comment)
            text += " They wrote: \"\(quoted)\""
        }
        return text
    }
}
