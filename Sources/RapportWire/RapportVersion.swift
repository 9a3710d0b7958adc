/// The version of Rapport: the one constant `rapport --version` prints, the bus writes in its
/// `bus ready` line and answers in INFO's `version`.
///
/// Change it here only, when a release is cut; the wire protocol's own version is separate
/// (``Wire/version``, `RAP1`) and changes only when the frames do.
public enum RapportVersion {
    /// The release, as `MAJOR.MINOR.PATCH`.
    public static let current = "0.1.0"
}
