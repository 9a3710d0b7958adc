/// How a client is named in the bus's log: its ZeroMQ routing id in hex (libzmq gives each
/// connection a 5-byte id, so `00-6b8b4567`; a client that sets `ZMQ_ROUTING_ID` shows its own,
/// printable if it is).
struct ClientName {
    /// The routing id as a readable string.
    let routingID: String

    init(_ identity: [UInt8]) {
        if !identity.isEmpty, identity.first != 0, identity.count <= 64,
           identity.allSatisfy({ $0 >= 0x21 && $0 < 0x7F }) {
            routingID = String(decoding: identity, as: UTF8.self)
            return
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for (i, byte) in identity.prefix(32).enumerated() {
            if i == 1 { hex.append(UInt8(ascii: "-")) }
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        routingID = String(decoding: hex, as: UTF8.self)
    }
}
