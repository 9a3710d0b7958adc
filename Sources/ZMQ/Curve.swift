import CZeroMQ

/// A CurveZMQ key pair in Z85 text (40 characters each).
public struct CurveKeyPair: Sendable, Equatable {
    /// The public key: give it to peers.
    public let publicKey: String
    /// The secret key: keep it in a file only its owner can read.
    public let secretKey: String

    /// Wraps existing keys; both must be 40-character Z85 strings.
    public init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    /// Generates a fresh pair with libzmq (needs libzmq built with libsodium, as Debian's is).
    public static func generate() throws(ZMQError) -> CurveKeyPair {
        var pub = [CChar](repeating: 0, count: 41)
        var sec = [CChar](repeating: 0, count: 41)
        if zmq_curve_keypair(&pub, &sec) != 0 { throw ZMQError.last("zmq_curve_keypair") }
        return CurveKeyPair(publicKey: Self.text(pub), secretKey: Self.text(sec))
    }

    /// Derives the public key of a Z85 secret key.
    public static func publicKey(forSecret secret: String) throws(ZMQError) -> String {
        var pub = [CChar](repeating: 0, count: 41)
        if zmq_curve_public(&pub, secret) != 0 { throw ZMQError.last("zmq_curve_public") }
        return text(pub)
    }

    private static func text(_ chars: [CChar]) -> String {
        String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension Socket {
    /// Makes this socket a CURVE server with `keys`: every peer must know `keys.publicKey`.
    public func makeCurveServer(_ keys: CurveKeyPair) throws(ZMQError) {
        try set(.curveServer, 1)
        try set(.curveSecretKey, keys.secretKey)
    }

    /// Makes this socket a CURVE client of the server whose public key is `serverKey`.
    public func makeCurveClient(_ keys: CurveKeyPair, serverKey: String) throws(ZMQError) {
        try set(.curveServerKey, serverKey)
        try set(.curvePublicKey, keys.publicKey)
        try set(.curveSecretKey, keys.secretKey)
    }
}
