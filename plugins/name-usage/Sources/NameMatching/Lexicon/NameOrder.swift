/// What tells the order and the parts of a customer's name: family names that come first
/// (Vietnamese, Hungarian, Chinese, Korean and Japanese in Latin letters), particles that are
/// part of a name but never the name alone, and patronymic endings.
enum NameOrder {
    /// Common family names of languages that put the family name first.
    static let familyFirst = WordList.keys("""
        nguyễn nguyen trần tran lê le phạm pham hoàng hoang huỳnh huynh phan vũ vu võ vo đặng
        dang bùi bui đỗ do hồ ho ngô ngo dương duong lý ly trương truong đinh dinh lâm lam
        mai trịnh trinh đoàn doan lương luong cao tạ ta hà ha quách quach lại lai thái thai tô
        to châu chau
        nagy kovács kovacs tóth toth szabó szabo horváth horvath varga kiss molnár molnar
        németh nemeth farkas balogh papp takács takacs juhász juhasz lakatos mészáros meszaros
        oláh olah rácz racz fekete szilágyi szilagyi török torok fehér feher balázs balazs
        gál gal kis szűcs szucs kocsis fodor szalai sipos magyar lukács lukacs gulyás gulyas
        bíró biro király kiraly katona jakab bogdán bogdan sándor sandor boros fazekas kelemen
        antal orbán orban somogyi vincze fülöp fulop hegedűs hegedus veres budai deák deak
        bodnár bodnar halász halasz
        wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
        zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang
        yu du ye cheng wei su lu ding ren shen yao cui zhong tan jin shi liao jia xia fu fang
        bai zou meng xiong qin qiu hou yin xue yan duan lei long tao gu mao hao gong shao wan
        qian kong ng wong chan lee cheung lau leung chow tsang yip tse kwok mak siu fung lo tam
        chu yuen choi
        kim park pak choi jung jeong kang cho jo yoon yun jang lim im oh seo shin kwon hwang
        ahn an ryu yoo hong jeon ko moon son bae baek heo nam sim noh kwak sung cha joo woo koo
        min na
        sato satō suzuki takahashi tanaka watanabe ito itō yamamoto nakamura kobayashi kato
        katō yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu yamazaki
        mori abe ikeda hashimoto yamashita ishikawa nakajima maeda fujita ogawa goto gotō okada
        hasegawa murakami kondo kondō ishii saito saitō sakamoto endo endō aoki fujii
        nishimura fukuda ota ōta miura fujiwara okamoto matsuda nakagawa oda
        """)

    /// Vietnamese family names and middle names: a Vietnamese name's given name is usually an
    /// ordinary word (Lan, An, Long, Minh), so it counts only in a name slot.
    static let vietnamese = WordList.keys("""
        nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý trương đinh
        thị văn hữu đức ngọc xuân quang
        """)

    /// Particles that belong to a name but never stand for it alone: de, van, al, Ní, Thị...
    static let particles = WordList.keys("""
        de da do dos das del della delle di du des la le lo van von der den ter te ten vander
        al el ul bin bint ibn bat abu ap ní ni nic ó o mac mc st saint y e thị thi văn van
        jr jnr sr snr ii iii iv
        """)

    /// Particles written with accents; an accented token is a particle only when listed here
    /// (Vietnamese `Thị` and `Văn` are, the family name `Lê` is not).
    static let accentedParticles: Set<String> = ["ní", "thị", "văn", "ó", "dí"]

    /// Particles that are also given names (Al, Van, Ben).
    private static let givenParticles = WordList.keys("al van ben")

    /// True when the token at `index` of a name is a particle: not a capitalised given name
    /// opening a two-word name on its own (`Al Haddad`, `Van Morrison`; `al-Rashid` and
    /// `van Dijk` keep their particle).
    static func isParticle(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        if index == 0, tokens.count == 2, givenParticles.contains(token.key), token.capitalized, !token.allCaps,
           token.after != .hyphen {
            return false
        }
        return isParticle(token)
    }

    /// True when the token is a name particle.
    static func isParticle(_ token: Token) -> Bool {
        if let marked = token.markedKey { return accentedParticles.contains(marked) }
        return particles.contains(token.key)
    }

    /// Endings of Russian and other East Slavic patronymics (Cyrillic and Latin).
    static let patronymicEndings = [
        "вич", "вна", "ична", "ьич", "ovich", "evich", "ovna", "evna", "ichna", "ovic", "evic",
    ]

    /// True when the folded token is a patronymic (`Сергеевич`, `Petrovna`).
    static func isPatronymic(_ key: String) -> Bool {
        patronymicEndings.contains { key.hasSuffix($0) } && key.count > 5
    }
}
