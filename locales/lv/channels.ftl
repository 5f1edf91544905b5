# Lapa "Saziņa": tālruņa līnijas statuss, saziņas veida ceļvedis, saziņas veidi.

channels-title = Kā ar mums sazināties
channels-intro = Izvēlieties sev ērtāko veidu. Daži saziņas veidi der parakstītiem dokumentiem, piemēram, sūdzībai, citi – jautājumiem un konsultācijām.
channels-list-heading = Visi saziņas veidi

phone-line = Konsultācijas pa tālruni:
phone-hours = Darba dienās no { $from } līdz { $to } pēc Latvijas laika.

channel-suits = Piemērots
channel-needs = Kas jums vajadzīgs
channel-speed = Cik ātri
channel-signed = Parakstīti dokumenti
channel-standard-points = Klientu apkalpošanas standarts, punkti:

guide-heading = Kurš saziņas veids man der?
guide-intro = Atbildiet uz trim jautājumiem, un mēs ieteiksim piemērotāko saziņas veidu.
guide-purpose-legend = Ko vēlaties darīt?
guide-purpose-signed = Iesniegt sūdzību, iesniegumu vai apstrīdēt lēmumu
guide-purpose-question = Uzdot jautājumu, saņemt konsultāciju vai sniegt atsauksmi
guide-means-legend = Kā varat parakstīties vai apliecināt savu identitāti tiešsaistē?
guide-means-hint = Sūdzībai, iesniegumam vai apstrīdēšanas iesniegumam jābūt parakstītam – ar roku vai ar drošu elektronisko parakstu.
guide-means-esignature = Man ir drošs elektroniskais paraksts (eParaksts vai eID karte)
guide-means-portal = Varu pieslēgties latvija.gov.lv (ar eID, eParaksts mobile vai internetbanku), bet nevaru parakstīt datnes
guide-means-neither = Neviens no šiem
guide-urgent-legend = Vai tas ir steidzami?
guide-urgent-yes = Jā, tam ātri jānonāk pie jums vai ātri vajadzīga atbilde
guide-urgent-no = Nē
guide-submit = Parādīt piemērotāko veidu
guide-result-heading = Mūsu ieteikums:
guide-result-details = Kas vajadzīgs un cik ātri
guide-result-why = Kāpēc
guide-result-alternatives = Citi piemēroti veidi
guide-reason-esignature = Ar drošu elektronisko parakstu parakstītam un pa e-pastu nosūtītam dokumentam ir tāds pats spēks kā ar roku parakstītam, un tas nonāk pie mums uzreiz.
guide-reason-portal = Portāla latvija.gov.lv e-pakalpojumi jūs identificē, kad pieslēdzaties, tāpēc tur iesniegtais skaitās parakstīts. Atsevišķs paraksts nav vajadzīgs.
guide-reason-handwritten = Ja jums nav elektroniskā paraksta, parakstiet dokumentu ar roku un nosūtiet to pa pastu vai ievietojiet mūsu pastkastē.
guide-reason-mailbox-fast = Mūsu pastkastē ievietotai vēstulei nav jāgaida pasta piegāde.
guide-reason-urgent-signed = Elektroniski iesniegtais nonāk pie mums tajā pašā dienā; pa pastu vēstule ceļo dažas dienas ilgāk.
guide-reason-phone = Pa tālruni atbildi saņemsiet sarunas laikā, darba dienās no { $from } līdz { $to } pēc Latvijas laika.
guide-reason-question-written = Uz rakstisku jautājumu saņemsiet rakstisku atbildi, ko varat saglabāt; nosūtīt to varat jebkurā laikā.
guide-reason-no-signature = Jautājumam paraksts nav vajadzīgs. Nerakstiet savus vai citu cilvēku personas datus publiskos komentāros sociālajos tīklos.
