/// The CloudEvents 1.0 attributes of one event, read from its tape and checked against the
/// envelope rules. Holds token indexes into the tape for what callers may want to build.
struct Envelope {
    /// `id` and `source` are the de-duplication identity; each is at most this many characters.
    static let maxIdentityLength = 256
    /// Extension attribute names are at most this many characters (CloudEvents advice).
    static let maxExtensionNameLength = 20
    /// The one `datacontenttype` accepted.
    static let contentType: StaticString = "application/json"

    let id: String
    let source: String
    let type: String
    /// The catalogue row for `type`, when it is a catalogue type.
    let catalogueEntry: CatalogueEntry?
    let timeMillis: Int64
    /// The ordering key: `partitionkey`, else `data.customer.id` (a string), else `subject`,
    /// else `id`; empty strings are skipped.
    let partitionKey: String
    /// The `location` extension, when it is a non-empty string.
    let location: String?
    /// Token indexes of `time`, `subject` and `data`.
    let timeToken: Int
    let subjectToken: Int?
    let dataToken: Int
    /// Every attribute except specversion, id, source, type, time, subject, datacontenttype and
    /// data, in order, with its value's token; collected only when asked for.
    let extensions: [(String, Int)]

    /// Checks an event's attributes: a JSON object, known attributes well-formed, required
    /// ones present, extension names and values as CloudEvents allows.
    init(tape: JSONTape, collectingExtensions: Bool) throws(EventValidationError) {
        guard tape.kind(0) == .object else {
            throw Self.error("an event must be a JSON object, got \(tape.typeName(0))")
        }
        var specversion: Int?, idToken: Int?, sourceToken: Int?, typeToken: Int?, timeToken: Int?
        var subjectToken: Int?, partitionKeyToken: Int?, dataToken: Int?, locationToken: Int?
        var extensions: [(String, Int)] = []
        for (key, value) in tape.members(0) {
            let attribute = Self.attribute(tape, key)
            switch attribute {
            case .specversion?: specversion = value
            case .id?: idToken = value
            case .source?: sourceToken = value
            case .type?: typeToken = value
            case .time?: timeToken = value
            case .data?: dataToken = value
            case .subject?:
                try Self.requireString(tape, value, "subject")
                subjectToken = value
            case .partitionkey?:
                try Self.requireString(tape, value, "partitionkey")
                partitionKeyToken = value
            case .location?:
                try Self.requireString(tape, value, "location")
                locationToken = value
            case .agent?, .dataschema?:
                try Self.requireString(tape, value, attribute?.name ?? "")
            case .datacontenttype?:
                try Self.requireString(tape, value, "datacontenttype")
                guard tape.stringEquals(value, Self.contentType) else {
                    throw Self.error("datacontenttype must be \"\(Self.contentType)\", got \(Found.value(tape, value))")
                }
            case .dataBase64?:
                throw Self.error(
                    "data_base64 is not accepted: send the payload as JSON in 'data' (datacontenttype application/json)")
            case nil:
                try Self.checkExtension(tape, key, value)
            }
            if collectingExtensions, attribute?.isExtension ?? true {
                extensions.append((tape.string(key), value))
            }
        }
        let version = try Self.required(tape, specversion, "specversion", allowEmpty: true)
        guard tape.stringEquals(version, "1.0") else {
            throw Self.error("specversion must be \"1.0\", got \(Found.value(tape, version))")
        }
        let id = try Self.identity(tape, idToken, "id")
        let source = try Self.identity(tape, sourceToken, "source")
        let type = try Self.required(tape, typeToken, "type")
        let time = try Self.required(tape, timeToken, "time")
        guard let millis = Self.millis(tape, time) else {
            throw Self.error(
                "time must be RFC 3339 with an offset (e.g. 2026-11-23T10:15:00+01:00), got \(Found.value(tape, time))")
        }
        guard let dataToken else { throw Self.error("missing required attribute 'data'") }
        let entry = tape.kind(type) == .string ? EventCatalogue.entry(matching: tape.rawBytes(type)) : nil
        self.id = id
        self.source = source
        self.type = entry?.type ?? tape.string(type)
        self.catalogueEntry = entry ?? EventCatalogue.entry(for: self.type)
        if let catalogueEntry, catalogueEntry.needsLocation {
            guard let locationToken else {
                throw Self.error("missing required attribute 'location' (the location id, e.g. \"store-12\"): \(catalogueEntry.type) is a desk event")
            }
            guard tape.isNonEmptyString(locationToken) else {
                throw Self.error("location must be a non-empty string (the location id, e.g. \"store-12\")")
            }
        }
        self.timeMillis = millis
        self.timeToken = time
        self.subjectToken = subjectToken
        self.dataToken = dataToken
        self.extensions = extensions
        self.location = locationToken.flatMap { tape.isNonEmptyString($0) ? tape.string($0) : nil }
        self.partitionKey = Self.partitionKey(
            tape, key: partitionKeyToken, data: dataToken, subject: subjectToken, id: id)
    }

    private static func partitionKey(_ tape: JSONTape, key: Int?, data: Int, subject: Int?, id: String) -> String {
        if let key, tape.isNonEmptyString(key) { return tape.string(key) }
        if tape.kind(data) == .object, let customer = tape.member(data, named: "customer"),
           tape.kind(customer) == .object, let customerID = tape.member(customer, named: "id"),
           tape.isNonEmptyString(customerID) {
            return tape.string(customerID)
        }
        if let subject, tape.isNonEmptyString(subject) { return tape.string(subject) }
        return id
    }

    /// The attribute a member key names (`nil` for an extension).
    private static func attribute(_ tape: JSONTape, _ key: Int) -> EnvelopeAttribute? {
        if tape.kind(key) == .string {
            return EnvelopeAttribute(name: tape.rawBytes(key))
        }
        return tape.decodedBytes(key).withUnsafeBufferPointer { EnvelopeAttribute(name: $0) }
    }

    private static func millis(_ tape: JSONTape, _ token: Int) -> Int64? {
        if tape.kind(token) == .string {
            return RFC3339.parseMillis(utf8: tape.rawBytes(token))
        }
        return tape.decodedBytes(token).withUnsafeBufferPointer { RFC3339.parseMillis(utf8: $0) }
    }

    /// A required string attribute's token.
    private static func required(
        _ tape: JSONTape, _ token: Int?, _ name: StaticString, allowEmpty: Bool = false
    ) throws(EventValidationError) -> Int {
        guard let token else { throw error("missing required attribute '\(name)'") }
        try requireString(tape, token, name)
        guard allowEmpty || tape.isNonEmptyString(token) else { throw error("attribute '\(name)' must not be empty") }
        return token
    }

    /// A required string of at most ``maxIdentityLength`` characters.
    private static func identity(_ tape: JSONTape, _ token: Int?, _ name: StaticString) throws(EventValidationError) -> String {
        let text = tape.string(try required(tape, token, name))
        if text.utf8.count > maxIdentityLength {
            let length = text.unicodeScalars.count
            guard length <= maxIdentityLength else {
                throw error("attribute '\(name)' is \(length) characters; the limit is \(maxIdentityLength)")
            }
        }
        return text
    }

    private static func requireString(_ tape: JSONTape, _ token: Int, _ name: StaticString) throws(EventValidationError) {
        guard tape.isString(token) else {
            throw error("attribute '\(name)' must be a string, got \(tape.typeName(token))")
        }
    }

    /// Extension names: lower-case letters and digits, at most 20 characters; values: a
    /// string, number or boolean (CloudEvents has no object, array or null attribute values).
    private static func checkExtension(_ tape: JSONTape, _ key: Int, _ value: Int) throws(EventValidationError) {
        let name = tape.decodedBytes(key)
        let valid = !name.isEmpty && name.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard valid else {
            throw error(
                "attribute name \(Found.value(tape, key)) is not valid: CloudEvents attribute names use only lower-case letters a-z and digits 0-9")
        }
        guard name.count <= maxExtensionNameLength else {
            throw error(
                "extension attribute name \(Found.value(tape, key)) is \(name.count) characters; the limit is \(maxExtensionNameLength)")
        }
        switch tape.kind(value) {
        case .string, .escapedString, .number, .trueValue, .falseValue:
            return
        case .null, .array, .object:
            throw error(
                "extension attribute '\(tape.string(key))' must be a string, number or boolean, got \(tape.typeName(value))")
        }
    }

    private static func error(_ message: String) -> EventValidationError {
        EventValidationError(code: .invalidEnvelope, message: message)
    }
}
