/// INFO's `counters`: what the bus answered since it started (docs/PROTOCOL.md §6).
extension BusInfo {
    /// Counts since the bus started (they start again from 0 when it restarts).
    public struct Counters: Equatable, Sendable {
        /// Events stored by PUBLISH (RESULT `accepted`), dead letters not included.
        public var accepted: UInt64
        /// Events answered `duplicate`.
        public var duplicates: UInt64
        /// Events answered `rejected`, by code (`invalid-data`, `storage`, …).
        public var rejected: [String: UInt64]
        /// ERROR answers, by code (`malformed`, `busy`, …): requests refused as a whole.
        public var errors: [String: UInt64]
        /// How long each group commit took to write and sync the log and the group journals.
        public var commitSync: Histogram

        public init(accepted: UInt64, duplicates: UInt64, rejected: [String: UInt64], errors: [String: UInt64], commitSync: Histogram) {
            self.accepted = accepted
            self.duplicates = duplicates
            self.rejected = rejected
            self.errors = errors
            self.commitSync = commitSync
        }
    }

    /// Durations counted in buckets: `counts[i]` is how many took at most `boundsMicros[i]` µs
    /// and more than the bound before it; the last count is those above every bound.
    public struct Histogram: Equatable, Sendable {
        /// The buckets' upper bounds in microseconds, ascending.
        public var boundsMicros: [UInt64]
        /// One count per bucket plus one for "above every bound" (not cumulative).
        public var counts: [UInt64]
        /// The sum of every duration counted, in microseconds.
        public var sumMicros: UInt64

        public init(boundsMicros: [UInt64], counts: [UInt64], sumMicros: UInt64) {
            self.boundsMicros = boundsMicros
            self.counts = counts
            self.sumMicros = sumMicros
        }

        /// Durations counted.
        public var count: UInt64 { counts.reduce(0, +) }
    }
}

extension BusInfo.Counters {
    /// The `counters` object.
    func writer() -> JSONObjectWriter {
        var c = JSONObjectWriter()
        c.add("accepted", accepted)
        c.add("duplicates", duplicates)
        c.add("rejected", objects: Self.codeCounts(rejected))
        c.add("errors", objects: Self.codeCounts(errors))
        var h = JSONObjectWriter()
        h.add("bounds_us", rawJSON: Self.numbers(commitSync.boundsMicros))
        h.add("counts", rawJSON: Self.numbers(commitSync.counts))
        h.add("sum_us", commitSync.sumMicros)
        c.add("commit_sync", object: h)
        return c
    }

    /// Reads the `counters` object.
    init(_ json: WireJSON) throws(WireError) {
        accepted = try json.unsigned("accepted")
        duplicates = try json.unsigned("duplicates")
        rejected = try Self.codeCounts(json, "rejected")
        errors = try Self.codeCounts(json, "errors")
        let h = try json.object("commit_sync")
        commitSync = BusInfo.Histogram(boundsMicros: try Self.numbers(h, "bounds_us"), counts: try Self.numbers(h, "counts"),
                                       sumMicros: try h.unsigned("sum_us"))
        guard commitSync.counts.count == commitSync.boundsMicros.count + 1 else {
            throw WireError("INFO.counters.commit_sync needs one more count than bounds, got \(commitSync.counts.count) counts for \(commitSync.boundsMicros.count) bounds")
        }
    }

    /// `[{"code": …, "count": …}]`, by code.
    private static func codeCounts(_ counts: [String: UInt64]) -> [JSONObjectWriter] {
        counts.sorted { $0.key < $1.key }.map { code, count in
            var o = JSONObjectWriter(capacity: 48)
            o.add("code", code)
            o.add("count", count)
            return o
        }
    }

    private static func codeCounts(_ json: WireJSON, _ key: String) throws(WireError) -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for o in try json.objects(key) { out[try o.string("code"), default: 0] += try o.unsigned("count") }
        return out
    }

    private static func numbers(_ values: [UInt64]) -> [UInt8] {
        Array(("[" + values.map(String.init).joined(separator: ",") + "]").utf8)
    }

    private static func numbers(_ json: WireJSON, _ key: String) throws(WireError) -> [UInt64] {
        guard let list = json[key]?.arrayValue else { throw WireError("\(json.what) needs \"\(key)\": an array of whole numbers") }
        var out: [UInt64] = []
        for item in list {
            guard let n = item.intValue, n >= 0 else { throw WireError("\(json.what) needs \"\(key)\": an array of whole numbers") }
            out.append(UInt64(n))
        }
        return out
    }
}
