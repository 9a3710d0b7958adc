extension InteractionStarted {
    /// The agent serving the customer (`agent` of `rapport.interaction.started`: id and name).
    public typealias Agent = PersonReference
}
