import RapportEvents

extension TypePattern {
    /// Whether some event type the bus accepts matches: a catalogue type
    /// (``EventCatalogue/knownTypes``) or a site type (`x-` and at least one more character).
    ///
    /// A pattern for which this is `false` (`rapport.promise.` written as a prefix, a typo such
    /// as `rapport.promsie.*`, `X-acme.*`) selects nothing, ever: clients warn about it.
    public var canMatchAcceptedType: Bool {
        EventCatalogue.knownTypes.contains(where: matches) || canMatchSiteType
    }

    /// Whether some site type (`x-` followed by at least one character) matches.
    public var canMatchSiteType: Bool {
        guard let star = text.firstIndex(of: "*") else {
            return text.hasPrefix("x-") && text.utf8.count > 2
        }
        // The literal head must agree with `x-` as far as both go; a star then supplies the
        // rest (at least one character after `x-`, or `x-` itself when the head is shorter).
        let head = text[..<star]
        return head.hasPrefix("x-") || "x-".hasPrefix(head)
    }

    /// A pattern in the glob syntax that the writer of this one most likely meant, when this
    /// one matches nothing: a prefix written the way the live feed's topics are
    /// (`rapport.promise.` → `rapport.promise.*`). `nil` when there is no likely fix.
    public var likelyMeant: TypePattern? {
        guard !text.contains("*") else { return nil }
        let glob = TypePattern(text + "*")
        return glob.canMatchAcceptedType ? glob : nil
    }
}
