import Foundation
import PromiseReading
import RapportCalendar
import RapportConfig

/// The figures of one part of the labelled set, and its misses.
struct LabelledScore {
    var items = 0
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    /// Detected commitments with a labelled due, and those whose due matched (instant and offset).
    var dueLabelled = 0
    var dueExact = 0
    /// Detected commitments labelled unreadable, and those read as unreadable.
    var unreadableLabelled = 0
    var unreadableAgreed = 0
    /// Detected commitments we read as unreadable, and those labelled so.
    var unreadableReported = 0
    var unreadableReportedRight = 0
    var misses: [String] = []

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var dueExactness: Double { Double(dueExact) / Double(max(1, dueLabelled)) }

    /// Scores `items` with the detector and the due reader against `locations`.
    static func score(_ items: [LabelledItem], locations: [String: LocationConfiguration]) -> LabelledScore {
        var score = LabelledScore()
        let detector = CommitmentDetector()
        let reader = DueTimeReader()
        for item in items {
            score.items += 1
            let verdict = detector.verdict(item.text)
            let reading = verdict.commitment
            switch (item.commitment, reading != nil) {
            case (true, true): score.truePositives += 1
            case (false, true): score.falsePositives += 1; score.misses.append("FP \(item.id) [\(item.kind)] \(item.text)")
            case (true, false): score.falseNegatives += 1; score.misses.append("FN \(item.id) (\(verdict)) \(item.text)")
            case (false, false): break
            }
            guard item.commitment, let reading, let location = locations[item.location] else { continue }
            let due = reading.dueWords.map {
                reader.read($0, saidAt: item.saidAtDate, calendar: location.calendar, dateOrder: location.dateOrder)
            }
            if item.dueUnreadable {
                score.unreadableLabelled += 1
                if case .unreadable = due { score.unreadableAgreed += 1 }
            }
            if case .unreadable = due {
                score.unreadableReported += 1
                if item.dueUnreadable { score.unreadableReportedRight += 1 }
            }
            if let expected = item.due {
                score.dueLabelled += 1
                let wanted = RFC3339Text.date(expected)
                let offset = RFC3339Text.offsetSeconds(expected)
                if let got = due?.date, got == wanted, location.calendar.timeZone.secondsFromGMT(for: got) == offset {
                    score.dueExact += 1
                } else {
                    score.misses.append("DUE \(item.id) \"\(item.duePhrase ?? "-")\" found \"\(reading.dueWords?.text ?? "-")\" "
                        + "want \(expected) got \(due?.explanation ?? "none") said \(item.saidAt) @\(item.location)")
                }
            } else if !item.dueUnreadable, reading.dueWords != nil {
                score.misses.append("EXTRA \(item.id) found \"\(reading.dueWords!.text)\" in: \(item.text)")
            } else if item.dueUnreadable, due?.date != nil {
                score.misses.append("UNREAD \(item.id) \"\(item.duePhrase ?? "-")\" read as \(due!.explanation)")
            }
        }
        return score
    }

    /// One line of figures.
    func summary(_ part: String) -> String {
        String(format: "%@: %d items, precision %.3f (%d/%d), recall %.3f (%d/%d), due exact %.3f (%d/%d), unreadable %d/%d labelled found, %d/%d reported right",
               part, items, precision, truePositives, truePositives + falsePositives, recall, truePositives,
               truePositives + falseNegatives, dueExactness, dueExact, dueLabelled, unreadableAgreed, unreadableLabelled,
               unreadableReportedRight, unreadableReported)
    }
}
