/// Whether a figure meets its target.
enum TargetStatus: Sendable {
    case met, missed, notMeasured

    /// From a comparison; `nil` (no figure) is "not measured".
    init(_ met: Bool?) {
        switch met {
        case true?: self = .met
        case false?: self = .missed
        case nil: self = .notMeasured
        }
    }

    /// The cell text.
    var text: String {
        switch self {
        case .met: "met"
        case .missed: "MISSED"
        case .notMeasured: "not measured"
        }
    }
}
