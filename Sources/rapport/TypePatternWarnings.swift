import RapportWire

/// Warns about `--type` patterns that can never match: every command takes the same glob
/// syntax (`*` any run of characters, as JOIN's and READ's `types`), and a pattern that matches
/// no catalogue type and no site type (`x-…`) would otherwise show nothing, silently.
enum TypePatternWarnings {
    /// Writes a warning on standard error for each of `patterns` that matches no type the bus
    /// accepts; returns the warnings.
    @discardableResult
    static func warn(_ patterns: [String], option: String = "--type") -> [String] {
        patterns.compactMap { text in
            let pattern = TypePattern(text)
            guard !pattern.canMatchAcceptedType else { return nil }
            var warning = "warning: \(option) '\(text)' matches no event type the bus accepts (the catalogue's types, listed by `rapport events`, and site types starting with x-), so it selects nothing"
            if let meant = pattern.likelyMeant {
                warning += "; type patterns use * for any run of characters: did you mean '\(meant)'?"
            }
            Output.error(warning)
            return warning
        }
    }
}
