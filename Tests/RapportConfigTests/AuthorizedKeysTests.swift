import RapportConfig
import Testing

@Suite("authorized keys file")
struct AuthorizedKeysTests {
    /// Two real Z85 public keys (made by `rapport keygen`).
    static let alice = "t1[(yE@4xC@-N8I?iNmYTF=E6/u4qkQ[kH$H>Mmo"
    static let bob = "tS15zHkla.6}=y#pMP)QUrx>j.Vpk2.H3=ZFgGyS"

    @Test("one key a line")
    func keys() throws {
        let keys = try AuthorizedKeys.parse("\(Self.alice)\n\(Self.bob)\n", file: "clients.keys")
        #expect(keys.keys == [Self.alice, Self.bob])
        #expect(keys.contains(Self.alice))
        #expect(!keys.contains(String(repeating: "0", count: 40)))
    }

    @Test("blank lines, # comments, trailing comments and CRLF are allowed")
    func commentsAndBlanks() throws {
        let text = """
            # Rapport: clients allowed on tcp

            \(Self.alice)   # front desk 1
              \(Self.bob)\r
            \t
            #\(Self.alice.prefix(10)) a commented-out key
            """
        let keys = try AuthorizedKeys.parse(text, file: "clients.keys")
        #expect(keys.keys == [Self.alice, Self.bob])
    }

    @Test("a file of comments only lists no keys")
    func empty() throws {
        #expect(try AuthorizedKeys.parse("# nobody yet\n\n", file: "k").keys.isEmpty)
        #expect(try AuthorizedKeys.parse("", file: "k").keys.isEmpty)
    }

    @Test("a line of 40 Z85 characters starting with # is a comment: no key starts with #")
    func hashLine() throws {
        #expect(try AuthorizedKeys.parse("#" + Self.alice.dropFirst() + "\n", file: "k").keys.isEmpty)
    }

    static let badLines: [(text: String, line: Int, says: String)] = [
        ("\(alice)\nnot-a-key\n", 2, "\"not-a-key\" is not a client public key"),
        ("# ok\n\n\(alice.dropLast())\n", 3, "is not a client public key"),
        ("\(alice)x\n", 1, "is not a client public key"),
        ("\(alice) front desk\n", 1, "text after the key must be a comment"),
        // ~ and " are not Z85 characters.
        ("\(alice.dropLast())~\n", 1, "is not a client public key"),
        // "%%%%%" stands for a value above 2^32, so this is no key either.
        ("%%%%%" + alice.dropFirst(5) + "\n", 1, "is not a client public key"),
    ]

    @Test("anything else is refused, naming the file and the line", arguments: badLines)
    func badLine(text: String, line: Int, says: String) {
        let error = #expect(throws: ConfigError.self) { try AuthorizedKeys.parse(text, file: "/etc/rapport/clients.keys") }
        #expect(error?.description.hasPrefix("/etc/rapport/clients.keys: line \(line): ") == true, "\(error?.description ?? "")")
        #expect(error?.description.contains(says) == true, "\(error?.description ?? "")")
        #expect(error?.description.contains("rapport keygen") == true)
    }

    @Test("a long bad line is shortened in the message")
    func longLine() {
        let error = #expect(throws: ConfigError.self) { try AuthorizedKeys.parse(String(repeating: "x", count: 500), file: "k") }
        #expect((error?.description.count ?? 0) < 300)
    }
}
