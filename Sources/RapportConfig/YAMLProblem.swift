import Yams

/// Turns what Yams throws for text that is not YAML into a ``ConfigError`` at the line and
/// column libyaml reports, with its context ("while parsing a flow sequence ...").
enum YAMLProblem {
    static func error(_ error: any Error, source: String) -> ConfigError {
        let advice = "; check the indentation (spaces, not tabs), quotes and brackets there"
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let started = context.map { " (\($0.text) that starts at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return ConfigError(source: source, key: "", line: mark.line, column: mark.column,
                               "not valid configuration YAML: \(problem)\(started)\(advice)")
        case let .reader(problem, offset, _, _):
            return ConfigError(source: source, key: "", "not valid configuration YAML: \(problem)" + (offset.map { " at byte \($0)" } ?? "")
                               + "; the file must be UTF-8 text")
        default:
            return ConfigError(source: source, key: "", "not valid configuration YAML: \(error)")
        }
    }
}
