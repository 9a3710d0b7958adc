import Foundation

/// Events for integration tests, built as the catalogue describes them.
enum TestEvents {
    /// A valid `rapport.feedback.received`.
    static func feedback(id: String, source: String = "/locations/test/desks/1", nps: Int = 9) -> [UInt8] {
        Array("""
        {"specversion":"1.0","id":"\(id)","source":"\(source)","type":"rapport.feedback.received","time":"2026-11-23T10:15:00+01:00","location":"test","data":{"source":"comment-card","scores":{"nps":\(nps)},"comment":"fine"}}
        """.utf8)
    }

    /// A valid `rapport.promise.made` for customer `customer` (its partition key).
    static func promise(id: String, customer: String) -> [UInt8] {
        Array("""
        {"specversion":"1.0","id":"\(id)","source":"/locations/test/desks/2","type":"rapport.promise.made","time":"2026-11-23T10:15:00+01:00","location":"test","data":{"promise":"p-\(id)","customer":{"id":"\(customer)","name":"Test Customer"},"what":"call back","due_text":"by Friday"}}
        """.utf8)
    }

    /// A site event carrying a key and a sequence number, ordered by `key`.
    static func sequenced(key: String, seq: Int, run: String = "r") -> [UInt8] {
        Array("""
        {"specversion":"1.0","id":"\(run)-\(key)-\(seq)","source":"/tests/sequencer","type":"x-test.sequenced","time":"2026-11-23T10:15:00Z","partitionkey":"\(key)","data":{"key":"\(key)","seq":\(seq)}}
        """.utf8)
    }

    /// The `id` attribute of an event.
    static func id(of event: [UInt8]) -> String {
        let object = try? JSONSerialization.jsonObject(with: Data(event)) as? [String: Any]
        return object?["id"] as? String ?? ""
    }

    /// A field of the event's `data`.
    static func data(of event: [UInt8], _ key: String) -> Any? {
        let object = try? JSONSerialization.jsonObject(with: Data(event)) as? [String: Any]
        return (object?["data"] as? [String: Any])?[key]
    }
}

extension TestEvents {
    /// A valid `rapport.complaint.received` for customer `customer`.
    static func complaint(_ id: String, customer: String = "c-1", severity: String = "high") -> [UInt8] {
        Array("""
        {"specversion":"1.0","id":"cr-\(id)","source":"/locations/test/desks/1","type":"rapport.complaint.received","time":"2026-11-23T10:15:00+01:00","location":"test","partitionkey":"\(customer)","data":{"complaint":"\(id)","customer":{"id":"\(customer)","name":"Test Customer"},"text":"nobody called back","severity":"\(severity)"}}
        """.utf8)
    }

    /// A valid `rapport.complaint.resolved`.
    static func complaintResolved(_ id: String, customer: String = "c-1") -> [UInt8] {
        Array("""
        {"specversion":"1.0","id":"rs-\(id)","source":"/locations/test/desks/1","type":"rapport.complaint.resolved","time":"2026-11-23T10:15:00+01:00","location":"test","partitionkey":"\(customer)","data":{"complaint":"\(id)","resolution":"called back"}}
        """.utf8)
    }
}
