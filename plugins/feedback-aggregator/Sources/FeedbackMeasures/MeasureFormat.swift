import Foundation

/// How figures are written for people: CSAT as a percentage, NPS as signed points, CES with
/// one decimal.
public enum MeasureFormat {
    /// `CSAT`, `NPS` or `CES`.
    public static func name(_ measure: MeasureKind) -> String { measure.rawValue.uppercased() }

    /// `62%`, `+35`, `4.8`.
    public static func figure(_ measure: MeasureKind, _ value: Double) -> String {
        switch measure {
        case .csat: String(format: "%.0f%%", value * 100)
        case .nps: (value >= 0 ? "+" : "") + String(format: "%.0f", value)
        case .ces: String(format: "%.1f", value)
        }
    }
}
