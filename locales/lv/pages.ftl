# Sākumlapa, pakalpojumu katalogs, pakalpojuma lapa, kompetences ceļvedis.

home-title = Kā mēs varam palīdzēt?
home-intro = Datu valsts inspekcija uzrauga, kā Latvijā tiek apstrādāti personas dati, un aizsargā jūsu tiesības uz privātumu. Mēs izskatām sūdzības, konsultējam iedzīvotājus un organizācijas un pārbaudām, vai personas datu apstrādātāji ievēro likumu.
home-tasks-heading = Biežāk meklētais
home-all-services = Visi mūsu pakalpojumi
home-help-heading = Nezināt, ar ko sākt?
home-help-channels = Atrodiet ērtāko saziņas veidu un uzziniet, vai tālrunis šobrīd atbild
home-help-referral = Pārbaudiet, vai jūsu jautājums ir mūsu vai citas iestādes kompetencē
home-help-rights = Jūsu kā klienta tiesības un mūsu solījumi

search-label = Meklēt pakalpojumu
search-hint = Piemēram: sūdzība, pārkāpums, eksāmens
search-button = Meklēt

catalogue-title = Pakalpojumi
catalogue-intro = Viss, ko varat no mums saņemt, un kā to pieteikt. Atlasiet vai meklējiet sarakstā.
catalogue-filters-label = Meklēt un atlasīt pakalpojumus
catalogue-audience-legend = Kam tas paredzēts?
catalogue-channel-label = Kā vēlaties pieteikties
catalogue-channel-any = Jebkurā veidā

service-for = Kam:
service-free = Bez maksas
service-paid = Par maksu
service-what = Kas tas ir
service-who = Kas var pieteikties
service-needs = Kas jums būs vajadzīgs
service-how = Kā pieteikties
service-channel-details = Vairāk par šo saziņas veidu
service-cost = Cena
service-time = Cik ilgi jāgaida
service-law = Nosaka:
service-deadline = Termiņš atbildei uz to, ko iesniedzat tiešsaistē:
service-deadline-counting = To skaita no nākamās dienas pēc tam, kad esam saņēmuši jūsu iesniegto. Ja termiņa pēdējā diena ir sestdiena, svētdiena, svētku diena vai cita brīvdiena, termiņš beidzas nākamajā darba dienā. Kad iesniedzat veidlapu šeit, apstiprinājumā ir norādīts datums.
service-portal = E-pakalpojums valsts portālā
service-sources = Avoti

referral-title = Vai tas ir mūsu jautājums?
referral-intro = Mēs rūpējamies par personas datu aizsardzību. Ja jūsu jautājums ir citas iestādes kompetencē, šeit ir norādīts, kur vērsties biežākajos gadījumos.
referral-ours = Ja personas dati tiek apstrādāti nelikumīgi, tas vienmēr ir mūsu jautājums, arī tad, ja pārējo lietas daļu risina cita iestāde.
referral-unsure-heading = Joprojām šaubāties?
referral-unsure = Rakstiet vai zvaniet mums tik un tā. Ja jautājums nav mūsu kompetencē, mēs noskaidrosim kompetento iestādi un pārsūtīsim tai jūsu jautājumu vai pateiksim, kur vērsties.
referral-contact-link = Kā ar mums sazināties
rights-referral-link = Nezināt, vai jūsu jautājums ir mūsu kompetencē? Pārbaudiet, kas to risina.

form-start = Aizpildīt veidlapu tiešsaistē
form-start-hint = Tas aizņems apmēram 5–10 minūtes. Varat atgriezties un mainīt atbildes. Nekas netiek nosūtīts līdz pēdējam solim.

another-way-title = Nosūtiet to citā veidā
another-way-intro = Tiešsaistes veidlapa darbojas tikai ar JavaScript, kas jūsu pārlūkprogrammā ir izslēgts vai nevarēja sākt darboties.
another-way-nothing-kept = Mēs neesam saņēmuši to, ko ierakstījāt, un tas nekur nav saglabāts. To pašu varat mums nosūtīt pa e-pastu vai pa pastu.
another-way-all-channels = Visi saziņas veidi ar mums

page-start-failed-heading = Šī lapas daļa nevarēja sākt darboties
channels-start-failed = Ceļvedim un tālruņa līnijas statusam vajadzīgs JavaScript, kas jūsu pārlūkprogrammā nevarēja sākt darboties. Pārlādējiet lapu, lai mēģinātu vēlreiz. Visi saziņas veidi un tālruņa līnijas darba laiks ir uzskaitīti zemāk.
catalogue-start-failed = Meklēšanai un filtriem vajadzīgs JavaScript, kas jūsu pārlūkprogrammā nevarēja sākt darboties. Pārlādējiet lapu, lai mēģinātu vēlreiz. Visi pakalpojumi ir uzskaitīti zemāk.
catalogue-noscript = Meklēšanai un filtriem vajadzīgs JavaScript, kas jūsu pārlūkprogrammā ir izslēgts. Visi pakalpojumi ir uzskaitīti zemāk.
channels-noscript = Ceļvedim un tālruņa līnijas statusam vajadzīgs JavaScript, kas jūsu pārlūkprogrammā ir izslēgts. Visi saziņas veidi un tālruņa līnijas darba laiks ir uzskaitīti zemāk.

# Piekļūstamības paziņojuma saites un izvērtējuma pieraksts (veidots būvējot vietni)
accessibility-report = Ziņot par piekļūstamības problēmu
record-link = Izvērtējumu apliecinošs dokuments
record-title = Piekļūstamības izvērtējumu apliecinošs dokuments
record-intro = Ko pārbauda mūsu piekļūstamības pārbaudes, ar kādiem rīkiem un kurās lapās. Pārbaudes notiek pirms katras vietnes versijas publicēšanas: versiju, kas kādā pārbaudē neiztur, nepublicē.
record-version = Vietnes versija
record-evaluator = Izvērtēja
record-evaluator-value = Datu valsts inspekcija (pašnovērtējums)
record-method = Metode
record-method-value = Vienkāršotais izvērtējums ar automātiskām pārbaudēm
record-standard = Standarts
record-standard-value = WCAG 2.2 AA līmenis; EN 301 549
record-checks-heading = Ko pārbauda
record-checks-intro = Pārlūkprogrammā { $browser }:
record-check-axe = axe-core { $version } ar WCAG 2.0, 2.1 un 2.2 A un AA līmeņa noteikumiem: katra zemāk uzskaitītā lapa abās valodās; atradumi nav pieļauti.
record-check-reflow = Nav jāritina uz sāniem 320 pikseļus platā ekrānā: katra zemāk uzskaitītā lapa.
record-check-html = W3C Nu HTML Checker { $version }: katra zemāk uzskaitītā lapa, kā tā publicēta; kļūdas nav pieļautas.
record-check-forms = Katra veidlapa aizpildīta tikai ar tastatūru abās valodās: axe-core katrā solī, katra soļa kļūdu kopsavilkumā, atbilžu pārbaudē un apstiprinājumā (veidlapas: { $forms }, soļi: { $steps }).
record-check-reveals = Katrs jautājums, ko atklāj kāda atbilde, abās valodās, šajā vietnē un logrīkā (jautājumi: { $count }).
record-check-widget = Logrīks lapās, kas veidotas ar GOV.UK Frontend un ar Bootstrap: axe-core un jautājuma nosūtīšana tikai ar tastatūru.
record-pages-heading = Pārbaudītās lapas ({ $count })
record-pages-lv = Latviešu valodā
record-pages-en = Angļu valodā
