extension DefaultNicknames {
    static let slavic = """
    # Polish given names
    Aleksander: Olek, Alek, Oluś
    Aleksandra: Ola, Olka, Ala, Olunia
    Agnieszka: Aga, Agusia, Jagna, Agnisia
    Andrzej: Jędrek, Andrzejek, Jędruś
    Anna: Ania, Anka, Anusia, Hania
    Barbara: Basia, Baśka
    Bartłomiej: Bartek
    Bartosz: Bartek
    Bogdan: Bodzio
    Dariusz: Darek
    Danuta: Danka, Danusia
    Dorota: Dorotka
    Elżbieta: Ela, Elka, Elunia
    Ewa: Ewka, Ewunia
    Grzegorz: Grzesiek, Grześ
    Halina: Hala, Halinka
    Henryk: Heniek, Henio
    Irena: Irka, Irenka
    Iwona: Iwonka
    Jadwiga: Jadzia
    Jakub: Kuba, Kubuś
    Jan: Janek, Jaś, Jasiek
    Jarosław: Jarek
    Joanna: Asia, Joasia
    Józef: Józek, Józio
    Julia: Julka
    Karolina: Karola, Karolcia
    Katarzyna: Kasia, Kaśka, Kasieńka
    Kazimierz: Kazik, Kazio
    Krystyna: Krysia
    Krzysztof: Krzysiek, Krzyś
    Łukasz: Łukaszek
    Magdalena: Magda, Madzia
    Małgorzata: Gosia, Małgosia, Gośka, Gosiaczek
    Marcin: Marcinek
    Maria: Marysia, Maryśka, Mania
    Mateusz: Mateuszek
    Michał: Michałek, Misiek
    Mirosław: Mirek
    Monika: Monia
    Natalia: Natka
    Paweł: Pawełek
    Piotr: Piotrek, Piotruś
    Przemysław: Przemek
    Radosław: Radek
    Renata: Renia
    Ryszard: Rysiek
    Sławomir: Sławek
    Stanisław: Staszek, Stasiek, Stach
    Tadeusz: Tadek
    Teresa: Tereska
    Tomasz: Tomek
    Urszula: Ula
    Weronika: Wera, Weronka
    Wiktoria: Wika
    Władysław: Władek
    Wojciech: Wojtek
    Zbigniew: Zbyszek
    Zofia: Zosia, Zośka
    # Czech and Slovak given names
    Jiří: Jirka
    Jan: Honza
    Josef: Pepa, Pepík
    Petr: Péťa
    Tomáš: Tom
    Jaroslav: Jarda
    Václav: Vašek
    Kateřina: Katka, Kačka
    Lucie: Lucka
    Tereza: Terka
    # Russian and Ukrainian given names
    Aleksandr / Александр: Саша, Sasha, Шура, Shura, Саня, Sanya, Alik
    Alexandr / Александр: Саша, Sasha, Шура, Shura, Саня, Sanya, Alik
    Alexander / Александр: Саша, Sasha, Шура, Shura, Саня, Sanya, Alik
    Александра / Aleksandra: Саша, Sasha, Шура, Shura
    Aleksei / Алексей: Алёша, Alyosha, Лёша, Lyosha, Lesha
    Alexei / Алексей: Алёша, Alyosha, Лёша, Lyosha, Lesha
    Alexey / Алексей: Алёша, Alyosha, Лёша, Lyosha, Lesha
    Anastasia / Анастасия: Настя, Nastya, Стася
    Anastasiya / Анастасия: Настя, Nastya, Стася
    Анна / Anna: Аня, Anya, Анечка, Нюра
    Andrei / Андрей: Андрюша, Andryusha
    Andrey / Андрей: Андрюша, Andryusha
    Анатолий / Anatoly: Толя, Tolya
    Борис / Boris: Боря, Borya
    Валентина / Valentina: Валя, Valya
    Vasily / Василий: Вася, Vasya
    Vasiliy / Василий: Вася, Vasya
    Виктор / Viktor: Витя, Vitya
    Виктория / Viktoriya: Вика, Vika
    Владимир / Vladimir: Володя, Volodya, Вова, Vova, Vlad
    Владислав / Vladislav: Влад, Vlad, Слава, Slava
    Вячеслав / Vyacheslav: Слава, Slava
    Галина / Galina: Галя, Galya
    Геннадий / Gennady: Гена, Gena
    Григорий / Grigory: Гриша, Grisha
    Darya / Дарья: Даша, Dasha
    Daria / Дарья: Даша, Dasha
    Dmitry / Дмитрий: Дима, Dima, Митя, Mitya
    Dmitri / Дмитрий: Дима, Dima, Митя, Mitya
    Yevgeny / Евгений: Женя, Zhenya
    Evgeny / Евгений: Женя, Zhenya
    Yevgenia / Евгения: Женя, Zhenya
    Evgenia / Евгения: Женя, Zhenya
    Ekaterina / Екатерина: Катя, Katya, Katia, Катюша, Katyusha
    Yekaterina / Екатерина: Катя, Katya, Katia, Катюша, Katyusha
    Yelena / Елена: Лена, Lena, Алёна, Alyona
    Elena / Елена: Лена, Lena, Алёна, Alyona
    Yelizaveta / Елизавета: Лиза, Liza
    Elizaveta / Елизавета: Лиза, Liza
    Иван / Ivan: Ваня, Vanya
    Илья / Ilya: Илюша, Ilyusha
    Ирина / Irina: Ира, Ira, Ириша
    Константин / Konstantin: Костя, Kostya
    Kseniya / Ксения: Ксюша, Ksyusha
    Ksenia / Ксения: Ксюша, Ksyusha
    Леонид / Leonid: Лёня, Lyonya
    Любовь / Lyubov: Люба, Lyuba
    Людмила / Lyudmila: Люда, Lyuda, Мила, Mila
    Maksim / Максим: Макс, Max
    Maxim / Максим: Макс, Max
    Маргарита / Margarita: Рита, Rita
    Mariya / Мария: Маша, Masha, Маня, Manya, Муся
    Maria / Мария: Маша, Masha, Маня, Manya, Муся
    Михаил / Mikhail: Миша, Misha
    Надежда / Nadezhda: Надя, Nadya
    Natalya / Наталья: Наташа, Natasha, Ната
    Natalia / Наталья: Наташа, Natasha, Ната
    Nikolai / Николай: Коля, Kolya
    Nikolay / Николай: Коля, Kolya
    Ольга / Olga: Оля, Olya
    Павел / Pavel: Паша, Pasha
    Pyotr / Пётр / Петр: Петя, Petya
    Petr / Пётр / Петр: Петя, Petya
    Полина / Polina: Поля, Polya
    Роман / Roman: Рома, Roma
    Светлана / Svetlana: Света, Sveta
    Sergei / Сергей: Серёжа, Seryozha
    Sergey / Сергей: Серёжа, Seryozha
    Софья / Sofya: Соня, Sonya
    Станислав / Stanislav: Стас, Stas
    Tatiana / Татьяна: Таня, Tanya
    Tatyana / Татьяна: Таня, Tanya
    Фёдор / Федор / Fyodor: Федя, Fedya
    Yulia / Юлия: Юля, Yulya
    Yuliya / Юлия: Юля, Yulya
    Yuri / Юрий: Юра, Yura
    Yury / Юрий: Юра, Yura
    Яков / Yakov: Яша, Yasha
    Ярослав / Yaroslav: Ярик, Слава
    Олександр / Oleksandr: Сашко, Sashko, Олесь, Oles
    Микола / Mykola: Коля, Kolya
    Володимир / Volodymyr: Володя, Вова
    Оксана / Oksana: Ксана
    Богдан / Bohdan: Бодя
    # South Slavic given names
    Aleksandar: Saša, Aca
    Jovan: Jova
    Nikola: Nidžo
    Snežana: Sneža
    """
}
