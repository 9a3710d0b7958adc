/// A judgement with nothing to attach to ("awful", "cancelled"): general praise or complaint, which
/// tags no theme but tells sarcasm apart ("Lovely to be kept informed. My appointment was cancelled.").
struct Signal: Sendable {
    let polarity: Polarity
    let clause: Int
    let sentence: Int
}
