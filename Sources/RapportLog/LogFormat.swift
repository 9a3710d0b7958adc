/// The log directory's format marker, `<directory>/format`: its presence says that the
/// directory's closed segments are sealed (``SegmentSeal``) once synced. A directory holding
/// segments but no marker was written before seals existed; opening it applies the rule of
/// that time once, then seals it (see ``Log/init(configuration:logger:)``).
enum LogFormat {
    static let fileName = "format"
    static let contents = Array("rapport log 2: closed segments are sealed\n".utf8)

    /// Whether `directory` carries the marker.
    static func isMarked(_ directory: String) -> Bool {
        (try? LogFile(path: directory + "/" + fileName, create: false)) != nil
    }

    /// Writes the marker and syncs it; the caller syncs the directory.
    static func mark(_ directory: String) throws(LogError) {
        let file = try LogFile(path: directory + "/" + fileName)
        try file.truncate(to: 0)
        try file.write(contents, at: 0)
        try file.sync()
    }
}
