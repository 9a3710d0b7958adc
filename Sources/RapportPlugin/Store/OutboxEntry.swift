/// An emitted event waiting in the outbox to be published.
package struct OutboxEntry: Sendable, Equatable {
    /// Its place in the outbox (publishing goes in this order).
    package let seq: Int64
    /// Its CloudEvents `id`, fixed when it was emitted.
    package let id: String
    /// Its type.
    package let type: String
    /// The event JSON.
    package let event: [UInt8]
}
