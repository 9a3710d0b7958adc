/// The closed word lists of English the readers need: pronouns, determiners, modals,
/// auxiliaries, conjunctions, prepositions, fillers and adverbs.
enum FunctionWords {
    static let firstPerson = ["i", "we"]
    static let secondPerson = ["you", "ya", "u"]
    static let thirdPerson = ["he", "she", "they"]
    static let impersonal = ["it", "that", "this", "everything", "which"]
    static let existential = ["there"]
    static let someone = ["someone", "somebody", "one", "everyone", "everybody"]
    static let objectPronouns = ["me", "us", "him", "her", "them", "you", "it"]
    static let determiners = [
        "the", "a", "an", "your", "our", "my", "his", "her", "their", "its", "this", "that", "these", "those",
        "another", "yer", "ur",
    ]
    static let quantifiers = ["all", "every", "each", "any", "most", "many", "some", "no"]
    static let futureModals = ["will", "shall"]
    static let weakModals = ["would", "could", "should", "might", "may", "can", "must", "ought"]
    static let auxiliaries = [
        "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had",
    ]
    static let negations = ["not", "never", "no", "nothing"]
    static let coordinators = ["and", "but", "or", "so", "then", "plus", "yet", "nor"]
    static let contrastives = ["but", "however", "though", "although", "whereas", "yet", "except", "anyway"]
    static let subordinators = [
        "if", "unless", "because", "cause", "cos", "when", "whenever", "once", "after", "before", "until", "till",
        "while", "since", "although", "though", "whether", "that", "where", "as",
    ]
    static let whWords = ["what", "when", "where", "which", "who", "whom", "whose", "why", "how"]
    static let prepositions = [
        "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "with", "within",
        "without", "about", "around", "across", "through", "up", "down", "under", "between", "during", "via",
        "towards", "toward", "past", "near", "per", "against", "along", "behind", "beyond", "inside", "outside",
    ]
    static let fillers = [
        "um", "uh", "umm", "uhm", "er", "erm", "ah", "oh", "hmm", "mm", "ok", "okay", "alright", "right", "yeah",
        "yes", "yep", "yup", "sure", "so", "look", "listen", "now", "anyway", "sir", "madam", "maam", "mam", "miss",
        "dear", "mate", "please", "hi", "hello", "thanks", "thank", "great", "perfect", "fine", "well", "no",
        "sorry", "like", "honestly", "actually", "basically", "see", "also", "and", "then", "but",
    ]
    /// Adverbs that sit between subject, modal and verb without changing the commitment.
    static let midAdverbs = [
        "definitely", "surely", "certainly", "personally", "also", "just", "then", "really", "actually",
        "absolutely", "still", "now", "first", "immediately", "gladly", "happily", "quickly", "only", "even", "all",
        "both", "promptly", "directly", "again", "else", "right", "straight", "sure", "defo", "def",
        "positively", "myself", "ourselves", "itself", "yourself", "therefore", "thus", "too", "further", "duly",
        "kindly", "properly", "fully", "urgently", "happily", "totally", "completely", "genuinely",
    ]
}
