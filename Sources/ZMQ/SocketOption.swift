import CZeroMQ

/// Integer socket options.
public enum IntOption: Sendable {
    /// Milliseconds unsent messages are kept after close; Rapport uses 0 so shutdown never hangs.
    case linger
    /// Outgoing queue limit in messages.
    case sendHighWaterMark
    /// Incoming queue limit in messages.
    case receiveHighWaterMark
    /// Receive timeout in milliseconds (-1 waits forever).
    case receiveTimeout
    /// Send timeout in milliseconds (-1 waits forever).
    case sendTimeout
    /// ROUTER: fail with EHOSTUNREACH instead of dropping messages to unknown peers.
    case routerMandatory
    /// XPUB: pass every subscription message up, not only new ones.
    case xpubVerbose
    /// 1 makes this socket a CURVE server (needs a secret key).
    case curveServer
    /// Queue messages only to completed connections.
    case immediate
    /// Milliseconds between reconnection attempts.
    case reconnectInterval
    /// ZMTP heartbeat interval in milliseconds (0 disables).
    case heartbeatInterval
    /// ZMTP heartbeat timeout in milliseconds.
    case heartbeatTimeout

    var raw: Int32 {
        switch self {
        case .linger: ZMQ_LINGER
        case .sendHighWaterMark: ZMQ_SNDHWM
        case .receiveHighWaterMark: ZMQ_RCVHWM
        case .receiveTimeout: ZMQ_RCVTIMEO
        case .sendTimeout: ZMQ_SNDTIMEO
        case .routerMandatory: ZMQ_ROUTER_MANDATORY
        case .xpubVerbose: ZMQ_XPUB_VERBOSE
        case .curveServer: ZMQ_CURVE_SERVER
        case .immediate: ZMQ_IMMEDIATE
        case .reconnectInterval: ZMQ_RECONNECT_IVL
        case .heartbeatInterval: ZMQ_HEARTBEAT_IVL
        case .heartbeatTimeout: ZMQ_HEARTBEAT_TIMEOUT
        }
    }
}

/// 64-bit integer socket options.
public enum Int64Option: Sendable {
    /// Largest inbound frame in bytes; a peer that sends a larger one is disconnected (-1: no limit).
    case maxMessageSize

    var raw: Int32 {
        switch self {
        case .maxMessageSize: ZMQ_MAXMSGSIZE
        }
    }
}

/// Byte-string socket options.
public enum BytesOption: Sendable {
    /// SUB: receive messages whose first frame starts with these bytes (empty: all).
    case subscribe
    /// SUB: stop receiving a prefix.
    case unsubscribe
    /// The routing id a ROUTER peer sees for this socket.
    case routingID
    /// CURVE: this socket's public key (Z85, 40 characters).
    case curvePublicKey
    /// CURVE: this socket's secret key (Z85, 40 characters).
    case curveSecretKey
    /// CURVE client: the server's public key (Z85, 40 characters).
    case curveServerKey
    /// The ZAP domain a server socket's clients are authenticated in.
    case zapDomain

    var raw: Int32 {
        switch self {
        case .zapDomain: ZMQ_ZAP_DOMAIN
        case .subscribe: ZMQ_SUBSCRIBE
        case .unsubscribe: ZMQ_UNSUBSCRIBE
        case .routingID: ZMQ_ROUTING_ID
        case .curvePublicKey: ZMQ_CURVE_PUBLICKEY
        case .curveSecretKey: ZMQ_CURVE_SECRETKEY
        case .curveServerKey: ZMQ_CURVE_SERVERKEY
        }
    }
}
