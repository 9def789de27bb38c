"""Words the demo generator draws from, so the data looks like a real Lithuanian programme."""

from __future__ import annotations

# --- People -----------------------------------------------------------------------------------

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Jonas",
    "Mindaugas",
    "Žygimantas",
    "Tomas",
    "Andrius",
    "Darius",
    "Gintaras",
    "Vytautas",
    "Algirdas",
    "Rimantas",
    "Saulius",
    "Giedrius",
    "Mantas",
    "Paulius",
    "Marius",
    "Lukas",
    "Dovydas",
    "Karolis",
    "Justinas",
    "Linas",
    "Arūnas",
    "Audrius",
    "Egidijus",
    "Kęstutis",
    "Ramūnas",
    "Tadas",
    "Vaidas",
    "Robertas",
    "Laurynas",
    "Evaldas",
    "Donatas",
    "Gediminas",
    "Nerijus",
    "Valdas",
    "Rolandas",
    "Vilius",
    "Aurimas",
    "Rokas",
    "Martynas",
    "Povilas",
    "Kazimieras",
    "Šarūnas",
)

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Rūta",
    "Eglė",
    "Giedrė",
    "Aušra",
    "Dalia",
    "Jurgita",
    "Rasa",
    "Inga",
    "Kristina",
    "Laura",
    "Asta",
    "Vilma",
    "Daiva",
    "Jolanta",
    "Irena",
    "Regina",
    "Lina",
    "Rita",
    "Neringa",
    "Vaida",
    "Agnė",
    "Gabija",
    "Ieva",
    "Austėja",
    "Simona",
    "Indrė",
    "Sandra",
    "Edita",
    "Loreta",
    "Virginija",
    "Živilė",
    "Aistė",
    "Milda",
    "Greta",
    "Ramunė",
    "Birutė",
    "Danutė",
    "Ona",
    "Vida",
    "Audronė",
    "Nijolė",
    "Gintarė",
)

# (male form, married female form)
SURNAMES: tuple[tuple[str, str], ...] = (
    ("Kazlauskas", "Kazlauskienė"),
    ("Jankauskas", "Jankauskienė"),
    ("Petrauskas", "Petrauskienė"),
    ("Stankevičius", "Stankevičienė"),
    ("Vasiliauskas", "Vasiliauskienė"),
    ("Žukauskas", "Žukauskienė"),
    ("Butkus", "Butkienė"),
    ("Paulauskas", "Paulauskienė"),
    ("Urbonas", "Urbonienė"),
    ("Kavaliauskas", "Kavaliauskienė"),
    ("Baranauskas", "Baranauskienė"),
    ("Pocius", "Pocienė"),
    ("Rimkus", "Rimkienė"),
    ("Šimkus", "Šimkienė"),
    ("Kairys", "Kairienė"),
    ("Vaitkus", "Vaitkienė"),
    ("Navickas", "Navickienė"),
    ("Sakalauskas", "Sakalauskienė"),
    ("Žilinskas", "Žilinskienė"),
    ("Ramanauskas", "Ramanauskienė"),
    ("Adomaitis", "Adomaitienė"),
    ("Lukoševičius", "Lukoševičienė"),
    ("Mockus", "Mockienė"),
    ("Jonaitis", "Jonaitienė"),
    ("Petraitis", "Petraitienė"),
    ("Balčiūnas", "Balčiūnienė"),
    ("Grigas", "Grigienė"),
    ("Marcinkevičius", "Marcinkevičienė"),
    ("Gudaitis", "Gudaitienė"),
    ("Mikalauskas", "Mikalauskienė"),
    ("Bielskis", "Bielskienė"),
    ("Sinkevičius", "Sinkevičienė"),
    ("Budrys", "Budrienė"),
    ("Kučinskas", "Kučinskienė"),
    ("Dambrauskas", "Dambrauskienė"),
    ("Savickas", "Savickienė"),
    ("Valaitis", "Valaitienė"),
    ("Tamošiūnas", "Tamošiūnienė"),
    ("Jurgaitis", "Jurgaitienė"),
    ("Norkus", "Norkienė"),
    ("Lukšys", "Lukšienė"),
    ("Žemaitis", "Žemaitienė"),
    ("Bagdonas", "Bagdonienė"),
    ("Stonkus", "Stonkienė"),
    ("Daukša", "Daukšienė"),
    ("Giedraitis", "Giedraitienė"),
    ("Jakubauskas", "Jakubauskienė"),
    ("Morkūnas", "Morkūnienė"),
    ("Gailius", "Gailienė"),
    ("Bernotas", "Bernotienė"),
    ("Čepulis", "Čepulienė"),
    ("Šukys", "Šukienė"),
    ("Rutkauskas", "Rutkauskienė"),
    ("Vaičiulis", "Vaičiulienė"),
    ("Aleknavičius", "Aleknavičienė"),
    ("Kriaučiūnas", "Kriaučiūnienė"),
    ("Venckus", "Venckienė"),
    ("Motiejūnas", "Motiejūnienė"),
    ("Matulis", "Matulienė"),
    ("Klimas", "Klimienė"),
    ("Sabaliauskas", "Sabaliauskienė"),
    ("Povilaitis", "Povilaitienė"),
)

COORDINATORS: tuple[str, ...] = (
    "Aistė Jankauskienė",
    "Tomas Vaitkus",
    "Ingrida Petrauskienė",
    "Mantas Žukauskas",
    "Jurgita Balčiūnienė",
    "Giedrius Kairys",
)

EMAIL_DOMAINS: tuple[str, ...] = (
    "gmail.com",
    "zebra.lt",
    "takas.lt",
    "inbox.lt",
    "one.lt",
    "yahoo.com",
    "outlook.com",
)

# --- Organisations ----------------------------------------------------------------------------

SECTORS: tuple[str, ...] = (
    "library",
    "municipality",
    "business",
    "ngo",
    "education",
    "culture",
    "social_services",
    "media",
    "other",
)

# {town} takes the genitive town name (TOWN_GENITIVES), {word} a BUSINESS_WORDS entry.
ORGANIZATION_PATTERNS: dict[str, tuple[str, ...]] = {
    "library": (
        "{town} filialas",
        "{town} viešosios bibliotekos Vaikų literatūros skyrius",
        "{town} viešosios bibliotekos Informacijos skyrius",
        "{town} viešosios bibliotekos Kraštotyros skyrius",
    ),
    "municipality": (
        "{town} seniūnija",
        "Savivaldybės administracijos Švietimo skyrius",
        "Savivaldybės administracijos Kultūros skyrius",
        "Savivaldybės administracijos Socialinės paramos skyrius",
        "Savivaldybės administracijos Strateginio planavimo ir investicijų skyrius",
        "Savivaldybės taryba",
    ),
    "business": (
        "UAB „{word}“",
        "MB „{word}“",
        "IĮ „{word}“",
        "ŽŪB „{word}“",
        "{town} verslininkų asociacija",
    ),
    "ngo": (
        "{town} bendruomenės centras",
        "Asociacija „Jaunimo erdvė“",
        "{town} neįgaliųjų draugija",
        "{town} senjorų klubas „Bočiai“",
        "{town} krašto vietos veiklos grupė",
        "{town} moterų klubas „Versmė“",
    ),
    "education": (
        "{town} gimnazija",
        "{town} „Saulės“ progimnazija",
        "{town} lopšelis-darželis „Žiogelis“",
        "{town} technologijų ir verslo mokykla",
        "{town} meno mokykla",
        "{town} švietimo pagalbos tarnyba",
    ),
    "culture": (
        "{town} kultūros centras",
        "{town} krašto muziejus",
        "{town} turizmo informacijos centras",
        "{town} jaunimo centras",
        "{town} meno galerija",
    ),
    "social_services": (
        "{town} socialinių paslaugų centras",
        "{town} vaikų dienos centras „Šypsena“",
        "{town} visuomenės sveikatos biuras",
        "Užimtumo tarnybos {town} skyrius",
        "{town} pagalbos šeimai centras",
    ),
    "media": (
        "Laikraštis „{town} žinios“",
        "Laikraštis „{town} kraštas“",
        "Radijo stotis „{word}“",
        "Naujienų portalas „{town} diena“",
        "{town} televizija",
    ),
    "other": (
        "{town} parapija",
        "{town} policijos komisariatas",
        "{town} priešgaisrinė gelbėjimo tarnyba",
        "{town} pirminės sveikatos priežiūros centras",
        "{town} ūkininkų sąjunga",
    ),
}

BUSINESS_WORDS: tuple[str, ...] = (
    "Baltų medis",
    "Žalias laukas",
    "Šviesos tinklai",
    "Gintaro kelias",
    "Nemuno vingis",
    "Ąžuolo šaka",
    "Linų namai",
    "Saulėtekis",
    "Vakarų vėjas",
    "Medaus korys",
    "Rasos lašas",
    "Girios aidas",
    "Kaimo skonis",
    "Agrovizija",
    "Skaitmeninė sala",
    "Kalvių kiemas",
    "Šilo uoga",
    "Pievų žolė",
    "Upės krantas",
    "Sodžiaus gėrybės",
    "Žiemgalos duona",
    "Dzūkų grybas",
    "Aukštaitijos pienas",
    "Žemaitijos akmuo",
    "Miško takas",
    "Tauro ragas",
    "Vėjo malūnas",
    "Eko ūkis",
    "Verslo idėjos",
    "Žalioji energija",
)

# Nominative centre name (the "centre" values of municipalities.json) -> genitive.
TOWN_GENITIVES: dict[str, str] = {
    "Alytus": "Alytaus",
    "Anykščiai": "Anykščių",
    "Birštonas": "Birštono",
    "Biržai": "Biržų",
    "Druskininkai": "Druskininkų",
    "Elektrėnai": "Elektrėnų",
    "Gargždai": "Gargždų",
    "Ignalina": "Ignalinos",
    "Jonava": "Jonavos",
    "Joniškis": "Joniškio",
    "Jurbarkas": "Jurbarko",
    "Kaišiadorys": "Kaišiadorių",
    "Kalvarija": "Kalvarijos",
    "Kaunas": "Kauno",
    "Kazlų Rūda": "Kazlų Rūdos",
    "Kėdainiai": "Kėdainių",
    "Kelmė": "Kelmės",
    "Klaipėda": "Klaipėdos",
    "Kretinga": "Kretingos",
    "Kupiškis": "Kupiškio",
    "Lazdijai": "Lazdijų",
    "Marijampolė": "Marijampolės",
    "Mažeikiai": "Mažeikių",
    "Molėtai": "Molėtų",
    "Naujoji Akmenė": "Naujosios Akmenės",
    "Neringa": "Neringos",
    "Pagėgiai": "Pagėgių",
    "Pakruojis": "Pakruojo",
    "Palanga": "Palangos",
    "Panevėžys": "Panevėžio",
    "Pasvalys": "Pasvalio",
    "Plungė": "Plungės",
    "Prienai": "Prienų",
    "Radviliškis": "Radviliškio",
    "Raseiniai": "Raseinių",
    "Rietavas": "Rietavo",
    "Rokiškis": "Rokiškio",
    "Skuodas": "Skuodo",
    "Šakiai": "Šakių",
    "Šalčininkai": "Šalčininkų",
    "Šiauliai": "Šiaulių",
    "Šilalė": "Šilalės",
    "Šilutė": "Šilutės",
    "Širvintos": "Širvintų",
    "Švenčionys": "Švenčionių",
    "Tauragė": "Tauragės",
    "Telšiai": "Telšių",
    "Trakai": "Trakų",
    "Ukmergė": "Ukmergės",
    "Utena": "Utenos",
    "Varėna": "Varėnos",
    "Vilkaviškis": "Vilkaviškio",
    "Vilnius": "Vilniaus",
    "Visaginas": "Visagino",
    "Zarasai": "Zarasų",
}

# Job titles in the "masculine (-feminine ending)" form used in Lithuanian job adverts;
# ROLE_FORMS gives the exact (male, female) form of every title, to match a person's gender.
# Villages and town quarters (genitive) for the second organisation of a kind in one
# municipality: a real district has several community centres, not one per name.
VILLAGE_GENITIVES: tuple[str, ...] = (
    "Pakalnės",
    "Beržynės",
    "Ąžuolyno",
    "Šilėnų",
    "Liepynės",
    "Kalnėnų",
    "Užupio",
    "Pušyno",
    "Ežerėlio",
    "Žaliakalnio",
    "Dvarčionių",
    "Šventupio",
    "Rūdiškių",
    "Gervėčių",
    "Ąžuolų Būdos",
    "Šeškinės",
    "Vėjų",
    "Naujamiesčio",
    "Senamiesčio",
    "Kęstučio",
    "Upytės",
    "Girelės",
    "Žiedų",
    "Lauko",
)

ROLES_BY_SECTOR: dict[str, tuple[str, ...]] = {
    "library": (
        "Direktorius (-ė)",
        "Direktoriaus pavaduotojas (-a)",
        "Vyr. bibliotekininkas (-ė)",
        "Bibliotekininkas (-ė)",
        "Filialo vedėjas (-a)",
        "Skyriaus vedėjas (-a)",
        "Projektų koordinatorius (-ė)",
        "Edukatorius (-ė)",
    ),
    "municipality": (
        "Seniūnas (-ė)",
        "Meras (-ė)",
        "Vicemeras (-ė)",
        "Tarybos narys (-ė)",
        "Švietimo skyriaus vedėjas (-a)",
        "Kultūros skyriaus specialistas (-ė)",
        "Jaunimo reikalų koordinatorius (-ė)",
        "Strateginio planavimo specialistas (-ė)",
    ),
    "business": (
        "Direktorius (-ė)",
        "Verslininkas (-ė)",
        "Įmonės vadovas (-ė)",
        "Savininkas (-ė)",
        "Ūkininkas (-ė)",
        "Rinkodaros vadovas (-ė)",
        "Personalo vadovas (-ė)",
    ),
    "ngo": (
        "Pirmininkas (-ė)",
        "Bendruomenės centro pirmininkas (-ė)",
        "Valdybos narys (-ė)",
        "Projektų vadovas (-ė)",
        "Savanoris (-ė)",
        "Jaunimo darbuotojas (-a)",
    ),
    "education": (
        "Direktorius (-ė)",
        "Direktoriaus pavaduotojas (-a) ugdymui",
        "Mokytojas (-a)",
        "Socialinis pedagogas (-ė)",
        "Mokyklos bibliotekininkas (-ė)",
        "Karjeros specialistas (-ė)",
        "Psichologas (-ė)",
    ),
    "culture": (
        "Kultūros centro direktorius (-ė)",
        "Renginių organizatorius (-ė)",
        "Muziejininkas (-ė)",
        "Meno vadovas (-ė)",
        "Kultūrinės veiklos vadybininkas (-ė)",
    ),
    "social_services": (
        "Socialinis darbuotojas (-a)",
        "Centro vadovas (-ė)",
        "Atvejo vadybininkas (-ė)",
        "Užimtumo specialistas (-ė)",
        "Visuomenės sveikatos specialistas (-ė)",
        "Psichologas (-ė)",
    ),
    "media": (
        "Žurnalistas (-ė)",
        "Redaktorius (-ė)",
        "Vyr. redaktorius (-ė)",
        "Fotografas (-ė)",
        "Radijo laidų vedėjas (-a)",
    ),
    "other": (
        "Policijos pareigūnas (-ė)",
        "Šeimos gydytojas (-a)",
        "Gyventojas (-a)",
        "Pensininkas (-ė)",
        "Studentas (-ė)",
        "Seimo nario padėjėjas (-a)",
    ),
}

# Every title in ROLES_BY_SECTOR -> (male form, female form).
ROLE_FORMS: dict[str, tuple[str, str]] = {
    "Atvejo vadybininkas (-ė)": ("Atvejo vadybininkas", "Atvejo vadybininkė"),
    "Bendruomenės centro pirmininkas (-ė)": (
        "Bendruomenės centro pirmininkas",
        "Bendruomenės centro pirmininkė",
    ),
    "Bibliotekininkas (-ė)": ("Bibliotekininkas", "Bibliotekininkė"),
    "Centro vadovas (-ė)": ("Centro vadovas", "Centro vadovė"),
    "Direktoriaus pavaduotojas (-a)": ("Direktoriaus pavaduotojas", "Direktoriaus pavaduotoja"),
    "Direktoriaus pavaduotojas (-a) ugdymui": (
        "Direktoriaus pavaduotojas ugdymui",
        "Direktoriaus pavaduotoja ugdymui",
    ),
    "Direktorius (-ė)": ("Direktorius", "Direktorė"),
    "Edukatorius (-ė)": ("Edukatorius", "Edukatorė"),
    "Filialo vedėjas (-a)": ("Filialo vedėjas", "Filialo vedėja"),
    "Fotografas (-ė)": ("Fotografas", "Fotografė"),
    "Gyventojas (-a)": ("Gyventojas", "Gyventoja"),
    "Įmonės vadovas (-ė)": ("Įmonės vadovas", "Įmonės vadovė"),
    "Jaunimo darbuotojas (-a)": ("Jaunimo darbuotojas", "Jaunimo darbuotoja"),
    "Jaunimo reikalų koordinatorius (-ė)": (
        "Jaunimo reikalų koordinatorius",
        "Jaunimo reikalų koordinatorė",
    ),
    "Karjeros specialistas (-ė)": ("Karjeros specialistas", "Karjeros specialistė"),
    "Kultūros centro direktorius (-ė)": (
        "Kultūros centro direktorius",
        "Kultūros centro direktorė",
    ),
    "Kultūros skyriaus specialistas (-ė)": (
        "Kultūros skyriaus specialistas",
        "Kultūros skyriaus specialistė",
    ),
    "Kultūrinės veiklos vadybininkas (-ė)": (
        "Kultūrinės veiklos vadybininkas",
        "Kultūrinės veiklos vadybininkė",
    ),
    "Meno vadovas (-ė)": ("Meno vadovas", "Meno vadovė"),
    "Meras (-ė)": ("Meras", "Merė"),
    "Mokyklos bibliotekininkas (-ė)": ("Mokyklos bibliotekininkas", "Mokyklos bibliotekininkė"),
    "Mokytojas (-a)": ("Mokytojas", "Mokytoja"),
    "Muziejininkas (-ė)": ("Muziejininkas", "Muziejininkė"),
    "Pensininkas (-ė)": ("Pensininkas", "Pensininkė"),
    "Personalo vadovas (-ė)": ("Personalo vadovas", "Personalo vadovė"),
    "Pirmininkas (-ė)": ("Pirmininkas", "Pirmininkė"),
    "Policijos pareigūnas (-ė)": ("Policijos pareigūnas", "Policijos pareigūnė"),
    "Projektų koordinatorius (-ė)": ("Projektų koordinatorius", "Projektų koordinatorė"),
    "Projektų vadovas (-ė)": ("Projektų vadovas", "Projektų vadovė"),
    "Psichologas (-ė)": ("Psichologas", "Psichologė"),
    "Radijo laidų vedėjas (-a)": ("Radijo laidų vedėjas", "Radijo laidų vedėja"),
    "Redaktorius (-ė)": ("Redaktorius", "Redaktorė"),
    "Renginių organizatorius (-ė)": ("Renginių organizatorius", "Renginių organizatorė"),
    "Rinkodaros vadovas (-ė)": ("Rinkodaros vadovas", "Rinkodaros vadovė"),
    "Savanoris (-ė)": ("Savanoris", "Savanorė"),
    "Savininkas (-ė)": ("Savininkas", "Savininkė"),
    "Seimo nario padėjėjas (-a)": ("Seimo nario padėjėjas", "Seimo nario padėjėja"),
    "Seniūnas (-ė)": ("Seniūnas", "Seniūnė"),
    "Skyriaus vedėjas (-a)": ("Skyriaus vedėjas", "Skyriaus vedėja"),
    "Socialinis darbuotojas (-a)": ("Socialinis darbuotojas", "Socialinė darbuotoja"),
    "Socialinis pedagogas (-ė)": ("Socialinis pedagogas", "Socialinė pedagogė"),
    "Strateginio planavimo specialistas (-ė)": (
        "Strateginio planavimo specialistas",
        "Strateginio planavimo specialistė",
    ),
    "Studentas (-ė)": ("Studentas", "Studentė"),
    "Šeimos gydytojas (-a)": ("Šeimos gydytojas", "Šeimos gydytoja"),
    "Švietimo skyriaus vedėjas (-a)": ("Švietimo skyriaus vedėjas", "Švietimo skyriaus vedėja"),
    "Tarybos narys (-ė)": ("Tarybos narys", "Tarybos narė"),
    "Ūkininkas (-ė)": ("Ūkininkas", "Ūkininkė"),
    "Užimtumo specialistas (-ė)": ("Užimtumo specialistas", "Užimtumo specialistė"),
    "Valdybos narys (-ė)": ("Valdybos narys", "Valdybos narė"),
    "Verslininkas (-ė)": ("Verslininkas", "Verslininkė"),
    "Vicemeras (-ė)": ("Vicemeras", "Vicemerė"),
    "Visuomenės sveikatos specialistas (-ė)": (
        "Visuomenės sveikatos specialistas",
        "Visuomenės sveikatos specialistė",
    ),
    "Vyr. bibliotekininkas (-ė)": ("Vyr. bibliotekininkas", "Vyr. bibliotekininkė"),
    "Vyr. redaktorius (-ė)": ("Vyr. redaktorius", "Vyr. redaktorė"),
    "Žurnalistas (-ė)": ("Žurnalistas", "Žurnalistė"),
}

# --- Community problems -----------------------------------------------------------------------

# (key, Lithuanian label, English label)
PROBLEM_CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("digital_skills", "Skaitmeniniai įgūdžiai", "Digital skills"),
    ("youth_employment", "Jaunimo užimtumas", "Youth employment"),
    ("seniors_isolation", "Senjorų vienišumas", "Isolation of seniors"),
    ("transport", "Transportas ir susisiekimas", "Transport and mobility"),
    ("public_health", "Visuomenės sveikata", "Public health"),
    ("entrepreneurship", "Verslumas", "Entrepreneurship"),
    ("education_access", "Švietimo prieinamumas", "Access to education"),
    ("emigration", "Emigracija", "Emigration"),
    ("community_engagement", "Bendruomenės aktyvumas", "Community engagement"),
    ("environment", "Aplinkosauga", "Environment"),
    ("culture_heritage", "Kultūros paveldas", "Cultural heritage"),
    ("social_exclusion", "Socialinė atskirtis", "Social exclusion"),
)

# category key -> (title, description) pairs
PROBLEMS: dict[str, tuple[tuple[str, str], ...]] = {
    "digital_skills": (
        (
            "Senjorai nemoka naudotis e. paslaugomis",
            "Vyresni gyventojai nemoka prisijungti prie Elektroninių valdžios vartų, "
            "užsiregistruoti pas gydytoją ar deklaruoti pajamų internetu. "
            "Dažnai jie priklauso nuo vaikų ar kaimynų pagalbos.",
        ),
        (
            "Kaimuose trūksta kompiuterinio raštingumo kursų",
            "Mokymai vyksta tik rajono centre, o kaimų gyventojams sunku ten nuvykti. "
            "Seniūnijose kursų beveik nėra.",
        ),
        (
            "Gyventojai pasiduoda sukčiams internetu ir telefonu",
            "Pastaraisiais metais padaugėjo telefoninio ir internetinio sukčiavimo atvejų. "
            "Labiausiai nukenčia vyresni žmonės, kurie neatpažįsta apgaulingų žinučių.",
        ),
        (
            "Atokiuose kaimuose lėtas internetas",
            "Dalyje seniūnijų mobilusis ryšys silpnas, o šviesolaidžio nėra. "
            "Gyventojai negali dirbti nuotoliu ar mokytis internetu.",
        ),
        (
            "Smulkieji ūkininkai patys nepildo elektroninių paraiškų",
            "Ūkininkai paramos paraiškas pildo su konsultantų pagalba ir už tai moka. "
            "Trūksta žinių, kaip patiems naudotis elektroninėmis sistemomis.",
        ),
    ),
    "youth_employment": (
        (
            "Jaunimas neranda darbo rajone",
            "Baigę mokslus jauni žmonės neranda darbo pagal specialybę ir išvyksta į didmiesčius. "
            "Vietos darbdaviai tuo pat metu skundžiasi, kad trūksta kvalifikuotų darbuotojų.",
        ),
        (
            "Trūksta vasaros darbų paaugliams",
            "Moksleiviai vasarą norėtų užsidirbti, tačiau įmonės nenoriai priima nepilnamečius. "
            "Dalis paauglių visą vasarą praleidžia be jokio užimtumo.",
        ),
        (
            "Nesimokantis ir nedirbantis jaunimas lieka nepastebėtas",
            "Dalis jaunuolių nesimoko, nedirba ir nėra užsiregistravę Užimtumo tarnyboje. "
            "Institucijos nežino, kaip juos pasiekti.",
        ),
        (
            "Mokiniams trūksta karjeros planavimo žinių",
            "Mokiniai mažai žino apie profesijas ir darbo rinkos poreikius regione. "
            "Profesinis orientavimas mokyklose vyksta formaliai.",
        ),
        (
            "Jaunimui trūksta praktikos vietų",
            "Profesinių mokyklų ir kolegijų studentai sunkiai randa praktikos vietas vietos "
            "įmonėse. Neradę praktikos, jie dažnai lieka didmiesčiuose.",
        ),
    ),
    "seniors_isolation": (
        (
            "Vieniši senjorai kaimuose neturi su kuo bendrauti",
            "Daug vyresnio amžiaus žmonių gyvena vieni atokiuose vienkiemiuose. "
            "Vaikai gyvena toli, o kaimynų vis mažiau.",
        ),
        (
            "Trūksta užimtumo veiklų senjorams",
            "Senjorų klubas renkasi tik kartą per mėnesį. "
            "Vyresni žmonės norėtų daugiau būrelių, paskaitų ir išvykų.",
        ),
        (
            "Senjorai negali nuvykti į renginius",
            "Renginiai vyksta vakarais rajono centre, o autobusų į kaimus tuo metu nebėra. "
            "Dėl to senjorai lieka namuose.",
        ),
        (
            "Vyresni žmonės nemoka bendrauti vaizdo skambučiais",
            "Daugelio senjorų vaikai ir anūkai gyvena užsienyje. "
            "Išmokę naudotis vaizdo skambučiais, jie galėtų su artimaisiais bendrauti dažniau.",
        ),
        (
            "Trūksta savanorių, lankančių vienišus žmones",
            "Socialiniai darbuotojai nespėja aplankyti visų, kuriems reikia pagalbos. "
            "Savanorystės tradicijos rajone silpnos.",
        ),
    ),
    "transport": (
        (
            "Nėra viešojo transporto į seniūnijas vakarais",
            "Paskutinis autobusas iš rajono centro į seniūnijas išvyksta apie 17 valandą. "
            "Vakare grįžti iš darbo, būrelių ar renginių galima tik automobiliu.",
        ),
        (
            "Savaitgaliais autobusai nevažiuoja",
            "Savaitgaliais dalis maršrutų visai neaptarnaujama. Gyventojai be automobilio "
            "negali nuvykti į turgų, bažnyčią ar pas gydytoją.",
        ),
        (
            "Kaimo vaikai negali lankyti būrelių",
            "Moksleiviai į mokyklą ir atgal važiuoja mokykliniu autobusu, kuris išvyksta "
            "iškart po pamokų. Popietiniai būreliai kaimo vaikams lieka nepasiekiami.",
        ),
        (
            "Blogos būklės žvyrkeliai",
            "Pavasarį ir rudenį žvyrkeliai tampa sunkiai išvažiuojami. "
            "Dėl to vėluoja mokykliniai autobusai ir greitoji pagalba.",
        ),
        (
            "Trūksta saugių dviračių takų",
            "Tarp miestelio ir aplinkinių kaimų nėra dviračių takų, o važiuoti kelkraščiu "
            "pavojinga. Dviračiais galėtų važinėti ir moksleiviai, ir dirbantieji.",
        ),
    ),
    "public_health": (
        (
            "Ilgos eilės pas šeimos gydytoją",
            "Pas šeimos gydytoją tenka laukti kelias savaites, o gydytojai specialistai priima "
            "tik rajono centre ar didmiestyje. Dalis gyventojų gydytojo nelanko visai.",
        ),
        (
            "Daugėja priklausomybių",
            "Seniūnijose pastebimas alkoholio vartojimas, o paaugliai vis dažniau renkasi "
            "elektronines cigaretes. Prevencijos programų trūksta.",
        ),
        (
            "Gyventojai nesirūpina psichikos sveikata",
            "Kreiptis į psichologą vis dar gėdijamasi, o nemokama pagalba sunkiai prieinama. "
            "Kaimo vietovėse savižudybių rizika išlieka didelė.",
        ),
        (
            "Trūksta fizinio aktyvumo galimybių",
            "Miestelyje nėra sporto salės, kuria galėtų naudotis suaugusieji. "
            "Vyresni žmonės norėtų mankštos grupių.",
        ),
        (
            "Mažai žinių apie sveiką mitybą",
            "Šeimos renkasi pigų, bet nesveiką maistą. Mokyklose ir bendruomenėse trūksta "
            "praktinių užsiėmimų apie mitybą.",
        ),
    ),
    "entrepreneurship": (
        (
            "Rajone trūksta smulkaus verslo",
            "Miestelyje užsidarė parduotuvė ir kirpykla, o nauji verslai nesikuria. "
            "Dėl paslaugų gyventojai važiuoja į rajono centrą.",
        ),
        (
            "Jauni žmonės bijo pradėti verslą",
            "Trūksta žinių apie verslo pradžią, mokesčius ir finansavimo galimybes. "
            "Nesėkmės baimė stabdo net tuos, kurie turi idėją.",
        ),
        (
            "Ūkininkai negali parduoti produkcijos tiesiogiai",
            "Smulkieji ūkininkai neturi kur parduoti savo produkcijos, o supirkėjai moka mažai. "
            "Trūksta ūkininkų turgelių ir bendros prekybos internetu.",
        ),
        (
            "Nėra bendradarbystės erdvių",
            "Nuotoliu dirbantys gyventojai ir pradedantieji verslininkai neturi kur dirbti ir "
            "susitikti su klientais. Namuose dažnai prastas internetas.",
        ),
        (
            "Kaimo turizmo sodybos nesireklamuoja internete",
            "Daug sodybų neturi interneto svetainių ir nesinaudoja socialiniais tinklais. "
            "Turistai apie jas sužino tik iš pažįstamų.",
        ),
    ),
    "education_access": (
        (
            "Uždaromos kaimo mokyklos",
            "Pertvarkant mokyklų tinklą, kaimuose uždaromos mokyklos ir jų skyriai. "
            "Vaikai kasdien važinėja toli, o kaimai netenka susibūrimo vietos.",
        ),
        (
            "Suaugusiesiems trūksta mokymosi galimybių",
            "Neformaliojo suaugusiųjų švietimo kursai vyksta tik rajono centre. "
            "Dirbantiems žmonėms sunku rasti laiko ir nuvykti.",
        ),
        (
            "Vaikai neturi kur ruošti pamokų",
            "Dalis vaikų gyvena šeimose, kuriose nėra kompiuterio ar ramios vietos mokytis. "
            "Po pamokų jiems reikia pagalbos ir erdvės.",
        ),
        (
            "Trūksta neformaliojo ugdymo būrelių",
            "Kaimo vaikams siūloma mažai būrelių, ypač technologijų ir gamtos mokslų. "
            "Tėvai negali vežioti vaikų į rajono centrą.",
        ),
        (
            "Silpnos užsienio kalbų žinios",
            "Vyresnio amžiaus gyventojai nemoka anglų kalbos, todėl jiems sunku naudotis "
            "informacija internete ir bendrauti su turistais.",
        ),
    ),
    "emigration": (
        (
            "Jaunimas išvyksta iš rajono",
            "Baigę mokyklą dauguma jaunuolių išvyksta studijuoti ir nebegrįžta. "
            "Gyventojų mažėja, kaimai sensta.",
        ),
        (
            "Vaikai auga be užsienyje dirbančių tėvų",
            "Dalies mokinių tėvai dirba užsienyje, o vaikus prižiūri seneliai ar giminaičiai. "
            "Tokiems vaikams trūksta dėmesio ir emocinės paramos.",
        ),
        (
            "Grįžtantiems emigrantams trūksta informacijos",
            "Grįžusios šeimos nežino, kaip susitvarkyti dokumentus, rasti darbą ar mokyklą "
            "vaikams. Informacija išmėtyta po skirtingas institucijas.",
        ),
        (
            "Tuštėja kaimai",
            "Kaimuose daugėja apleistų sodybų, mažėja gyventojų ir paslaugų. "
            "Bendruomenėms sunku surinkti aktyvių žmonių.",
        ),
        (
            "Iš užsienio grįžę vaikai sunkiai pritampa mokykloje",
            "Grįžę vaikai prastai kalba lietuviškai ir sunkiai pritampa klasėje. "
            "Mokytojams trūksta metodų ir pagalbos.",
        ),
    ),
    "community_engagement": (
        (
            "Gyventojai nedalyvauja bendruomenės veikloje",
            "Į bendruomenės susirinkimus ateina tie patys keli žmonės. "
            "Dauguma gyventojų mano, kad nuo jų niekas nepriklauso.",
        ),
        (
            "Bendruomenėms trūksta lyderių",
            "Bendruomenių pirmininkai pavargę, o jaunesni žmonės nenori perimti atsakomybės. "
            "Kai kurios bendruomenės veikia tik formaliai.",
        ),
        (
            "Gyventojai nežino apie savivaldybės sprendimus",
            "Informacija apie savivaldybės planus skelbiama tik jos interneto svetainėje. "
            "Kaimo gyventojai sužino per vėlai, kad galėtų pareikšti nuomonę.",
        ),
        (
            "Organizacijos nebendradarbiauja tarpusavyje",
            "Mokykla, kultūros centras, biblioteka ir bendruomenė renginius planuoja atskirai, "
            "kartais net tą pačią dieną. Bendro planavimo nėra.",
        ),
        (
            "Bendruomenės nemoka rengti projektų",
            "Nevyriausybinės organizacijos nepasinaudoja finansavimo galimybėmis, nes nemoka "
            "parengti paraiškų. Konsultacijos mokamos arba sunkiai pasiekiamos.",
        ),
    ),
    "environment": (
        (
            "Šiukšlinami miškai ir pakelės",
            "Pakelėse ir miškuose vis dar randama išmestų atliekų ir padangų. "
            "Gyventojai ne visada žino, kur nemokamai atiduoti didžiąsias atliekas.",
        ),
        (
            "Gyventojai nerūšiuoja atliekų",
            "Rūšiavimo konteinerių kaimuose mažai, o informacijos apie rūšiavimą trūksta. "
            "Dalis gyventojų atliekas degina.",
        ),
        (
            "Apleistos ežerų pakrantės",
            "Viešos maudyklos netvarkomos, trūksta šiukšliadėžių ir persirengimo kabinų. "
            "Vasarą pakrantės užteršiamos.",
        ),
        (
            "Stringa daugiabučių renovacija",
            "Gyventojai nesutaria dėl daugiabučių renovacijos, nes trūksta informacijos apie "
            "naudą ir išlaidas. Šildymo sąskaitos išlieka didelės.",
        ),
        (
            "Trūksta žinių apie prisitaikymą prie klimato kaitos",
            "Ūkininkai jau jaučia sausras ir liūtis, tačiau trūksta praktinių žinių, kaip "
            "prisitaikyti. Aplinkosauginio ugdymo užsiėmimų vaikams mažai.",
        ),
    ),
    "culture_heritage": (
        (
            "Nyksta dvarų ir medinės architektūros paveldas",
            "Rajone yra apleistų dvarų sodybų ir senų medinių namų, kurie be priežiūros griūva. "
            "Savininkai neturi lėšų jiems sutvarkyti.",
        ),
        (
            "Nebeperduodamos tradicijos",
            "Vyresnės kartos žmonės moka senųjų amatų, dainų ir papročių, tačiau jaunimas jais "
            "mažai domisi. Žinios nyksta kartu su jų saugotojais.",
        ),
        (
            "Vietos istorija nesurinkta",
            "Kaimų istorija, senos nuotraukos ir atsiminimai saugomi tik gyventojų namuose. "
            "Jei nebus suskaitmeninti, jie gali būti prarasti.",
        ),
        (
            "Kultūros renginiai vyksta tik rajono centre",
            "Profesionalaus meno renginiai į seniūnijas atkeliauja retai. "
            "Kaimų gyventojai retai lankosi teatre ar koncertuose.",
        ),
        (
            "Tarmė vartojama vis rečiau",
            "Vaikai mokykloje ir namuose vis rečiau kalba tarmiškai. "
            "Bendruomenė norėtų išsaugoti savo krašto tarmę.",
        ),
    ),
    "social_exclusion": (
        (
            "Mažas pajamas gaunančios šeimos lieka nuošalyje",
            "Socialines išmokas gaunančios šeimos retai dalyvauja bendruomenės gyvenime. "
            "Jų vaikai negali lankyti mokamų būrelių ir stovyklų.",
        ),
        (
            "Neįgaliesiems sunku patekti į viešąsias erdves",
            "Daugelis viešųjų pastatų neturi pandusų ar liftų. "
            "Žmonės su judėjimo negalia priversti likti namuose.",
        ),
        (
            "Ilgalaikiai bedarbiai praranda motyvaciją",
            "Dalis gyventojų daug metų nedirba ir nebetiki, kad ras darbą. "
            "Jiems trūksta ne tik įgūdžių, bet ir pasitikėjimo savimi.",
        ),
        (
            "Užsieniečiams sunku integruotis",
            "Rajone daugėja užsieniečių darbuotojų ir jų šeimų, tačiau jie nemoka lietuvių "
            "kalbos. Trūksta kalbos kursų ir informacijos apie paslaugas.",
        ),
        (
            "Vienišos mamos neturi su kuo palikti vaikų",
            "Darželiuose trūksta vietų, o jų darbo laikas nesutampa su darbo valandomis. "
            "Vienišoms mamoms sunku dirbti ar mokytis.",
        ),
    ),
}

AFFECTED_GROUPS: tuple[str, ...] = (
    "senjorai",
    "jaunimas (14–29 m.)",
    "moksleiviai",
    "bedarbiai",
    "vienišos mamos",
    "daugiavaikės šeimos",
    "mažas pajamas gaunančios šeimos",
    "ūkininkai",
    "smulkieji verslininkai",
    "neįgalieji",
    "kaimo gyventojai",
    "grįžę emigrantai",
    "užsieniečiai",
    "ikimokyklinio amžiaus vaikai ir jų tėvai",
)

# category key -> short ideas how the library could help
IDEAS: dict[str, tuple[str, ...]] = {
    "digital_skills": (
        "Skaitmeninio raštingumo kursai bibliotekoje senjorams",
        "Konsultacijos, kaip naudotis Elektroniniais valdžios vartais ir e. sveikata",
        "Jaunimo savanorių „skaitmeninių pagalbininkų“ budėjimai bibliotekoje",
        "Mokymai apie sukčiavimą internetu kartu su policija",
    ),
    "youth_employment": (
        "Karjeros dienos bibliotekoje su vietos verslininkais",
        "Gyvenimo aprašymo ir motyvacinio laiško rašymo dirbtuvės",
        "Jaunimo savanorystės programa bibliotekoje ir filialuose",
        "Susitikimai su Užimtumo tarnybos jaunimo specialistu",
    ),
    "seniors_isolation": (
        "Senjorų klubas bibliotekoje kartą per savaitę",
        "Vaizdo skambučių mokymai, kad senjorai galėtų bendrauti su artimaisiais",
        "Knygų pristatymas į namus nevaikštantiems gyventojams",
        "Kartų susitikimai: moksleiviai moko senjorus, senjorai pasakoja krašto istoriją",
    ),
    "transport": (
        "Knygų išdavimo punktai ir bibliobusas atokiuose kaimuose",
        "Bendruomenės pavėžėjimo grupė, koordinuojama per biblioteką",
        "Gyventojų apklausa apie autobusų tvarkaraščių poreikius",
        "Nuotoliniai renginiai ir konsultacijos filialuose",
    ),
    "public_health": (
        "Sveikatos raštingumo paskaitos su visuomenės sveikatos biuru",
        "Biblioterapijos užsiėmimai",
        "Šiaurietiškojo ėjimo grupė, startuojanti nuo bibliotekos",
        "Informacijos kampelis apie nemokamas psichologinės pagalbos linijas",
    ),
    "entrepreneurship": (
        "Verslumo dirbtuvės pradedantiesiems",
        "Bendradarbystės erdvė bibliotekos salėje",
        "Vietos gamintojų mugė prie bibliotekos",
        "Konsultacijos apie paramos paraiškas su vietos veiklos grupės atstovais",
    ),
    "education_access": (
        "Pamokų ruošos erdvė su savanoriais po pamokų",
        "STEAM ir robotikos užsiėmimai filialuose",
        "Suaugusiųjų neformaliojo švietimo kursai bibliotekoje",
        "Nuotolinių kursų vieta su kompiuteriais ir ausinėmis",
    ),
    "emigration": (
        "Informacijos taškas grįžtantiems emigrantams",
        "Lietuvių kalbos pokalbių klubas iš užsienio grįžusiems vaikams",
        "Virtualūs susitikimai su kraštiečiais užsienyje",
        "Jaunimo ir vietos darbdavių susitikimai „Kodėl verta likti“",
    ),
    "community_engagement": (
        "Bendruomenės forumai bibliotekoje kas ketvirtį",
        "Projektų rengimo mokymai NVO atstovams",
        "Bendras visų organizacijų renginių kalendorius",
        "Gyventojų idėjų dėžutė ir balsavimas internetu",
    ),
    "environment": (
        "Daiktų ir knygų mainų lentyna bibliotekoje",
        "Sėklų biblioteka",
        "Aplinkosaugos edukacijos vaikams kartu su miškininkais",
        "Pakrančių tvarkymo talka su bendruomene",
    ),
    "culture_heritage": (
        "Senų nuotraukų skaitmeninimo akcija",
        "Senųjų amatų dirbtuvės su tautodailininkais",
        "Žodinės istorijos projektas: senjorų atsiminimų įrašai",
        "Tarmės vakarai ir tarmiškų tekstų skaitymai",
    ),
    "social_exclusion": (
        "Nemokama vasaros stovykla vaikams bibliotekoje",
        "Lietuvių kalbos pokalbių klubas užsieniečiams",
        "Renginiai, pritaikyti žmonėms su negalia",
        "Bendri užsiėmimai su socialiniais darbuotojais atskirtį patiriančioms šeimoms",
    ),
}

# --- Meetings ---------------------------------------------------------------------------------

# (agenda item title, note); notes may use {library} (library name) and {town} (genitive).
AGENDA_TEMPLATE: tuple[tuple[str, str], ...] = (
    (
        "Dalyvių prisistatymas ir susitikimo tikslai",
        "Trumpai prisistato bibliotekos, savivaldybės ir {town} krašto partnerių atstovai.",
    ),
    (
        "Programos „Bibliotekos pažangai 2“ pristatymas",
        "Pristatomi programos tikslai, veiklos ir tai, ką {library} jau nuveikė.",
    ),
    (
        "Bendruomenės problemų aptarimas",
        "Dalyviai įvardija aktualiausias {town} krašto bendruomenės problemas.",
    ),
    (
        "Problemų prioritetų nustatymas (balsavimas)",
        "Kiekvienas dalyvis balsuoja už tris, jo nuomone, svarbiausias problemas.",
    ),
    (
        "Bibliotekos galimybės ir partnerių vaidmuo",
        "Aptariama, kaip {library} ir partneriai galėtų kartu spręsti prioritetines problemas.",
    ),
    (
        "Tolesni žingsniai",
        "Sutariama dėl atsakingų asmenų, terminų ir kito susitikimo datos.",
    ),
    (
        "Klausimai ir apibendrinimas",
        "Atsakoma į dalyvių klausimus, apibendrinami susitikimo rezultatai.",
    ),
)

DECISIONS: tuple[str, ...] = (
    "Nutarta iki kito susitikimo parengti projekto idėją prioritetinei problemai spręsti.",
    "Susitarta sudaryti darbo grupę iš bibliotekos, seniūnijos ir bendruomenės atstovų.",
    "Pritarta, kad tolesnius susitikimus su partneriais koordinuos biblioteka.",
    "Nutarta kitą susitikimą surengti po mėnesio toje pačioje vietoje.",
    "Susitarta papildomai apklausti gyventojus apie problemos mastą.",
    "Pritarta trims prioritetinėms problemoms, išrinktoms balsuojant.",
    "Nutarta kreiptis į savivaldybę dėl patalpų ir finansavimo galimybių.",
    "Susitarta, kad partneriai iki kito susitikimo raštu pateiks savo pasiūlymus.",
    "Nutarta susitikimo apibendrinimą el. paštu išsiųsti visiems dalyviams.",
    "Pritarta siūlymui į darbo grupę pakviesti jaunimo atstovų.",
    "Nutarta informaciją apie susitikimą paskelbti bibliotekos svetainėje ir vietos spaudoje.",
)

ACTION_ITEMS: tuple[str, ...] = (
    "Parengti projekto idėjos aprašą",
    "Susitikti su seniūnu dėl patalpų",
    "Išsiųsti susitikimo protokolą dalyviams",
    "Parengti gyventojų apklausos klausimyną",
    "Surinkti duomenis apie senjorų skaičių seniūnijose",
    "Pakviesti Užimtumo tarnybos atstovą į kitą susitikimą",
    "Suderinti kito susitikimo datą su partneriais",
    "Paskelbti informaciją apie susitikimą socialiniuose tinkluose",
    "Parengti bibliotekos paslaugų pristatymą partneriams",
    "Išsiaiškinti Lietuvos kultūros tarybos finansavimo galimybes",
    "Sudaryti darbo grupės narių sąrašą",
    "Aptarti bendradarbiavimą su gimnazijos direktoriumi",
    "Surinkti dalyvių sutikimus dėl asmens duomenų tvarkymo",
    "Parengti mokymų senjorams programos juodraštį",
    "Susisiekti su vietos verslininkais dėl paramos",
    "Atnaujinti bibliotekos renginių kalendorių",
)

# {town} takes the genitive town name.
MEETING_TITLES: tuple[str, ...] = (
    "Diskusinis susitikimas {town} bibliotekoje",
    "Diskusija su {town} bendruomene",
    "{town} krašto partnerių susitikimas",
    "Bendruomenės problemų aptarimas {town} bibliotekoje",
    "Prioritetų nustatymo susitikimas su {town} partneriais",
)

VISIT_PURPOSES: tuple[str, ...] = (
    "Pažintinis vizitas bibliotekoje",
    "Diskusinio susitikimo organizavimas",
    "Konsultacija dėl projekto idėjos",
    "Pasiruošimas bendruomenės susitikimui",
    "Programos veiklų stebėsena",
    "Susitikimas su bibliotekos vadovybe",
)

# {library} takes the library name.
PLACES: tuple[str, ...] = (
    "{library}, konferencijų salė",
    "{library}, skaitykla",
    "{library}, renginių salė",
    "{library}, Vaikų literatūros skyrius",
    "{library}, Informacijos skyrius",
)

# --- Consent ----------------------------------------------------------------------------------

CONSENT_METHODS: tuple[str, ...] = (
    "raštu susitikime",
    "el. paštu",
    "žodžiu, užfiksuota dalyvių sąraše",
)

CONSENT_PURPOSES: tuple[str, ...] = (
    "Programos komunikacija",
    "Kvietimai į susitikimus",
    "Susitikimų nuotraukų skelbimas",
    "Dalyvių sąrašai ir ataskaitos",
    "Programos vertinimo apklausos",
)
