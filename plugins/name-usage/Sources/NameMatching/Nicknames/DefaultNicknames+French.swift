extension DefaultNicknames {
    static let french = """
    # French given names
    Alexandre: Alex
    Anne-Marie: Annie
    Catherine: Cathy, Cat
    Christophe: Chris
    Dominique: Dom, Domi
    Élisabeth / Elisabeth: Babette, Lisette, Élise, Zabeth
    Émilie: Mimi
    Frédéric: Fred
    Geneviève: Ginette, Gene
    Guillaume: Guigui
    Jacqueline: Jacquie, Jacotte
    Jacques: Jacquot, Jacky
    Jean: Jeannot
    Jean-Baptiste: JB
    Jean-Christophe: JC
    Jean-François: JF
    Jean-Luc: JL
    Jean-Michel: JM
    Jean-Philippe: JP
    Jean-Pierre: JP
    Jeanne: Jeannette, Jeanine
    Joseph: Jo, Jojo, Zé
    Louise: Lou, Loulou
    Marguerite: Margot, Margaux, Guite
    Marie: Manon, Marion, Mimi, Maryse
    Michel: Mimi, Michou
    Nathalie: Nath
    Nicolas: Nico, Colas
    Philippe: Phil, Fifi
    Pierre: Pierrot
    Sébastien / Sebastien: Seb, Bastien
    Stéphane: Steph
    Stéphanie: Steph, Fanny
    Thérèse / Therese: Thérésa
    Valérie: Val
    Véronique: Véro
    """
}
