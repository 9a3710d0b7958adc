import RapportWire

/// What became of one published event: accepted at an offset, a duplicate of a stored one, or
/// rejected with a code and the reason (the protocol's ``PublishResult``).
public typealias PublishOutcome = PublishResult
