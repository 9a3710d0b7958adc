import Foundation
import GRDB
import NameUsage

/// Reads the decided interactions from the name-usage plugin's state, read-only (the plugin may
/// be running: the state is in WAL mode), for `rapport report names`.
public struct NameUsageStateReader {
    private let database: DatabaseQueue
    /// The state file read.
    public let path: String

    /// Opens the state at `path` read-only.
    ///
    /// - Throws: a ``NameUsageStateError`` saying whether the file is missing, unreadable or not
    ///   the plugin's.
    public init(path: String) throws(NameUsageStateError) {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path) }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do { database = try DatabaseQueue(path: path, configuration: configuration) } catch { throw .unreadable(path, "\(error)") }
        let hasTable: Bool
        do { hasTable = try database.read { try $0.tableExists("name_checks") } } catch { throw .unreadable(path, "\(error)") }
        guard hasTable else { throw .notNameUsage(path) }
    }

    /// The decided interactions that count in `month`, at `location` when given.
    public func decided(month: UsageMonth, location: String? = nil) throws(NameUsageStateError) -> [DecidedInteraction] {
        var sql = "SELECT interaction, location, agent, used, ticked, transcript FROM name_checks WHERE month = ?"
        var arguments: [(any DatabaseValueConvertible)?] = [month.description]
        if let location {
            sql += " AND location = ?"
            arguments.append(location)
        }
        do {
            return try database.read { db in
                try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                    DecidedInteraction(interaction: row["interaction"], location: row["location"], agent: row["agent"], month: month,
                                       used: (row["used"] as Int?) == 1, ticked: (row["ticked"] as Int?) == 1,
                                       transcript: (row["transcript"] as Int?) == 1)
                }
            }
        } catch {
            throw .unreadable(path, "\(error)")
        }
    }
}

/// Why the name-usage state cannot be read.
public enum NameUsageStateError: Error, Sendable, CustomStringConvertible {
    /// No file there.
    case missing(String)
    /// SQLite could not open or read it.
    case unreadable(String, String)
    /// A database without the plugin's tables.
    case notNameUsage(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "no name-usage state at \(path): the name-usage plugin has not run with this data directory (enable it in rapport.yaml's plugins:, or give --data-dir)"
        case .unreadable(let path, let reason):
            "cannot read the name-usage state \(path): \(reason)"
        case .notNameUsage(let path):
            "\(path) is not the name-usage plugin's state (it has no name_checks table)"
        }
    }
}
