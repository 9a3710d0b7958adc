extension JSONValue {
    /// Compact JSON (no whitespace) as UTF-8 bytes.
    ///
    /// Strings are escaped as JSON requires (`"`, `\` and control characters); numbers are
    /// written as their literal text; for an object holding a key twice only the first member
    /// is written, so the output always parses.
    public func serialized() -> [UInt8] {
        var writer = JSONWriter()
        writer.write(self)
        return writer.bytes
    }

    /// ``serialized()`` as a `String`.
    public var serializedString: String {
        String(decoding: serialized(), as: UTF8.self)
    }
}
