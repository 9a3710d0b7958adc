import Foundation
import PromiseTracking
import RapportPlugin

/// Promise facts in SQL: one row per event, keyed by the event, so writing one twice is a no-op.
public enum PromiseFactRows {
    /// Writes `fact` (its month, for reports, in the location's zone); nothing if it is there.
    static func insert(_ fact: PromiseFact, month: String?, db: PluginDatabase) throws {
        let columns = [SQLValue.text(fact.key), .text(fact.promiseID), .millis(fact.time)] + Self.columns(of: fact.kind, month: month)
        try db.execute("""
            INSERT INTO promise_facts (fact, promise, time, kind, customer_id, customer_name, what, interaction, location, agent,
                                       month, due, due_words, due_unreadable, customer_contacted)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (fact) DO NOTHING
            """, columns)
    }

    /// The columns from `kind` on: kind, customer_id, customer_name, what, interaction,
    /// location, agent, month, due, due_words, due_unreadable, customer_contacted.
    private static func columns(of kind: PromiseFact.Kind, month: String?) -> [SQLValue] {
        switch kind {
        case .made(let terms):
            return [.text("made"), .text(terms.customerID), .text(terms.customerName), .text(terms.what), .text(terms.interactionID),
                    .text(terms.location), .text(terms.agentID), .text(month)] + dueColumns(terms.due) + [.int(0)]
        case .revised(let due, let contacted):
            return [.text("revised"), .null, .null, .null, .null, .null, .null, .null] + dueColumns(due) + [.int(contacted ? 1 : 0)]
        case .kept:
            return [.text("kept"), .null, .null, .null, .null, .null, .null, .null, .null, .null, .int(0), .int(0)]
        case .cancelled:
            return [.text("cancelled"), .null, .null, .null, .null, .null, .null, .null, .null, .null, .int(0), .int(0)]
        case .contacted:
            return [.text("contacted"), .null, .null, .null, .null, .null, .null, .null, .null, .null, .int(0), .int(0)]
        }
    }

    /// due, due_words, due_unreadable.
    private static func dueColumns(_ due: PromiseDue) -> [SQLValue] {
        switch due {
        case .at(let date, let words): [.millis(date), .text(words), .int(0)]
        case .unreadable(let words): [.null, .text(words), .int(1)]
        }
    }

    /// The record of `promise`: all its facts.
    static func record(_ promise: String, db: PluginDatabase) throws -> PromiseRecord {
        PromiseRecord(promiseID: promise, facts: try db.rows("""
            SELECT fact, promise, time, kind, customer_id, customer_name, what, interaction, location, agent,
                   due, due_words, due_unreadable, customer_contacted
            FROM promise_facts WHERE promise = ?
            """, [.text(promise)]).compactMap(fact))
    }

    /// The records of the promises made in `month` ("2026-10"), at `location` when given.
    public static func records(madeIn month: String, location: String?, db: PluginDatabase) throws -> [PromiseRecord] {
        var sql = """
            SELECT f.fact, f.promise, f.time, f.kind, f.customer_id, f.customer_name, f.what, f.interaction, f.location, f.agent,
                   f.due, f.due_words, f.due_unreadable, f.customer_contacted
            FROM promise_facts m JOIN promise_facts f ON f.promise = m.promise
            WHERE m.kind = 'made' AND m.month = ?
            """
        var arguments: [SQLValue] = [.text(month)]
        if let location {
            sql += " AND m.location = ?"
            arguments.append(.text(location))
        }
        var facts: [String: [PromiseFact]] = [:]
        for row in try db.rows(sql, arguments) {
            guard let fact = fact(row) else { continue }
            facts[fact.promiseID, default: []].append(fact)
        }
        return facts.keys.sorted().map { PromiseRecord(promiseID: $0, facts: facts[$0]!) }
    }

    private static func fact(_ row: SQLRow) -> PromiseFact? {
        guard let key = row.string("fact"), let promise = row.string("promise"), let time = row.int("time"),
              let kind = row.string("kind") else { return nil }
        let due: PromiseDue
        if row.int("due_unreadable") == 1 {
            due = .unreadable(words: row.string("due_words") ?? "")
        } else if let millis = row.int("due") {
            due = .at(date(millis), words: row.string("due_words"))
        } else {
            due = .unreadable(words: row.string("due_words") ?? "")
        }
        let what: PromiseFact.Kind
        switch kind {
        case "made":
            what = .made(PromiseTerms(customerID: row.string("customer_id") ?? "", customerName: row.string("customer_name") ?? "",
                                      what: row.string("what") ?? "", interactionID: row.string("interaction"),
                                      location: row.string("location"), agentID: row.string("agent"), due: due))
        case "revised": what = .revised(due, customerContacted: row.int("customer_contacted") == 1)
        case "kept": what = .kept
        case "cancelled": what = .cancelled
        case "contacted": what = .contacted
        default: return nil
        }
        return PromiseFact(key: key, promiseID: promise, time: date(time), kind: what)
    }

    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1_000) }
}
