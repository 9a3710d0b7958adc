import RapportLog
import RapportWire

/// Rules for consumer group names, which are also directory names.
enum GroupNames {
    /// `nil` if `name` is acceptable, else why not (the protocol's rule, ``GroupName``).
    static func problem(_ name: String) -> String? { GroupName.problem(name) }

    /// The group directories under `directory`.
    static func list(_ directory: String) throws(LogError) -> [String] {
        try listDirectory(directory).filter { problem($0) == nil }.sorted()
    }
}
