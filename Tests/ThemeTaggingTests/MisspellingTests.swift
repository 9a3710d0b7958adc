import Testing
import ThemeTagging

@Suite("Misspellings, slang and text-speak")
struct MisspellingTests {
    let tagger = Shared.tagger

    @Test("Misspelt and text-speak comments are read as meant", arguments: [
        ("staf were realy helpfull", "staff-attitude+"),
        ("the toilets were discusting", "cleanliness-"),
        ("very knowlegable lady", "knowledge+"),
        ("wating time was 2 long", "waiting-time-"),
        ("gr8 food", "product-quality+"),
        ("it was a proper ripoff", "price-"),
        ("the recepshonist was so rood", "staff-attitude-"),
        ("no1 rang us back", "communication-"),
        ("the wait was soooo long", "waiting-time-"),
        ("delicous cake and freindly staff", "product-quality+ staff-attitude+"),
    ])
    func tags(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("More misspellings and slang intensifiers", arguments: [
        ("Qeue was massive", "waiting-time-"),
        ("Mad expensive.", "price-"),
        ("Cheap and the grub is lush.", "price+ product-quality+"),
        ("Sour faced woman on the till.", "staff-attitude-"),
        ("Dingy and stinky toilets.", "cleanliness-"),
        ("Food was subpar.", "product-quality-"),
    ])
    func moreMisspellingsAndSlang(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 16: swapped neighbouring letters are corrected; a word two edits from a judgement, or another word's regular form, is not", arguments: [
        ("Lunch was dellicious and the chef was lovley.", "product-quality+ staff-attitude+"),
        ("The form was filled in by the receptionist.", "{}"),
        ("The queues were unbearable.", "waiting-time-"),
        ("The kids loved the swings in the garden.", "{}"),
        ("The box arrived crushed.", "product-quality-"),
        ("The staff were raising money for charity.", "{}"),
        ("We tried a sample of the new cheese.", "{}"),
    ])
    func swapsAndTwoEdits(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }

    @Test("Round 17: text-speak and accented words; a capitalised service noun opening a sentence is not a name", arguments: [
        ("2 months for an appt, ridiculous", "waiting-time-"),
        ("still no reply bout my complaint", "communication-"),
        ("the hostess was muy simpática", "staff-attitude+"),
        ("Flight was fine, I suppose.", "{}"),
        ("Parking was easy.", "{}"),
    ])
    func roundSeventeenSpellings(comment: String, expected: String) {
        #expect(tagger.tag(comment) == Tags.parse(expected), "\(comment)")
    }
}
