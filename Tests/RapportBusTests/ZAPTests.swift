import RapportConfig
import Testing
import ZMQ
@testable import RapportBus

/// The ZAP handler's pure parts: request parsing, the decision, the reply frames.
@Suite("ZAP (client authentication on tcp)")
struct ZAPTests {
    /// 32 key bytes and their Z85 text: the RFC 32 test vector (8 bytes, "HelloWorld") 4 times.
    static let keyBytes: [UInt8] = Array(repeating: [0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B], count: 4).flatMap { $0 }
    static let keyText = String(repeating: "HelloWorld", count: 4)
    static let other = "t1[(yE@4xC@-N8I?iNmYTF=E6/u4qkQ[kH$H>Mmo"

    static func curveRequest(_ key: [UInt8] = keyBytes) -> ZAPRequest {
        ZAPRequest(requestID: Array("1".utf8), address: "10.0.0.7", mechanism: "CURVE", credentials: [key])
    }

    @Test("Z85 encodes as libzmq does (RFC 32 test vector)")
    func z85() {
        #expect(Z85.encode(Self.keyBytes) == Self.keyText)
        #expect(Z85.encode([1, 2, 3]) == nil)
    }

    @Test("a request is parsed from libzmq's frames")
    func parse() throws {
        let frames: [[UInt8]] = [Array("1.0".utf8), Array("1".utf8), [], Array("127.0.0.1".utf8), [], Array("CURVE".utf8), Self.keyBytes]
        let request = try ZAPRequest(frames: frames)
        #expect(request == ZAPRequest(requestID: Array("1".utf8), address: "127.0.0.1", mechanism: "CURVE", credentials: [Self.keyBytes]))
    }

    @Test("malformed requests keep their request id for the 400 reply")
    func malformed() {
        let short = #expect(throws: MalformedZAPRequest.self) { try ZAPRequest(frames: [Array("1.0".utf8), Array("7".utf8)]) }
        #expect(short?.requestID == Array("7".utf8))
        let version = #expect(throws: MalformedZAPRequest.self) {
            try ZAPRequest(frames: [Array("2.0".utf8), Array("8".utf8), [], [], [], Array("CURVE".utf8)])
        }
        #expect(version?.requestID == Array("8".utf8))
        #expect(version?.reason.contains("not 1.0") == true)
        #expect(throws: MalformedZAPRequest.self) { try ZAPRequest(frames: []) }
    }

    /// Who a key is, as ``ClientKeys`` would say: `listed` keys are admin (unassigned legacy
    /// keys), `roles` registered ones, any other refused.
    static func who(listed: Set<String> = [], roles: [String: KeyRole] = [:]) -> (String) -> Principal {
        { key in
            if let role = roles[key] {
                return Principal(identity: .registered(RegisteredKey(name: "k", publicKey: key, role: role,
                                                                      locations: .only(["store-12"]), consumes: ["x"])))
            }
            if listed.contains(key) { return Principal(identity: .unassigned(publicKey: key)) }
            return Principal(identity: .refused(publicKey: key, reason: "the key is not registered"))
        }
    }

    @Test("a known key is accepted; its Z85 text becomes the user id")
    func listed() {
        let decision = CurveAuthenticator.decide(Self.curveRequest(), principal: Self.who(listed: [Self.other, Self.keyText]))
        #expect(decision == .accept(clientKey: Self.keyText))
        #expect(decision.reply(to: Array("1".utf8)) == [
            Array("1.0".utf8), Array("1".utf8), Array("200".utf8), Array("OK".utf8), Array(Self.keyText.utf8), [],
        ])
    }

    @Test("an unknown or revoked key is refused with 400, naming the key for the log")
    func unlisted() {
        let decision = CurveAuthenticator.decide(Self.curveRequest(), principal: Self.who(listed: [Self.other]))
        guard case .refuse(let key, let reason) = decision else { Issue.record("accepted: \(decision)"); return }
        #expect(key == Self.keyText)
        #expect(reason.contains("not registered"))
        let reply = decision.reply(to: Array("1".utf8))
        #expect(reply.count == 6)
        #expect(reply[2] == Array("400".utf8))
        #expect(reply[4].isEmpty && reply[5].isEmpty)
    }

    @Test("the live feed's socket lets in admin keys only; the ingest socket every known role")
    func liveFeed() {
        for role in KeyRole.allCases {
            let who = Self.who(roles: [Self.keyText: role])
            var live = Self.curveRequest()
            live = ZAPRequest(requestID: live.requestID, domain: CurveAuthenticator.liveDomain, address: live.address,
                              mechanism: live.mechanism, credentials: live.credentials)
            let ingest = CurveAuthenticator.decide(Self.curveRequest(), principal: who)
            #expect(ingest == .accept(clientKey: Self.keyText))
            let followed = CurveAuthenticator.decide(live, principal: who)
            #expect((followed == .accept(clientKey: Self.keyText)) == (role == .admin), "\(role): \(followed)")
        }
    }

    static let otherMechanisms: [ZAPRequest] = [
        ZAPRequest(address: "10.0.0.7", mechanism: "NULL", credentials: []),
        ZAPRequest(address: "10.0.0.7", mechanism: "PLAIN", credentials: [Array("admin".utf8), Array("secret".utf8)]),
        ZAPRequest(address: "10.0.0.7", mechanism: "CURVE", credentials: []),
        ZAPRequest(address: "10.0.0.7", mechanism: "CURVE", credentials: [Array(keyBytes.prefix(31))]),
    ]

    @Test("other mechanisms and malformed CURVE credentials are refused, even under allow_any_client", arguments: otherMechanisms)
    func otherMechanism(request: ZAPRequest) {
        guard case .refuse(nil, _) = CurveAuthenticator.decide(request, principal: Self.who(listed: [Self.keyText])) else {
            Issue.record("not refused without a key")
            return
        }
    }
}
