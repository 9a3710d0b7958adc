/// NameMatching: domain logic of the name-usage plugin (plain library, no I/O).
public enum NameMatchingLibrary {}
