import Foundation

/// Where a plugin's "now" comes from: the system's clock, or a manual one in tests, so due
/// times and timers are tested without waiting.
public protocol PluginClock: Sendable {
    /// The current time.
    var now: Date { get }
}

/// The system's wall clock.
public struct SystemPluginClock: PluginClock {
    public init() {}
    public var now: Date { Date() }
}
