extension ThemeModel {
    /// The model shipped with the feedback aggregator: ``defaultText`` parsed.
    ///
    /// The shipped text is checked by a unit test; if it ever failed to parse that is a build defect,
    /// not a condition a caller can handle, so it stops the program with the parse error.
    public static let `default`: ThemeModel = {
        do {
            return try ThemeModel(parsing: defaultText)
        } catch {
            preconditionFailure("the shipped theme model does not parse: \(error)")
        }
    }()
}
