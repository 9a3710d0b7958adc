/// A clause that may commit: a subject with a future modal and a verb, "going to", a
/// present-progressive arrangement, a set phrase of promise, or "expect a call from us".
struct Undertaking: Sendable {
    /// The grammatical form of the clause.
    enum Form: Sendable {
        /// "will"/"shall"/"'ll" + verb.
        case modal
        /// "am/is/are going to" + verb, "about to".
        case goingTo
        /// "we're sending someone tomorrow": present progressive with a deadline.
        case progressive
        /// "you have my word", "I promise", "rest assured", "leave it with me".
        case promise
        /// "expect a call from us", "look out for an email".
        case expectation
    }

    /// The form.
    let form: Form
    /// Who acts.
    let subject: UndertakingSubject
    /// The first token of the subject (the marker when there is no subject).
    let subjectStart: Int
    /// The token of the modal, "going", the set phrase's first word or "expect".
    let marker: Int
    /// The main verb after the marker, when there is one.
    let verb: Int?
    /// Whether the modal is negated ("will not", "won't", "'ll never").
    let negated: Bool
}
