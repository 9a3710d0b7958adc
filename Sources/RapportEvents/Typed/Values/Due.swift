/// When a promise is due: an instant, the words used ("by Friday"), or both. The catalogue
/// needs at least one, so "neither" cannot be written.
public enum Due: Sendable, Hashable {
    /// A resolved instant (`due`).
    case instant(Instant)
    /// The words used, read later in the location's zone (`due_text`): "by Friday",
    /// "tomorrow before noon", "within 48 hours", "end of day".
    case words(String)
    /// Both the resolved instant and the words it was read from.
    case both(Instant, words: String)

    /// The instant, when there is one.
    public var instant: Instant? {
        switch self {
        case .instant(let instant), .both(let instant, _): return instant
        case .words: return nil
        }
    }

    /// The words, when there are some.
    public var words: String? {
        switch self {
        case .words(let words), .both(_, let words): return words
        case .instant: return nil
        }
    }

    /// Adds `due` and `due_text` to a `data` object.
    func add(to object: inout DataObjectBuilder) {
        object.add("due", instant)
        object.add("due_text", words)
    }

    /// Reads `due` and `due_text`.
    init(reading data: DataReader) throws(EventValidationError) {
        let instant = try data.optional("due", data.instant)
        let words = try data.optional("due_text", data.string)
        switch (instant, words) {
        case (let instant?, let words?): self = .both(instant, words: words)
        case (let instant?, nil): self = .instant(instant)
        case (nil, let words?): self = .words(words)
        case (nil, nil): throw DataReader.disagreement("\(data.path) has neither 'due' nor 'due_text'")
        }
    }
}
