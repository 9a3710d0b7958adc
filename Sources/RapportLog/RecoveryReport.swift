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
    /// Segments (base offsets) read whole, record by record, because no seal showed them
    /// whole on disk: those after the newest sealed segment, the active one always.
    public var readWhole: [UInt64] = []
    /// Closed segments (base offsets) sealed by this start: those read whole and found intact,
    /// or, in a data directory from before seals, every closed segment.
    public var sealed: [UInt64] = []

    mutating func cut(_ path: String, at position: Int64, reason: String) {
        cuts.append((path, position, reason))
    }
}
