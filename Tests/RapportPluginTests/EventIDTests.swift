import Foundation
import Testing
@testable import RapportPlugin

@Suite("Ids of emitted events")
struct EventIDTests {
    @Test("an id is a version 4 UUID in lower case, and ids do not repeat")
    func format() {
        var seen = Set<String>()
        for _ in 0..<10_000 {
            let id = EventID.make()
            #expect(id.count == 36)
            #expect(id == id.lowercased())
            let uuid = UUID(uuidString: id)
            #expect(uuid != nil)
            let version = id[id.index(id.startIndex, offsetBy: 14)]
            let variant = id[id.index(id.startIndex, offsetBy: 19)]
            #expect(version == "4")
            #expect("89ab".contains(variant))
            seen.insert(id)
        }
        #expect(seen.count == 10_000)
    }
}
