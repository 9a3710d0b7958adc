import CZeroMQ

/// Z85 text (ZeroMQ RFC 32), the printable form of CURVE keys, encoded by libzmq.
public enum Z85 {
    /// The Z85 text of `bytes` (a 32-byte CURVE key gives 40 characters); `nil` unless the
    /// count is a multiple of 4, as Z85 requires.
    public static func encode(_ bytes: [UInt8]) -> String? {
        guard bytes.count % 4 == 0 else { return nil }
        var text = [CChar](repeating: 0, count: bytes.count / 4 * 5 + 1)
        guard zmq_z85_encode(&text, bytes, bytes.count) != nil else { return nil }
        return String(nulTerminated: text)
    }
}
