/// PromiseReading: domain logic of the promise-tracker plugin (plain library, no I/O).
public enum PromiseReadingLibrary {}
