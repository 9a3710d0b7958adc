import ZMQ

/// Where a client finds the bus, and the CURVE keys for tcp.
public struct BusAddress: Sendable {
    /// The bus's ROUTER endpoint (producers and consumers).
    public var ingest: String
    /// The bus's XPUB endpoint (live feed).
    public var live: String
    /// The bus's CURVE public key, needed for tcp endpoints.
    public var serverKey: String?
    /// This client's CURVE keys for tcp. A bus with `curve.authorized_keys_file` lets the
    /// client in only when `clientKeys.publicKey` is listed there; when absent, a throwaway
    /// pair is generated per connection, which only a bus with `curve.allow_any_client` accepts.
    public var clientKeys: CurveKeyPair?

    /// The default ipc endpoints inside `dataDirectory` (as `rapport bus` binds them).
    public init(dataDirectory: String) {
        ingest = "ipc://\(dataDirectory)/bus.sock"
        live = "ipc://\(dataDirectory)/live.sock"
    }

    /// Explicit endpoints.
    public init(ingest: String, live: String, serverKey: String? = nil, clientKeys: CurveKeyPair? = nil) {
        self.ingest = ingest
        self.live = live
        self.serverKey = serverKey
        self.clientKeys = clientKeys
    }

    /// What to check when the bus at `endpoint` does not answer, for timeout messages: on tcp a
    /// wrong server key or an unlisted client key looks the same as no bus at all.
    func silenceHint(for endpoint: String) -> String {
        guard endpoint.hasPrefix("tcp://") else { return "is `rapport bus` running at this endpoint?" }
        return "is `rapport bus` running at this endpoint, is the server key its public key, "
            + "and is this client's public key registered with the bus (`rapport keys list`) and not revoked?"
    }

    /// Applies CURVE to `socket` when `endpoint` is tcp.
    func secure(_ socket: Socket, for endpoint: String) throws(ClientError) {
        guard endpoint.hasPrefix("tcp://") else { return }
        guard let serverKey else {
            throw ClientError.configuration("\(endpoint) is tcp, which needs CurveZMQ: pass the bus's public key (--server-key)")
        }
        do throws(ZMQError) {
            let keys: CurveKeyPair
            if let clientKeys { keys = clientKeys } else { keys = try CurveKeyPair.generate() }
            try socket.makeCurveClient(keys, serverKey: serverKey)
        } catch {
            throw ClientError.transport(error)
        }
    }
}
