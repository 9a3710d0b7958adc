extension DefaultNicknames {
    static let nordic = """
    # Scandinavian and Finnish given names
    Anders: Andy
    Birgitta: Gittan, Bibbi, Britt
    Birgit: Gittan, Bibbi, Britt
    Carl: Calle, Kalle
    Karl: Calle, Kalle
    Cecilia: Cilla
    Charlotta: Lotta
    Christina: Stina, Kicki, Tina
    Kristina: Stina, Kicki, Tina
    Elisabet: Lisa, Lisbet, Bettan, Lise
    Elisabeth: Lisa, Lisbet, Bettan, Lise
    Fredrik: Freddy, Fredde
    Gustav: Gösta, Gus, Gurra
    Gustaf: Gösta, Gus, Gurra
    Hans: Hasse
    Ingrid: Inga, Ingi
    Johan: Jocke, Janne, Joe
    Johanna: Hanna, Jossan
    Jonas: Jonte
    Katarina: Kajsa, Kattis, Karin, Kaja
    Lars: Lasse
    Margareta: Maggan, Greta, Meta
    Margrethe: Mette, Grete
    Mikael: Micke, Mike
    Nils: Nisse
    Olof: Olle, Olli
    Olov: Olle, Olli
    Ole: Olle, Olli
    Per: Pelle, Pekka
    Peter: Pelle
    Sören / Søren: Søs
    Thomas: Tommy, Tompa
    Tomas: Tommy, Tompa
    Ulrika: Ullis, Ulla
    Juhani: Jussi, Juha, Hannu
    Johannes: Jussi, Juha, Hannu
    Matti: Masa
    Matias: Masa
    """
}
