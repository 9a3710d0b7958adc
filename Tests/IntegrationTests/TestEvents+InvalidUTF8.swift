extension TestEvents {
    /// A `rapport.feedback.received` whose `comment` holds the byte 0xFF, which UTF-8 never
    /// uses: the bus must refuse it, and no tool may turn it into U+FFFD on the way.
    static func invalidUTF8Comment(id: String) -> [UInt8] {
        let event = feedback(id: id)
        let comment = Array(#""comment":"fine""#.utf8)
        guard let start = event.indices.first(where: { event[$0...].starts(with: comment) }) else { return event }
        var bytes = event
        bytes.insert(0xFF, at: start + comment.count - 3)
        return bytes
    }
}
