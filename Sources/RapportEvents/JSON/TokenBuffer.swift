/// Storage for a tape's tokens: one allocation, written through a pointer without the
/// uniqueness and bounds checks of `Array` (the parser is the only writer, and every index it
/// hands out is one it wrote). The count lives in the ``JSONTape``.
final class TokenBuffer: ManagedBuffer<Void, JSONToken> {
    /// An empty buffer with room for at least `capacity` tokens.
    static func make(capacity: Int) -> TokenBuffer {
        // `create` returns the dynamic type it was called on.
        unsafeDowncast(create(minimumCapacity: capacity) { _ in }, to: TokenBuffer.self)
    }

    /// The first token (tokens are trivial values; no deinitialization is needed).
    var tokens: UnsafeMutablePointer<JSONToken> {
        withUnsafeMutablePointerToElements { $0 }
    }
}
