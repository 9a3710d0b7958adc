import Foundation
import RapportClient
import Testing
import ZMQ

@Suite("CurveZMQ on tcp", .serialized)
struct CurveTests {
    /// A free loopback port (bind to 0, read it back, release it).
    static func freePort() throws -> Int {
        let context = try Context()
        let socket = try Socket(context, .router)
        try socket.bind("tcp://127.0.0.1:*")
        let endpoint = try socket.lastEndpoint()
        socket.close()
        context.terminate()
        return Int(endpoint.split(separator: ":").last ?? "") ?? 0
    }

    @Test("a bus on tcp serves clients that know its public key, and only those")
    func curve() throws {
        let keys = try CurveKeyPair.generate()
        let ingest = "tcp://127.0.0.1:\(try Self.freePort())"
        let live = "tcp://127.0.0.1:\(try Self.freePort())"
        let bus = try BusProcess()
        let keyFile = bus.root + "/bus.key"
        try (keys.secretKey + "\n").write(toFile: keyFile, atomically: true, encoding: .utf8)
        let config = bus.root + "/rapport.yaml"
        try """
        endpoints: {ingest: "\(ingest)", live: "\(live)"}
        curve: {secret_key_file: "\(keyFile)"}
        """.write(toFile: config, atomically: true, encoding: .utf8)
        try bus.startWith(arguments: ["--config", config], readyAddress: BusAddress(ingest: ingest, live: live, serverKey: keys.publicKey))

        let trusted = try Producer(BusAddress(ingest: ingest, live: live, serverKey: keys.publicKey))
        #expect(try trusted.publish([TestEvents.feedback(id: "over-curve")]) == [.accepted(offset: 0)])

        // A client with the wrong server key never completes the handshake.
        let wrong = try CurveKeyPair.generate()
        let impostor = try Producer(BusAddress(ingest: ingest, live: live, serverKey: wrong.publicKey))
        #expect(throws: ClientError.self) { try impostor.publish([TestEvents.feedback(id: "x")], timeoutMilliseconds: 1_500) }
        // The client library will not even try tcp without the bus's key...
        #expect(throws: ClientError.self) { try Producer(BusAddress(ingest: ingest, live: live)) }
        // ...and a plaintext socket that tries anyway gets no answer.
        let context = try Context()
        let plain = try Socket(context, .dealer)
        try plain.set(.receiveTimeout, 1_500)
        try plain.connect(ingest)
        try plain.send([Array("RAP1".utf8), Array("INFO".utf8)])
        #expect(try plain.receive() == nil)
        plain.close()
        context.terminate()
    }

    @Test("the bus refuses to start on tcp without a CURVE key")
    func refusesPlaintextTCP() throws {
        let bus = try BusProcess()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BusProcess.binary)
        process.arguments = ["bus", "--data-dir", bus.dataDirectory, "--ingest", "tcp://127.0.0.1:\(try Self.freePort())"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(text.contains("CurveZMQ"), "\(text)")
    }
}
