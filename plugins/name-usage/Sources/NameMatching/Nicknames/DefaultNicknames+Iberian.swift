extension DefaultNicknames {
    static let spanishPortuguese = """
    # Spanish given names
    Alejandro: Álex, Alex, Ale, Jandro
    Alejandra: Álex, Alex, Ale
    Alfonso: Poncho, Fonso
    Antonio: Toño, Tono, Toni, Tony, Antón
    Antonia: Toña, Toni
    Beatriz: Bea, Beti
    Carlos: Carlitos, Charly
    Carmen: Menchu, Mamen, Carmencita
    Concepción / Concepcion: Concha, Conchita, Chita
    Consuelo: Chelo
    Cristina: Cris, Tina
    Dolores: Lola, Loli, Lolita
    Eduardo: Edu, Lalo
    Enrique: Quique, Kike
    Esperanza: Espe
    Federico: Fede, Quico
    Fernando: Nando, Fer
    Francisco: Paco, Pancho, Curro, Fran, Quico, Cisco, Frasco
    Francisca: Paca, Paquita, Pancha, Curra
    Gonzalo: Gonza
    Guadalupe: Lupe, Lupita
    Guillermo: Guille, Memo
    Ignacio: Nacho, Iñaki, Nacio
    Isabel: Isa, Chabela, Chavela, Bel
    Jesús / Jesus: Chucho, Chuy, Suso
    Joaquín / Joaquin: Quino, Chimo, Ximo
    Jorge: Coque, Jorgito
    José / Jose: Pepe, Pepito, Chema, Che, Chepe
    José Manuel / Jose Manuel: Chema, Pepe
    José María / Jose Maria: Chema, Josema
    Josefa: Pepa, Pepita, Fina
    Josefina: Pepa, Pepita, Fina
    Juan: Juanito, Juanjo
    Juana: Juanita
    Luis: Lucho, Luisito
    Manuel: Manolo, Manu, Lolo
    Manuela: Manoli, Manu
    María / Maria: Mari, Maruja, Marita, Maruca
    María José / Maria Jose: Majo, Marijose
    María del Carmen: Maica, Mamen, Mari Carmen
    María Jesús: Chus, Marisú
    María Luisa: Marisa
    María Teresa: Maite
    Mercedes: Merche, Meche, Mecha
    Miguel: Migue, Miguelito
    Natividad: Nati
    Pilar: Pili, Pilarica
    Rafael: Rafa, Rafi, Falo
    Ramón / Ramon: Moncho, Mon
    Ricardo: Richi, Ricky
    Roberto: Beto, Rober, Tito
    Rosario: Charo, Chayo, Rosi
    Salvador: Salva, Chava, Voro
    Santiago: Santi, Yago, Diego
    Soledad: Sole
    Teresa: Tere, Teresita
    Vicente: Chente, Vicen
    # Portuguese given names
    Ana: Aninha
    António / Antônio: Tó, Toni, Tonho
    Beatriz: Bia
    Carlos: Cacá
    Eduardo: Edu, Dudu
    Fernanda: Nanda, Fê
    Francisco: Chico, Xico, Kiko
    Gabriela: Gabi, Bia
    Isabel: Bela, Bel
    João / Joao: Joãozinho, Jão
    Joaquim: Quim
    José / Jose: Zé, Ze, Zezé, Zeca
    Luís / Luis: Lulu
    Luiz: Lulu
    Manuel: Manel, Mané, Nel
    Margarida: Guida
    Maria: Mariazinha
    Maria da Conceição: São, Conceição
    Maria de Fátima: Fátima, Fatinha
    Maria de Lourdes: Lurdes
    Miguel: Micas
    Rafael: Rafa
    Raimundo: Mundinho
    Ricardo: Rica
    Roberto: Beto
    Teresa: Teté
    Vitória: Vivi
    """
}
