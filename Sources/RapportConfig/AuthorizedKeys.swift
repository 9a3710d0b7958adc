/// The CURVE public keys of the clients allowed to connect on tcp, read from the file named
/// by `curve.authorized_keys_file`.
///
/// The file holds one Z85 public key (40 characters, as `rapport keygen` prints it) a line;
/// text after the key that starts with `#` is a comment (`<key>  # front desk 2`). Blank
/// lines and lines starting with `#` are skipped (no key begins with `#`: in Z85 that digit
/// would stand for more than 32 bits). Anything else is an error naming the file and the line.
public struct AuthorizedKeys: Sendable, Equatable {
    /// The listed keys, in Z85.
    public let keys: Set<String>

    /// Wraps a set of Z85 public keys.
    public init(keys: Set<String>) {
        self.keys = keys
    }

    /// Whether the Z85 public key `key` is listed.
    public func contains(_ key: String) -> Bool {
        keys.contains(key)
    }

    /// Parses the text of an authorized keys file; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ConfigError) -> AuthorizedKeys {
        var keys: Set<String> = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let fields = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            guard Z85Key.isKey(first) else {
                let shown = rawLine.count > 48 ? rawLine.prefix(45) + "..." : rawLine
                throw lineError(file, index + 1, "\"\(shown)\" is not a client public key")
            }
            guard fields.count == 1 || fields[1].hasPrefix("#") else {
                throw lineError(file, index + 1, "text after the key must be a comment starting with #")
            }
            keys.insert(String(first))
        }
        return AuthorizedKeys(keys: keys)
    }

    private static func lineError(_ file: String, _ line: Int, _ problem: String) -> ConfigError {
        ConfigError(source: file, key: "", "line \(line): \(problem); write one 40-character Z85 public key a line "
            + "(the public key `rapport keygen` prints), blank lines and # comments")
    }
}
