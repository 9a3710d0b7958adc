/// A parsed JSON text as a flat list of tokens over the input bytes: the structure is checked
/// and nothing is copied, so readers pull out only what they need.
///
/// An object's token is followed by its members, each a key (a string token) and then the
/// value; an array's token is followed by its elements. The tape points into the parsed bytes
/// and must not outlive them.
struct JSONTape {
    /// The parsed bytes.
    let base: UnsafePointer<UInt8>
    /// How many bytes were parsed.
    let count: Int
    /// Keeps the tokens alive.
    private(set) var storage: TokenBuffer
    /// The tokens (owned by `storage`; every index the parser hands out is below `tokenCount`).
    private(set) var tokens: UnsafeMutablePointer<JSONToken>

    /// How many tokens there are.
    private(set) var tokenCount = 0
    /// How many tokens fit in `storage`.
    private var capacity: Int

    init(base: UnsafePointer<UInt8>, count: Int, capacity: Int) {
        self.base = base
        self.count = count
        self.capacity = max(capacity, 16)
        self.storage = TokenBuffer.make(capacity: self.capacity)
        self.tokens = storage.tokens
    }

    /// Appends a token; returns its index.
    @inline(__always)
    @discardableResult
    mutating func append(_ token: JSONToken) -> Int {
        let index = tokenCount
        if index == capacity { grow() }
        tokens[index] = token
        tokenCount = index + 1
        return index
    }

    /// Moves the tokens to storage twice the size.
    private mutating func grow() {
        let bigger = TokenBuffer.make(capacity: capacity * 2)
        bigger.tokens.update(from: tokens, count: tokenCount)
        storage = bigger
        tokens = bigger.tokens
        capacity *= 2
    }

    /// The kind of the token at `index`.
    @inline(__always)
    func kind(_ index: Int) -> JSONToken.Kind {
        tokens[index].kind
    }

    /// The index after the value at `index` (skipping whatever it contains).
    @inline(__always)
    func next(_ index: Int) -> Int {
        Int(tokens[index].next)
    }

    /// The raw bytes of a scalar token (a string's content without quotes, escapes as sent).
    @inline(__always)
    func rawBytes(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let token = tokens[index]
        return UnsafeBufferPointer(start: base + Int(token.start), count: Int(token.length))
    }

    /// Whether the token is a string.
    @inline(__always)
    func isString(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .string || kind == .escapedString
    }

    /// Whether the token is a string with at least one character.
    func isNonEmptyString(_ index: Int) -> Bool {
        isString(index) && tokens[index].length > 0
    }

    /// The JSON type's name of the token, as ``JSONValue/typeName``.
    func typeName(_ index: Int) -> String {
        switch tokens[index].kind {
        case .null: return "null"
        case .falseValue, .trueValue: return "boolean"
        case .number: return "number"
        case .string, .escapedString: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}
