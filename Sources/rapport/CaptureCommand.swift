import ArgumentParser

/// `rapport capture`: the capture agent, store-and-forward from a desk to the bus.
struct CaptureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "capture",
        abstract: "Capture desk events: spooled on disk first, then sent to the bus; nothing captured is lost.",
        discussion: """
            `rapport capture <event> ...` builds a desk event (a new ULID id, the desk's source, \
            location and agent, partitionkey = the customer id), writes it to the local spool \
            (synced), then tries to send it for --send-timeout (2s) and says `sent` (with the \
            offset) or `queued` (and why). Exit 0 for sent or queued, 1 when the event was refused \
            (invalid data: nothing spooled) or the spool could not take it (full spool or disk: \
            NOT captured), 3 when the bus rejected it (see dead-letters). \
            `rapport capture sender` runs (under systemd or the supervisor) to drain the spool; \
            `status`, `flush` and `dead-letters [--retry]` look after it. Settings come from \
            --config capture.yaml (or $RAPPORT_CAPTURE_CONFIG) and the options, which win. \
            Set RAPPORT_FAULT=capture.after-spool-write or capture.after-send to make the process \
            kill itself (SIGKILL) at that step, for crash tests.
            """,
        subcommands: [
            CaptureInteractionStartedCommand.self, CaptureUtteranceCommand.self, CaptureNameUsedCommand.self,
            CaptureInteractionEndedCommand.self, CapturePromiseMadeCommand.self, CapturePromiseRevisedCommand.self,
            CapturePromiseKeptCommand.self, CapturePromiseCancelledCommand.self, CaptureCustomerContactedCommand.self,
            CaptureFeedbackCommand.self, CaptureComplaintReceivedCommand.self, CaptureComplaintResolvedCommand.self,
            CaptureSenderCommand.self, CaptureStatusCommand.self, CaptureFlushCommand.self, CaptureDeadLettersCommand.self,
            CaptureLoadCommand.self,
        ]
    )
}
