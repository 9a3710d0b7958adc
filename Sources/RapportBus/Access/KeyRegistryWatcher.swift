import Foundation
import RapportConfig

/// The key registry file (`curve.keys_file`) as the bus last read it, read again when it
/// changes (``FileStamp``: modification time, size, inode, so an edit, an append and a
/// replacement by rename all count).
///
/// A missing file is an empty registry (no key registered yet). A file that cannot be read
/// or parsed keeps the last good registry in force, so a half-written edit never opens or
/// closes the bus; the error is reported until the file is fixed.
struct KeyRegistryWatcher {
    /// What a ``refresh()`` found, for the bus's log.
    enum Change: Equatable {
        /// The file was read: it lists `active` usable keys and `revoked` revoked ones.
        case loaded(active: Int, revoked: Int)
        /// The file cannot be used; the registry read before stays in force.
        case failed(reason: String)
    }

    let path: String
    /// The registry in force.
    private(set) var registry = KeyRegistry()
    /// Incremented each time a changed registry is taken into force (INFO `keys_version`),
    /// so `rapport keys revoke` can wait until the bus applies its change.
    private(set) var version: UInt64 = 0
    private var stamp: FileStamp?
    private var failure: String?

    init(path: String) {
        self.path = path
        _ = refresh()
    }

    /// The reason the file is unusable at the moment, if it is.
    var problem: String? { failure }

    /// Reads the file again if it changed since the last read, or the last read failed.
    /// Returns what is new: `nil` when nothing is.
    mutating func refresh() -> Change? {
        let current = FileStamp(path: path)
        if failure == nil, current == stamp, version > 0 { return nil }
        stamp = current
        let parsed: KeyRegistry
        if current == nil && !FileManager.default.fileExists(atPath: path) {
            parsed = KeyRegistry()
        } else {
            do throws(ConfigError) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ConfigError(source: path, key: "", "cannot read the key registry (not readable by the bus's user?)")
                }
                parsed = try KeyRegistry.parse(String(decoding: data, as: UTF8.self), file: path)
            } catch {
                if failure == error.description { return nil }
                failure = error.description
                return .failed(reason: error.description)
            }
        }
        let wasFailing = failure != nil
        failure = nil
        guard parsed != registry || version == 0 || wasFailing else { return nil }
        registry = parsed
        version += 1
        return .loaded(active: parsed.keys.filter(\.isActive).count, revoked: parsed.keys.filter { !$0.isActive }.count)
    }
}

/// When and how a file was last written, as far as `stat` tells.
struct FileStamp: Equatable {
    let modified: Date
    let size: UInt64
    let inode: UInt64

    /// `nil` when the file cannot be stat'ed (missing).
    init?(path: String) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let modified = attributes[.modificationDate] as? Date else { return nil }
        self.modified = modified
        self.size = (attributes[.size] as? NSNumber)?.uint64Value ?? 0
        self.inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}
