extension DefaultNicknames {
    static let italian = """
    # Italian given names
    Alessandro: Ale, Sandro, Alex
    Alessandra: Ale
    Andrea: Andre
    Angelo: Lino, Angiolino
    Antonio: Toni, Tonino, Totò, Nino
    Antonella: Anto, Nella
    Beatrice: Bea, Bice
    Caterina: Cate, Rina
    Domenico: Mimmo, Mimì, Menico
    Elisabetta: Betta, Elisa
    Emanuele: Manu, Lele
    Federico: Fede, Chicco
    Federica: Fede
    Francesco: Franco, Checco, Cecco, Ciccio, Francy
    Francesca: Franca, Fra, Cecca
    Gabriele: Gabri, Lele
    Giacomo: Giacomino, Mino
    Giorgio: Gino
    Giovanni: Gianni, Nanni, Vanni, Giò, Nino
    Giovanna: Gianna, Vanna, Nina
    Giuseppe: Beppe, Peppe, Pino, Peppino, Geppetto, Bepi, Giuse
    Giuseppina: Pina, Peppina, Giusy
    Guglielmo: Memmo
    Leonardo: Nardo
    Lorenzo: Enzo, Renzo
    Luigi: Gino, Gigi, Luigino
    Margherita: Rita, Ghita
    Maria: Mariuccia, Mimì
    Maria Grazia: Mariagrazia
    Massimiliano: Max, Massi
    Maurizio: Mauri
    Michele: Lele, Michelino
    Nicola: Nico, Cola
    Raffaele: Lello, Raffa
    Salvatore: Totò, Turi, Salvo, Rino
    Stefano: Ste, Teo
    Teresa: Tere
    Vincenzo: Enzo, Vincè, Cenzo
    Vittorio: Vitto
    """
}
