import ArgumentParser
import Foundation
import RapportBench

/// `rapport bench promises`: the promise tracker's reading speed beside a regex baseline, and
/// its start-up time and memory with many open promises beside an empty store.
struct BenchPromisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "promises",
        abstract: "Benchmark the promise tracker: utterances read per second on one core beside a regex baseline, and start-up and memory with 100,000 open promises beside an empty store.",
        discussion: """
            Reading: on one thread, each agent utterance is read for a commitment and its \
            deadline words resolved in a London calendar (what the plugin does per \
            rapport.interaction.utterance), over and over for --seconds; the baseline, in the same \
            run, is a plain first-person-future regular expression ("I'll", "we will", "going \
            to") over the same utterances. Target: 50,000 utterances/s.

            Store: fills a state file with --open promises through the plugin's own handlers, \
            starts its own bus (this executable), then starts the promise-tracker program (next to \
            rapport) on an empty store and on the full one: milliseconds from spawn until it is a \
            member of its group, and its resident memory (VmRSS) a second later. \
            Build in release mode first (swift build -c release). A benchmark: it never fails on \
            a missed target.
            """)

    @Option(help: "JSON lines with a \"text\" field to read (e.g. plugins/promise-tracker/labelled/tuning.jsonl). Default: a built-in sample of 20 agent turns.")
    var utterances: String?
    @Option(help: "Seconds of each timed reading run.") var seconds: Double = 3
    @Option(help: "Open promises in the full store.") var open: Int = 100_000
    @Option(help: "Directory to make the scratch directory in. Default: $TMPDIR or /tmp.") var workDir: String?
    @Flag(help: "Only the reading benchmark (no store, no processes).") var readingOnly = false
    @Flag(help: "Print the figures as one JSON object.") var json = false

    func run() throws {
        let texts = try PromiseReadingBench.utterances(from: utterances)
        let reading = PromiseReadingBench(utterances: texts)
        let tracker = try reading.tracker(seconds: seconds)
        let baseline = try reading.baseline(seconds: seconds)
        var object: [String: Any] = [
            "utterances": texts.count,
            "reading": ["per_second": tracker.perSecond, "per_cpu_second": tracker.perCPUSecond, "committing": tracker.committing],
            "baseline_regex": ["per_second": baseline.perSecond, "per_cpu_second": baseline.perCPUSecond, "committing": baseline.committing],
        ]
        var lines = [
            "utterances read per second, one thread (\(texts.count) distinct texts, \(Int(seconds)) s each):",
            String(format: "  promise tracker (commitment + due in calendar)  %10.0f /s  (%.0f per CPU-second; %.0f%% committing)  target >= 50,000",
                   tracker.perSecond, tracker.perCPUSecond, tracker.committing * 100),
            String(format: "  baseline: first-person-future regex             %10.0f /s  (%.0f per CPU-second; %.0f%% matching)",
                   baseline.perSecond, baseline.perCPUSecond, baseline.committing * 100),
            String(format: "  ratio tracker / baseline                        %10.2f", tracker.perSecond / baseline.perSecond),
        ]
        if !readingOnly {
            let root = workDir ?? ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
            let store = PromiseStoreBench(rapportExecutable: UpCommand.executablePath(), scratchRoot: root)
            let result = try store.run(open: open) { message in
                if !json { FileHandle.standardError.write(Data("bench promises: \(message)\n".utf8)) }
            }
            func row(_ start: PromiseStoreBench.Start) -> [String: Any] {
                ["open_promises": start.openPromises, "store_bytes": start.storeBytes, "start_ms": start.startMillis, "rss_kib": start.rssKiB]
            }
            object["empty_store"] = row(result.empty)
            object["full_store"] = row(result.full)
            object["fill_seconds"] = result.fillSeconds
            lines += [
                "promise-tracker process, start-up (spawn to member of its group) and resident memory 1 s later:",
                String(format: "  empty store                 %8.0f ms  %8.1f MiB RSS  store %8.1f MiB",
                       result.empty.startMillis, Double(result.empty.rssKiB) / 1024, Double(result.empty.storeBytes) / 1_048_576),
                String(format: "  %d open promises       %8.0f ms  %8.1f MiB RSS  store %8.1f MiB  (filled in %.1f s, %.0f promises/s)",
                       open, result.full.startMillis, Double(result.full.rssKiB) / 1024, Double(result.full.storeBytes) / 1_048_576,
                       result.fillSeconds, Double(open) / result.fillSeconds),
            ]
        }
        if json {
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(lines.joined(separator: "\n"))
        }
    }
}
