import Foundation

/// Reads per-location target overrides as written in the plugin's `location_targets` setting:
/// `store-12: csat 0.85, nps 40; store-7: ces 5.5` (entries separated by `;`, each a location
/// id, a colon and `measure value` pairs separated by commas). CSAT may be written as a share
/// (0.85) or a percentage (85).
public enum TargetsText {
    /// The overrides by location; throws naming the part that is wrong and how to write it.
    public static func parse(_ text: String) throws(GoalsError) -> [String: Targets] {
        var result: [String: Targets] = [:]
        for entry in text.split(separator: ";").map(trimmed) where !entry.isEmpty {
            let parts = entry.split(separator: ":", maxSplits: 1).map(trimmed)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw GoalsError("'\(entry)' is not 'location: measure value, ...'; write e.g. 'store-12: csat 0.85, nps 40'")
            }
            var targets = result[parts[0]] ?? Targets()
            for pair in parts[1].split(separator: ",").map(trimmed) where !pair.isEmpty {
                let words = pair.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                guard words.count == 2, let measure = MeasureKind(rawValue: words[0].lowercased()), let value = Double(words[1]) else {
                    throw GoalsError("'\(pair)' in the targets of \(parts[0]) is not 'csat|nps|ces NUMBER'; write e.g. 'csat 0.85'")
                }
                targets[measure] = try checked(measure, value, where: parts[0])
            }
            result[parts[0]] = targets
        }
        return result
    }

    /// `value` as a target of `measure`: CSAT above 1 is read as a percentage; out-of-range
    /// values are refused.
    public static func checked(_ measure: MeasureKind, _ value: Double, where place: String) throws(GoalsError) -> Double {
        switch measure {
        case .csat:
            let share = value > 1 ? value / 100 : value
            guard (0...1).contains(share) else { throw GoalsError("the CSAT target of \(place) is \(value); give a share 0-1 or a percentage 0-100") }
            return share
        case .nps:
            guard (-100...100).contains(value) else { throw GoalsError("the NPS target of \(place) is \(value); give points from -100 to 100") }
            return value
        case .ces:
            guard (1...7).contains(value) else { throw GoalsError("the CES target of \(place) is \(value); give a mean answer from 1 to 7") }
            return value
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text).trimmingCharacters(in: .whitespaces)
    }
}

/// A goal setting that cannot be read, with what to write instead.
public struct GoalsError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
