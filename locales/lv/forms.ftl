# Tiešsaistes veidlapas: soļi, pārbaude, nosūtīšana, pielikumi, kļūdas un piecu veidlapu teksti.
# Lauki, izvēles un nosacījumi ir aprakstīti validation/src/forms.rs.

# Veidlapas dzinējs

form-optional = (nav obligāti)
form-step-of = { $step }. solis no { $total }
form-continue = Turpināt
form-back = Atpakaļ
form-chars-left = { $count ->
    [0] Jums vairs nav atlikušu rakstzīmju
    [zero] Jums vēl atlikušas { $count } rakstzīmju
    [one] Jums vēl atlikusi { $count } rakstzīme
   *[other] Jums vēl atlikušas { $count } rakstzīmes
}
form-chars-over = { $count ->
    [one] Jums ir par { $count } rakstzīmi par daudz
   *[other] Jums ir par { $count } rakstzīmēm par daudz
}

# Datu aizsardzība un melnraksts

form-draft-notice = Jūsu ievadītais tiek saglabāts tikai šajā ierīcē, šajā pārlūkprogrammā, lai jūs to nezaudētu, ja lapa tiek pārlādēta vai nosūtīšana neizdodas. Tas tiek dzēsts, kad nosūtāt veidlapu vai dzēšat melnrakstu. Ja ierīci lieto arī citi, dzēsiet melnrakstu, kad tas vairs nav vajadzīgs.
form-draft-notice-widget = Jūsu ievadītais tiek saglabāts tikai šajā ierīcē, šajā pārlūkprogrammā, tīmekļvietnē, kurā ir šī veidlapa, lai jūs to nezaudētu, ja lapa tiek pārlādēta vai nosūtīšana neizdodas. Tas tiek dzēsts, kad nosūtāt veidlapu vai dzēšat melnrakstu. Ja ierīci lieto arī citi, dzēsiet melnrakstu, kad tas vairs nav vajadzīgs.
form-draft-delete = Dzēst manu melnrakstu
form-draft-deleted = Melnraksts ir dzēsts. Veidlapa atkal ir tukša.

# Atbilžu pārbaude un nosūtīšana

form-check-change = Mainīt
form-check-change-hidden = atbildi uz jautājumu: { $label }
form-check-empty = Nav norādīts
form-send = Nosūtīt
form-sending = Sūta…

form-sent-reference = Jūsu atsauces numurs
form-sent-date = Saņemts
form-sent-signed = Tam bija pievienots parakstīts dokuments (.edoc vai .asice datne).
form-sent-unsigned = Tam nebija pievienots parakstīts dokuments. Mēs varam lūgt jūs to apstiprināt ar savu parakstu.
form-sent-print = Drukāt šo lapu
form-sent-copy-heading = Jūsu iesniegtā kopija
form-sent-copy-note = Šī kopija ir tikai šajā lapā. Tā netiek saglabāta jūsu pārlūkprogrammā: ja aiziesiet no lapas vai to pārlādēsiet, kopijas vairs nebūs. Lai to paturētu, izdrukājiet to vai saglabājiet kā PDF ar pogu “Drukāt šo lapu”.
form-sent-copy-gone = Jūsu atbilžu kopiju rādām tikai uzreiz pēc iesniegšanas. Tā netiek saglabāta jūsu pārlūkprogrammā.
form-sent-no-reference = Šeit nav atsauces numura, ko parādīt. Mēs to parādām šajā lapā uzreiz pēc veidlapas nosūtīšanas un arī tad, ja lapu pārlādējat, līdz aizverat cilni.

# Ja nosūtīt neizdodas

form-send-failed-heading = Mēs nevarējām nosūtīt jūsu pieteikumu
form-send-failed = Mūsu sistēma šobrīd neatbild. Jūsu atbildes ir saglabātas šajā ierīcē. Varat mēģināt vēlreiz vēlāk vai jau tagad nosūtīt to pašu citā veidā: pa e-pastu vai pa pastu. Ja mēģināsiet vēlreiz, mēs to nesaņemsim divreiz.
form-send-too-many = No jūsu savienojuma pēdējā minūtē ir saņemts pārāk daudz pieteikumu, tāpēc brīdi vairs nepieņemam jaunus. Jūsu atbildes ir saglabātas šajā ierīcē. Pagaidiet minūti un mēģiniet vēlreiz vai jau tagad nosūtiet to pašu citā veidā: pa e-pastu vai pa pastu. Ja mēģināsiet vēlreiz, mēs to nesaņemsim divreiz.
form-send-offline = Jūsu ierīce nav savienota ar internetu, tāpēc pieteikums līdz mums nenonāca. Jūsu atbildes ir saglabātas šajā ierīcē. Pārbaudiet savienojumu un mēģiniet vēlreiz vai nosūtiet to pašu citā veidā: pa e-pastu vai pa pastu. Ja mēģināsiet vēlreiz, mēs to nesaņemsim divreiz.
form-send-refused = Mūsu sistēma nepieņēma šo veidlapu kopumā, tāpēc tā nav nosūtīta. To nevar labot, mainot atbildes. Jūsu atbildes ir saglabātas šajā ierīcē. Nosūtiet to pašu citā veidā: pa e-pastu vai pa pastu.
form-send-retry = Mēģināt vēlreiz
form-other-ways-heading = Nosūtiet to citā veidā
form-copy = Kopēt tekstu
form-copied = Teksts nokopēts
form-download = Lejupielādēt kā teksta datni
form-email = Atvērt e-pastu uz { $email }
form-email-note = Sūdzībai vai apstrīdēšanas iesniegumam, ko sūtāt pa e-pastu, jābūt parakstītam ar drošu elektronisko parakstu. Ja jums tāda nav, izdrukājiet to, parakstiet ar roku un nosūtiet pa pastu vai ievietojiet mūsu pastkastē.
form-print = Drukāt, lai nosūtītu pa pastu
form-post-address = Pasta adrese: { $address }
form-submission-text-label = Jūsu pieteikums teksta veidā
form-field-errors-sent = Inspekcijas sistēma nepieņēma dažas atbildes. Izlabojiet tās zemāk.

# Kad nākamā lapa netiek atvērta

move-failed-heading = Lapa netika atvērta
move-failed-offline = Jūsu ierīce nav savienota ar internetu. Jūsu atbildes ir saglabātas šajā ierīcē. Mēs atvērsim lapu, tiklīdz savienojums būs atjaunots, vai arī varat mēģināt vēlreiz.
move-failed = Mūsu tīmekļvietne neatbildēja. Jūsu atbildes ir saglabātas šajā ierīcē. Mēs mēģināsim vēlreiz pēc dažām sekundēm, vai arī varat mēģināt vēlreiz tūlīt.
move-failed-sent-heading = Jūsu iesniegums ir nosūtīts
move-failed-sent = Jūsu atsauces numurs ir { $reference }. Saglabājiet to. Apstiprinājuma lapa netika atvērta, jo pārtrūka savienojums. Mēs to atvērsim, tiklīdz savienojums būs atjaunots. Nekas nav jānosūta vēlreiz.
move-retry = Mēģināt vēlreiz

# Pielikumi

form-files-choose = Izvēlēties datni
form-files-uploading = Augšupielādē { $name }: { $percent }%
form-files-waiting = Gaidām, kamēr jūsu faili tiks augšupielādēti. Turpināsiet, tiklīdz tie būs pievienoti.
form-files-uploaded = { $name } pievienota
form-files-remove = Noņemt { $name }
form-files-removed = { $name } noņemta
form-files-list-heading = Pievienotās datnes
form-files-none = Nav pievienotu datņu
form-files-failed = Datni { $name } neizdevās augšupielādēt. Mēģiniet vēlreiz vai nosūtiet to citā veidā.
form-files-too-many-requests = Datni { $name } neizdevās augšupielādēt: no jūsu savienojuma pēdējā minūtē saņemts pārāk daudz datņu. Pagaidiet minūti un mēģiniet vēlreiz.
form-files-offline = Datne { $name } netika augšupielādēta: jūsu ierīce nav savienota ar internetu. Pārbaudiet savienojumu un izvēlieties datni vēlreiz.

# Kļūdas, kas der jebkuram laukam

error-required = Atbildiet uz šo jautājumu
error-too-short = Atbilde ir par īsu. Uzrakstiet mazliet vairāk.
error-too-long = { $max ->
    [one] Saīsiniet tekstu: tam jābūt ne garākam par { $max } rakstzīmi
   *[other] Saīsiniet tekstu: tam jābūt ne garākam par { $max } rakstzīmēm
}
error-name-invalid = Vārdā var būt tikai burti, atstarpes, defises, apostrofi un punkti, un tam jāsākas ar burtu
error-email-invalid = Ievadiet e-pasta adresi pareizā formātā, piemēram, vards@piemers.lv
error-phone-invalid = Ievadiet Latvijas tālruņa numuru ar 8 cipariem, piemēram, 29123456, vai ārvalsts numuru ar + un valsts kodu, piemēram, +49 30 1234567
error-postcode-invalid = Ievadiet pasta indeksu pareizā formātā: Latvijā, piemēram, LV-1050, citur ar burtiem un cipariem, kā to raksta attiecīgajā valstī (ne vairāk kā 12)
error-personal-code-invalid = Ievadiet personas kodu tā, kā tas rakstīts jūsu personu apliecinošā dokumentā: 11 cipari, piemēram, 010190-12345
error-date-invalid = Ievadiet pareizu datumu: izvēlieties to kalendārā vai ierakstiet kā gadu, mēnesi un dienu, piemēram, 2026-11-25
error-date-in-future = Datums nevar būt nākotnē. Ievadiet šodienas vai agrāku datumu.
error-choice-invalid = Izvēlieties no piedāvātajām atbildēm
error-unexpected = Ar šo atbildi kaut kas nav kārtībā. Lūdzu, atbildiet vēlreiz.
error-file-type = Datne nav atļautā formātā. Pievienojiet PDF, JPG, PNG, DOCX, EDOC vai ASICE datni.
error-file-too-large = Datne ir par lielu. Pievienojiet datni, kas nav lielāka par { $max } MB.
error-file-empty = Datne ir tukša. Izvēlieties datni, kurā ir saturs.
error-signed-container-invalid = Datne nav pareizi veidots parakstīts konteiners. Parakstiet dokumentu vēlreiz ar eParakstu un pievienojiet .edoc vai .asice datni, ko tas izveido.
error-too-many-files = { $max ->
    [zero] Var pievienot ne vairāk kā { $max } datņu. Noņemiet liekās datnes.
    [one] Var pievienot ne vairāk kā { $max } datni. Noņemiet liekās datnes.
   *[other] Var pievienot ne vairāk kā { $max } datnes. Noņemiet liekās datnes.
}

# Lauki, kas ir vairākās veidlapās

field-full-name-label = Vārds, uzvārds
field-full-name-error-required = Ievadiet savu vārdu un uzvārdu
field-email-label = E-pasta adrese
field-email-hint = Uz šo adresi sūtīsim atbildi.
field-email-error-required = Ievadiet savu e-pasta adresi
field-phone-label = Tālruņa numurs
field-phone-hint = Piemēram, 29123456. Ārvalsts numuru sāciet ar + un valsts kodu, piemēram, +49 30 1234567.
field-phone-error-required = Ievadiet savu tālruņa numuru
field-personal-code-label = Personas kods
field-personal-code-hint = Norādiet to tikai tad, ja vēlaties, lai mēs jūs varētu droši identificēt valsts reģistros. Tajā ir 11 cipari, piemēram, 010190-12345.
field-personal-code-error-required = Ievadiet savu personas kodu
field-country-label = Valsts
field-country-hint = Jūsu pasta adreses valsts.
field-country-error-required = Izvēlieties savas adreses valsti
country-other = Cita valsts vai teritorija
field-country-other-label = Valsts vai teritorijas nosaukums
field-country-other-error-required = Ievadiet valsts vai teritorijas nosaukumu
field-address-label = Adreses 1. rinda
field-address-hint = Iela, mājas un dzīvokļa numurs vai mājas nosaukums un pagasts, piemēram, Brīvības iela 1-2.
field-address-error-required = Ievadiet adreses pirmo rindu
field-address-2-label = Adreses 2. rinda
field-city-label = Pilsēta vai novads
field-city-hint = Piemēram, Rīga vai Ogres novads.
field-city-error-required = Ievadiet pilsētu vai novadu
field-postcode-label = Pasta indekss
field-postcode-hint = Latvijā, piemēram, LV-1050. Ja adresei ārpus Latvijas pasta indeksa nav, atstājiet tukšu.
field-postcode-error-required = Ievadiet pasta indeksu, piemēram, LV-1050
field-documents-label = Dokumenti
field-documents-hint = Piemēram, jūsu pieprasījums pārzinim un tā atbilde, lēmums, ko apstrīdat, vai fotoattēli. Varat pievienot līdz 5 datnēm PDF, JPG, PNG, DOCX, EDOC vai ASICE formātā, katru līdz 10 MB.
field-documents-error-required = Pievienojiet vismaz vienu dokumentu
field-applicant-label = Kā vārdā jūs to iesniedzat?
field-applicant-self = Savā vārdā: tas ir par maniem personas datiem
field-applicant-representative = Personas vārdā, kuru pārstāvu: bērna, personas, kuras aizbildnis esmu, vai personas, kas man izdevusi pilnvaru
field-applicant-organisation = Kā bezpeļņas organizācija datu subjekta vārdā (VDAR 80. pants)
field-applicant-error-required = Izvēlieties, kā vārdā to iesniedzat
field-representation-label = Kā jūs šo personu pārstāvat?
field-representation-parent = Esmu bērna vecāks
field-representation-guardian = Esmu personas aizbildnis
field-representation-authorisation = Persona man ir izdevusi pilnvaru
field-representation-error-required = Izvēlieties, kā jūs šo personu pārstāvat
field-organisation-label = Organizācijas nosaukums
field-organisation-hint = Bezpeļņas struktūra, organizācija vai apvienība, kas darbojas datu subjektu tiesību un brīvību aizsardzības jomā un kuru persona pilnvarojusi rīkoties savā vārdā.
field-organisation-error-required = Ievadiet organizācijas nosaukumu
field-represented-name-label = Pārstāvētās personas vārds un uzvārds
field-represented-name-hint = Persona, par kuras personas datiem ir runa.
field-represented-name-error-required = Ievadiet pārstāvētās personas vārdu un uzvārdu
field-representation-proof-label = Dokuments, kas apliecina pārstāvību
field-representation-proof-hint = Bērnam, piemēram, dzimšanas apliecība; aizbildnībai lēmums par jūsu iecelšanu; citos gadījumos pilnvara vai personas pilnvarojums. PDF, JPG, PNG, DOCX, EDOC vai ASICE, katrs līdz 10 MB.
field-representation-proof-error-required = Pievienojiet dokumentu, kas apliecina, ka pārstāvat šo personu
field-declaration-label = Apliecinājums
field-declaration-confirmed = Apliecinu, ka sniegtā informācija, cik man zināms, ir patiesa
field-declaration-error-required = Aplieciniet, ka sniegtā informācija, cik jums zināms, ir patiesa

# Veidlapa “Uzdot jautājumu”

form-question-step-question = Jūsu jautājums
form-question-step-answer = Jūsu kontaktinformācija
form-question-topic-label = Par ko ir jūsu jautājums?
form-question-topic-data-protection = Personas datu aizsardzība
form-question-topic-our-services = Mūsu pakalpojumi
form-question-topic-other = Kas cits
form-question-topic-error-required = Izvēlieties, par ko ir jūsu jautājums
form-question-question-label = Jūsu jautājums
form-question-question-hint = Aprakstiet to pēc iespējas konkrētāk. Nerakstiet vairāk personas datu, nekā jautājumam vajadzīgs, un nekādus citu cilvēku datus.
form-question-question-error-required = Ievadiet savu jautājumu
form-question-answer-by-label = Kā vēlaties saņemt atbildi?
form-question-answer-by-email = Pa e-pastu
form-question-answer-by-post = Pa pastu
form-question-answer-by-error-required = Izvēlieties, kā vēlaties saņemt atbildi

# Veidlapa “Iesniegt sūdzību”

form-complaint-step-you = Par jums
form-complaint-step-applicant = Kā vārdā iesniedzat sūdzību
form-complaint-step-controller = Pārzinis – kas apstrādā jūsu datus
form-complaint-step-what-happened = Kas notika?
form-complaint-step-contacted = Saziņa ar pārzini
form-complaint-step-request = Jūsu lūgums
form-complaint-step-documents = Dokumenti
form-complaint-controller-label = Pārziņa nosaukums vai vārds, uzvārds
form-complaint-controller-hint = Pārzinis ir tas, kurš nosaka, kāpēc un kā jūsu dati tiek apstrādāti: uzņēmums, iestāde vai cilvēks. Piemēram, SIA “Piemērs”.
form-complaint-controller-error-required = Ievadiet pārziņa nosaukumu vai vārdu un uzvārdu
form-complaint-controller-contact-label = Pārziņa adrese vai cita kontaktinformācija
form-complaint-controller-contact-hint = Ja zināt, norādiet adresi, e-pastu vai tīmekļvietni. Tas palīdzēs mums ar pārzini sazināties.
form-complaint-relation-label = Kāda ir jūsu saistība ar pārzini?
form-complaint-relation-hint = Piemēram, esat tā klients, darbinieks, īrnieks vai kaimiņš.
form-complaint-what-happened-label = Aprakstiet, kas notika
form-complaint-what-happened-hint = Kā jūsu dati tika apstrādāti un kāpēc uzskatāt, ka tas ir nelikumīgi. Piemēram: “Veikals publicēja manu fotoattēlu savā Facebook lapā bez manas piekrišanas.”
form-complaint-what-happened-error-required = Aprakstiet, kas notika
form-complaint-when-happened-label = Kad tas notika?
form-complaint-when-happened-hint = Ja tas joprojām turpinās, norādiet, kad tas sākās. Ja precīzu datumu neatceraties, norādiet aptuveno.
form-complaint-when-happened-error-required = Ievadiet datumu, kad tas notika
form-complaint-contacted-label = Vai jau vērsāties pie pārziņa?
form-complaint-contacted-yes = Jā
form-complaint-contacted-no = Nē
form-complaint-contacted-error-required = Izvēlieties, vai jau vērsāties pie pārziņa
form-complaint-contacted-details-label = Kā un kad vērsāties pie pārziņa un ko tas atbildēja?
form-complaint-contacted-details-hint = Piemēram: “2026. gada 1. oktobrī uzrakstīju e-pastu un lūdzu dzēst manus datus. Atbildi nesaņēmu.” Sava pieprasījuma un atbildes kopijas varat pievienot pēdējā solī.
form-complaint-contacted-details-error-required = Aprakstiet, kā vērsāties pie pārziņa un ko tas atbildēja
form-complaint-request-label = Ko jūs lūdzat mums darīt?
form-complaint-request-hint = Piemēram, pārbaudīt, vai jūsu datu apstrāde ir likumīga, un likt pārzinim dzēst jūsu datus.
form-complaint-request-error-required = Ievadiet, ko lūdzat mums darīt

# Veidlapa “Sniegt atsauksmi”

form-feedback-step-feedback = Jūsu atsauksme
form-feedback-step-answer = Atbilde uz jūsu atsauksmi
form-feedback-about-label = Par ko ir jūsu atsauksme?
form-feedback-about-consultation = Konsultācija vai atbilde uz jautājumu
form-feedback-about-complaint = Jūsu sūdzības izskatīšana
form-feedback-about-visit = Apmeklējums mūsu birojā
form-feedback-about-phone = Saruna pa tālruni
form-feedback-about-website = Mūsu tīmekļvietne
form-feedback-about-other = Kas cits
form-feedback-about-error-required = Izvēlieties, par ko ir jūsu atsauksme
form-feedback-page-label = Par kuru lapu ir runa?
form-feedback-page-hint = Lapas adrese. Saite “Ziņot par problēmu šajā lapā” to ieraksta jūsu vietā.
form-feedback-rating-label = Kā jūs kopumā vērtējat mūsu darbu?
form-feedback-rating-very-good = Ļoti labi
form-feedback-rating-good = Labi
form-feedback-rating-neither = Ne labi, ne slikti
form-feedback-rating-poor = Slikti
form-feedback-rating-very-poor = Ļoti slikti
form-feedback-rating-error-required = Izvēlieties, kā vērtējat mūsu darbu
form-feedback-went-well-label = Kas bija labi?
form-feedback-went-well-hint = Piemēram, kas jums palīdzēja vai patika.
form-feedback-went-badly-label = Kas bija slikti vai ko mēs varētu darīt labāk?
form-feedback-went-badly-hint = Jo konkrētāk aprakstīsiet, jo vieglāk mums būs to uzlabot. Atsauksme nav veids, kā apstrīdēt lēmumu: tam izmantojiet apstrīdēšanas iesniegumu.
form-feedback-wants-answer-label = Vai vēlaties, lai mēs jums atbildam?
form-feedback-wants-answer-hint = Ja vēlaties, lūgsim jūsu vārdu un e-pasta adresi.
form-feedback-wants-answer-yes = Jā, atbildiet man
form-feedback-wants-answer-no = Nē, atbilde nav vajadzīga
form-feedback-wants-answer-error-required = Izvēlieties, vai vēlaties atbildi

# Veidlapa “Apstrīdēt lēmumu vai rīcību”

form-appeal-step-decision = Lēmums vai rīcība
form-appeal-step-grounds = Jūsu iebildumi
form-appeal-step-you = Par jums
form-appeal-step-applicant = Kā vārdā iesniedzat iesniegumu
form-appeal-step-documents = Dokumenti
form-appeal-contest-label = Ko jūs apstrīdat?
form-appeal-contest-hint = Lēmums ir, piemēram, lēmums jūsu sūdzības lietā vai atteikums. Rīcība ir tas, ko darīja mūsu amatpersona.
form-appeal-contest-act = Lēmumu (administratīvo aktu)
form-appeal-contest-action = Amatpersonas rīcību (faktisko rīcību)
form-appeal-contest-error-required = Izvēlieties, vai apstrīdat lēmumu vai rīcību
form-appeal-act-number-label = Lēmuma numurs
form-appeal-act-number-hint = Kā tas rakstīts lēmumā, piemēram, 2.1-3/45.
form-appeal-act-number-error-required = Ievadiet lēmuma numuru
form-appeal-act-date-label = Lēmuma datums
form-appeal-act-date-hint = Datums ir norādīts lēmumā.
form-appeal-act-date-error-required = Ievadiet lēmuma datumu
form-appeal-action-description-label = Kādu rīcību jūs apstrīdat?
form-appeal-action-description-hint = Aprakstiet, kas notika un, ja zināt, kura amatpersona to darīja.
form-appeal-action-description-error-required = Aprakstiet rīcību, ko apstrīdat
form-appeal-action-date-label = Kad tas notika?
form-appeal-action-date-hint = Ja precīzu datumu neatceraties, norādiet aptuveno.
form-appeal-action-date-error-required = Ievadiet datumu, kad tas notika
form-appeal-contested-label = Ko tieši jūs apstrīdat?
form-appeal-contested-hint = Piemēram, visu lēmumu vai tikai kādu tā daļu. Ja apstrīdat daļu, norādiet, kuru.
form-appeal-contested-error-required = Ievadiet, ko tieši apstrīdat
form-appeal-reasons-label = Kāpēc uzskatāt, ka lēmums vai rīcība nav pareiza?
form-appeal-reasons-hint = Uzrakstiet savus argumentus. Ja jums ir pierādījumi, pievienojiet tos pēdējā solī.
form-appeal-reasons-error-required = Uzrakstiet, kāpēc uzskatāt, ka lēmums vai rīcība nav pareiza
form-appeal-request-label = Ko jūs lūdzat direktoram darīt?
form-appeal-request-hint = Piemēram, atcelt vai grozīt lēmumu vai atzīt rīcību par prettiesisku.
form-appeal-request-error-required = Ievadiet, ko lūdzat direktoram darīt

# Veidlapa “Pieteikt apmeklējumu”

form-visit-step-topic = Apmeklējuma mērķis
form-visit-step-when = Kad jums būtu ērti atnākt?
form-visit-step-help = Palīdzība apmeklējuma laikā
form-visit-step-contact = Jūsu kontaktinformācija
form-visit-topic-label = Par ko vēlaties runāt?
form-visit-topic-hint = Īsi aprakstiet savu jautājumu vai to, kādus dokumentus vēlaties nodot. Tā mēs varēsim sagatavoties, un jūs satiks darbinieks, kas jūsu jautājumā ir kompetents.
form-visit-topic-error-required = Īsi aprakstiet, par ko vēlaties runāt
form-visit-days-label = Kurās dienās jums der atnākt?
form-visit-days-hint = Izvēlieties visas dienas, kas jums der.
form-visit-days-monday = Pirmdiena
form-visit-days-tuesday = Otrdiena
form-visit-days-wednesday = Trešdiena
form-visit-days-thursday = Ceturtdiena
form-visit-days-friday = Piektdiena
form-visit-days-error-required = Izvēlieties vismaz vienu dienu
form-visit-time-label = Kurš dienas laiks jums der?
form-visit-time-morning = Priekšpusdienā
form-visit-time-afternoon = Pēcpusdienā
form-visit-time-any = Der jebkurš laiks
form-visit-time-error-required = Izvēlieties, kurš dienas laiks jums der
form-visit-needs-help-label = Vai apmeklējuma laikā jums būs vajadzīga palīdzība?
form-visit-needs-help-hint = Piemēram, lai piekļūtu telpām vai lai sazinātos zīmju valodā vai ar asistentu.
form-visit-needs-help-yes = Jā
form-visit-needs-help-no = Nē
form-visit-needs-help-error-required = Izvēlieties, vai jums būs vajadzīga palīdzība
form-visit-help-details-label = Kāda palīdzība jums vajadzīga?
form-visit-help-details-hint = Uzrakstiet tikai to, kas mums jāzina, lai sagatavotos. Iemesls jums nav jāpaskaidro.
form-visit-help-details-error-required = Aprakstiet, kāda palīdzība jums vajadzīga
form-visit-phone-label = Tālruņa numurs
form-visit-phone-hint = Uz šo numuru zvanīsim, lai vienotos par laiku. Piemēram, 29123456 vai ārvalsts numuru ar + un valsts kodu, piemēram, +49 30 1234567.
form-visit-email-label = E-pasta adrese
form-visit-email-hint = Ja nevarēsim jūs sazvanīt, rakstīsim uz šo adresi.
