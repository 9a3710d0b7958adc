import Foundation

/// A promise as its facts say, whatever order they arrived in and however often.
///
/// Facts are de-duplicated by key and put in the order they happened (time, then key), so
/// the same set of facts always gives the same record. The rules:
/// - the due time in force is that of the latest revision, else the one made;
/// - a promise kept and cancelled is whichever happened first (the earliest of several keeps);
/// - a revision "renegotiated" it when the customer was told before the due it replaced (the
///   revision says so, or a contact about the promise came no later than that due).
public struct PromiseRecord: Sendable, Equatable {
    /// The promise's id.
    public let promiseID: String
    /// The facts, de-duplicated, in the order they happened.
    public let facts: [PromiseFact]

    /// The record of `facts` (all about one promise).
    public init(promiseID: String, facts: [PromiseFact]) {
        self.promiseID = promiseID
        var seen = Set<String>()
        self.facts = facts.filter { seen.insert($0.key).inserted }
            .sorted { ($0.time, $0.key) < ($1.time, $1.key) }
    }

    /// What was promised; `nil` while the `promise.made` has not arrived.
    public var terms: PromiseTerms? {
        for fact in facts { if case .made(let terms) = fact.kind { return terms } }
        return nil
    }

    /// When it was made.
    public var madeAt: Date? {
        facts.first { if case .made = $0.kind { true } else { false } }?.time
    }

    /// The revisions in the order they happened: the new due, whether the customer was told
    /// first, and when.
    public var revisions: [(time: Date, due: PromiseDue, customerContacted: Bool)] {
        facts.compactMap { fact in
            if case .revised(let due, let contacted) = fact.kind { return (fact.time, due, contacted) }
            return nil
        }
    }

    /// The due time in force: the latest revision's, else the one made with.
    public var due: PromiseDue? {
        revisions.last?.due ?? terms?.due
    }

    /// When it was kept (the earliest keep), if it was.
    public var keptAt: Date? {
        facts.first { $0.kind == .kept }?.time
    }

    /// When it was cancelled (the earliest), if it was.
    public var cancelledAt: Date? {
        facts.first { $0.kind == .cancelled }?.time
    }

    /// Times someone contacted the customer about it.
    public var contactTimes: [Date] {
        facts.filter { $0.kind == .contacted }.map(\.time)
    }

    /// How it ended, if it has: kept (before any cancellation) or cancelled.
    public var ending: Ending? {
        switch (keptAt, cancelledAt) {
        case (let kept?, let cancelled?): kept <= cancelled ? .kept(kept) : .cancelled(cancelled)
        case (let kept?, nil): .kept(kept)
        case (nil, let cancelled?): .cancelled(cancelled)
        case (nil, nil): nil
        }
    }

    /// How a promise ended.
    public enum Ending: Sendable, Equatable {
        case kept(Date)
        case cancelled(Date)
    }

    /// Whether each revision was renegotiated: the customer told before the due it replaced.
    /// A replaced due that could not be read has no "before": only the revision's own word counts.
    public var renegotiations: [Bool] {
        var previous = terms?.due
        var result: [Bool] = []
        for revision in revisions {
            let oldDue = previous?.instant
            let contactedBefore = oldDue.map { old in contactTimes.contains { $0 <= old } } ?? false
            result.append(revision.customerContacted || contactedBefore)
            previous = revision.due
        }
        return result
    }
}
