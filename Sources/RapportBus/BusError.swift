import RapportWire

/// A request the bus refuses, with the wire error code and a message for the client.
struct BusError: Error, CustomStringConvertible {
    let code: ErrorCode
    let message: String

    init(_ code: ErrorCode, _ message: String) {
        self.code = code
        self.message = message
    }

    var description: String { "\(code.rawValue): \(message)" }
}
