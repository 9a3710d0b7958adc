/// What opening the log found and repaired.
public struct RecoveryReport: Sendable {
    /// Records found valid.
    public var records: UInt64 = 0
    /// Segments opened.
    public var segments = 0
    /// Torn or damaged tails that were cut: file, byte position, why.
    public var cuts: [(path: String, position: Int64, reason: String)] = []
    /// Files derived from the records (identity hashes) that had lost data and were rebuilt.
    public var rebuilt: [String] = []

    mutating func cut(_ path: String, at position: Int64, reason: String) {
        cuts.append((path, position, reason))
    }
}
