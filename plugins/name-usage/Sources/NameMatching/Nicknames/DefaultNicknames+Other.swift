extension DefaultNicknames {
    static let other = """
    # Hungarian given names
    Erzsébet: Erzsi, Bözsi, Erzsike
    Katalin: Kati, Kata, Katika
    Anna: Panni, Anikó, Ani, Anci
    Mária: Mari, Marika, Marcsi
    Ilona: Ili, Ica, Ilonka
    Zsuzsanna: Zsuzsa, Zsuzsi
    Éva: Évi, Évike
    Julianna: Juli, Julcsi
    Ferenc: Feri, Ferkó
    József: Józsi, Jóska
    János: Jani, Jancsi
    István: Pista, Pisti
    László: Laci
    Sándor: Sanyi
    Mihály: Misi
    Gábor: Gabi
    György: Gyuri, Gyurka
    Zoltán: Zoli
    Péter: Peti
    Tamás: Tomi
    András: Andris, Bandi
    Károly: Karcsi
    Gergely: Gergő, Geri
    Krisztina: Kriszti
    Ágnes: Ági
    Judit: Jutka, Juci
    Zsófia: Zsófi
    Dániel: Dani
    # Greek given names
    Georgios / Γεώργιος / Γιώργος: Γιωργάκης, George
    Giorgos / Γεώργιος / Γιώργος: Γιωργάκης, George
    Yorgos / Γεώργιος / Γιώργος: Γιωργάκης, George
    Κωνσταντίνος / Konstantinos: Κώστας, Kostas, Ντίνος, Dinos
    Ioannis / Ιωάννης / Γιάννης: Γιαννάκης
    Giannis / Ιωάννης / Γιάννης: Γιαννάκης
    Yannis / Ιωάννης / Γιάννης: Γιαννάκης
    Dimitrios / Δημήτριος / Δημήτρης: Μήτσος, Mitsos, Τάκης, Takis
    Dimitris / Δημήτριος / Δημήτρης: Μήτσος, Mitsos, Τάκης, Takis
    Nikolaos / Νικόλαος / Νίκος: Νικολάκης
    Nikos / Νικόλαος / Νίκος: Νικολάκης
    Παναγιώτης / Panagiotis: Πάνος, Panos, Τάκης, Takis
    Aikaterini / Αικατερίνη / Κατερίνα: Καίτη, Kaiti
    Katerina / Αικατερίνη / Κατερίνα: Καίτη, Kaiti
    Ελένη / Eleni: Λένα, Lena
    Evangelos / Ευάγγελος / Βαγγέλης: Άγγελος
    Vangelis / Ευάγγελος / Βαγγέλης: Άγγελος
    Αλέξανδρος / Alexandros: Αλέκος, Alekos, Αλέξης, Alexis
    Θεόδωρος / Theodoros: Θοδωρής, Thodoris
    Spyridon / Σπυρίδων / Σπύρος: Σπυράκος
    Spyros / Σπυρίδων / Σπύρος: Σπυράκος
    Αναστάσιος / Anastasios: Τάσος, Tasos
    Αθανάσιος / Athanasios: Θανάσης, Thanasis, Θάνος, Thanos
    # Turkish, Arabic, Persian and Hebrew given names
    Mehmet / محمد: Mo, Moe, Memo, Hamoudi
    Muhammed / محمد: Mo, Moe, Memo, Hamoudi
    Mohammed / محمد: Mo, Moe, Memo, Hamoudi
    Muhammad / محمد: Mo, Moe, Memo, Hamoudi
    Mohamed / محمد: Mo, Moe, Memo, Hamoudi
    Mohammad / محمد: Mo, Moe, Memo, Hamoudi
    Mohamad / محمد: Mo, Moe, Memo, Hamoudi
    Mustafa / مصطفى: Musti
    Mostafa / مصطفى: Musti
    Ahmed / أحمد:
    Ahmad / أحمد:
    Mahmoud / محمود:
    Omar / عمر:
    Umar / عمر:
    Ali / علي:
    Hassan / حسن:
    Hasan / حسن:
    Khaled / خالد:
    Khalid / خالد:
    Karim / كريم:
    Kareem / كريم:
    Samir / سمير:
    Sameer / سمير:
    Tariq / طارق:
    Tarek / طارق:
    Walid / وليد:
    Waleed / وليد:
    Faisal / فيصل:
    Hamza / حمزة:
    Bilal / بلال:
    Ziad / زياد:
    Rami / رامي:
    Sami / سامي:
    Jamal / جمال:
    Said / سعيد:
    Saeed / سعيد:
    Nour / نور:
    Noor / نور:
    Amal / أمل:
    Layla / ليلى:
    Leila / ليلى:
    Laila / ليلى:
    Mariam / مريم:
    Maryam / مريم:
    Aisha / عائشة:
    Aicha / عائشة:
    Salma / سلمى:
    Rania / رانيا:
    Huda / هدى:
    Hoda / هدى:
    Yasmin / ياسمين:
    Yasmine / ياسمين:
    Zainab / زينب:
    Zeinab / زينب:
    Mona / منى:
    Samira / سميرة:
    Nadia / نادية:
    Dina / دينا:
    Reem / ريم:
    Abdullah / عبدالله: Abdo, Abdu
    Abdallah / عبدالله: Abdo, Abdu
    Abdulrahman / عبدالرحمن: Abdo, Aboudi
    Abdelrahman / عبدالرحمن: Abdo, Aboudi
    Abdul Rahman / عبدالرحمن: Abdo, Aboudi
    Abdulaziz: Aziz
    Abdelaziz: Aziz
    Ibrahim / İbrahim / إبراهيم: Ibo, Brahim
    Yusuf / يوسف: Joe
    Youssef / يوسف: Joe
    Yousef / يوسف: Joe
    Yousif / يوسف: Joe
    Fatma / فاطمة: Fatoum, Fafa, Tima
    Fatima / فاطمة: Fatoum, Fafa, Tima
    Fatimah / فاطمة: Fatoum, Fafa, Tima
    Hüseyin / حسين: Hüso
    Hussein / حسين: Hüso
    Husain / حسين: Hüso
    Hussain / حسين: Hüso
    Mohammad Reza: Reza
    Gholamreza: Reza
    Yaakov: Kobi, Yankel
    Jacob: Kobi, Yankel
    Yosef: Yossi
    Avraham: Avi
    Yitzhak: Itzik, Tzachi
    Shmuel: Shmulik
    Moshe: Moishe
    Binyamin: Benny, Bibi
    Yonatan: Yoni
    Eliyahu: Eli
    Shoshana: Shoshi
    Miriam: Miri
    # Indian given names
    Venkatesh: Venky
    Venkataraman: Venkat
    Venkatraman: Venkat
    Rajesh: Raju, Raj
    Rajendra: Raju, Raj
    Rajendran: Raju, Raj
    Ramesh: Ramu
    Krishna: Kittu, Kris
    Krishnan: Kittu, Kris
    Vijay: Viju
    Vijayan: Viju
    Subramanian: Subbu, Mani
    Subramaniam: Subbu, Mani
    Subramanyam: Subbu, Mani
    Srinivas: Srini, Cheenu
    Srinivasan: Srini, Cheenu
    Balasubramanian: Balu, Bala
    Ravindra: Ravi
    Ravinder: Ravi
    Ravindran: Ravi
    Harpreet: Happy, Preet
    Gurpreet: Guri, Preet
    Jaswinder: Jassi
    Sukhwinder: Sukhi
    Sandeep: Sandy
    Abhishek: Abhi
    Aditya: Adi
    Siddharth: Sid
    Siddhartha: Sid
    Vikram: Vicky, Vik
    Priyanka: Priya, Pinky
    Jayalakshmi: Jaya
    Lakshmi: Lucky
    # West African given names
    Oluwaseun: Seun
    Oluwaseyi: Seyi
    Olufemi: Femi
    Oluwafemi: Femi
    Babajide: Jide
    Babatunde: Tunde
    Olatunde: Tunde
    Oluwatunde: Tunde
    Oluwatobi: Tobi
    Tobiloba: Tobi
    Temitope: Tope, Temi
    Oluwatemitope: Tope, Temi
    Adebayo: Bayo
    Olumide: Mide
    Oluwadamilare: Dami
    Damilare: Dami
    Damilola: Dami
    Oluwakemi: Kemi
    Folasade: Sade, Fola
    Funmilayo: Funmi
    Oluwafunmilayo: Funmi
    Adewale: Wale
    Ayodele: Ayo
    Ayomide: Ayo
    Ayodeji: Ayo
    Abimbola: Bimbo, Bola
    Olubunmi: Bunmi
    Oluwabunmi: Bunmi
    Oluwatoyin: Toyin
    Olusegun: Segun
    Olusola: Sola
    Adesola: Sola
    Adetokunbo: Tokunbo
    Morenike: Nike
    Chukwuemeka: Emeka
    Chinedu: Nedu
    Chiamaka: Amaka
    Chukwudi: Chuks
    Chinonso: Nonso
    Chidinma: Dinma
    Ifeoma: Ife
    Ifeanyi: Ify
    Obinna: Obi
    Uchenna: Uche
    Kwabena: Kobby
    """
}
