import Yams

/// `capture.yaml`: the one section `capture:` with the desk, spool, bus, limits and send keys
/// (``ConfigSchema`` lists them under `capture`).
extension ConfigWalk {
    /// Reads the `capture:` section of `root`, which holds nothing else but an optional
    /// `locations:` section (read by ``readLocations(_:)``).
    mutating func readCapture(_ root: ConfigMapping) -> CaptureConfiguration {
        for field in root.fields where field.name != "capture" && field.name != "locations" {
            let hint = ConfigSchema.keys(of: "capture").contains(field.name) ? "; '\(field.name)' belongs under 'capture:'; check the indentation" : ""
            fail(field.path, at: field.keyPosition, "unknown key\(hint) (capture.yaml holds capture: and, optionally, locations:)")
        }
        var config = CaptureConfiguration()
        guard root["capture"] != nil else {
            if root.fields.isEmpty { fail("capture", at: nil, "is required: write a `capture:` section with at least location: and desk:") }
            return config
        }
        let capture = section("capture", of: root, pattern: "capture")
        if let f = capture["spool"], let v = nonEmpty(f, expected: "a file path") { config.spoolPath = v }
        if let f = capture["location"], let v = identifier(f, expected: "a location id such as store-12") { config.location = v }
        if let f = capture["desk"], let v = identifier(f, expected: "a desk id such as 3 or front-1") { config.desk = v }
        if let f = capture["agent"], let v = identifier(f, expected: "an agent (employee) id") { config.agent = v }
        if let f = capture["source"], let v = nonEmpty(f, expected: "a source such as /locations/store-12/desks/3") {
            if v.count > 256 { fail(f.path, at: f.position, "must be at most 256 characters, got \(v.count)") } else { config.source = v }
        }
        let bus = section("bus", of: capture, pattern: "capture.bus")
        if let f = bus["data_dir"], let v = nonEmpty(f, expected: "a directory path") { config.busDataDirectory = v }
        if let f = bus["ingest"], let v = nonEmpty(f, expected: "an endpoint such as tcp://10.0.0.5:7400") { config.busIngest = v }
        if let f = bus["server_key"], let v = nonEmpty(f, expected: "the bus's 40-character Z85 public key") {
            if v.utf8.count == 40 { config.busServerKey = v } else { fail(f.path, at: f.position, "must be a 40-character Z85 key, got \(v.utf8.count) characters") }
        }
        if let f = bus["client_key_file"], let v = nonEmpty(f, expected: "a file path") { config.busClientKeyFile = v }
        let limits = section("limits", of: capture, pattern: "capture.limits")
        if let f = limits["max_pending_events"], let v = integer(f, in: 1...Int.max, unit: "events") { config.maxPendingEvents = v }
        if let f = limits["max_spool_bytes"], let v = byteCount(f) {
            if v >= 65_536 { config.maxSpoolBytes = v } else { fail(f.path, at: f.position, "must be at least 64KiB, got \(v) bytes") }
        }
        let send = section("send", of: capture, pattern: "capture.send")
        if let f = send["timeout"], let v = duration(f) { config.sendTimeoutMillis = v }
        if let f = send["batch"], let v = integer(f, in: 1...1_000, unit: "events") { config.batchSize = v }
        if let f = send["answer_timeout"], let v = positiveDuration(f) { config.answerTimeoutMillis = v }
        if let f = send["retry_max"], let v = positiveDuration(f) { config.retryMaxMillis = v }
        return config
    }

    /// A non-empty text.
    private mutating func nonEmpty(_ field: ConfigField, expected: String) -> String? {
        guard let value = text(field, expected: expected) else { return nil }
        guard !value.isEmpty else {
            fail(field.path, at: field.position, "must be \(expected), got an empty text")
            return nil
        }
        return value
    }

    /// A non-empty id without spaces or `/`, since it becomes part of the default `source`.
    private mutating func identifier(_ field: ConfigField, expected: String) -> String? {
        guard let value = nonEmpty(field, expected: expected) else { return nil }
        guard !value.contains(where: { $0.isWhitespace || $0 == "/" }) else {
            fail(field.path, at: field.position, "must be \(expected) without spaces or '/', got '\(value)'")
            return nil
        }
        return value
    }

    /// A duration above zero.
    private mutating func positiveDuration(_ field: ConfigField) -> Int64? {
        guard let value = duration(field) else { return nil }
        guard value > 0 else {
            fail(field.path, at: field.position, "must be longer than 0, e.g. 5s")
            return nil
        }
        return value
    }
}
