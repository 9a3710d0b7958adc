extension WordNames {
    /// English given names, nicknames and family names that are also common words.
    static let general = """
        # virtues, blessings and moods
        grace hope faith joy charity patience prudence mercy honor honour constance felicity
        verity destiny harmony melody trinity serenity liberty justice chance lucky happy
        blessing precious gift favour favor comfort peace goodluck wisdom innocent promise
        praise victory marvel miracle glory treasure success fortune beauty bright smart
        clever courage kindness goodness honesty divine trust love sunny merry rich earnest
        princess clementine temple abbey
        # seasons, months, days, times, weather
        summer autumn winter spring april may june july august dawn eve sunday monday friday
        tuesday rain storm misty sky star snow frost day knight night morning
        # colours, stones, flowers, plants, trees
        amber ruby pearl jade crystal opal coral ivory ebony scarlet violet iris ivy holly lily
        daisy poppy heather hazel olive fern rosemary sage willow ash rowan rose blossom bloom
        bud berry cherry apple peach plum pepper ginger honey sugar candy brandy sherry
        black white brown green grey gray gold silver steel iron copper flint stone rock clay
        diamond jewel gem saffron cinnamon basil laurel myrtle primrose lavender jasmine
        # nicknames that are words
        will bill billy bob rob robin mark jack frank pat sue don guy nick art herb chip buck
        dick drew wade lance dean earl duke prince king queen major sterling ray gene miles
        chase hunter sandy rusty dusty randy rich penny peg dot pip kit bud buzz ace red sonny
        mo al ed sal nan kitty dolly dash rocky bear sunny happy
        # family names that are words
        cash banks bank ward price park parks young old short long little small strong swift
        sharp wise noble good best fair gay law lord pope bell cross lamb hall fox ford hill
        hills wood woods rice bean salt bond booth hood church chapel castle tower bridge
        bridges mills mill wells well pool shore sands cliff rivers lake lakes street house
        moss birch oak pine elm thorn bush bird crane swan finch sparrow crow drake hawk falcon
        raven wren jay dove lark peacock wolf bull hart hare fish salmon pike bass trout
        herring badger mole hardy moody savage power powers money pound page lane dale glen
        reed rush brook brooks field fields heath moor marsh mason baker butler cook fisher
        archer bishop parson turner walker weaver miller potter painter sawyer shepherd skinner
        tanner thatcher gardener farmer slater steward chamberlain sergeant constable judge
        dyer carver sexton keeper bowman squire stamp banner gates gate north south east west
        summers holland england wales read pain kid hale hail heal bolt fry sparks spark
        hopes wills marks crook friend child cannon gunner shields shield knot storms frosty
        hay straw rye barley wheat oats nut booth boot boots hatter glove gloves coat collar
        collier bowl cup jug pitcher bottle barrel cask bucket kettle pan hammer nail nails
        spear bow arrow shaft sword blade rocks pebble
        burns burn watt watts chambers chamber waters water bates cole coal lyon lyons wolfe
        sweet golden cotton wool bacon stark blunt gentle bliss booker key keys lock locke
        hook hooks horn horne wing more most carpenter cooper fletcher marshal marshall mayor
        chancellor rector vicar abbot monk priest friar deacon saint tailor porter warden guard
        ranger pilot sailor fowler gamble luck brave pride bold fine coy wild wilde player
        rider trader dealer seller sellers hunt grant grants
        """
}
