import Foundation
import RapportConfig

/// The site as `rapport up` runs it: `rapport.yaml` read strictly, and the installed manifest
/// of every plugin it enables, with each plugin's settings checked against its manifest.
public struct Site: Sendable, Equatable {
    /// The configuration file, `nil` when running on the defaults.
    public let configurationPath: String?
    /// The data directory given on the command line, which overrides the file's `data_dir`.
    public let dataDirectoryOverride: String?
    /// The configuration read.
    public let configuration: RapportConfiguration
    /// The manifests of the enabled plugins, by name.
    public let plugins: [String: InstalledPlugin]

    /// Reads the site; every problem found (not only the first) when it cannot be run.
    public static func load(configurationPath: String?, dataDirectory: String?, pluginsDirectory: PluginDirectory) -> Result<Site, SiteError> {
        let text: String
        if let configurationPath {
            guard let read = try? String(contentsOfFile: configurationPath, encoding: .utf8) else {
                return .failure(SiteError(["\(configurationPath): cannot be read (does it exist, and may this user read it?)"]))
            }
            text = read
        } else {
            text = ""
        }
        let reading = RapportConfigFile.read(text, source: configurationPath ?? "(no file: defaults)", dataDirectory: dataDirectory) {
            try? String(contentsOfFile: $0, encoding: .utf8)
        }
        guard let configuration = reading.configuration, reading.errors.isEmpty else {
            return .failure(SiteError(reading.errors.map(\.description)))
        }
        let source = configurationPath ?? "(no file)"
        let installed = pluginsDirectory.read()
        var problems: [String] = []
        var plugins: [String: InstalledPlugin] = [:]
        for (name, plugin) in configuration.plugins.sorted(by: { $0.key < $1.key }) where plugin.enabled {
            guard let found = installed.plugins[name] else {
                let broken = installed.problems.filter { $0.contains("/\(name)/") }
                problems += broken.isEmpty
                    ? ["\(source): plugins.\(name): no plugin '\(name)' is installed in \(pluginsDirectory.path) (a folder with a plugin.yaml naming it); install it, give --plugins-dir, or set enabled: false"]
                    : broken
                continue
            }
            for problem in found.manifest.problems(with: plugin.settings) {
                problems.append("\(source): plugins.\(name).settings.\(problem.key): \(problem.message) (\(found.manifestPath))")
            }
            plugins[name] = found
        }
        guard problems.isEmpty else { return .failure(SiteError(problems)) }
        return .success(Site(configurationPath: configurationPath, dataDirectoryOverride: dataDirectory,
                             configuration: configuration, plugins: plugins))
    }
}

/// Why a site cannot be run: every problem, each naming its file and key.
public struct SiteError: Error, CustomStringConvertible, Equatable {
    /// The problems.
    public let problems: [String]
    /// Bundles the problems.
    public init(_ problems: [String]) { self.problems = problems }
    public var description: String { problems.joined(separator: "\n") }
}
