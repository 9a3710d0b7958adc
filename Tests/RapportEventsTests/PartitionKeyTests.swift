import Testing
@testable import RapportEvents

@Suite("Partition key")
struct PartitionKeyTests {
    @Test("resolution order: partitionkey, data.customer.id, subject, id", arguments: [
        (#","partitionkey":"pk-1","subject":"i-8812""#, #"{"customer":{"id":"c-1"},"channel":"phone"}"#, "pk-1"),
        (#","subject":"i-8812""#, #"{"customer":{"id":"c-1"},"channel":"phone"}"#, "c-1"),
        (#","partitionkey":"","subject":"i-8812""#, #"{"customer":{"id":"c-1"},"channel":"phone"}"#, "c-1"),
        (#","subject":"i-8812""#, #"{"customer":{"id":""},"channel":"phone"}"#, "i-8812"),
        (#","subject":"i-8812""#, #"{"customer":{"id":7},"channel":"phone"}"#, "i-8812"),
        (#","subject":"i-8812""#, #"{"customer":"c-1","channel":"phone"}"#, "i-8812"),
        (#","subject":"i-8812""#, #"{"channel":"phone"}"#, "i-8812"),
        ("", #"{"channel":"phone"}"#, "01HZX3K4ABCDEF0123456789"),
        (#","subject":"""#, "[1]", "01HZX3K4ABCDEF0123456789"),
    ])
    func resolution(extra: String, data: String, expected: String) throws {
        let json = Fixtures.event(type: "x-test.partition", data: data, extra: extra)
        #expect(try Fixtures.validate(json).get().partitionKey == expected)
    }

    @Test("catalogue events use the customer id")
    func catalogueCustomer() throws {
        let (type, data) = Fixtures.validData[0]
        #expect(try Fixtures.validate(Fixtures.event(type: type, data: data)).get().partitionKey == "c-2291")
    }
}
