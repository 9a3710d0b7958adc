/// How the detractors of a period were followed up: how many, how many the location contacted,
/// how many a manager closed without a recorded contact, and how fast the contacts came.
public struct FollowUpSummary: Sendable, Hashable {
    /// One detractor: how long after the feedback the customer was contacted (seconds), and
    /// whether a manager resolved the alert.
    public struct Case: Sendable, Hashable {
        public let contactedAfter: Double?
        public let resolvedByManager: Bool
        public init(contactedAfter: Double?, resolvedByManager: Bool) {
            self.contactedAfter = contactedAfter
            self.resolvedByManager = resolvedByManager
        }
    }

    public let detractors: Int
    public let contacted: Int
    /// Closed by a manager with no contact recorded.
    public let closedByManager: Int
    /// Neither contacted nor closed.
    public let open: Int
    /// Mean and median time to contact, in hours; `nil` when nobody was contacted.
    public let meanHours: Double?
    public let medianHours: Double?
    /// Contacts within 24 hours.
    public let within24Hours: Int

    public init(_ cases: [Case]) {
        let delays = cases.compactMap(\.contactedAfter).map { max(0, $0) / 3_600 }.sorted()
        detractors = cases.count
        contacted = delays.count
        closedByManager = cases.filter { $0.contactedAfter == nil && $0.resolvedByManager }.count
        open = cases.filter { $0.contactedAfter == nil && !$0.resolvedByManager }.count
        meanHours = delays.isEmpty ? nil : delays.reduce(0, +) / Double(delays.count)
        if delays.isEmpty {
            medianHours = nil
        } else {
            let middle = delays.count / 2
            medianHours = delays.count % 2 == 1 ? delays[middle] : (delays[middle - 1] + delays[middle]) / 2
        }
        within24Hours = delays.filter { $0 <= 24 }.count
    }
}
