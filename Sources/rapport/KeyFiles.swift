import Foundation
import ZMQ

/// Reads CurveZMQ key files as `rapport keygen --out NAME` writes them (the secret key in NAME,
/// mode 0600; the public key in NAME.pub), and refuses the mix-ups a person makes with them: a
/// public key where the secret key belongs, the bus's secret key handed out as its public key.
///
/// A Z85 public key and a Z85 secret key look alike (40 characters each), so a public key in a
/// secret key file is recognised by where it comes from: a `.pub` file, the same key as the
/// file's `.pub` neighbour, or the bus's own public key.
enum KeyFiles {
    /// The client key pair whose secret key is in `path` (`option` names it in messages).
    ///
    /// Warns on standard error when the file is readable by its group or others, naming the
    /// `chmod` that fixes it. `serverKey`, when known, is the bus's public key: a secret key
    /// file holding it is refused.
    static func secretKeyPair(_ path: String, option: String, serverKey: String?) throws(CommandFailure) -> CurveKeyPair {
        if path.hasSuffix(".pub") {
            let secret = String(path.dropLast(4))
            let instead = FileManager.default.fileExists(atPath: secret) ? ": give \(option) \(secret)" : ""
            throw CommandFailure("\(option) \(path) is a public key file (`rapport keygen` writes the public key to NAME.pub and the secret key to NAME); a client needs its secret key file\(instead)")
        }
        let key = try firstKey(path, option: option, what: "secret key")
        if let neighbour = try? firstKey(path + ".pub", option: option, what: "public key"), neighbour == key {
            throw CommandFailure("\(option) \(path) holds a public key (the same as \(path).pub), not a secret key: give the file `rapport keygen --out` wrote the secret key to")
        }
        if let serverKey, key == serverKey {
            throw CommandFailure("\(option) \(path) holds the bus's public key (the server key), not this client's secret key: make the client its own pair with `rapport keygen --out client.key` and pass \(option) client.key")
        }
        warnIfReadableByOthers(path, what: "secret key file")
        do { return try CurveKeyPair(secretKey: key) } catch {
            throw CommandFailure("\(option) \(path) must hold a 40-character Z85 secret key on its first line, as `rapport keygen --out` writes it")
        }
    }

    /// The bus's public key in `path` (a `.pub` file written by `rapport keygen`).
    static func publicKey(_ path: String, option: String) throws(CommandFailure) -> String {
        let key = try firstKey(path, option: option, what: "public key")
        if !path.hasSuffix(".pub"), let neighbour = try? firstKey(path + ".pub", option: option, what: "public key"), neighbour != key {
            throw CommandFailure("\(option) \(path) holds a secret key (its public key is in \(path).pub): give \(option) \(path).pub, and keep \(path) on the bus's host only")
        }
        guard isZ85Key(key) else {
            throw CommandFailure("\(option) \(path) must hold the bus's 40-character Z85 public key on its first line, as `rapport keygen --out` writes it to NAME.pub")
        }
        return key
    }

    /// A client's public key in `path` (the `.pub` file `rapport keygen` wrote on the client),
    /// for registering it; a secret key file is refused (it must never leave the client).
    static func clientPublicKey(_ path: String) throws(CommandFailure) -> String {
        let key = try firstKey(path, option: "--public-key-file", what: "public key")
        if !path.hasSuffix(".pub"), let neighbour = try? firstKey(path + ".pub", option: "--public-key-file", what: "public key"), neighbour != key {
            throw CommandFailure("--public-key-file \(path) holds a secret key (its public key is in \(path).pub): give \(path).pub; the secret key stays with the client")
        }
        guard isZ85Key(key) else {
            throw CommandFailure("--public-key-file \(path) must hold a 40-character Z85 public key on its first line, as `rapport keygen --out` writes it to NAME.pub")
        }
        return key
    }

    /// Whether `key` is 40 characters of Z85 (a 32-byte CurveZMQ key).
    static func isZ85Key(_ key: String) -> Bool {
        // Any 32 bytes are a valid secret key, so deriving a public key checks the encoding.
        key.utf8.count == 40 && (try? CurveKeyPair.publicKey(forSecret: key)) != nil
    }

    /// Warns on standard error when the secret key file at `path` may be read by its group or
    /// others, with the `chmod` that fixes it; returns the warning (or `nil`).
    @discardableResult
    static func warnIfReadableByOthers(_ path: String, what: String) -> String? {
        guard let mode = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int,
              mode & 0o044 != 0 else { return nil }
        let who = mode & 0o004 != 0 ? "every user" : "its group"
        let warning = "warning: the \(what) \(path) is readable by \(who) (mode \(String(format: "%04o", mode))): anyone who reads it can act as its owner; run `chmod 600 \(path)`"
        Output.error(warning)
        return warning
    }

    /// The first key in `path`: its first line that is not blank or a `#` comment, up to any
    /// whitespace (so `KEY  # front desk 3` reads as KEY).
    private static func firstKey(_ path: String, option: String, what: String) throws(CommandFailure) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.cannotRead("\(option) (the \(what) file)", path)
        }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            return String(trimmed.prefix { !$0.isWhitespace })
        }
        throw CommandFailure("\(option) \(path) is empty: it must hold a 40-character Z85 \(what), as `rapport keygen --out` writes it")
    }
}
