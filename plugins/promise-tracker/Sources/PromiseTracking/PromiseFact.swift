import Foundation

/// One thing known about a promise, from one event. A promise is the merge of its facts,
/// keyed by the event they came from, so a duplicate adds nothing and the order in which
/// facts arrive does not change what they mean.
public struct PromiseFact: Sendable, Hashable {
    /// The event's identity (`source` and `id`): a second fact with the same key is the same fact.
    public let key: String
    /// The promise it is about.
    public let promiseID: String
    /// When it happened at the desk (the event's `time`; for a kept promise, its `at`).
    public let time: Date
    /// What happened.
    public let kind: Kind

    /// What a fact says.
    public enum Kind: Sendable, Hashable {
        /// The promise was made (`rapport.promise.made`).
        case made(PromiseTerms)
        /// It got a new due time; `customerContacted`: the desk says the customer was told
        /// before the old due time (`rapport.promise.revised`).
        case revised(PromiseDue, customerContacted: Bool)
        /// It was kept at ``PromiseFact/time`` (`rapport.promise.kept`).
        case kept
        /// It no longer stands (`rapport.promise.cancelled`).
        case cancelled
        /// Someone contacted the customer about it (`rapport.customer.contacted` naming the promise).
        case contacted
    }

    public init(key: String, promiseID: String, time: Date, kind: Kind) {
        self.key = key
        self.promiseID = promiseID
        self.time = time
        self.kind = kind
    }
}

/// What was promised, to whom, where and by whom (from `rapport.promise.made`).
public struct PromiseTerms: Sendable, Hashable {
    public let customerID: String
    public let customerName: String
    /// What was promised, e.g. "call back with the repair quote".
    public let what: String
    public let interactionID: String?
    public let location: String?
    /// The agent's id (the event's `agent`).
    public let agentID: String?
    /// The due time as first promised.
    public let due: PromiseDue

    public init(customerID: String, customerName: String, what: String, interactionID: String? = nil,
                location: String? = nil, agentID: String? = nil, due: PromiseDue) {
        self.customerID = customerID
        self.customerName = customerName
        self.what = what
        self.interactionID = interactionID
        self.location = location
        self.agentID = agentID
        self.due = due
    }
}
