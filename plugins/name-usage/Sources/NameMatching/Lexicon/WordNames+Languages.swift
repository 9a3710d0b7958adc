extension WordNames {
    /// Names that are ordinary words in other languages written in Latin letters.
    static let otherLanguages = """
        # German
        klein weiß weiss schwarz braun roth rot lang kurz groß gross fuchs wolf vogel hahn koch
        bauer fischer jäger jaeger richter könig koenig kaiser engel winter sommer berg stein
        busch baum haas strauß strauss jung alt neu frei held ernst kühn kuehn fromm stark
        hell licht sauer herz hart frank freund gott sonne stern blum blume nagel meister
        schäfer schaefer zimmermann gold silber bach wald feld see mai morgen abend kind mann
        graf ritter bischof kohl kraut pfeffer salz zucker honig wein brot keller vogt schuster
        schreiber schmied weber becker gärtner gaertner bader lehmann krüger kruger schneider
        # Dutch and Scandinavian
        groot jong wit zwart bruin rood groen boer smid visser bakker molenaar kok schilder
        timmerman koning keizer graaf ridder vos haan kort lange bos veld dijk brug beek zee
        meer sterk vroom blij wijs goed stil snel zoet licht donker lief vrede hoop trouw
        sol stjerna björk bjork lind lund strand dahl dal holm ström strom sten alm ask ek
        gran lilja vinter sommar björn bjorn ulf hjort falk svan örn orn fjell haug vik sand
        hav sjö elv skog blom kvist nord lie bakke
        # Italian
        bianchi bianco rossi rosso neri nero russo costa fontana leone fiore gallo conti conte
        marino santo santi bella bello serena felice allegra gioia speranza fede grazia stella
        luna sole mare viola rosa bruno franco vittoria benedetto pace amato caro grande
        piccolo longo greco romano villa monte porta riva vitale ricci colombo ferro sala
        testa martini lupo orso volpe gatto bassi basso alti alto fortunato onesto prudenza
        modesto innocente clemente giusto sereno tranquillo salvatore angelo pio celeste
        massimo primo secondo terzo quinto bianca nera rossa chiara aurora alba
        # Spanish and Portuguese
        blanca blanco luz paz dolores pilar consuelo soledad amparo rocío rocio alegría
        alegria esperanza cruz flores castillo león leon campos prieto bueno moreno serrano
        vega rubio delgado cortés cortes leal santos salvador ángel angel iglesias torres
        rivera montes lobo cordero palomo pastor guerra bravo calvo rico nieves estrella reyes
        marina mar cielo linda bonita perla dulce clara milagros remedios socorro rosario
        asunción asuncion concepción gloria caridad paloma azucena jazmín margarita violeta
        flor cristal diamante oro plata lucero nacho chico domingo reina rey conde duque
        herrero zapatero molinero vaquero caballero hidalgo guerrero cazador pescador
        carpintero barbero ventura fortuna salud vida amor amado feliz alegre sabio justo
        negro pardo rojo verde azul crespo gordo largo corto bajo cano pobre manso humilde
        pereira oliveira graça graca fé branco preto pinto machado ferreira carvalho rocha
        coelho raposo leite mota serra neves fontes matos bela vitória estrela lua cordeiro
        bispo rainha prata ouro esperança dores conceição natividade sorte bonfim pombo pomba
        pardal falcão leão touro carneiro porto figueira pinheiro nogueira barbosa barros
        cardoso correia marques monteiro ramos reis ribeiro teixeira vieira
        # French
        blanc petit leblanc blanche grand roux fontaine bonheur joie espérance constant
        clément aimé désiré victoire céleste aurore fleur océane marine ange noël pascal
        pascale lion leroy lebrun lenoir chevalier mercier fournier berger meunier legrand
        lefort bonnet rivière renard loup lapin poisson mouton pigeon merle rossignol corbeau
        faucon leclerc lemaire lévêque leroi lecomte leduc baron marquis dauphin moine masson
        charpentier tisserand tailleur couturier cordonnier forestier pêcheur chasseur
        vigneron jardinier vacher fermier marchand barbier boucher boulanger cuisinier lac
        montagne bois forêt champ jardin verger vigne pont tour château église maison cave
        grange moulin four puits source roche ciel soleil lune étoile nuage pluie neige vent
        orage printemps été automne hiver avril juin
        # Polish, Czech, Hungarian, Turkish
        róża roza wiktoria kowal wróbel wrobel mróz mroz zając zajac wilk lis sowa kruk baran
        kozioł czarny biały bialy mały maly duda kot kamień nowak król krol góra gora dąb sosna
        brzoza lipa gruszka śliwa wiśnia malina cebula burak groch kapusta mak kwiatek miód
        wiosna lato zima jesień maj wesoły mądry silny szybki cichy wielki młody stary nowy
        rudy siwy jagoda kalina wiara nadzieja
        nagy kis kiss fekete fehér feher szép szep vörös voros bíró biro katona király kiraly
        szabó szabo kovács kovacs molnár molnar farkas juhász takács mészáros lakatos szűcs
        kocsis halász vadász kertész fazekas pásztor bognár sipos varga magyar orosz török
        lengyel deák vass arany nemes gazdag bátor sas holló galamb csillag hajnal rózsa rozsa
        ibolya virág virag gyöngy remény öröm boldog
        can deniz ay yıldız yildiz güneş gunes umut barış baris kaya demir çelik celik aslan
        kurt şahin sahin doğan dogan kara ak su nur gül gul bahar yaz aydın aydin ekin ece
        bulut yağmur yagmur kar toprak tan er sevgi mutlu özgür ozgur cesur erdem onur inci
        ışık isik altın altin elmas ateş ates yıldırım dağ dag kılıç kilic polat yavuz sevim
        saadet huzur hayat yasemin lale menekşe papatya nergis zambak fidan filiz çiçek cicek
        bal şeker seker dilek emel ümit umit sabır sadık sevda kamil metin tuna volkan kartal
        ceylan kuzu koç ozan beyaz siyah mavi yeşil kızıl sarı sari akın akin
        # Arabic, Hebrew, African and Indian names in Latin letters that are English words
        said nada ward amen rana
        blessing precious gift favour comfort peace goodluck sunday monday friday happiness
        happy lucky sunny honey baby prince dolly pinky sweety goldie ram dev om
        # East Asian family and given names in Latin letters that are words
        he ye man sun long fang tang song moon ding pan fan chow wing kit hang ping bing ho lo
        do go no so ma ha shin lam wan hung bang cha tan yip sing ran tong gong dong bo lee
        chin yang park oh chi may an ming jade hong kong hope
        """

    /// Names that are ordinary words in scripts other than Latin.
    static let scripts = """
        # Arabic
        نور امل أمل سعيد جميل كريم أمير امير حسن سلام هدى ايمان إيمان رحمة فرح صباح ليلى حياة
        دنيا زهرة أمين امين هادي عزيز بسمة رنا ندى ريم وفاء نجاح منى رجاء أماني اماني أحلام
        احلام سماح إحسان احسان نبيل عادل حكيم حليم رفيق شريف طاهر صالح كمال جمال فضل خير نصر
        فوز سالم سلامة محمود حامد شاكر صابر منير سامي عالي
        # Hebrew
        אור שחר טל גיל רון שי אביב שקד נועם רז הדר אושר חן מתן יובל עומר ים שמש דור זיו נוי
        עדן רינה שירה נגה יעל דבורה ציפורה איילה רחל תמר אלון ארז אורן רותם לילך ורד שושנה
        אדם שלום שמחה טובה ברכה נחמה אמונה תקווה
        # Greek
        ελπίδα ειρήνη σοφία αγάπη χαρά δόξα νίκη ζωή αρετή αυγή μαργαρίτα άνθη
        # Cyrillic
        вера надежда любовь роза слава лев мила злата майя лилия виктория лада роман мороз
        волк лука
        # Devanagari
        आशा ज्योति शांति पूजा किरण सागर गंगा राजा रानी प्रिया
        """
}
