<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About FieldKit</source>
        <translation>Apie FieldKit</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versija {version}</translation>
    </message>
    <message>
        <source>Meeting notes, partners and community problems for the coordinators of “Bibliotekos pažangai 2”.</source>
        <translation>Susitikimų užrašai, partneriai ir bendruomenių problemos „Bibliotekos pažangai 2“ koordinatoriams.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Duomenų bazė:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Žurnalai:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Atverti aplanką</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Pick a participant or type any name</source>
        <translation>Pasirinkite dalyvį arba įrašykite bet kurį vardą</translation>
    </message>
    <message>
        <source>by</source>
        <translation>iki</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Pašalinti šią užduotį</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>New agenda item…</source>
        <translation>Naujas darbotvarkės klausimas…</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Pridėti klausimą</translation>
    </message>
    <message>
        <source>Use the discussion agenda</source>
        <translation>Naudoti diskusijos darbotvarkę</translation>
    </message>
    <message>
        <source>Add the programme&apos;s standard agenda for a discussion meeting</source>
        <translation>Pridėti programos standartinę diskusinio susitikimo darbotvarkę</translation>
    </message>
    <message numerus="yes">
        <source>%n agenda item(s)</source>
        <translation>
            <numerusform>%n darbotvarkės klausimas</numerusform>
            <numerusform>%n darbotvarkės klausimai</numerusform>
            <numerusform>%n darbotvarkės klausimų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <source>Move this item up</source>
        <translation>Perkelti šį klausimą aukštyn</translation>
    </message>
    <message>
        <source>Move this item down</source>
        <translation>Perkelti šį klausimą žemyn</translation>
    </message>
    <message>
        <source>Remove this item from the agenda</source>
        <translation>Pašalinti šį klausimą iš darbotvarkės</translation>
    </message>
    <message>
        <source>Notes on this item…</source>
        <translation>Užrašai dėl šio klausimo…</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>FieldKit is already open with this database; it was brought forward.</source>
        <translation>FieldKit su šia duomenų baze jau atvertas; jo langas iškeltas į priekį.</translation>
    </message>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>FieldKit is already open with this database.</source>
        <translation>FieldKit su šia duomenų baze jau atvertas.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>No files are attached to this meeting yet.</source>
        <translation>Prie šio susitikimo dar neprisegta jokių failų.</translation>
    </message>
    <message>
        <source>Caption for the next file (optional)</source>
        <translation>Kito failo aprašas (neprivaloma)</translation>
    </message>
    <message>
        <source>Add photo or file…</source>
        <translation>Pridėti nuotrauką ar failą…</translation>
    </message>
    <message>
        <source>Attach a copy of a file; photos are printed at the end of the minutes</source>
        <translation>Prisegti failo kopiją; nuotraukos spausdinamos protokolo pabaigoje</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>{name} — {caption}</source>
        <translation>{name} — {caption}</translation>
    </message>
    <message>
        <source>The file has not arrived on this computer yet.</source>
        <translation>Failas į šį kompiuterį dar neatkeliavo.</translation>
    </message>
    <message>
        <source>Images ({patterns})</source>
        <translation>Paveikslėliai ({patterns})</translation>
    </message>
    <message>
        <source>Attach a photo or file</source>
        <translation>Prisegti nuotrauką ar failą</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Invite: type a name, organisation or e-mail…</source>
        <translation>Pakviesti: įveskite vardą, organizaciją arba el. pašto adresą…</translation>
    </message>
    <message>
        <source>Mark as present</source>
        <translation>Pažymėti, kad dalyvavo</translation>
    </message>
    <message>
        <source>Mark the people you add now as present</source>
        <translation>Dabar pridedamus asmenis pažymėti kaip dalyvavusius</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Naujas asmuo…</translation>
    </message>
    <message>
        <source>Add “{text}” as a new person…</source>
        <translation>Pridėti „{text}“ kaip naują asmenį…</translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n pakviestas</numerusform>
            <numerusform>%n pakviesti</numerusform>
            <numerusform>%n pakviestų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n dalyvavo</numerusform>
            <numerusform>%n dalyvavo</numerusform>
            <numerusform>%n dalyvavo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent apologies</source>
        <translation>
            <numerusform>%n atsiprašė</numerusform>
            <numerusform>%n atsiprašė</numerusform>
            <numerusform>%n atsiprašė</numerusform>
        </translation>
    </message>
    <message>
        <source>chair: {name}</source>
        <translation>pirmininkas: {name}</translation>
    </message>
    <message>
        <source>secretary: {name}</source>
        <translation>sekretorius: {name}</translation>
    </message>
    <message>
        <source>(already on the list)</source>
        <translation>(jau sąraše)</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Choose a person in the list, or add a new contact.</source>
        <translation>Pasirinkite asmenį sąraše arba pridėkite naują kontaktą.</translation>
    </message>
    <message>
        <source>Type to choose an organisation</source>
        <translation>Pradėkite rašyti organizacijos pavadinimą</translation>
    </message>
    <message>
        <source>Open this organisation</source>
        <translation>Atverti šią organizaciją</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. youth, volunteers</source>
        <translation>Atskirkite kableliais, pvz., jaunimas, savanoriai</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Sutikimas duotas</translation>
    </message>
    <message>
        <source>e.g. in writing at the meeting</source>
        <translation>pvz., raštu susitikime</translation>
    </message>
    <message>
        <source>e.g. invitations to meetings</source>
        <translation>pvz., kvietimai į susitikimus</translation>
    </message>
    <message>
        <source>Export everything about this person…</source>
        <translation>Eksportuoti viską apie šį asmenį…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Ištrinti šį asmenį…</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Vardas:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Pavardė:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizacija:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Pareigos:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefonas:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>El. paštas:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Savivaldybė:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Žymos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Pastabos:</translation>
    </message>
    <message>
        <source>Consent to keep this person&apos;s data</source>
        <translation>Sutikimas tvarkyti šio asmens duomenis</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Kaip gautas:</translation>
    </message>
    <message>
        <source>For what:</source>
        <translation>Kokiu tikslu:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Teisinis pagrindas:</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Susitikimai, kuriuose dalyvavo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenurodyta)</translation>
    </message>
    <message>
        <source>No meetings attended yet.</source>
        <translation>Dar nedalyvavo nė viename susitikime.</translation>
    </message>
    <message>
        <source>Choose the organisation from the list (or add it on the Organisations page).</source>
        <translation>Pasirinkite organizaciją iš sąrašo (arba pridėkite ją puslapyje „Organizacijos“).</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>Įrašyta į {path}.</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>No activity…</source>
        <translation>Be veiklos…</translation>
    </message>
    <message>
        <source>People with no meeting and no change for years, to review and erase</source>
        <translation>Asmenys, kurie metų metus nedalyvavo susitikimuose ir kurių įrašas nekeistas: peržiūrėti ir ištrinti</translation>
    </message>
    <message>
        <source>Filter by name, organisation, role, e-mail…</source>
        <translation>Filtruoti pagal vardą, organizaciją, pareigas, el. paštą…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Naujas kontaktas</translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation>Ištrinti kontaktą…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontaktas</numerusform>
            <numerusform>%Ln kontaktai</numerusform>
            <numerusform>%Ln kontaktų</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this contact? The person disappears from lists and, after the next sync, from every laptop.</source>
        <translation>Ar tikrai norite ištrinti šį kontaktą? Asmuo dings iš sąrašų, o po kito sinchronizavimo – ir iš visų kompiuterių.</translation>
    </message>
    <message>
        <source>Delete {name}? The person disappears from lists and, after the next sync, from every laptop.</source>
        <translation>Ar tikrai norite, kad kontaktas {name} būtų ištrintas? Asmuo dings iš sąrašų, o po kito sinchronizavimo – ir iš visų kompiuterių.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>FieldKit: unexpected error</source>
        <translation>FieldKit: netikėta klaida</translation>
    </message>
    <message>
        <source>Something went wrong inside FieldKit. Your saved work is safe; the last change may not have been saved.</source>
        <translation>Programoje FieldKit įvyko netikėta klaida. Tai, kas jau išsaugota, nepažeista, tačiau paskutinis pakeitimas galėjo likti neišsaugotas.</translation>
    </message>
    <message>
        <source>The details are in {path}.</source>
        <translation>Išsami informacija įrašyta faile {path}.</translation>
    </message>
</context>
<context>
    <name>DecisionRow</name>
    <message>
        <source>The agenda item this decision was taken under</source>
        <translation>Darbotvarkės klausimas, kurį svarstant priimtas šis sprendimas</translation>
    </message>
    <message>
        <source>Remove this decision</source>
        <translation>Pašalinti šį sprendimą</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>All municipalities</source>
        <translation>Visos savivaldybės</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ištrinti</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Contacts that look like one person</source>
        <translation>Kontaktai, panašūs į tą patį asmenį</translation>
    </message>
    <message>
        <source>Organisations that look like one</source>
        <translation>Organizacijos, panašios į tą pačią</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Sujungti…</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>tas pats telefono numeris</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>tas pats vardas ir organizacija</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ieškoma dublikatų…</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) found</source>
        <translation>
            <numerusform>Rasta %n grupė</numerusform>
            <numerusform>Rastos %n grupės</numerusform>
            <numerusform>Rasta %n grupių</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The demo size must be between 1 and {max_size} rows.</source>
        <translation>Demonstracinių duomenų dydis turi būti nuo 1 iki {max_size} eilučių.</translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and {max_limit}.</source>
        <translation>Paieškos rezultatų skaičius turi būti nuo 1 iki {max_limit}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} yra aplankas, o ne duomenų bazės failas.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}.</source>
        <translation>Nepavyko rašyti į aplanką {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Nepavyko įrašyti failo {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name for the export.</source>
        <translation>{path} yra aplankas; nurodykite eksportuojamo failo pavadinimą.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose another file name.</source>
        <translation>{path} yra pati duomenų bazė; pasirinkite kitą failo pavadinimą.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Nepavyko perskaityti failo {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} already exists and is not a FieldKit export; choose another file name.</source>
        <translation>Failas {path} jau yra, ir tai ne FieldKit eksporto failas; pasirinkite kitą failo pavadinimą.</translation>
    </message>
    <message>
        <source>The agenda has no position {position}; its items are numbered 1 to {count}.</source>
        <translation>Darbotvarkėje nėra klausimo Nr. {position}; jos klausimai sunumeruoti nuo 1 iki {count}.</translation>
    </message>
    <message>
        <source>There is no discussion agenda in the language &apos;{language}&apos;.</source>
        <translation>Diskusijos darbotvarkės kalba „{language}“ nėra.</translation>
    </message>
    <message>
        <source>&apos;{email}&apos; does not look like an e-mail address.</source>
        <translation>„{email}“ nepanašu į el. pašto adresą.</translation>
    </message>
    <message>
        <source>&apos;{role}&apos; is not a role in a meeting.</source>
        <translation>„{role}“ nėra susitikimo dalyvio vaidmuo.</translation>
    </message>
    <message>
        <source>A person who came did not send apologies.</source>
        <translation>Dalyvavęs asmuo negali būti pažymėtas kaip atsiprašęs.</translation>
    </message>
    <message>
        <source>The demo size must be a positive number of rows.</source>
        <translation>Demonstracinių duomenų dydis turi būti teigiamas eilučių skaičius.</translation>
    </message>
    <message>
        <source>This database already holds data; demo data goes only into an empty database (choose a new file with --db).</source>
        <translation>Šioje duomenų bazėje jau yra duomenų; demonstraciniai duomenys įrašomi tik į tuščią duomenų bazę (naują failą nurodykite parinktimi --db).</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;; choose one of: {allowed}.</source>
        <translation>Negalima rikiuoti pagal „{sort}“; pasirinkite vieną iš šių: {allowed}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}); restore a backup with &apos;fieldkit restore&apos;.</source>
        <translation>Failas {path} sugadintas ({problem}); atkurkite atsarginę kopiją komanda &apos;fieldkit restore&apos;.</translation>
    </message>
    <message>
        <source>&apos;{prefix}&apos; is not a meeting id.</source>
        <translation>„{prefix}“ nėra susitikimo ID.</translation>
    </message>
    <message>
        <source>There is no meeting whose id starts with &apos;{prefix}&apos;.</source>
        <translation>Nėra susitikimo, kurio ID prasideda simboliais „{prefix}“.</translation>
    </message>
    <message>
        <source>More than one meeting id starts with &apos;{prefix}&apos;; give more characters.</source>
        <translation>Simboliais „{prefix}“ prasideda daugiau nei vieno susitikimo ID; įveskite daugiau simbolių.</translation>
    </message>
    <message>
        <source>The library is not in the meeting&apos;s municipality.</source>
        <translation>Ši biblioteka nėra susitikimo savivaldybėje.</translation>
    </message>
    <message>
        <source>A meeting cannot end before it starts.</source>
        <translation>Susitikimas negali baigtis anksčiau, nei prasideda.</translation>
    </message>
    <message>
        <source>The next meeting must be after this one starts.</source>
        <translation>Kitas susitikimas turi būti vėliau, nei prasideda šis.</translation>
    </message>
    <message>
        <source>The minutes are final; reopen the meeting to change them.</source>
        <translation>Protokolas jau patvirtintas; norėdami jį pakeisti, grąžinkite jį taisyti.</translation>
    </message>
    <message>
        <source>The agenda item belongs to another meeting.</source>
        <translation>Šis darbotvarkės klausimas priklauso kitam susitikimui.</translation>
    </message>
    <message>
        <source>Votes must be a whole number, zero or more.</source>
        <translation>Balsų skaičius turi būti sveikasis skaičius, ne mažesnis už nulį.</translation>
    </message>
    <message>
        <source>The problem belongs to another municipality than the meeting.</source>
        <translation>Problema ir susitikimas priklauso skirtingoms savivaldybėms.</translation>
    </message>
    <message>
        <source>That problem is not linked to this meeting.</source>
        <translation>Ši problema nesusieta su šiuo susitikimu.</translation>
    </message>
    <message>
        <source>There is no action item with id {record_id}.</source>
        <translation>Užduotis, kurios ID {record_id}, nerasta.</translation>
    </message>
    <message>
        <source>There is no attachment with id {record_id}.</source>
        <translation>Priedas, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no agenda item with id {record_id}.</source>
        <translation>Darbotvarkės klausimas, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no contact with id {record_id}.</source>
        <translation>Kontaktas, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no decision with id {record_id}.</source>
        <translation>Sprendimas, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no idea with id {record_id}.</source>
        <translation>Idėja, kurios ID {record_id}, nerasta.</translation>
    </message>
    <message>
        <source>There is no library with id {record_id}.</source>
        <translation>Biblioteka, kurios ID {record_id}, nerasta.</translation>
    </message>
    <message>
        <source>There is no meeting with id {record_id}.</source>
        <translation>Susitikimas, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no organisation with id {record_id}.</source>
        <translation>Organizacija, kurios ID {record_id}, nerasta.</translation>
    </message>
    <message>
        <source>There is no participant with id {record_id}.</source>
        <translation>Dalyvis, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>There is no problem with id {record_id}.</source>
        <translation>Problema, kurios ID {record_id}, nerasta.</translation>
    </message>
    <message>
        <source>There is no possible partner with id {record_id}.</source>
        <translation>Galimas partneris, kurio ID {record_id}, nerastas.</translation>
    </message>
    <message>
        <source>The action item must not be empty.</source>
        <translation>Užduoties tekstas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The agenda item title must not be empty.</source>
        <translation>Darbotvarkės klausimo pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The decision must not be empty.</source>
        <translation>Sprendimo tekstas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The first name must not be empty.</source>
        <translation>Vardas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The idea must not be empty.</source>
        <translation>Idėjos tekstas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The library name must not be empty.</source>
        <translation>Bibliotekos pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The meeting title must not be empty.</source>
        <translation>Susitikimo pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The organisation name must not be empty.</source>
        <translation>Organizacijos pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>The problem title must not be empty.</source>
        <translation>Problemos pavadinimas negali būti tuščias.</translation>
    </message>
    <message>
        <source>These fields cannot be changed here: {fields}.</source>
        <translation>Šių laukų čia keisti negalima: {fields}.</translation>
    </message>
    <message>
        <source>There is no municipality with id {municipality_id}.</source>
        <translation>Savivaldybė, kurios ID {municipality_id}, nerasta.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>Failas {path} jau yra; pasirinkite kitą pavadinimą.</translation>
    </message>
    <message>
        <source>Cannot write the backup to {folder}: {reason}.</source>
        <translation>Nepavyko įrašyti atsarginės kopijos į aplanką {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot back up {path}: {reason}.</source>
        <translation>Nepavyko sukurti duomenų bazės {path} atsarginės kopijos: {reason}.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Atsarginės kopijos failas {path} nerastas.</translation>
    </message>
    <message>
        <source>{path} is the database itself; choose a backup file.</source>
        <translation>{path} yra pati duomenų bazė; pasirinkite atsarginės kopijos failą.</translation>
    </message>
    <message>
        <source>{path} is open in FieldKit (process {pid}); close FieldKit first.</source>
        <translation>Failas {path} atidarytas programoje FieldKit (procesas {pid}); pirmiausia uždarykite FieldKit.</translation>
    </message>
    <message>
        <source>Cannot restore a backup at {path}: {names} of an earlier database are still beside it; move them elsewhere first, as they may hold its last changes.</source>
        <translation>Negalima atkurti atsarginės kopijos į {path}: šalia vis dar yra ankstesnės duomenų bazės failų ({names}); pirmiausia perkelkite juos kitur, nes juose gali būti paskutiniai tos duomenų bazės pakeitimai.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>Nepavyko atkurti duomenų bazės {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} has no FieldKit replica id; it is not a complete FieldKit database.</source>
        <translation>Faile {path} nėra FieldKit kopijos ID; tai nėra pilna FieldKit duomenų bazė.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Duomenų bazė {path} nerasta.</translation>
    </message>
    <message>
        <source>Cannot create a new database at {path}: {names} of an earlier database are still beside it; move them elsewhere first, as they may hold its last changes.</source>
        <translation>Negalima sukurti naujos duomenų bazės {path}: šalia vis dar yra ankstesnės duomenų bazės failų ({names}); pirmiausia perkelkite juos kitur, nes juose gali būti paskutiniai tos duomenų bazės pakeitimai.</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: {blocker} is a file, not a folder.</source>
        <translation>Nepavyko sukurti duomenų bazės aplanke {folder}: {blocker} yra failas, o ne aplankas.</translation>
    </message>
    <message>
        <source>Cannot create a database in {folder}: {reason}.</source>
        <translation>Nepavyko sukurti duomenų bazės aplanke {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {reason}.</source>
        <translation>Nepavyko sukurti failo {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Negalima naudoti failo {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file.</source>
        <translation>{path} nėra įprastas failas.</translation>
    </message>
    <message>
        <source>{link} points to {target}, which does not exist; is the drive connected?</source>
        <translation>Nuoroda {link} rodo į {target}, bet tokios vietos nėra; ar prijungtas diskas?</translation>
    </message>
    <message>
        <source>{path} is not a FieldKit database.</source>
        <translation>{path} nėra FieldKit duomenų bazė.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not of FieldKit.</source>
        <translation>{path} yra kitos programos, o ne FieldKit, SQLite duomenų bazė.</translation>
    </message>
    <message>
        <source>{path} has no schema version; it is not a complete FieldKit database.</source>
        <translation>Faile {path} nenurodyta schemos versija; tai nepilna FieldKit duomenų bazė.</translation>
    </message>
    <message>
        <source>{path} was written by a newer FieldKit (schema {revision}); update FieldKit to open it.</source>
        <translation>Failas {path} įrašytas naujesne FieldKit versija (schema {revision}); norėdami jį atverti, atnaujinkite FieldKit.</translation>
    </message>
    <message>
        <source>{path} is not a FieldKit database (or it is damaged).</source>
        <translation>{path} nėra FieldKit duomenų bazė (arba ji sugadinta).</translation>
    </message>
    <message>
        <source>{path} is busy in another program; try again in a moment.</source>
        <translation>Failą {path} šiuo metu naudoja kita programa; po akimirkos pabandykite dar kartą.</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: {reason}.</source>
        <translation>Negalima naudoti duomenų bazės {path}: {reason}.</translation>
    </message>
    <message>
        <source>Synced records are never deleted outright; mark them deleted instead.</source>
        <translation>Sinchronizuojami įrašai niekada neištrinami visiškai; vietoj to pažymėkite juos kaip ištrintus.</translation>
    </message>
    <message>
        <source>{path} is a folder; name the PDF file to write.</source>
        <translation>{path} yra aplankas; nurodykite PDF failo, kurį norite įrašyti, pavadinimą.</translation>
    </message>
    <message>
        <source>Documents are printed in Lithuanian (lt) or English (en), not &apos;{language}&apos;.</source>
        <translation>Dokumentai spausdinami lietuvių (lt) arba anglų (en) kalba, ne „{language}“.</translation>
    </message>
    <message>
        <source>There is no municipality called &apos;{name}&apos;.</source>
        <translation>Savivaldybės „{name}“ nėra.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; could be several municipalities: {names}; give more letters.</source>
        <translation>„{name}“ atitinka kelias savivaldybes: {names}; įveskite daugiau raidžių.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file to attach.</source>
        <translation>{path} yra aplankas; pasirinkite failą, kurį norite prisegti.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>Failo {path} nėra.</translation>
    </message>
    <message>
        <source>{name} is too large to attach: the limit is {limit} MB.</source>
        <translation>Failas {name} per didelis prisegti: riba yra {limit} MB.</translation>
    </message>
    <message>
        <source>Cannot keep the attached file in {folder}: {reason}.</source>
        <translation>Nepavyko išsaugoti prisegto failo aplanke {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Attach the file to either a meeting or a problem.</source>
        <translation>Failą prisekite arba prie susitikimo, arba prie problemos.</translation>
    </message>
    <message>
        <source>Only the JSON export can go to standard output.</source>
        <translation>Į standartinę išvestį galima išvesti tik JSON eksportą.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{header}&apos;.</source>
        <translation>Faile nėra stulpelio „{header}“.</translation>
    </message>
    <message>
        <source>There is no field &apos;{field}&apos;; choose from {fields}.</source>
        <translation>Lauko „{field}“ nėra; rinkitės iš: {fields}.</translation>
    </message>
    <message>
        <source>There is no table called &apos;{name}&apos;; choose from {names}.</source>
        <translation>Lentelės „{name}“ nėra; rinkitės iš: {names}.</translation>
    </message>
    <message>
        <source>Cannot make the folder {folder}: {reason}.</source>
        <translation>Nepavyksta sukurti aplanko {folder}: {reason}.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Failo {path} nėra.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; FieldKit imports files of up to {limit} MB.</source>
        <translation>{path} užima {size} MB; FieldKit importuoja failus iki {limit} MB.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} yra tuščias.</translation>
    </message>
    <message>
        <source>{path} is not a text table (CSV) or an Excel workbook (XLSX).</source>
        <translation>{path} nėra tekstinė lentelė (CSV) ar Excel darbaknygė (XLSX).</translation>
    </message>
    <message>
        <source>Line {line} of {path} is longer than {limit} MB; it is not a table FieldKit can import.</source>
        <translation>{path} eilutė {line} ilgesnė nei {limit} MB; tai ne lentelė, kurią FieldKit gali importuoti.</translation>
    </message>
    <message>
        <source>{path} has more than {limit} rows; split it into smaller files.</source>
        <translation>{path} turi daugiau nei {limit} eilučių; padalykite jį į mažesnius failus.</translation>
    </message>
    <message>
        <source>Line {line} of {path} is not UTF-8 text although the lines before it are; save the file again in one encoding (UTF-8).</source>
        <translation>{path} eilutė {line} nėra UTF-8 tekstas, nors ankstesnės eilutės yra; įrašykite failą iš naujo viena koduote (UTF-8).</translation>
    </message>
    <message>
        <source>Line {line} of {path} is neither UTF-8 nor Windows-1257 text; save the file again as CSV (UTF-8).</source>
        <translation>{path} eilutė {line} nėra nei UTF-8, nei Windows-1257 tekstas; įrašykite failą iš naujo kaip CSV (UTF-8).</translation>
    </message>
    <message>
        <source>Row {row} of {path} cannot be read: {reason}.</source>
        <translation>Nepavyksta perskaityti {path} eilutės {row}: {reason}.</translation>
    </message>
    <message>
        <source>Row {row} of {path} opens a quoted value (&quot;) that never closes; the rows after it would be read as one cell.</source>
        <translation>{path} eilutėje {row} atidaryta kabutė (&quot;), kuri niekur neuždaroma; visos tolesnės eilutės būtų perskaitytos kaip vienas langelis.</translation>
    </message>
    <message>
        <source>{path} has no rows.</source>
        <translation>{path} neturi eilučių.</translation>
    </message>
    <message>
        <source>Row {row} of {path} has {count} columns, more than a list of people can have ({limit}); is it the right file?</source>
        <translation>{path} eilutėje {row} yra {count} stulpelių – daugiau, nei gali turėti asmenų sąrašas ({limit}); ar tai tas failas?</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook FieldKit can read (XLSX).</source>
        <translation>{path} nėra Excel darbaknygė, kurią FieldKit gali perskaityti (XLSX).</translation>
    </message>
    <message>
        <source>{path} already exists and is not a {suffix} file; choose another file name.</source>
        <translation>{path} jau yra ir nėra {suffix} failas; pasirinkite kitą failo pavadinimą.</translation>
    </message>
    <message>
        <source>{path} is not a vCard file.</source>
        <translation>{path} nėra vCard failas.</translation>
    </message>
    <message>
        <source>{path} holds no vCard.</source>
        <translation>{path} neturi nė vienos vCard kortelės.</translation>
    </message>
    <message>
        <source>Line {line} of {path} ends a vCard that never began.</source>
        <translation>{path} eilutė {line} baigia vCard kortelę, kuri nebuvo pradėta.</translation>
    </message>
    <message>
        <source>The last vCard in {path} has no END:VCARD line.</source>
        <translation>Paskutinė {path} vCard kortelė neturi eilutės END:VCARD.</translation>
    </message>
    <message>
        <source>There is no such contact.</source>
        <translation>Tokio asmens nėra.</translation>
    </message>
    <message>
        <source>Name a .json or a .pdf file for the person&apos;s data, not {path}.</source>
        <translation>Asmens duomenims nurodykite .json arba .pdf failą, ne {path}.</translation>
    </message>
    <message>
        <source>There is no kept conflict with id {conflict_id}.</source>
        <translation>Išsaugoto konflikto su id {conflict_id} nėra.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer here.</source>
        <translation>Šio konflikto įrašo nebėra.</translation>
    </message>
    <message>
        <source>This person was erased, so nothing of theirs can be restored.</source>
        <translation>Šis asmuo ištrintas, todėl nieko iš jo duomenų atkurti negalima.</translation>
    </message>
    <message>
        <source>This record was deleted, so a value cannot be restored into it.</source>
        <translation>Šis įrašas pašalintas, todėl į jį reikšmės atkurti negalima.</translation>
    </message>
    <message>
        <source>This conflict was already restored or dismissed.</source>
        <translation>Šis konfliktas jau atkurtas arba atmestas.</translation>
    </message>
    <message>
        <source>This kind of value cannot be restored.</source>
        <translation>Tokios reikšmės atkurti negalima.</translation>
    </message>
    <message>
        <source>No column of {source} holds a name (such as &apos;Vardas&apos;, &apos;Pavardė&apos;, &apos;First Name&apos; or &apos;Last Name&apos;); choose the columns by hand.</source>
        <translation>Nė viename {source} stulpelyje nėra vardo (pvz., „Vardas“, „Pavardė“, „First Name“ ar „Last Name“); pasirinkite stulpelius patys.</translation>
    </message>
    <message>
        <source>No column of {source} holds an organisation&apos;s name (such as &apos;Pavadinimas&apos; or &apos;Name&apos;); choose the columns by hand.</source>
        <translation>Nė viename {source} stulpelyje nėra organizacijos pavadinimo (pvz., „Pavadinimas“ ar „Name“); pasirinkite stulpelius patys.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Įrašo negalima sujungti su juo pačiu.</translation>
    </message>
    <message>
        <source>Only contacts or organisations can be merged, not {kind}.</source>
        <translation>Sujungti galima tik asmenis arba organizacijas, ne {kind}.</translation>
    </message>
    <message>
        <source>These fields cannot be merged: {fields}.</source>
        <translation>Šių laukų sujungti negalima: {fields}.</translation>
    </message>
    <message>
        <source>Choose &apos;keep&apos; or &apos;lose&apos; for {field}, not &apos;{choice}&apos;.</source>
        <translation>Laukui {field} pasirinkite „keep“ arba „lose“, ne „{choice}“.</translation>
    </message>
    <message>
        <source>An erased person cannot be merged.</source>
        <translation>Ištrinto asmens sujungti negalima.</translation>
    </message>
    <message>
        <source>&apos;{prefix}&apos; is not a contact id.</source>
        <translation>„{prefix}“ nėra kontakto identifikatorius.</translation>
    </message>
    <message>
        <source>There is no contact whose id starts with &apos;{prefix}&apos;.</source>
        <translation>Nėra kontakto, kurio identifikatorius prasideda „{prefix}“.</translation>
    </message>
    <message>
        <source>More than one contact id starts with &apos;{prefix}&apos;; give more characters.</source>
        <translation>Daugiau nei vieno kontakto identifikatorius prasideda „{prefix}“; nurodykite daugiau simbolių.</translation>
    </message>
    <message>
        <source>&apos;{prefix}&apos; is not an organisation id.</source>
        <translation>„{prefix}“ nėra organizacijos identifikatorius.</translation>
    </message>
    <message>
        <source>There is no organisation whose id starts with &apos;{prefix}&apos;.</source>
        <translation>Nėra organizacijos, kurios identifikatorius prasideda „{prefix}“.</translation>
    </message>
    <message>
        <source>More than one organisation id starts with &apos;{prefix}&apos;; give more characters.</source>
        <translation>Daugiau nei vienos organizacijos identifikatorius prasideda „{prefix}“; nurodykite daugiau simbolių.</translation>
    </message>
    <message>
        <source>This person was already erased.</source>
        <translation>Šis asmuo jau ištrintas.</translation>
    </message>
    <message>
        <source>Give a folder or a web address to sync with.</source>
        <translation>Nurodykite aplanką arba interneto adresą, su kuriuo sinchronizuoti.</translation>
    </message>
    <message>
        <source>The system keyring cannot be used for {url} ({reason}); unlock it, or set FIELDKIT_SYNC_USER and FIELDKIT_SYNC_PASSWORD.</source>
        <translation>Sistemos slaptažodžių saugyklos negalima naudoti adresui {url} ({reason}); atrakinkite ją arba nustatykite FIELDKIT_SYNC_USER ir FIELDKIT_SYNC_PASSWORD.</translation>
    </message>
    <message>
        <source>FIELDKIT_SYNC_PASSWORD is set but FIELDKIT_SYNC_USER is not.</source>
        <translation>FIELDKIT_SYNC_PASSWORD nustatytas, bet FIELDKIT_SYNC_USER – ne.</translation>
    </message>
    <message>
        <source>Sent: {sent} changes, {sent_files} files. Received: {received} changes, {received_files} files. Conflicts to review: {conflicts}.</source>
        <translation>Išsiųsta pakeitimų: {sent}, failų: {sent_files}. Gauta pakeitimų: {received}, failų: {received_files}. Peržiūrėti konfliktų: {conflicts}.</translation>
    </message>
    <message>
        <source>The sync was stopped before it finished.</source>
        <translation>Sinchronizavimas sustabdytas nebaigtas.</translation>
    </message>
    <message>
        <source>The remote {url} looks emptied (its marker is gone); nothing was deleted here.</source>
        <translation>Bendra saugykla {url} atrodo išvalyta (dingo jos žymė); šiame kompiuteryje niekas neištrinta.</translation>
    </message>
    <message>
        <source>{url} now holds another FieldKit team&apos;s data (its marker changed); nothing was synced. Check the remote in the sync settings.</source>
        <translation>{url} dabar laiko kitos FieldKit komandos duomenis (pasikeitė jos žymė); nieko nesinchronizuota. Patikrinkite saugyklą sinchronizavimo nustatymuose.</translation>
    </message>
    <message>
        <source>The remote was set up by a newer FieldKit; update FieldKit to sync.</source>
        <translation>Saugyklą sukūrė naujesnė FieldKit versija; atnaujinkite FieldKit, kad galėtumėte sinchronizuoti.</translation>
    </message>
    <message>
        <source>{url} holds a {marker} that FieldKit cannot read; nothing was synced.</source>
        <translation>{url} yra {marker}, kurio FieldKit negali perskaityti; nieko nesinchronizuota.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes behind the remote&apos;s; check the date and time settings.</source>
        <translation>Šio kompiuterio laikrodis {minutes} min. atsilieka nuo bendros saugyklos laikrodžio; patikrinkite datos ir laiko nustatymus.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} minutes ahead of the remote&apos;s; check the date and time settings.</source>
        <translation>Šio kompiuterio laikrodis {minutes} min. skuba, palyginti su bendros saugyklos laikrodžiu; patikrinkite datos ir laiko nustatymus.</translation>
    </message>
    <message>
        <source>Ignored files in {folder} that FieldKit did not write: {names}.</source>
        <translation>Praleisti aplanko {folder} failai, kurių neįrašė FieldKit: {names}.</translation>
    </message>
    <message>
        <source>The remote does not hold all of this laptop&apos;s changes any more (emptied or restored?); they are sent again.</source>
        <translation>Bendroje saugykloje nebėra visų šio kompiuterio pakeitimų (išvalyta ar atkurta?); jie siunčiami iš naujo.</translation>
    </message>
    <message>
        <source>This database was copied from another computer (or restored from a backup); it now syncs under a new replica id so that both copies&apos; changes are kept.</source>
        <translation>Ši duomenų bazė nukopijuota iš kito kompiuterio (arba atkurta iš atsarginės kopijos); dabar ji sinchronizuojama nauju kopijos ID, kad būtų išsaugoti abiejų kopijų pakeitimai.</translation>
    </message>
    <message>
        <source>The attached file {sha}… is damaged on this computer; not sent.</source>
        <translation>Pridėtas failas {sha}… šiame kompiuteryje sugadintas; neišsiųstas.</translation>
    </message>
    <message>
        <source>Ignored the folder {folder}: FieldKit did not write it.</source>
        <translation>Praleistas aplankas {folder}: jo neįrašė FieldKit.</translation>
    </message>
    <message>
        <source>{path} was written by a newer FieldKit ({detail}); update FieldKit to receive it. Nothing is lost meanwhile.</source>
        <translation>{path} įrašytas naujesnės FieldKit versijos ({detail}); atnaujinkite FieldKit, kad jį gautumėte. Kol kas niekas neprarandama.</translation>
    </message>
    <message>
        <source>{path} was set aside: {detail}. The rest was synced.</source>
        <translation>{path} atidėtas: {detail}. Visa kita susinchronizuota.</translation>
    </message>
    <message>
        <source>The attached file {path} on the remote is damaged; not taken.</source>
        <translation>Pridėtas failas {path} bendroje saugykloje sugadintas; nepaimtas.</translation>
    </message>
    <message>
        <source>Attached files not on the remote yet: {count}; they follow later.</source>
        <translation>Pridėtų failų dar nėra bendroje saugykloje: {count}; jie bus gauti vėliau.</translation>
    </message>
    <message>
        <source>The sync was cut short (FieldKit was closed or stopped).</source>
        <translation>Sinchronizavimas nutrūko (FieldKit buvo uždaryta arba sustabdyta).</translation>
    </message>
    <message>
        <source>The sync stopped on an unexpected error.</source>
        <translation>Sinchronizavimas sustojo dėl netikėtos klaidos.</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be used: {reason}.</source>
        <translation>Sinchronizavimo aplanko {path} naudoti negalima: {reason}.</translation>
    </message>
    <message>
        <source>The sync folder {path} cannot be reached: {reason}.</source>
        <translation>Sinchronizavimo aplanko {path} pasiekti nepavyksta: {reason}.</translation>
    </message>
    <message>
        <source>The sync folder {path} is not there (is the drive connected?).</source>
        <translation>Sinchronizavimo aplanko {path} nėra (ar diskas prijungtas?).</translation>
    </message>
    <message>
        <source>{path} is not in the sync folder.</source>
        <translation>{path} nėra sinchronizavimo aplanke.</translation>
    </message>
    <message>
        <source>{url} names no folder.</source>
        <translation>{url} nenurodo jokio aplanko.</translation>
    </message>
    <message>
        <source>Please give a folder or a WebDAV address to sync with.</source>
        <translation>Nurodykite aplanką arba WebDAV adresą, su kuriuo sinchronizuoti.</translation>
    </message>
    <message>
        <source>FieldKit cannot sync with {url}: give a folder, a file:// address or an https:// WebDAV address.</source>
        <translation>FieldKit negali sinchronizuoti su {url}: nurodykite aplanką, file:// adresą arba https:// WebDAV adresą.</translation>
    </message>
    <message>
        <source>{url} is not a valid WebDAV address.</source>
        <translation>{url} nėra tinkamas WebDAV adresas.</translation>
    </message>
    <message>
        <source>Please remove the user name and password from the address {url}: FieldKit keeps them in the system keyring.</source>
        <translation>Pašalinkite naudotojo vardą ir slaptažodį iš adreso {url}: FieldKit juos laiko sistemos slaptažodžių saugykloje.</translation>
    </message>
    <message>
        <source>{url} must start with https:// so that the password and the data travel encrypted.</source>
        <translation>{url} turi prasidėti https://, kad slaptažodis ir duomenys būtų siunčiami užšifruoti.</translation>
    </message>
    <message>
        <source>{path} is missing on the remote {url}.</source>
        <translation>Nutolusioje saugykloje {url} nėra {path}.</translation>
    </message>
    <message>
        <source>The server at {url} answered a folder listing FieldKit cannot read.</source>
        <translation>Serveris {url} atsiuntė aplanko turinį, kurio FieldKit negali perskaityti.</translation>
    </message>
    <message>
        <source>{path} on the remote {url} is not a folder.</source>
        <translation>{path} nutolusioje saugykloje {url} nėra aplankas.</translation>
    </message>
    <message>
        <source>The server at {url} lost a file while FieldKit was writing {path}.</source>
        <translation>Serveris {url} prarado failą, kol FieldKit rašė {path}.</translation>
    </message>
    <message>
        <source>The server at {url} does not let FieldKit make folders.</source>
        <translation>Serveris {url} neleidžia FieldKit kurti aplankų.</translation>
    </message>
    <message>
        <source>The certificate of {url} cannot be trusted: {reason}.</source>
        <translation>{url} sertifikatu pasitikėti negalima: {reason}.</translation>
    </message>
    <message>
        <source>{host} cannot be found: is this computer online?</source>
        <translation>{host} nerastas: ar šis kompiuteris prisijungęs prie interneto?</translation>
    </message>
    <message>
        <source>The server at {url} does not answer.</source>
        <translation>Serveris {url} neatsako.</translation>
    </message>
    <message>
        <source>The connection to {url} broke off or stalled; FieldKit will try again later.</source>
        <translation>Ryšys su {url} nutrūko arba užstrigo; FieldKit bandys vėliau.</translation>
    </message>
    <message>
        <source>The server at {url} is busy or failing (HTTP {status}); FieldKit will try again later.</source>
        <translation>Serveris {url} užimtas arba veikia netvarkingai (HTTP {status}); FieldKit bandys vėliau.</translation>
    </message>
    <message>
        <source>The server at {url} asks for a user name and password; save them on the Sync page.</source>
        <translation>Serveris {url} prašo naudotojo vardo ir slaptažodžio; įrašykite juos puslapyje „Sinchronizavimas“.</translation>
    </message>
    <message>
        <source>The server at {url} refused the user name or password; FieldKit will not try them again until they are changed.</source>
        <translation>Serveris {url} nepriėmė naudotojo vardo ar slaptažodžio; FieldKit jų nebebandys, kol jie nebus pakeisti.</translation>
    </message>
    <message>
        <source>The server at {url} does not allow access to {path}.</source>
        <translation>Serveris {url} neleidžia prieiti prie {path}.</translation>
    </message>
    <message>
        <source>The server at {url} refused a file of {size} bytes as too large.</source>
        <translation>Serveris {url} atmetė {size} baitų failą kaip per didelį.</translation>
    </message>
    <message>
        <source>The server at {url} has no storage space left.</source>
        <translation>Serveryje {url} nebeliko vietos.</translation>
    </message>
    <message>
        <source>The server at {url} answered {status} {reason} to {method} {path}.</source>
        <translation>Serveris {url} į {method} {path} atsakė {status} {reason}.</translation>
    </message>
    <message>
        <source>The server at {url} sends FieldKit to another address: {location}.</source>
        <translation>Serveris {url} nukreipia FieldKit kitu adresu: {location}.</translation>
    </message>
    <message>
        <source>Erasing a person cannot be undone; add --yes to confirm.</source>
        <translation>Asmens ištrynimo atšaukti negalima; patvirtinkite pridėdami --yes.</translation>
    </message>
    <message>
        <source>Give a period of at least one year, not {years}.</source>
        <translation>Nurodykite bent vienų metų laikotarpį, ne {years}.</translation>
    </message>
    <message>
        <source>No remote is set up for this database: give one with --remote (a folder or an https:// WebDAV address).</source>
        <translation>Šiai duomenų bazei nenustatyta jokia saugykla: nurodykite ją su --remote (aplanką arba https:// WebDAV adresą).</translation>
    </message>
    <message>
        <source>Minutes waiting to be published at the next syncs: {count}.</source>
        <translation>Protokolų, laukiančių paskelbimo kitų sinchronizavimų metu: {count}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportuoti</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), one sheet per table</source>
        <translation>Excel knyga (XLSX), po lapą kiekvienai lentelei</translation>
    </message>
    <message>
        <source>CSV files for Excel, one per table, into a folder</source>
        <translation>CSV failai Excel programai, po vieną kiekvienai lentelei, į aplanką</translation>
    </message>
    <message>
        <source>Contacts as vCards (phones, Outlook)</source>
        <translation>Kontaktai kaip vCard (telefonams, Outlook)</translation>
    </message>
    <message>
        <source>Open action items with a due date as a calendar (iCalendar)</source>
        <translation>Neatlikti veiksmai su terminu kaip kalendorius (iCalendar)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Veiksmai</translation>
    </message>
    <message>
        <source>As all-day events (for calendars that ignore tasks)</source>
        <translation>Kaip visos dienos įvykiai (kalendoriams, kurie nerodo užduočių)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formatas:</translation>
    </message>
    <message>
        <source>Column headings in:</source>
        <translation>Stulpelių antraštės:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Lentelės:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>Choose at least one table.</source>
        <translation>Pasirinkite bent vieną lentelę.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportuojama…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1.</source>
        <translation>
            <numerusform>%n eilutė įrašyta į %1.</numerusform>
            <numerusform>%n eilutės įrašytos į %1.</numerusform>
            <numerusform>%n eilučių įrašyta į %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Ideas for solving it</source>
        <translation>Sprendimo idėjos</translation>
    </message>
    <message>
        <source>Double-click an idea to change it</source>
        <translation>Norėdami pakeisti idėją, spustelėkite ją dukart</translation>
    </message>
    <message>
        <source>A new idea, then Enter</source>
        <translation>Nauja idėja (Enter – pridėti)</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Pridėti idėją</translation>
    </message>
    <message>
        <source>Remove idea</source>
        <translation>Pašalinti idėją</translation>
    </message>
    <message>
        <source>Proposed by {name}</source>
        <translation>Pasiūlė {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importuoti kontaktus</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importuoti organizacijas</translation>
    </message>
    <message>
        <source>Choose a CSV, Excel (XLSX) or vCard file with one row per person.</source>
        <translation>Pasirinkite CSV, Excel (XLSX) arba vCard failą, kuriame kiekvienas asmuo – atskiroje eilutėje.</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (XLSX) file with one row per organisation.</source>
        <translation>Pasirinkite CSV arba Excel (XLSX) failą, kuriame kiekviena organizacija – atskiroje eilutėje.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Pasirinkti &amp;failą…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Failo stulpelis</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pirmosios reikšmės</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Įrašoma į</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kodėl</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Peržiūrėti</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <source>Which column holds what:</source>
        <translation>Kuris stulpelis ką reiškia:</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Ką importas padarys:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Sutikimo data</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Kaip duotas sutikimas</translation>
    </message>
    <message>
        <source>Consent given for</source>
        <translation>Kam duotas sutikimas</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nauja</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>tas pats telefono numeris</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>tas pats vardas ir organizacija</translation>
    </message>
    <message>
        <source>already known, nothing new</source>
        <translation>jau žinoma, nieko naujo</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>be vardo</translation>
    </message>
    <message>
        <source>the same as row %1 (%2)</source>
        <translation>tas pats kaip %1 eilutėje (%2)</translation>
    </message>
    <message>
        <source>; changes: %1</source>
        <translation>; pakeitimai: %1</translation>
    </message>
    <message>
        <source>; unknown municipality &apos;%1&apos; left out</source>
        <translation>; nežinoma savivaldybė „%1“ praleista</translation>
    </message>
    <message>
        <source>; consent date &apos;%1&apos; not understood</source>
        <translation>; sutikimo data „%1“ neatpažinta</translation>
    </message>
    <message>
        <source>; unknown sector &apos;%1&apos; left out</source>
        <translation>; nežinomas sektorius „%1“ praleistas</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Sukurti</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Praleisti</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.vcf *.vcard);;All files (*)</source>
        <translation>Lentelės ir kontaktai (*.csv *.txt *.xlsx *.vcf *.vcard);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Skaitomas %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n eilutė</numerusform>
            <numerusform>%1: %n eilutės</numerusform>
            <numerusform>%1: %n eilučių</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(neimportuojama)</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n bus sukurta</numerusform>
            <numerusform>%n bus sukurtos</numerusform>
            <numerusform>%n bus sukurta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n bus atnaujinta</numerusform>
            <numerusform>%n bus atnaujintos</numerusform>
            <numerusform>%n bus atnaujinta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n bus praleista</numerusform>
            <numerusform>%n bus praleistos</numerusform>
            <numerusform>%n bus praleista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisations</source>
        <translation>
            <numerusform>%n nauja organizacija</numerusform>
            <numerusform>%n naujos organizacijos</numerusform>
            <numerusform>%n naujų organizacijų</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importuojama…</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importuota: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n sukurta</numerusform>
            <numerusform>%n sukurtos</numerusform>
            <numerusform>%n sukurta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atnaujinta</numerusform>
            <numerusform>%n atnaujintos</numerusform>
            <numerusform>%n atnaujinta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n praleista</numerusform>
            <numerusform>%n praleistos</numerusform>
            <numerusform>%n praleista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Digital skills</source>
        <translation>Skaitmeniniai įgūdžiai</translation>
    </message>
    <message>
        <source>Youth employment</source>
        <translation>Jaunimo užimtumas</translation>
    </message>
    <message>
        <source>Isolation of seniors</source>
        <translation>Senjorų vienišumas</translation>
    </message>
    <message>
        <source>Transport and mobility</source>
        <translation>Transportas ir susisiekimas</translation>
    </message>
    <message>
        <source>Public health</source>
        <translation>Visuomenės sveikata</translation>
    </message>
    <message>
        <source>Entrepreneurship</source>
        <translation>Verslumas</translation>
    </message>
    <message>
        <source>Access to education</source>
        <translation>Švietimo prieinamumas</translation>
    </message>
    <message>
        <source>Emigration</source>
        <translation>Emigracija</translation>
    </message>
    <message>
        <source>Community engagement</source>
        <translation>Bendruomenės aktyvumas</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Aplinkosauga</translation>
    </message>
    <message>
        <source>Cultural heritage</source>
        <translation>Kultūros paveldas</translation>
    </message>
    <message>
        <source>Social exclusion</source>
        <translation>Socialinė atskirtis</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>problem category</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Iškelta</translation>
    </message>
    <message>
        <source>Prioritised</source>
        <translation>Prioritetinė</translation>
    </message>
    <message>
        <source>Solution proposed</source>
        <translation>Pasiūlytas sprendimas</translation>
    </message>
    <message>
        <source>In a project</source>
        <translation>Įtraukta į projektą</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Išspręsta</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Atsisakyta</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Verslas</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NVO</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Švietimas</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Kultūra</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Socialinės paslaugos</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Žiniasklaida</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>sector</comment>
        <translation>Kita</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskusija</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Mokymai</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultacija</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Pirmininkas</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Sekretorius</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projektas</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Patvirtintas</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>iškelta</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>aptarta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FieldKit</source>
        <translation>FieldKit</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Atidaroma duomenų bazė…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Savivaldybės</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K)…</source>
        <translation>Ieškoti visur (Ctrl+K)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>Import &amp;contacts…</source>
        <translation>Importuoti &amp;kontaktus…</translation>
    </message>
    <message>
        <source>Import &amp;organisations…</source>
        <translation>Importuoti &amp;organizacijas…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuoti…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;inchronizavimas</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nustatymai</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <source>&amp;About FieldKit</source>
        <translation>&amp;Apie FieldKit</translation>
    </message>
    <message>
        <source>The language changes the next time FieldKit starts.</source>
        <translation>Kalba pasikeis kitą kartą paleidus FieldKit.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Agenda and notes</source>
        <translation>Darbotvarkė ir užrašai</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Dalyviai</translation>
    </message>
    <message>
        <source>Problems raised</source>
        <translation>Iškeltos problemos</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Sprendimai ir užduotys</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Priedai</translation>
    </message>
    <message>
        <source>Finalise minutes</source>
        <translation>Patvirtinti protokolą</translation>
    </message>
    <message>
        <source>Lock and number the minutes</source>
        <translation>Užrakinti protokolą ir suteikti jam numerį</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Grąžinti taisyti</translation>
    </message>
    <message>
        <source>Return the minutes to draft to correct them</source>
        <translation>Grąžinti protokolą į projekto būseną, kad jį būtų galima pataisyti</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Spausdinti protokolą</translation>
    </message>
    <message>
        <source>Preview the minutes, then print or save them</source>
        <translation>Peržiūrėti protokolą, tada jį atspausdinti arba išsaugoti</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Dalyvių sąrašas</translation>
    </message>
    <message>
        <source>A sheet to sign at the meeting, with the invitees filled in</source>
        <translation>Sąrašas pasirašyti susitikime, su įrašytais pakviestaisiais</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Ištrinti susitikimą</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Susitikimo pavadinimas</translation>
    </message>
    <message>
        <source>Room, address</source>
        <translation>Patalpa, adresas</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Savivaldybė:</translation>
    </message>
    <message>
        <source>Library:</source>
        <translation>Biblioteka:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Data ir laikas:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rūšis:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Vieta:</translation>
    </message>
    <message>
        <source>No library</source>
        <translation>Be bibliotekos</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · draft minutes</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; · protokolo projektas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · final minutes No. {number}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; · patvirtintas protokolas Nr. {number}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{kind}&lt;/b&gt; · minutes No. {number}, finalised {date}</source>
        <translation>&lt;b&gt;{kind}&lt;/b&gt; · protokolas Nr. {number}, patvirtintas {date}</translation>
    </message>
    <message>
        <source>Delete the meeting “{title}” and everything recorded in it?</source>
        <translation>Ištrinti susitikimą „{title}“ ir viską, kas jame užrašyta?</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokolas</translation>
    </message>
    <message>
        <source>{document}: {title}</source>
        <translation>{document}: {title}</translation>
    </message>
</context>
<context>
    <name>MeetingProblemsModel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Came up as</source>
        <translation>Susitikime</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Iškėlė</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Balsai</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Atsieti</translation>
    </message>
    <message>
        <source>It did not come up here (the problem itself stays)</source>
        <translation>Šiame susitikime ši problema nebuvo keliama (pati problema lieka)</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Protokolas</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>Nr. {number}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projektas</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Meetings where it was raised or discussed</source>
        <translation>Susitikimai, kuriuose problema iškelta ar aptarta</translation>
    </message>
    <message>
        <source>Double-click to open the meeting</source>
        <translation>Norėdami atverti susitikimą, spustelėkite dukart</translation>
    </message>
    <message>
        <source>Not linked to a meeting yet</source>
        <translation>Dar nesusieta su jokiu susitikimu</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>All municipalities</source>
        <translation>Visos savivaldybės</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Naujas susitikimas</translation>
    </message>
    <message>
        <source>Choose a meeting on the left, or plan a new one with “New meeting”.</source>
        <translation>Pasirinkite susitikimą kairėje arba suplanuokite naują mygtuku „Naujas susitikimas“.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n susitikimas</numerusform>
            <numerusform>%n susitikimai</numerusform>
            <numerusform>%n susitikimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Discussion meeting</source>
        <translation>Diskusinis susitikimas</translation>
    </message>
</context>
<context>
    <name>MergeButtons</name>
    <message>
        <source>Merge…</source>
        <translation>Sujungti…</translation>
    </message>
    <message>
        <source>Select two rows (Ctrl+click) to merge them</source>
        <translation>Pažymėkite dvi eilutes (Ctrl+spustelėjimas), kad jas sujungtumėte</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Rasti dublikatus…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two contacts</source>
        <translation>Sujungti du kontaktus</translation>
    </message>
    <message>
        <source>Merge two organisations</source>
        <translation>Sujungti dvi organizacijas</translation>
    </message>
    <message>
        <source>Keep the other one</source>
        <translation>Palikti kitą</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymos</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Sutikimo data</translation>
    </message>
    <message>
        <source>Consent: how</source>
        <translation>Sutikimas: kaip</translation>
    </message>
    <message>
        <source>Consent: for what</source>
        <translation>Sutikimas: kam</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Teisinis pagrindas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>{keep} is kept; {lose} is merged into it. Meetings, action items and problems of both stay with the kept record. Where the two differ, choose the value to keep; the other values stay in the record&apos;s history.</source>
        <translation>{keep} paliekamas; {lose} sujungiamas su juo. Abiejų susitikimai, veiksmai ir problemos lieka su paliktu įrašu. Kur jie skiriasi, pasirinkite, kurią reikšmę palikti; kitos reikšmės lieka įrašo istorijoje.</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Paliekamas</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Sujungiamas su juo</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
</context>
<context>
    <name>MunicipalitiesView</name>
    <message>
        <source>Municipalities</source>
        <translation>Savivaldybės</translation>
    </message>
    <message>
        <source>Problems by category, all municipalities ({count})</source>
        <translation>Problemos pagal kategorijas, visos savivaldybės ({count})</translation>
    </message>
    <message>
        <source>No problems recorded yet</source>
        <translation>Problemų dar neužregistruota</translation>
    </message>
</context>
<context>
    <name>MunicipalityDetailPanel</name>
    <message>
        <source>Visits done:</source>
        <translation>Įvykę vizitai:</translation>
    </message>
    <message>
        <source>Last visit:</source>
        <translation>Paskutinis vizitas:</translation>
    </message>
    <message>
        <source>Next planned visit:</source>
        <translation>Kitas planuojamas vizitas:</translation>
    </message>
    <message>
        <source>Last meeting:</source>
        <translation>Paskutinis susitikimas:</translation>
    </message>
    <message>
        <source>Open action items:</source>
        <translation>Neatliktos užduotys:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Show this municipality&apos;s meetings</source>
        <translation>Rodyti šios savivaldybės susitikimus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Show this municipality&apos;s problems</source>
        <translation>Rodyti šios savivaldybės problemas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ataskaita</translation>
    </message>
    <message>
        <source>Preview this municipality&apos;s report, then print or save it</source>
        <translation>Peržiūrėti šios savivaldybės ataskaitą, tada ją atspausdinti arba išsaugoti</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Neatliktos užduotys</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Double-click to open the meeting</source>
        <translation>Norėdami atverti susitikimą, spustelėkite dukart</translation>
    </message>
    <message>
        <source>Report: {municipality}</source>
        <translation>Ataskaita: {municipality}</translation>
    </message>
    <message>
        <source>Choose a municipality.</source>
        <translation>Pasirinkite savivaldybę.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>dar nebuvo</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>nesuplanuotas</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n pradelsta</numerusform>
            <numerusform>%n pradelstos</numerusform>
            <numerusform>%n pradelstų</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems by category ({count})</source>
        <translation>Problemos pagal kategorijas ({count})</translation>
    </message>
    <message>
        <source>No problems recorded yet</source>
        <translation>Problemų dar neužregistruota</translation>
    </message>
    <message>
        <source>Partners by sector ({count})</source>
        <translation>Partneriai pagal sektorius ({count})</translation>
    </message>
    <message>
        <source>No partner organisations recorded yet</source>
        <translation>Organizacijų partnerių dar neužregistruota</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Pradelsta</translation>
    </message>
</context>
<context>
    <name>MunicipalityTableModel</name>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Apskritis</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Įvykę vizitai</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Paskutinis vizitas</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Neatliktos užduotys</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partneriai</translation>
    </message>
    <message>
        <source>Next visit planned for {date}</source>
        <translation>Kitas vizitas suplanuotas {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n pradelsta</numerusform>
            <numerusform>%n pradelstos</numerusform>
            <numerusform>%n pradelstų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewProblemDialog</name>
    <message>
        <source>New problem</source>
        <translation>Nauja problema</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Sukurti</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Savivaldybė:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Choose an organisation in the list, or add a new organisation.</source>
        <translation>Pasirinkite organizaciją sąraše arba pridėkite naują organizaciją.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Pavadinimas:</translation>
    </message>
    <message>
        <source>Sector:</source>
        <translation>Sektorius:</translation>
    </message>
    <message>
        <source>Municipality:</source>
        <translation>Savivaldybė:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresas:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Svetainė:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Pastabos:</translation>
    </message>
    <message numerus="yes">
        <source>People (%n)</source>
        <translation>
            <numerusform>Asmenys (%n)</numerusform>
            <numerusform>Asmenys (%n)</numerusform>
            <numerusform>Asmenys (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenurodyta)</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <source>All sectors</source>
        <translation>Visi sektoriai</translation>
    </message>
    <message>
        <source>Filter by name, address, website, notes…</source>
        <translation>Filtruoti pagal pavadinimą, adresą, svetainę, pastabas…</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nauja organizacija</translation>
    </message>
    <message>
        <source>Delete organisation…</source>
        <translation>Ištrinti organizaciją…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Asmenys</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organizacija</numerusform>
            <numerusform>%Ln organizacijos</numerusform>
            <numerusform>%Ln organizacijų</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this organisation?</source>
        <translation>Ar tikrai norite ištrinti šią organizaciją?</translation>
    </message>
    <message numerus="yes">
        <source>Delete {name}? Its %n person(s) stay in Contacts, without an organisation.</source>
        <translation>
            <numerusform>Ar tikrai norite, kad organizacija {name} būtų ištrinta? Jai priskirtas %n asmuo liks kontaktuose, tik be organizacijos.</numerusform>
            <numerusform>Ar tikrai norite, kad organizacija {name} būtų ištrinta? Jai priskirti %n asmenys liks kontaktuose, tik be organizacijos.</numerusform>
            <numerusform>Ar tikrai norite, kad organizacija {name} būtų ištrinta? Jai priskirtų %n asmenų liks kontaktuose, tik be organizacijos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete this organisation? Its %n person(s) stay in Contacts, without an organisation.</source>
        <translation>
            <numerusform>Ar tikrai norite ištrinti šią organizaciją? Jai priskirtas %n asmuo liks kontaktuose, tik be organizacijos.</numerusform>
            <numerusform>Ar tikrai norite ištrinti šią organizaciją? Jai priskirti %n asmenys liks kontaktuose, tik be organizacijos.</numerusform>
            <numerusform>Ar tikrai norite ištrinti šią organizaciją? Jai priskirtų %n asmenų liks kontaktuose, tik be organizacijos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Ar tikrai norite, kad organizacija {name} būtų ištrinta?</translation>
    </message>
</context>
<context>
    <name>OutcomesEditor</name>
    <message>
        <source>New decision…</source>
        <translation>Naujas sprendimas…</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Pridėti sprendimą</translation>
    </message>
    <message>
        <source>New action item: what is to be done…</source>
        <translation>Nauja užduotis: ką reikia padaryti…</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Pridėti užduotį</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Sprendimai</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Užduotys</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Tolesni žingsniai</translation>
    </message>
    <message>
        <source>What happens after this meeting…</source>
        <translation>Kas bus daroma po šio susitikimo…</translation>
    </message>
    <message>
        <source>Next meeting:</source>
        <translation>Kitas susitikimas:</translation>
    </message>
    <message>
        <source>Tick when the date of the next meeting is set</source>
        <translation>Pažymėkite, kai kito susitikimo data nustatyta</translation>
    </message>
    <message>
        <source>No agenda item</source>
        <translation>Be darbotvarkės klausimo</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n neatlikta</numerusform>
            <numerusform>%n neatliktos</numerusform>
            <numerusform>%n neatliktų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Vardas, pavardė</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Dalyvavo</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Atsiprašė</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Pašalinti</translation>
    </message>
    <message>
        <source>Take {name} off the list</source>
        <translation>Išbraukti iš sąrašo: {name}</translation>
    </message>
</context>
<context>
    <name>PartnersPanel</name>
    <message>
        <source>Possible partner organisations</source>
        <translation>Galimos organizacijos partnerės</translation>
    </message>
    <message>
        <source>Type an organisation&apos;s name…</source>
        <translation>Įveskite organizacijos pavadinimą…</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Pridėti partnerį</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Pašalinti partnerį</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>The language of the document</source>
        <translation>Dokumento kalba</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kalba:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Išsaugoti kaip…</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Išsaugoti dokumentą PDF faile</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Rengiamas dokumentas…</translation>
    </message>
    <message>
        <source>The document could not be made.</source>
        <translation>Dokumento parengti nepavyko.</translation>
    </message>
    <message>
        <source>The document could not be shown.</source>
        <translation>Dokumento parodyti nepavyko.</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>{number} puslapis</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n puslapis</numerusform>
            <numerusform>%n puslapiai</numerusform>
            <numerusform>%n puslapių</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Išsaugoti dokumentą</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Išsaugoma…</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Išsaugota: {path}</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Spausdinti dokumentą</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Spausdintuvo paleisti nepavyko.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Spausdinama…</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Išsiųsta spausdintuvui.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>Consent (Art. 6(1)(a))</source>
        <translation>Sutikimas (6 str. 1 d. a p.)</translation>
    </message>
    <message>
        <source>Contract (Art. 6(1)(b))</source>
        <translation>Sutartis (6 str. 1 d. b p.)</translation>
    </message>
    <message>
        <source>Legal obligation (Art. 6(1)(c))</source>
        <translation>Teisinė prievolė (6 str. 1 d. c p.)</translation>
    </message>
    <message>
        <source>Vital interests (Art. 6(1)(d))</source>
        <translation>Gyvybiniai interesai (6 str. 1 d. d p.)</translation>
    </message>
    <message>
        <source>Public task (Art. 6(1)(e))</source>
        <translation>Viešoji užduotis (6 str. 1 d. e p.)</translation>
    </message>
    <message>
        <source>Legitimate interests (Art. 6(1)(f))</source>
        <translation>Teisėti interesai (6 str. 1 d. f p.)</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(neužfiksuota)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF dokumentas (*.pdf)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON failas (*.json)</translation>
    </message>
    <message>
        <source>Export everything about this person</source>
        <translation>Eksportuoti viską apie šį asmenį</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Ištrinti visam laikui</translation>
    </message>
    <message>
        <source>Erase {name} for good? Their name, contact details, notes and consent are cleared and cannot be brought back; the meetings they attended show an erased person in their place. This cannot be undone, and colleagues&apos; laptops erase the person too at the next sync.</source>
        <translation>Ištrinti asmenį {name} visam laikui? Vardas, kontaktiniai duomenys, pastabos ir sutikimas išvalomi ir negali būti atkurti; susitikimuose, kuriuose asmuo dalyvavo, vietoj jo rodomas ištrintas asmuo. Šio veiksmo atšaukti negalima, o kolegų kompiuteriai asmenį ištrins per kitą sinchronizavimą.</translation>
    </message>
    <message>
        <source>Erase this person for good? Their contact details, notes and consent are cleared and cannot be brought back; the meetings they attended show an erased person in their place. This cannot be undone, and colleagues&apos; laptops erase the person too at the next sync.</source>
        <translation>Ištrinti šį asmenį visam laikui? Kontaktiniai duomenys, pastabos ir sutikimas išvalomi ir negali būti atkurti; susitikimuose, kuriuose asmuo dalyvavo, vietoj jo rodomas ištrintas asmuo. Šio veiksmo atšaukti negalima, o kolegų kompiuteriai asmenį ištrins per kitą sinchronizavimą.</translation>
    </message>
    <message>
        <source>Erase %n person(s) for good? Their names, contact details, notes and consent are cleared and cannot be brought back. This cannot be undone, and colleagues&apos; laptops erase them too at the next sync.</source>
        <translation>Ištrinti pažymėtus asmenis (%n) visam laikui? Vardai, kontaktiniai duomenys, pastabos ir sutikimai išvalomi ir negali būti atkurti. Šio veiksmo atšaukti negalima, o kolegų kompiuteriai juos ištrins per kitą sinchronizavimą.</translation>
    </message>
    <message>
        <source>erased person</source>
        <translation>ištrintas asmuo</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>A problem needs a title; the last one is kept.</source>
        <translation>Problema turi turėti pavadinimą; paliktas ankstesnis.</translation>
    </message>
    <message>
        <source>How many participants voted for this problem</source>
        <translation>Kiek dalyvių balsavo už šią problemą</translation>
    </message>
    <message>
        <source>e.g. seniors, young families</source>
        <translation>pvz., senjorai, jaunos šeimos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Bū&amp;sena:</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Balsai:</translation>
    </message>
    <message>
        <source>&amp;Affected groups:</source>
        <translation>&amp;Tikslinės grupės:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Aprašymas:</translation>
    </message>
    <message>
        <source>Choose a problem, or make a new one.</source>
        <translation>Pasirinkite problemą arba sukurkite naują.</translation>
    </message>
    <message>
        <source>recorded {date}</source>
        <translation>užregistruota {date}</translation>
    </message>
</context>
<context>
    <name>ProblemTableModel</name>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Savivaldybė</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Balsai</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>All municipalities</source>
        <translation>Visos savivaldybės</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Visos kategorijos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Visos būsenos</translation>
    </message>
    <message>
        <source>New problem…</source>
        <translation>Nauja problema…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ištrinti…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problema</numerusform>
            <numerusform>%Ln problemos</numerusform>
            <numerusform>%Ln problemų</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete problem</source>
        <translation>Ištrinti problemą</translation>
    </message>
    <message>
        <source>Delete the problem “{title}” with its ideas and partners?</source>
        <translation>Ištrinti problemą „{title}“ kartu su jos idėjomis ir partneriais?</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Įrašyti visus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atverti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e visiems</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atsisakyti</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Žinynas</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atstatyti</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <source>Add a person to the meeting</source>
        <translation>Įtraukti asmenį į susitikimą</translation>
    </message>
    <message>
        <source>Pick one or type a new name</source>
        <translation>Pasirinkite iš sąrašo arba įveskite naują pavadinimą</translation>
    </message>
    <message>
        <source>e.g. director, teacher, volunteer</source>
        <translation>pvz., direktorius, mokytoja, savanoris</translation>
    </message>
    <message>
        <source>Came to the meeting</source>
        <translation>Dalyvavo susitikime</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vardas:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Pavardė:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Pa&amp;reigos:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefonas:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;El. paštas:</translation>
    </message>
    <message>
        <source>This may be someone already known:</source>
        <translation>Galbūt šis asmuo jau yra kontaktuose:</translation>
    </message>
    <message>
        <source>&amp;Invite this person instead</source>
        <translation>Geriau pa&amp;kviesti šį asmenį</translation>
    </message>
    <message>
        <source>&amp;Save and invite</source>
        <translation>&amp;Išsaugoti ir pakviesti</translation>
    </message>
    <message>
        <source>A known organisation.</source>
        <translation>Organizacija jau yra sąraše.</translation>
    </message>
    <message>
        <source>A new organisation will be created.</source>
        <translation>Bus sukurta nauja organizacija.</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas ir pavardė</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>tas pats el. pašto adresas</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>tas pats telefono numeris</translation>
    </message>
    <message>
        <source>&amp;Create a new person anyway</source>
        <translation>Vis tiek &amp;sukurti naują asmenį</translation>
    </message>
</context>
<context>
    <name>RaisedProblemsPanel</name>
    <message>
        <source>No problems recorded for this meeting yet.</source>
        <translation>Šiame susitikime problemų dar neužregistruota.</translation>
    </message>
    <message>
        <source>A problem already known here came up</source>
        <translation>Iškilo jau žinoma šios savivaldybės problema</translation>
    </message>
    <message>
        <source>&amp;Link to this meeting</source>
        <translation>&amp;Susieti su šiuo susitikimu</translation>
    </message>
    <message>
        <source>A new problem</source>
        <translation>Nauja problema</translation>
    </message>
    <message>
        <source>What is the problem? (Enter adds it)</source>
        <translation>Kokia problema? (Enter – pridėti)</translation>
    </message>
    <message>
        <source>e.g. young people, seniors in villages</source>
        <translation>pvz., jaunimas, kaimų senjorai</translation>
    </message>
    <message>
        <source>What was said about it</source>
        <translation>Kas apie ją buvo kalbama</translation>
    </message>
    <message>
        <source>&amp;Add problem</source>
        <translation>Pri&amp;dėti problemą</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pavadinimas:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorija:</translation>
    </message>
    <message>
        <source>&amp;Votes:</source>
        <translation>&amp;Balsai:</translation>
    </message>
    <message>
        <source>Affected &amp;groups:</source>
        <translation>&amp;Tikslinės grupės:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Iškėlė:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Aprašymas:</translation>
    </message>
    <message numerus="yes">
        <source>{title} — {category}, %n vote(s)</source>
        <translation>
            <numerusform>{title} — {category}, %n balsas</numerusform>
            <numerusform>{title} — {category}, %n balsai</numerusform>
            <numerusform>{title} — {category}, %n balsų</numerusform>
        </translation>
    </message>
    <message>
        <source>No other problems are known in this municipality</source>
        <translation>Kitų šios savivaldybės problemų neužregistruota</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nenurodyta)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>People with no activity</source>
        <translation>Asmenys be veiklos</translation>
    </message>
    <message numerus="yes">
        <source>for %n year(s)</source>
        <translation>
            <numerusform>%n metus</numerusform>
            <numerusform>%n metus</numerusform>
            <numerusform>%n metų</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data is kept no longer than it is needed. These people attended no meeting and their record was not changed in the chosen period: check whether they are still needed, and erase those who are not.</source>
        <translation>Asmens duomenys saugomi ne ilgiau, nei reikia. Šie asmenys per pasirinktą laikotarpį nedalyvavo jokiame susitikime ir jų įrašas nebuvo keistas: patikrinkite, ar jų dar reikia, ir ištrinkite nebereikalingus.</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>Ištrinti pažymėtus…</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Be veiklos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Paskutinė veikla</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n asmuo</numerusform>
            <numerusform>%n asmenys</numerusform>
            <numerusform>%n asmenų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Meetings</source>
        <translation>Susitikimai</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktai</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizacijos</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nieko nerasta</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>FieldKit can sync with {url}, but this computer&apos;s clock is {minutes} minutes off the server&apos;s: please set the clock right.</source>
        <translation>FieldKit gali sinchronizuoti su {url}, bet šio kompiuterio laikrodis nuo serverio skiriasi {minutes} min.: nustatykite laikrodį teisingai.</translation>
    </message>
    <message>
        <source>FieldKit can sync with {url}.</source>
        <translation>FieldKit gali sinchronizuoti su {url}.</translation>
    </message>
</context>
<context>
    <name>SyncModels</name>
    <message>
        <source>Meeting</source>
        <translation>Susitikimas</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Darbotvarkės klausimas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Dalyvis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Sprendimas</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Užduotis</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problem at a meeting</source>
        <translation>Problema susitikime</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idėja</translation>
    </message>
    <message>
        <source>Possible partner</source>
        <translation>Galimas partneris</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Priedas</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteka</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Asmuo</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Vizitas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Pastabos</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekstas</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Pradžia</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Pabaiga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rūšis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Tolesni žingsniai</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Kitas susitikimas</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Pavardė</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Žymės</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Aprašymas</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Affected groups</source>
        <translation>Paveiktos grupės</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Balsai</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dalyvavo</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Atsiprašė</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Atlikta</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Atsakingas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Svetainė</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektorius</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Eilė</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ištrinta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Taip</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <source>Done, with warnings</source>
        <translation>Atlikta, su įspėjimais</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Vyksta</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Nutraukta</translation>
    </message>
    <message>
        <source>Damaged or incomplete</source>
        <translation>Sugadintas arba nepilnas</translation>
    </message>
    <message>
        <source>Does not match its header</source>
        <translation>Neatitinka savo antraštės</translation>
    </message>
    <message>
        <source>Needs a newer FieldKit</source>
        <translation>Reikia naujesnės FieldKit versijos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Saugykla</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultatas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Išsiųsta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Gauta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Įrašas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Išsaugota reikšmė</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Dabartinė reikšmė</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Iš</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>šis kompiuteris</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Pastebėta</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paketas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Išsamiau</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync failed unexpectedly.</source>
        <translation>Sinchronizavimas netikėtai nepavyko.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinchronizuojama…</translation>
    </message>
    <message>
        <source>Choose a shared folder or a WebDAV address on the Sync page.</source>
        <translation>Puslapyje „Sinchronizavimas“ pasirinkite bendrą aplanką arba WebDAV adresą.</translation>
    </message>
    <message numerus="yes">
        <source>Sync not set up · %n change(s) waiting</source>
        <translation>
            <numerusform>Sinchronizavimas nenustatytas · laukia %n pakeitimas</numerusform>
            <numerusform>Sinchronizavimas nenustatytas · laukia %n pakeitimai</numerusform>
            <numerusform>Sinchronizavimas nenustatytas · laukia %n pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync not set up</source>
        <translation>Sinchronizavimas nenustatytas</translation>
    </message>
    <message>
        <source>Automatic sync waits until the settings change or you sync.</source>
        <translation>Automatinis sinchronizavimas laukia, kol pakeisite nustatymus arba sinchronizuosite patys.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n minute(s).</source>
        <translation>
            <numerusform>%1 Bandysime dar kartą po %n minutės.</numerusform>
            <numerusform>%1 Bandysime dar kartą po %n minučių.</numerusform>
            <numerusform>%1 Bandysime dar kartą po %n minučių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Neprisijungta · laukia %n pakeitimas</numerusform>
            <numerusform>Neprisijungta · laukia %n pakeitimai</numerusform>
            <numerusform>Neprisijungta · laukia %n pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Sinchronizuota %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>Laukia %n pakeitimas</numerusform>
            <numerusform>Laukia %n pakeitimai</numerusform>
            <numerusform>Laukia %n pakeitimų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Changes waiting:</source>
        <translation>Laukiantys pakeitimai:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Paskutinis sinchronizavimas:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Duomenų bazės failas:</translation>
    </message>
    <message>
        <source>Replica id:</source>
        <translation>Kopijos ID:</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinchronizavimas</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Dabar:</translation>
    </message>
    <message>
        <source>Shared storage</source>
        <translation>Bendra saugykla</translation>
    </message>
    <message>
        <source>A folder, or https://cloud.example.lt/remote.php/dav/files/USER/FieldKit/</source>
        <translation>Aplankas arba https://cloud.example.lt/remote.php/dav/files/NAUDOTOJAS/FieldKit/</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pasirinkti aplanką…</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>laikomas sistemos slaptažodžių saugykloje</translation>
    </message>
    <message>
        <source>A shared folder (a USB stick, a network share or a cloud-drive folder), or a WebDAV address. For Nextcloud, use an app password.</source>
        <translation>Bendras aplankas (USB atmintukas, tinklo aplankas ar debesies disko aplankas) arba WebDAV adresas. Nextcloud atveju naudokite programėlės slaptažodį.</translation>
    </message>
    <message>
        <source>Folder or address:</source>
        <translation>Aplankas arba adresas:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Naudotojo vardas:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Slaptažodis:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tikrinti ryšį</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinchronizuoti dabar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istorija</translation>
    </message>
    <message>
        <source>Show restored and dismissed</source>
        <translation>Rodyti atkurtus ir atmestus</translation>
    </message>
    <message>
        <source>Restore the kept value</source>
        <translation>Atkurti išsaugotą reikšmę</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <source>When the same field was changed on two computers, the later change won; the other value is kept here.</source>
        <translation>Kai tas pats laukas buvo pakeistas dviejuose kompiuteriuose, laimėjo vėlesnis pakeitimas; kita reikšmė išsaugota čia.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded here and not yet sent</source>
        <translation>
            <numerusform>%n pakeitimas užfiksuotas šiame kompiuteryje ir dar neišsiųstas</numerusform>
            <numerusform>%n pakeitimai užfiksuoti šiame kompiuteryje ir dar neišsiųsti</numerusform>
            <numerusform>%n pakeitimų užfiksuota šiame kompiuteryje ir dar neišsiųsta</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Konfliktai (%n)</numerusform>
            <numerusform>Konfliktai (%n)</numerusform>
            <numerusform>Konfliktai (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (%n)</source>
        <translation>
            <numerusform>Atidėti (%n)</numerusform>
            <numerusform>Atidėti (%n)</numerusform>
            <numerusform>Atidėti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared folder to sync with</source>
        <translation>Bendras aplankas sinchronizavimui</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Įrašyta.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>The record was deleted or erased; its values cannot come back.</source>
        <translation>Įrašas pašalintas arba ištrintas; jo reikšmių atkurti negalima.</translation>
    </message>
</context>
</TS>
