import Testing
@testable import NameMatching

/// The nickname table: its text format, its look-ups and the shipped table.
@Suite("Nickname table") struct NicknameTableTests {
    @Test func parsesLinesCommentsAndSpellings() throws {
        let table = try NicknameTable(parsing: """
            # English
            Robert: Bob, Bobby, Rob   # a comment after the names

            Aleksandr / Alexander: Sasha, Саша
            """)
        #expect(Set(table.equivalents(of: "Robert")) == ["Bob", "Bobby", "Rob"])
        #expect(table.equivalents(of: "bob") == ["Robert"])
        #expect(Set(table.equivalents(of: "ALEXANDER")) == ["Aleksandr", "Sasha", "Саша"])
        #expect(table.equivalents(of: "Sasha").contains("Alexander"))
        #expect(!table.equivalents(of: "Bob").contains("Bobby"))
        #expect(table.contains("Саша"))
        #expect(!table.contains("Robin"))
    }

    @Test func foldsAccentsAndCase() throws {
        let table = try NicknameTable(parsing: "Alejandro: Álex, Ale")
        #expect(table.equivalents(of: "alex") == ["Alejandro"])
        #expect(table.equivalents(of: "ÁLEX") == ["Alejandro"])
    }

    @Test func reportsTheLineOfAnError() {
        #expect(throws: NicknameTableError.self) { try NicknameTable(parsing: "Robert: Bob\nElizabeth Liz") }
        do {
            _ = try NicknameTable(parsing: "Robert: Bob\nElizabeth Liz")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.contains("line 2"))
        }
        #expect(throws: NicknameTableError.self) { try NicknameTable(parsing: ": Bob") }
    }

    @Test func mergesTables() throws {
        let merged = try NicknameTable(parsing: "Robert: Bob").merging(NicknameTable(parsing: "Robert: Rab"))
        #expect(Set(merged.equivalents(of: "Robert")) == ["Bob", "Rab"])
    }

    @Test func theShippedTableIsBroadAndParses() throws {
        let parsed = try NicknameTable(parsing: NicknameTable.defaultText)
        #expect(parsed.count == NicknameTable.default.count)
        #expect(NicknameTable.default.count > 1000)
        let samples: [(String, String)] = [
            ("Robert", "Bob"), ("Elizabeth", "Liz"), ("Elizabeth", "Beth"), ("Margaret", "Peggy"),
            ("Francisco", "Paco"), ("José", "Pepe"), ("Giuseppe", "Beppe"), ("Johannes", "Hans"),
            ("Małgorzata", "Gosia"), ("Wojciech", "Wojtek"), ("Aleksandr", "Sasha"), ("Ekaterina", "Katya"),
            ("Jessica", "Jess"), ("Rebecca", "Becky"), ("Alejandro", "Álex"), ("Giovanni", "Gianni"),
            ("Willem", "Wim"), ("Lars", "Lasse"), ("Erzsébet", "Erzsi"), ("Κωνσταντίνος", "Κώστας"),
            ("Mohammed", "Mo"), ("Chukwuemeka", "Emeka"),
        ]
        for (name, nickname) in samples {
            #expect(NicknameTable.default.equivalents(of: name).contains(nickname), "\(name) -> \(nickname)")
        }
    }
}
