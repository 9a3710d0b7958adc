#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the names in a directory.
public func listDirectory(_ path: String) throws(LogError) -> [String] {
    guard let dir = opendir(path) else { throw LogFile.error("cannot list directory", path) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}

/// Creates a directory and its parents (like `mkdir -p`).
public func makeDirectories(_ path: String) throws(LogError) {
    var current = path.hasPrefix("/") ? "" : "."
    for part in path.split(separator: "/") {
        current += "/" + part
        if mkdir(current, 0o750) != 0 && errno != EEXIST {
            throw LogFile.error("cannot create directory", current)
        }
    }
}

/// Renames a file atomically.
public func renameFile(_ from: String, _ to: String) throws(LogError) {
    if rename(from, to) != 0 { throw LogFile.error("cannot rename to \(to)", from) }
}

/// Removes a file; returns whether it existed.
public func removeFile(_ path: String) -> Bool {
    unlink(path) == 0
}

/// Removes a directory and the files in it (one level: group state directories hold files
/// only); returns whether the directory is gone.
@discardableResult
public func removeDirectoryAndFiles(_ path: String) -> Bool {
    for name in (try? listDirectory(path)) ?? [] { _ = removeFile(path + "/" + name) }
    return rmdir(path) == 0 || errno == ENOENT
}
