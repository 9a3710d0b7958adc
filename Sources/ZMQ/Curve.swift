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

    /// The pair of a Z85 secret key, deriving its public key (as a client reads its key file).
    /// Throws when `secretKey` is not a 40-character Z85 key.
    public init(secretKey: String) throws(ZMQError) {
        self.init(publicKey: try Self.publicKey(forSecret: secretKey), secretKey: secretKey)
    }

    /// Generates a fresh pair with libzmq (needs libzmq built with libsodium, as Debian's is).
    public static func generate() throws(ZMQError) -> CurveKeyPair {
        var pub = [CChar](repeating: 0, count: 41)
        var sec = [CChar](repeating: 0, count: 41)
        if zmq_curve_keypair(&pub, &sec) != 0 { throw ZMQError.last("zmq_curve_keypair") }
        return CurveKeyPair(publicKey: String(nulTerminated: pub), secretKey: String(nulTerminated: sec))
    }

    /// Derives the public key of a Z85 secret key; throws (EINVAL) unless `secret` is a
    /// 40-character Z85 key.
    public static func publicKey(forSecret secret: String) throws(ZMQError) -> String {
        // libzmq decodes into a 32-byte buffer without checking the length: check it here.
        guard secret.utf8.count == 40 else {
            throw ZMQError(code: EINVAL, operation: "zmq_curve_public", reason: "a secret key is 40 Z85 characters, got \(secret.utf8.count)")
        }
        var pub = [CChar](repeating: 0, count: 41)
        if zmq_curve_public(&pub, secret) != 0 { throw ZMQError.last("zmq_curve_public") }
        return String(nulTerminated: pub)
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
