/// An event appended to the log but not yet durable: published to the live feed, and used
/// to confirm de-duplication hits, once its commit completes.
struct UncommittedEvent {
    let offset: UInt64
    let type: String
    let source: String
    let id: String
    let payload: [UInt8]
}
