extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for a body that throws ``ZMQError`` (the standard one only rethrows `any Error`).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(ZMQError) -> R) throws(ZMQError) -> R {
        let result: Result<R, ZMQError> = withUnsafeBytes { raw in Result { () throws(ZMQError) -> R in try body(raw) } }
        return try result.get()
    }
}
