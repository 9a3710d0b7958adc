/// Who or what a clause says will act.
enum UndertakingSubject: Equatable, Sendable {
    /// "I", "we": the agent or the business.
    case firstPerson
    /// "you": the customer.
    case customer
    /// "he", "she", "they".
    case thirdPerson
    /// "it", "that", "this": a thing ("it'll be ready by Friday").
    case thing
    /// "there", as in "there will be a charge".
    case existential
    /// A noun phrase ("our engineer", "Dr Nguyen", "the replacement card"); `generic` for a
    /// general one ("refunds", "all repairs") that states practice rather than a promise.
    case nounPhrase(generic: Bool)
    /// No subject: an imperative ("expect a call") or a set phrase ("you have my word").
    case none
}
