/// Checks CurveZMQ keys written as Z85 text (ZeroMQ RFC 32) without libzmq, so configuration
/// files are validated where they are read.
enum Z85Key {
    /// The 85 characters of Z85, in digit order.
    private static let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#".utf8)
    private static let digits: [UInt8: UInt64] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($0.element, UInt64($0.offset)) })

    /// `true` when `text` is a 32-byte key in Z85: 40 characters of the Z85 alphabet, each
    /// group of 5 standing for a value below 2^32.
    static func isKey(_ text: Substring) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 40 else { return false }
        for group in stride(from: 0, to: 40, by: 5) {
            var value: UInt64 = 0
            for byte in bytes[group..<group + 5] {
                guard let digit = digits[byte] else { return false }
                value = value * 85 + digit
            }
            if value > UInt64(UInt32.max) { return false }
        }
        return true
    }
}
