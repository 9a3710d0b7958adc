import RapportEvents

/// The rule for consumer group names, which are also directory names on the bus.
public enum GroupName {
    /// `nil` if `name` is acceptable, else why not.
    public static func problem(_ name: String) -> String? {
        guard !name.isEmpty, name.utf8.count <= 64 else { return "group name must be 1 to 64 characters" }
        let ok = name.utf8.allSatisfy { b in
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 45 || b == 95 || b == 46
        }
        guard ok, name.first != "." else {
            return "group name \(Excerpt.quoted(name)) may hold only letters, digits, '.', '-' and '_' and must not start with '.'"
        }
        return nil
    }
}
