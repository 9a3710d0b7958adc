/// How the detractors of a period were followed up. Each detractor is counted once, by what
/// closed its alert: the location's contact (`contacted`), a manager (`closedByManager`, even
/// when a contact is recorded later), or nothing yet (`open`), so `contacted + closedByManager +
/// open == detractors`. A contact after a manager's resolution is still a contact: it is counted
/// in `contactedAfterManager` (part of `closedByManager`) and in the times to contact, which are
/// over every recorded contact.
public struct FollowUpSummary: Sendable, Hashable {
    /// One detractor: how long after the feedback the customer was contacted (seconds; `nil`
    /// when no contact is recorded), and whether a manager resolved the alert before any contact.
    public struct Case: Sendable, Hashable {
        public let contactedAfter: Double?
        public let resolvedByManager: Bool
        public init(contactedAfter: Double?, resolvedByManager: Bool) {
            self.contactedAfter = contactedAfter
            self.resolvedByManager = resolvedByManager
        }
    }

    public let detractors: Int
    /// Closed by the location's contact.
    public let contacted: Int
    /// Closed by a manager before any contact (a later contact does not move it).
    public let closedByManager: Int
    /// Of those closed by a manager, how many were contacted afterwards.
    public let contactedAfterManager: Int
    /// Neither contacted nor closed.
    public let open: Int
    /// Mean and median time to contact over every recorded contact, in hours; `nil` when nobody
    /// was contacted.
    public let meanHours: Double?
    public let medianHours: Double?
    /// Recorded contacts within 24 hours of the feedback.
    public let within24Hours: Int

    public init(_ cases: [Case]) {
        let delays = cases.compactMap(\.contactedAfter).map { max(0, $0) / 3_600 }.sorted()
        detractors = cases.count
        contacted = cases.filter { $0.contactedAfter != nil && !$0.resolvedByManager }.count
        closedByManager = cases.filter(\.resolvedByManager).count
        contactedAfterManager = cases.filter { $0.contactedAfter != nil && $0.resolvedByManager }.count
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
