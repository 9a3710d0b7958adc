import RapportCalendar

/// A time of day as the words gave it.
enum ClockTime: Equatable, Sendable {
    /// A time with its half of the day known ("3pm", "16:00", "noon").
    case exact(LocalTime)
    /// An hour without am or pm ("at 5 o'clock", "half past three"): `hour` is 1 through 12.
    case ambiguous(hour: Int, minute: Int)

    /// The time in the morning (`pm` false) or after noon (`pm` true) when the hour did not say.
    func inHalf(pm: Bool) -> ClockTime {
        guard case .ambiguous(let hour, let minute) = self, let time = LocalTime(hour: hour % 12 + (pm ? 12 : 0), minute: minute) else {
            return self
        }
        return .exact(time)
    }
}
