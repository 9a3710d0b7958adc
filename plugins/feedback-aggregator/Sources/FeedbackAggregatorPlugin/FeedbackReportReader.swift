import FeedbackMeasures
import Foundation
import GRDB

private typealias Dimension = FeedbackMeasures.Dimension

/// Reads the monthly report from the plugin's state, read-only (the plugin may be running: the
/// store is in WAL mode, so reading never blocks it).
public struct FeedbackReportReader {
    private let queue: DatabaseQueue

    /// Opens the state at `path` read-only.
    ///
    /// - Throws: ``FeedbackSettingsError`` saying whether the file is missing or unreadable.
    public init(statePath path: String) throws(FeedbackSettingsError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw FeedbackSettingsError("no feedback-aggregator state at \(path): has the plugin run with this data directory? (give --data-dir or --state)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do { queue = try DatabaseQueue(path: path, configuration: configuration) }
        catch { throw FeedbackSettingsError("cannot open \(path) read-only: \(error)") }
    }

    /// How many themes per polarity a location shows.
    public static let topThemes = 3

    /// The report of `month`, limited to `location` when given, with employee figures cut off below `anonymity`.
    ///
    /// - Parameter alsoKnown: locations that may be asked for although the state has none of
    ///   their feedback yet (the site configuration's).
    /// - Throws: ``FeedbackReportError/unknownLocation(_:known:)`` when `location` is neither in
    ///   the state nor in `alsoKnown` (a typo would otherwise read as a quiet location).
    public func report(month: MonthLabel, location: String?, anonymity: AnonymityThreshold, alsoKnown: Set<String> = []) throws -> FeedbackReport {
        try queue.read { db in
            if let location {
                let known = try Self.locations(db).union(alsoKnown)
                guard known.contains(location) else { throw FeedbackReportError.unknownLocation(location, known: known.sorted()) }
            }
            let current = month.description, previous = month.previous.description
            let sums = try Self.sums(db, months: [current, previous])
            func figures(_ audience: Audience, _ dimension: Dimension, _ group: String, _ label: String) -> FeedbackReport.Figures {
                FeedbackReport.Figures(sums[SumsKey(audience: audience.rawValue, dimension: dimension.rawValue, group: group, label: label)] ?? ScoreSums())
            }
            var customer: [FeedbackReport.GroupFigures] = []
            let groups = Set(sums.keys.filter { $0.audience == Audience.customer.rawValue && $0.label == current }.map { ($0.dimension, $0.group) }.map(GroupID.init))
            for group in groups.sorted() {
                guard let dimension = Dimension(rawValue: group.dimension) else { continue }
                if let location, dimension == .location, group.group != location { continue }
                if location != nil, dimension == .organisation { continue }
                let now = figures(.customer, dimension, group.group, current), before = figures(.customer, dimension, group.group, previous)
                customer.append(.init(dimension: group.dimension, group: group.group, current: now, previous: before, trend: .init(now, before)))
            }
            let themes = try Self.themes(db, audience: .customer, month: current).filter { location == nil || $0.location == location }
            let followUps = try Self.followUps(db, month: current, location: location)

            var employee: [FeedbackReport.EmployeeGroup] = []
            let employeeThemes = try Self.themes(db, audience: .employee, month: current, top: nil)
            let employeeGroups = sums.keys.filter { $0.audience == Audience.employee.rawValue && $0.label == current }
                .filter { location == nil ? true : ($0.dimension == Dimension.location.rawValue && $0.group == location) }
                .sorted { ($0.dimension == Dimension.organisation.rawValue ? 0 : 1, $0.group) < ($1.dimension == Dimension.organisation.rawValue ? 0 : 1, $1.group) }
            // Each figure on its own sample of k, themes on k comments, and no organisation part
            // that less the shown locations would reveal fewer than k (all locations, whatever
            // --location shows).
            let employeeSums = sums.filter { $0.key.audience == Audience.employee.rawValue && $0.key.label == current }
            let disclosure = EmployeeDisclosure(
                organisation: employeeSums.first { $0.key.dimension == Dimension.organisation.rawValue }?.value ?? ScoreSums(),
                locations: Dictionary(employeeSums.filter { $0.key.dimension == Dimension.location.rawValue }.map { ($0.key.group, $0.value) },
                                      uniquingKeysWith: { a, _ in a }),
                anonymity: anonymity)
            for key in employeeGroups {
                let total = sums[key] ?? ScoreSums()
                let isOrganisation = key.dimension == Dimension.organisation.rawValue
                let withheld = isOrganisation ? disclosure.organisation : disclosure.withheld(location: key.group)
                let shown = !withheld.contains(.responses)
                let name = isOrganisation ? Dimension.everything : key.group
                let groupThemes = isOrganisation ? Self.merged(employeeThemes, as: name)
                    : Self.top(employeeThemes.first { $0.location == key.group } ?? .init(location: name, positive: [], negative: []))
                employee.append(.init(group: name, figures: shown ? FeedbackReport.Figures(total, withholding: withheld) : nil,
                                      themes: shown && !withheld.contains(.themes) ? groupThemes : nil, withheld: !shown,
                                      withheldParts: withheld.sorted().map(\.rawValue)))
            }
            return FeedbackReport(month: current, previousMonth: previous, location: location, customer: customer, themes: themes,
                                  followUps: followUps, employee: .init(k: anonymity.k, groups: employee))
        }
    }

    private struct SumsKey: Hashable {
        let audience: String, dimension: String, group: String, label: String
    }

    private struct GroupID: Hashable, Comparable {
        let dimension: String, group: String
        init(_ pair: (String, String)) { (dimension, group) = pair }
        static func < (a: GroupID, b: GroupID) -> Bool {
            let order = { (d: String) in Dimension(rawValue: d).map { Dimension.allCases.firstIndex(of: $0)! } ?? 99 }
            return (order(a.dimension), a.group) < (order(b.dimension), b.group)
        }
    }

    private static func sums(_ db: Database, months: [String]) throws -> [SumsKey: ScoreSums] {
        var result: [SumsKey: ScoreSums] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT * FROM feedback_sums WHERE period = 'month' AND label IN (?, ?)
            """, arguments: [months[0], months[1]])
        for row in rows {
            let sums = SumsTable.sums { (row[$0] as Int64?) ?? 0 }
            result[SumsKey(audience: row["audience"], dimension: row["dimension"], group: row["grp"], label: row["label"])] = sums
        }
        return result
    }

    /// Every location that has feedback (customer or employee) or a detractor in the state, any month.
    private static func locations(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: """
            SELECT DISTINCT grp FROM feedback_sums WHERE dimension = 'location' UNION SELECT DISTINCT location FROM feedback_detractors
            """))
    }

    /// The themes of each location, the `top` of each polarity (all when `nil`).
    private static func themes(_ db: Database, audience: Audience, month: String, top: Int? = topThemes) throws -> [FeedbackReport.LocationThemes] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT location, theme, polarity, comments FROM feedback_themes WHERE audience = ? AND month = ?
            ORDER BY location, comments DESC, theme
            """, arguments: [audience.rawValue, month])
        var byLocation: [String: (positive: [FeedbackReport.ThemeCount], negative: [FeedbackReport.ThemeCount])] = [:]
        for row in rows {
            let count = FeedbackReport.ThemeCount(theme: row["theme"], comments: row["comments"])
            let location: String = row["location"]
            if (row["polarity"] as String) == "positive" { byLocation[location, default: ([], [])].positive.append(count) }
            else { byLocation[location, default: ([], [])].negative.append(count) }
        }
        return byLocation.keys.sorted().map { location in
            let found = byLocation[location]!
            return .init(location: location, positive: Array(found.positive.prefix(top ?? .max)), negative: Array(found.negative.prefix(top ?? .max)))
        }
    }

    private static func top(_ themes: FeedbackReport.LocationThemes) -> FeedbackReport.LocationThemes {
        .init(location: themes.location, positive: Array(themes.positive.prefix(topThemes)), negative: Array(themes.negative.prefix(topThemes)))
    }

    /// The themes of every location added up, as the group `name`.
    private static func merged(_ locations: [FeedbackReport.LocationThemes], as name: String) -> FeedbackReport.LocationThemes {
        func add(_ lists: [[FeedbackReport.ThemeCount]]) -> [FeedbackReport.ThemeCount] {
            var totals: [String: Int64] = [:]
            for list in lists { for count in list { totals[count.theme, default: 0] += count.comments } }
            return totals.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(topThemes).map { .init(theme: $0.key, comments: $0.value) }
        }
        return .init(location: name, positive: add(locations.map(\.positive)), negative: add(locations.map(\.negative)))
    }

    private static func followUps(_ db: Database, month: String, location: String?) throws -> [FeedbackReport.FollowUps] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT location, received_at, contacted_at, resolved_at, resolved_by FROM feedback_detractors WHERE month = ? ORDER BY location
            """, arguments: [month])
        var byLocation: [String: [FollowUpSummary.Case]] = [:]
        for row in rows {
            let received: Int64 = row["received_at"]
            let contacted: Int64? = row["contacted_at"]
            let resolved: Int64? = row["resolved_at"]
            let resolvedBy: String? = row["resolved_by"]
            let place: String = row["location"]
            if let location, place != location { continue }
            // By the events' times, not the order they were handled in: a contact made before a manager's
            // resolution (their events can travel in different partitions) is what closed the case.
            let contactedFirst = contacted.map { contact in resolved.map { contact <= $0 } ?? true } ?? false
            byLocation[place, default: []].append(.init(contactedAfter: contacted.map { Double($0 - received) / 1_000 },
                                                        resolvedByManager: resolvedBy != nil && !contactedFirst))
        }
        var result = byLocation.keys.sorted().map { FeedbackReport.FollowUps(location: $0, FollowUpSummary(byLocation[$0]!)) }
        if location == nil { result.append(.init(location: Dimension.everything, FollowUpSummary(byLocation.values.flatMap { $0 }))) }
        return result
    }
}

/// A report that cannot be made as asked.
public enum FeedbackReportError: Error, CustomStringConvertible, Equatable {
    /// `--location` names no location of the state (nor of the configuration).
    case unknownLocation(String, known: [String])

    public var description: String {
        switch self {
        case let .unknownLocation(location, known) where known.isEmpty:
            "no location '\(location)' in the feedback state: it holds no location yet"
        case let .unknownLocation(location, known):
            "no location '\(location)' in the feedback state or the configuration; known locations: \(known.joined(separator: ", "))"
        }
    }
}
