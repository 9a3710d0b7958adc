import RapportCapture
import Synchronization
import Testing

/// ULIDs: the format, and order within one generator.
@Suite("ULID")
struct ULIDTests {
    static func isULID(_ text: String) -> Bool {
        let alphabet = Set("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        return text.count == 26 && text.allSatisfy { alphabet.contains($0) } && text.first! <= "7"
    }

    @Test("26 Crockford base32 characters, the first ten the milliseconds")
    func format() {
        let generator = ULIDGenerator(milliseconds: { 1_469_918_176_385 })
        let id = generator.next()
        #expect(Self.isULID(id.description))
        // The ULID spec's example timestamp: 1469918176385 is 01ARYZ6S41.
        #expect(id.description.hasPrefix("01ARYZ6S41"))
        #expect(id.milliseconds == 1_469_918_176_385)
    }

    @Test("ids made within one millisecond, or after the clock steps back, still increase")
    func monotonic() {
        let now = Mutex<UInt64>(1_800_000_000_000)
        let generator = ULIDGenerator(milliseconds: { now.withLock { $0 } })
        var ids = (0..<1_000).map { _ in generator.next() }
        now.withLock { $0 -= 5_000 }
        ids += (0..<10).map { _ in generator.next() }
        now.withLock { $0 += 10_000 }
        ids += [generator.next()]
        #expect(ids == ids.sorted())
        #expect(ids.map(\.description) == ids.map(\.description).sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.last!.milliseconds == 1_800_000_005_000)
    }

    @Test("the system clock gives ids of today, increasing")
    func systemClock() {
        let generator = ULIDGenerator()
        let ids = (0..<10_000).map { _ in generator.next().description }
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        #expect(ids.allSatisfy(Self.isULID))
    }
}
