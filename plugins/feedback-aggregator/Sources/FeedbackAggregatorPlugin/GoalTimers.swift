import FeedbackMeasures

/// The durable timer that re-checks a goal scope when its rolling window next changes by itself:
/// one per scope, keyed by it (`goals:location:store-12`, `goals:organisation`), so scheduling it
/// again moves it and replays never multiply it.
enum GoalTimers {
    static let prefix = "goals:"

    /// `organisation`, or `location:<id>`: the scope as timers and `feedback_goal_windows` name it
    /// (unambiguous, unlike ``GoalScope/id``, which a location called `all` would share).
    static func code(_ scope: GoalScope) -> String {
        switch scope {
        case .organisation: "organisation"
        case .location(let id): "location:" + id
        }
    }

    /// The scope of ``code(_:)``; `nil` for anything else.
    static func scope(code: String) -> GoalScope? {
        if code == "organisation" { return .organisation }
        guard code.hasPrefix("location:") else { return nil }
        let id = String(code.dropFirst("location:".count))
        return id.isEmpty ? nil : .location(id)
    }

    /// The timer key of `scope`.
    static func key(_ scope: GoalScope) -> String { prefix + code(scope) }
}
