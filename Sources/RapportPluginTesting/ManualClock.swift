import Foundation
import RapportPlugin
import Synchronization

/// A clock that moves only when a test moves it.
public final class ManualClock: PluginClock {
    private let current: Mutex<Date>

    /// A clock reading `start`.
    public init(_ start: Date) { current = Mutex(start) }

    public var now: Date { current.withLock { $0 } }

    /// Moves the clock to `date` (never back).
    public func set(_ date: Date) { current.withLock { $0 = max($0, date) } }

    /// Moves the clock on by `duration`.
    public func advance(by duration: Duration) {
        let (seconds, attoseconds) = duration.components
        current.withLock { $0 = $0.addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18) }
    }
}
