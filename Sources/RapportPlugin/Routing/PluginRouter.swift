import RapportEvents
import RapportWire

/// Routes events to handlers by type pattern, the way Hummingbird's router routes paths, and
/// says which types the plugin subscribes to (its JOIN's `types`).
///
/// ```swift
/// var router = PluginRouter()
/// router.on(ComplaintReceived.self) { complaint, event, context in
///     guard complaint.severity == .high else { return }
///     try context.emit(AlertRaised(…))
/// }
/// router.on("rapport.promise.*") { event, context in … }
/// router.onTimer { timer, context in … }
/// ```
///
/// Every handler whose pattern matches an event runs, in the order they were added, in the
/// same transaction. An event no handler takes is acknowledged as handled.
public struct PluginRouter: Sendable {
    /// Handles one event.
    public typealias EventHandler = @Sendable (TypedEvent, HandlerContext) throws -> Void
    /// Handles a timer that came due.
    public typealias TimerHandler = @Sendable (PluginTimer, HandlerContext) throws -> Void

    private var routes: [(pattern: TypePattern, handler: EventHandler)] = []
    private(set) var timerHandler: TimerHandler?

    public init() {}

    /// Runs `handler` for every event whose type matches `pattern` (`*` matches any run of
    /// characters).
    public mutating func on(_ pattern: String, _ handler: @escaping EventHandler) {
        routes.append((TypePattern(pattern), handler))
    }

    /// Runs `handler` for every event of the catalogue type whose data is `D`, with its data typed.
    public mutating func on<D: EventData>(_ type: D.Type, _ handler: @escaping @Sendable (D, TypedEvent, HandlerContext) throws -> Void) {
        on(D.eventType.rawValue) { event, context in
            guard let data = event.payload.data(as: D.self) else { return }
            try handler(data, event, context)
        }
    }

    /// Runs `handler` for each durable timer that comes due.
    public mutating func onTimer(_ handler: @escaping TimerHandler) {
        timerHandler = handler
    }

    /// The type patterns the plugin subscribes to, each once, in the order added.
    public var subscriptions: [String] {
        var seen = Set<String>()
        return routes.map(\.pattern.text).filter { seen.insert($0).inserted }
    }

    /// The handlers for an event of `type`, in order.
    func handlers(for type: String) -> [EventHandler] {
        routes.filter { $0.pattern.matches(type) }.map(\.handler)
    }
}
