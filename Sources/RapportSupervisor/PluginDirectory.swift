import Foundation
import RapportConfig

/// The folder plugins are installed in: one folder per plugin, each with its `plugin.yaml`
/// (also one level deeper, as in `plugins/examples/<name>/`).
public struct PluginDirectory: Sendable, Equatable {
    /// The folder.
    public let path: String

    /// The folder at `path`.
    public init(_ path: String) { self.path = path }

    /// Every `plugin.yaml` one or two folders below, sorted.
    public func manifestPaths() -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        func look(_ folder: String, depth: Int) {
            guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let candidate = folder + "/" + name
                if fm.fileExists(atPath: candidate + "/plugin.yaml") { found.append(candidate + "/plugin.yaml") }
                else if depth > 0 { look(candidate, depth: depth - 1) }
            }
        }
        look(path, depth: 1)
        return found
    }

    /// Reads every manifest: the valid ones by plugin name, and the problems of the others
    /// (each naming its file, line and column). A name installed twice is a problem.
    public func read() -> (plugins: [String: InstalledPlugin], problems: [String]) {
        var plugins: [String: InstalledPlugin] = [:]
        var problems: [String] = []
        for manifestPath in manifestPaths() {
            guard let text = try? String(contentsOfFile: manifestPath, encoding: .utf8) else {
                problems.append("\(manifestPath): cannot be read")
                continue
            }
            let (manifest, errors) = PluginManifestFile.read(text, source: manifestPath)
            problems += errors.map(\.description)
            guard let manifest, errors.isEmpty else { continue }
            let folder = (manifestPath as NSString).deletingLastPathComponent
            if let other = plugins[manifest.name] {
                problems.append("\(manifestPath): plugin '\(manifest.name)' is also installed at \(other.manifestPath); remove one")
                continue
            }
            plugins[manifest.name] = InstalledPlugin(manifest: manifest, manifestPath: manifestPath, folder: folder)
        }
        return (plugins, problems)
    }
}
