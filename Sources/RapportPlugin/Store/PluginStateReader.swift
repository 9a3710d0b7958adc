import Foundation
import GRDB

/// A plugin's state opened read-only, for reports (`rapport report …`) while the plugin may be
/// running: SQLite in WAL mode lets it read a consistent snapshot beside the plugin's writes.
/// It never creates the file nor changes the schema.
public final class PluginStateReader: Sendable {
    private let queue: DatabaseQueue

    /// Opens the state at `path` read-only.
    ///
    /// - Throws: ``PluginError`` naming the file when it is not there or SQLite cannot open it.
    public init(path: String) throws(PluginError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw PluginError("no plugin state at \(path): has the plugin run with this data directory? (--data-dir, or --state PATH)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do { queue = try DatabaseQueue(path: path, configuration: configuration) } catch {
            throw PluginError("cannot open the plugin's state at \(path) read-only: \(error)")
        }
    }

    /// Runs `body` on one read transaction.
    public func read<T>(_ body: (PluginDatabase) throws -> T) throws -> T {
        try queue.read { db in try body(PluginDatabase(db: db)) }
    }
}
