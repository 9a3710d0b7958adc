/// Targets for the three measures, each optional: CSAT as a share (0.80), NPS in points (30),
/// CES as a mean answer (5.0). A figure below its target misses it.
public struct Targets: Sendable, Hashable {
    public var csat: Double?
    public var nps: Double?
    public var ces: Double?

    public init(csat: Double? = nil, nps: Double? = nil, ces: Double? = nil) {
        self.csat = csat
        self.nps = nps
        self.ces = ces
    }

    /// The target of `measure`.
    public subscript(measure: MeasureKind) -> Double? {
        get {
            switch measure {
            case .csat: csat
            case .nps: nps
            case .ces: ces
            }
        }
        set {
            switch measure {
            case .csat: csat = newValue
            case .nps: nps = newValue
            case .ces: ces = newValue
            }
        }
    }

    /// These targets, with each one `overrides` sets replaced.
    public func overridden(by overrides: Targets?) -> Targets {
        guard let overrides else { return self }
        return Targets(csat: overrides.csat ?? csat, nps: overrides.nps ?? nps, ces: overrides.ces ?? ces)
    }
}
