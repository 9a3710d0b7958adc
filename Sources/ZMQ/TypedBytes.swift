extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for a body that throws ``ZMQError`` (the standard one only rethrows `any Error`).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(ZMQError) -> R) throws(ZMQError) -> R {
        let result: Result<R, ZMQError> = withUnsafeBytes { raw in Result { () throws(ZMQError) -> R in try body(raw) } }
        return try result.get()
    }
}

extension String {
    /// The text of a C buffer libzmq filled, up to its first NUL.
    init(nulTerminated chars: [CChar]) {
        self.init(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
