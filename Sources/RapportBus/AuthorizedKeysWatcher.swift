import Foundation
import RapportConfig

/// The authorized keys file (`curve.authorized_keys_file`) as the bus last read it, read
/// again when it changes.
///
/// A change is seen by the file's stamp (modification time, size, inode), so an edit in
/// place, an append and a replacement by rename all count. While the file cannot be used
/// (missing, unreadable, a bad line) ``clients`` is `.unusable` and every ``refresh()`` tries
/// again, so fixing the file (or its permissions) takes effect at once.
struct AuthorizedKeysWatcher {
    /// What a ``refresh()`` found, for the bus's log.
    enum Change: Equatable {
        /// The file was read: it lists `keys` keys.
        case loaded(keys: Int)
        /// The file cannot be used; new clients are refused until it can.
        case failed(reason: String)
    }

    /// The file's path, as configured.
    let path: String
    /// The policy the file gives: `.listed` with its keys, or `.unusable` with the reason.
    private(set) var clients: CurveAuthenticator.Clients = .unusable(reason: "not read yet")
    private var stamp: FileStamp?

    /// Reads `path` once; check ``clients`` to see whether that worked.
    init(path: String) {
        self.path = path
        _ = refresh()
    }

    /// Reads the file again if it changed since the last read, or if that read failed.
    /// Returns what is new: `nil` when nothing is (also when it still fails the same way).
    mutating func refresh() -> Change? {
        let current = FileStamp(path: path)
        if case .listed = clients, current != nil, current == stamp { return nil }
        stamp = current
        do throws(ConfigError) {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigError(source: path, key: "", "cannot read the file (missing, or not readable by the bus's user)")
            }
            let keys = try AuthorizedKeys.parse(String(decoding: data, as: UTF8.self), file: path)
            clients = .listed(keys)
            return .loaded(keys: keys.keys.count)
        } catch {
            if case .unusable(let reason) = clients, reason == error.description { return nil }
            clients = .unusable(reason: error.description)
            return .failed(reason: error.description)
        }
    }
}
