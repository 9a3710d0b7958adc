/// Word sequences indexed by their first word, so that finding which of them starts at a
/// token costs one dictionary look-up instead of a scan of the whole list.
struct PhraseIndex: Sendable {
    /// The sequences by first word, longest first.
    private let byFirstWord: [String: [[String]]]

    /// An index of `sequences` (each at least one word).
    init(_ sequences: [[String]]) {
        var index: [String: [[String]]] = [:]
        for sequence in sequences where !sequence.isEmpty { index[sequence[0], default: []].append(sequence) }
        byFirstWord = index.mapValues { $0.sorted { $0.count > $1.count } }
    }

    /// The words the sequences start with.
    var firstWords: Set<String> { Set(byFirstWord.keys) }

    /// The index after the longest sequence that starts at token `start` (below `end`), or `nil`.
    func match(_ tokens: [Token], at start: Int, end: Int) -> Int? {
        guard start < end, tokens[start].kind == .word, let candidates = byFirstWord[tokens[start].text] else { return nil }
        for sequence in candidates where start + sequence.count <= end {
            var matched = true
            for offset in 1..<sequence.count where tokens[start + offset].kind != .word || tokens[start + offset].text != sequence[offset] {
                matched = false
                break
            }
            if matched { return start + sequence.count }
        }
        return nil
    }
}
