extension Array where Element == UInt8 {
    /// `withUnsafeBytes` for a body that throws ``LogError`` (the standard one only rethrows `any Error`).
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws(LogError) -> R) throws(LogError) -> R {
        let result: Result<R, LogError> = withUnsafeBytes { raw in Result { () throws(LogError) -> R in try body(raw) } }
        return try result.get()
    }

    /// `withUnsafeMutableBytes` for a body that throws ``LogError``.
    mutating func withMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws(LogError) -> R) throws(LogError) -> R {
        let result: Result<R, LogError> = withUnsafeMutableBytes { raw in Result { () throws(LogError) -> R in try body(raw) } }
        return try result.get()
    }
}
