import FeedbackMeasures
import Testing

/// A fixed data set with figures worked out by hand.
@Suite struct AggregatorTests {
    static let responses: [FeedbackResponse] = [
        // London, Sunday 4 October (BST): two surveys by agent a-1.
        Fixtures.response("2026-10-04T09:00:00Z", csat: 5, nps: 10, ces: 6),
        Fixtures.response("2026-10-04T15:00:00Z", csat: 2, nps: 4, ces: 2, comment: true),
        // London Monday 00:30 local: a new day and ISO week there.
        Fixtures.response("2026-10-04T23:30:00Z", agent: "a-2", channel: "phone", csat: 4, nps: 8),
        // New York, the same instant: still Sunday 4 October, week 40.
        Fixtures.response("2026-10-04T23:30:00Z", location: "nyc-1", agent: "b-1", origin: .commentCard, comment: true),
        // An employee in London: no agent or channel kept.
        Fixtures.response("2026-10-04T10:00:00Z", agent: "a-1", origin: .employee, csat: 3, comment: true),
    ]

    static func aggregate() -> FeedbackAggregator {
        var aggregator = FeedbackAggregator(resolver: Fixtures.resolver)
        for response in responses { aggregator.add(response) }
        return aggregator
    }

    @Test func figuresPerGroupAndPeriod() throws {
        let a = Self.aggregate()
        let londonSunday = a[AggregateKey(audience: .customer, dimension: .location, group: "store-12", period: .day, label: "2026-10-04")]
        #expect(londonSunday.responses == 2 && londonSunday.csatSatisfied == 1 && londonSunday.detractors == 1 && londonSunday.promoters == 1)
        let londonW41 = a[AggregateKey(audience: .customer, dimension: .location, group: "store-12", period: .week, label: "2026-W41")]
        #expect(londonW41.responses == 1 && londonW41.csatSatisfied == 1 && londonW41.npsCount == 1)
        let nycW40 = a[AggregateKey(audience: .customer, dimension: .location, group: "nyc-1", period: .week, label: "2026-W40")]
        #expect(nycW40.responses == 1 && nycW40.comments == 1 && nycW40.csatCount == 0)

        let organisation = a[AggregateKey(audience: .customer, dimension: .organisation, group: "all", period: .month, label: "2026-10")]
        #expect(organisation.responses == 4)
        let month = organisation.measures
        #expect(month.csat?.share == 2.0 / 3.0)                  // 5, 2, 4: two of three
        #expect(month.nps.map { abs($0.score - 0) < 1e-9 } == true) // 10, 4, 8: one promoter, one detractor
        #expect(month.ces?.mean == 4)                            // 6, 2

        let agent = a[AggregateKey(audience: .customer, dimension: .agent, group: "a-1", period: .month, label: "2026-10")]
        #expect(agent.responses == 2)                            // the employee's response is not a-1's
        let phone = a[AggregateKey(audience: .customer, dimension: .channel, group: "phone", period: .day, label: "2026-10-05")]
        #expect(phone.responses == 1)
        let cards = a[AggregateKey(audience: .customer, dimension: .source, group: "comment-card", period: .month, label: "2026-10")]
        #expect(cards.responses == 1)
    }

    @Test func employeeFeedbackIsApartAndKeyedByLocationOnly() {
        let a = Self.aggregate()
        let employees = a.sums.keys.filter { $0.audience == .employee }
        #expect(Set(employees.map(\.dimension)) == [.organisation, .location])
        #expect(a[AggregateKey(audience: .employee, dimension: .location, group: "store-12", period: .month, label: "2026-10")].csatCount == 1)
    }

    @Test func rollingWindowsSumDays() {
        let a = Self.aggregate()
        let rolling = a.rolling(.customer, .location, "store-12", days: 2, endingAt: Fixtures.at("2026-10-05T12:00:00Z"), location: "store-12")
        #expect(rolling.responses == 3)
        let today = a.rolling(.customer, .location, "store-12", days: 1, endingAt: Fixtures.at("2026-10-05T12:00:00Z"), location: "store-12")
        #expect(today.responses == 1)
    }

    @Test func theKAnonymityCutOff() {
        let k = AnonymityThreshold(k: 5)
        #expect(!k.shows(respondents: 4) && k.shows(respondents: 5))
        #expect(AnonymityThreshold(k: 0).k == 1)
    }
}
