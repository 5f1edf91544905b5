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
