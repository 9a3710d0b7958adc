extension DefaultNicknames {
    static let germanDutch = """
    # German given names
    Albrecht: Albi
    Alexander: Alex, Sascha, Xandi
    Andreas: Andi, Andy, Andrä, Res
    Anneliese: Anne, Liese
    Annelie: Anne, Liese
    Barbara: Babsi, Bärbel
    Bernhard: Bernd, Berni
    Christian: Chris, Christl
    Christina: Tina, Christl, Stine
    Christine: Tina, Christl, Stine
    Elisabeth: Lisa, Liesl, Lissi, Sissi, Elli, Else, Betti
    Friedrich: Fritz, Friedl, Fred
    Gabriele: Gabi, Gaby
    Georg: Schorsch, Jörg, Girgl
    Gottfried: Friedl, Götz
    Gregor: Gregi
    Heinrich: Heinz, Heini, Hein, Henner
    Helmut: Helle
    Johann: Hans, Hannes, Jo, Jan, Hänschen, Hansi, Jockel
    Johannes: Hans, Hannes, Jo, Jan, Hänschen, Hansi, Jockel
    Johanna: Hanna, Hanne, Jo
    Joseph: Sepp, Seppi, Beppo, Jupp, Josi
    Josef: Sepp, Seppi, Beppo, Jupp, Josi
    Jürgen: Jogi
    Katharina: Kathi, Katja, Trina, Käthe
    Konrad: Konni, Kurt
    Ludwig: Lutz, Luggi
    Magdalena: Lena, Leni, Magda
    Margarete: Grete, Gretel, Gretchen, Meta, Marga
    Margarethe: Grete, Gretel, Gretchen, Meta, Marga
    Maria: Mia, Mitzi, Mizzi, Ria
    Matthias: Matze, Hias
    Maximilian: Max, Maxi
    Michael: Michi, Micha
    Nikolaus: Klaus, Niklas, Nick
    Peter: Pit, Peda
    Rudolf: Rudi, Dolf
    Sebastian: Basti, Wastl
    Stefanie: Steffi
    Susanne: Susi, Sanne
    Theodor: Theo, Teddy
    Thomas: Tom, Thomy
    Ulrich: Uli, Ulli, Utz
    Walter: Walti
    Walther: Walti
    Wilhelm: Willi, Willy, Wim, Helm
    Wolfgang: Wolf, Wolfi
    # Dutch given names
    Cornelis: Kees, Cees, Neel
    Cornelia: Corrie, Nel, Cor
    Hendrik: Henk, Rik, Hein
    Jacobus: Koos, Sjaak, Jaap, Jack
    Johannes: Jan, Hans, Joop, Hannes
    Johanna: Anneke, Hanneke, Jannie, Joke
    Josephus: Joop, Jos, Sjef
    Maria: Mieke, Marieke, Mies, Ria
    Petrus: Piet, Peter
    Theodorus: Theo, Ruud, Dorus
    Willem: Wim, Pim, Wil
    Wilhelmina: Mien, Wil, Mina, Willy
    Geertruida: Truus, Trudy
    Elisabeth: Lies, Liesbeth, Betje, Els
    """
}
