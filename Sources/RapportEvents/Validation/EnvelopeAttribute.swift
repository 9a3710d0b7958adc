/// The attributes the envelope checks by name; any other name is an extension.
enum EnvelopeAttribute {
    case specversion, id, source, type, time, subject, datacontenttype, dataschema, data
    case location, agent, partitionkey, dataBase64

    /// The attribute named by these UTF-8 bytes, or `nil` for other extensions. This runs for
    /// every member of every event, so it compares bytes only against names of the same length.
    init?(name: UnsafeBufferPointer<UInt8>) {
        let guess: EnvelopeAttribute
        switch name.count {
        case 2: guess = .id
        case 4:
            switch name[1] {
            case UInt8(ascii: "y"): guess = .type
            case UInt8(ascii: "i"): guess = .time
            default: guess = .data
            }
        case 5: guess = .agent
        case 6: guess = .source
        case 7: guess = .subject
        case 8: guess = .location
        case 10: guess = .dataschema
        case 11: guess = name[0] == UInt8(ascii: "s") ? .specversion : .dataBase64
        case 12: guess = .partitionkey
        case 15: guess = .datacontenttype
        default: return nil
        }
        let expected = UnsafeBufferPointer(start: guess.name.utf8Start, count: guess.name.utf8CodeUnitCount)
        guard ByteCompare.equal(expected, name) else { return nil }
        self = guess
    }

    /// The attribute's name.
    var name: StaticString {
        switch self {
        case .specversion: return "specversion"
        case .id: return "id"
        case .source: return "source"
        case .type: return "type"
        case .time: return "time"
        case .subject: return "subject"
        case .datacontenttype: return "datacontenttype"
        case .dataschema: return "dataschema"
        case .data: return "data"
        case .location: return "location"
        case .agent: return "agent"
        case .partitionkey: return "partitionkey"
        case .dataBase64: return "data_base64"
        }
    }

    /// Whether a producer's value for it travels in ``CloudEvent/extensions``.
    var isExtension: Bool {
        switch self {
        case .location, .agent, .partitionkey, .dataschema: return true
        default: return false
        }
    }
}
