import RapportConfig

/// A plugin found in the plugins folder: its manifest and where it is.
public struct InstalledPlugin: Sendable, Equatable {
    /// The manifest, read and checked.
    public let manifest: PluginManifest
    /// The `plugin.yaml` it was read from.
    public let manifestPath: String
    /// The plugin's folder (its command runs there).
    public let folder: String

    /// Bundles the values.
    public init(manifest: PluginManifest, manifestPath: String, folder: String) {
        self.manifest = manifest
        self.manifestPath = manifestPath
        self.folder = folder
    }
}
