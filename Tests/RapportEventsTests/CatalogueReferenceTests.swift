import Foundation
import Testing
@testable import RapportEvents

@Suite("The catalogue reference")
struct CatalogueReferenceTests {
    @Test("lists every type once, with each required field")
    func everyType() {
        let rows = EventCatalogue.reference().split(separator: "\n").dropFirst(2)
        #expect(rows.count == EventCatalogue.knownTypes.count)
        for entry in EventCatalogue.entries {
            let row = rows.first { $0.hasPrefix("| `\(entry.type)` |") }
            #expect(row != nil, "no row for \(entry.type)")
            for field in entry.shape.fields where field.isRequired {
                #expect(row?.contains("`\(field.name)` (") == true || row?.contains("`\(field.name)` {") == true,
                        "\(entry.type): \(field.name) is not listed as required")
            }
        }
    }

    @Test("docs/PROTOCOL.md carries the table exactly as `rapport events` prints it")
    func protocolDocumentMatches() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("docs/PROTOCOL.md"), encoding: .utf8)
        let begin = try #require(document.range(of: "<!-- catalogue: printed by `rapport events`; a test keeps it the same -->\n"))
        let end = try #require(document.range(of: "\n<!-- end of catalogue -->", range: begin.upperBound..<document.endIndex))
        let table = String(document[begin.upperBound..<end.lowerBound])
        #expect(table == EventCatalogue.reference(), "the catalogue changed: paste the output of `rapport events` into docs/PROTOCOL.md §3")
    }
}
