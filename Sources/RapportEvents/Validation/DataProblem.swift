/// A problem found in an object of `data` before the object's dotted path is known: nested
/// checks throw it and each enclosing level adds its name, so the hot path never builds paths.
struct DataProblem: Error {
    /// The message, given the dotted path of the object the problem is in (e.g. `data.customer`).
    let message: @Sendable (String) -> String

    /// The same problem seen from the object that holds this one as member `name`.
    func inside(_ name: StaticString) -> DataProblem {
        let message = self.message
        return DataProblem { path in message("\(path).\(name)") }
    }
}
