extension JSONParser {
    /// Parses a number at `index` into a token, checking the JSON grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    mutating func parseNumber() throws(JSONParseError) {
        let start = index
        if tape.base[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, isDigit(tape.base[index]) else {
            throw unexpected("expected a digit after '-'")
        }
        if tape.base[index] == UInt8(ascii: "0") {
            index += 1
            if index < end, isDigit(tape.base[index]) {
                throw JSONParseError(offset: start, message: "leading zeros are not allowed in numbers")
            }
        } else {
            skipDigits()
        }
        if index < end, tape.base[index] == UInt8(ascii: ".") {
            index += 1
            try requireDigits(after: "'.'")
        }
        if index < end, tape.base[index] == UInt8(ascii: "e") || tape.base[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, tape.base[index] == UInt8(ascii: "+") || tape.base[index] == UInt8(ascii: "-") {
                index += 1
            }
            try requireDigits(after: "the exponent marker")
        }
        append(.number, start: start, length: index - start)
    }

    private mutating func requireDigits(after what: String) throws(JSONParseError) {
        guard index < end, isDigit(tape.base[index]) else {
            throw unexpected("expected a digit after \(what)")
        }
        skipDigits()
    }

    @inline(__always)
    private mutating func skipDigits() {
        while index < end, isDigit(tape.base[index]) { index += 1 }
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }
}
