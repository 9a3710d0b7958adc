/// ThemeTagging: domain logic of the feedback-aggregator plugin (plain library, no I/O).
public enum ThemeTaggingLibrary {}
