import Foundation

/// A durable timer that came due (``HandlerContext/schedule(at:key:payload:)``).
public struct PluginTimer: Sendable, Equatable {
    /// The key it was scheduled under (scheduling the same key again moves it).
    public let key: String
    /// When it was due.
    public let due: Date
    /// What the handler that scheduled it stored with it.
    public let payload: String
}
