# Veidlapu vārdi, ko rāda tikai to lapas un raksta iepriekšēja atveidošana: kam veidlapa,
# kā izmanto atbildes, kas notiek pēc tam. Veidlapu saišķis tos nenes.

privacy-notice-heading = Kā mēs izmantosim jūsu datus
privacy-notice-controller = Jūsu šeit sniegtos datus apstrādā Datu valsts inspekcija. Mēs tos nevienam nenododam, izņemot gadījumus, kad to prasa likums, piemēram, ja pārsūtām jūsu jautājumu kompetentajai iestādei. Tad mēs jums to paziņosim.
privacy-notice-rights = Jūs varat lūgt iepazīties ar saviem datiem, tos labot vai, ja likums to atļauj, dzēst. Vairāk lasiet mūsu privātuma paziņojumā.
form-check-lead = Pirms nosūtāt, pārbaudiet, vai viss ir pareizi. Lai mainītu atbildi, izvēlieties “Mainīt”.
form-send-declaration = Nosūtot jūs apliecināt, ka sniegtās ziņas, cik jums zināms, ir patiesas.
form-sign-heading = Ja varat, vispirms parakstiet
form-sign-intro = Inspekcija lūdz sūdzības un iesniegumus parakstīt. Varat to nosūtīt, kā ir, un mēs varam vēlāk lūgt to parakstīt. Vai parakstiet to tagad ar eParakstu:
form-sign-step-save = Saglabājiet savu pieteikumu kā PDF dokumentu: izvēlieties zemāk “Saglabāt PDF”, kā galamērķi izvēlieties “Saglabāt kā PDF” un saglabājiet datni.
form-sign-step-sign = Parakstiet PDF vietnē eparaksts.lv: pieslēdzieties ar personas apliecību (eID karti) vai lietotni eParaksts mobile, izvēlieties parakstīt dokumentu, pievienojiet PDF un parakstiet. Jūs saņemsiet parakstītu datni ar paplašinājumu .edoc.
form-sign-step-attach = Pievienojiet .edoc datni sadaļā “Dokumenti” (izmantojiet tās saiti “Mainīt” augstāk) un nosūtiet to kopā ar šo pieteikumu. Vai nosūtiet .edoc atsevišķi uz pasts@dvi.gov.lv vai no savas oficiālās e-adreses portālā latvija.gov.lv.
form-sign-save = Saglabāt PDF
form-document-to = Adresāts:
form-sent-next-heading = Kas notiks tālāk
form-sent-next = Mēs jūsu pieteikumu reģistrēsim. Saglabājiet atsauces numuru un norādiet to, kad sazināties ar mums par šo jautājumu.
form-sent-time = Cik ilgi jāgaida:
form-sent-home = Uz sākumlapu

# A page of advice between two steps (content/advice.toml)
form-advice-controller-first-title = Vispirms vērsieties pie pārziņa
form-advice-controller-first-lead = Bieži vien visātrāk situāciju var labot, vēršoties pie uzņēmuma vai iestādes, kas izmanto jūsu datus. Lūk, kāpēc un kā to izdarīt.
form-advice-controller-first-go-on = Turpināt sūdzību
form-advice-change = Mainīt atbildi
form-noscript-heading = Šī veidlapa darbojas tikai ar JavaScript
form-noscript = Jūsu pārlūkprogrammā JavaScript nedarbojas, tāpēc no šejienes veidlapu nosūtīt nevar. To pašu varat nosūtīt pa e-pastu vai pa pastu.
form-start-failed-heading = Šī veidlapa nevarēja sākt darboties
form-start-failed = Kaut kas jūsu pārlūkprogrammā neļāva veidlapai darboties. Tas, ko ierakstījāt, joprojām ir šajā lapā. Pārlādējiet lapu, lai mēģinātu vēlreiz, vai nosūtiet to citā veidā.
form-start-failed-link = Kā to nosūtīt citā veidā
form-question-lead = Jautājiet mums par personas datu aizsardzību vai par mūsu pakalpojumiem. Mēs atbildēsim rakstiski 10 darbdienu laikā vai, ja būs vajadzīga papildu informācija, viena mēneša laikā.
form-question-privacy = Jūsu vārdu un kontaktinformāciju izmantojam tikai tam, lai atbildētu uz jūsu jautājumu, kā to no mums prasa likums (VDAR 6. panta 1. punkta c) un e) apakšpunkts). Jautājumu un mūsu atbildi glabājam tik ilgi, cik to nosaka Arhīvu likums un lietvedības normatīvie akti.
form-complaint-lead = Iesniedziet sūdzību, ja uzskatāt, ka uzņēmums, iestāde vai cits cilvēks jūsu personas datus apstrādā nelikumīgi. Par sūdzības virzību vai iznākumu jūs informēsim trīs mēnešu laikā.
form-complaint-privacy = Jūsu datus un sūdzībā rakstīto izmantojam, lai izskatītu jūsu sūdzību, kā to no mums prasa likums (VDAR 6. panta 1. punkta c) un e) apakšpunkts). Sūdzību un saraksti par to glabājam tik ilgi, cik to nosaka Arhīvu likums un lietvedības normatīvie akti.
form-complaint-signature = Likums prasa, lai sūdzība būtu parakstīta. Pirms nosūtīšanas varat to saglabāt kā PDF dokumentu un parakstīt ar eParakstu; vai nosūtiet to, kā ir, un mēs varam lūgt jūs to apstiprināt ar savu parakstu: ar drošu elektronisko parakstu, no savas e-adreses vai ar roku.
form-complaint-controller-first = Vispirms vērsieties pie paša pārziņa: daudzas problēmas tā atrisinās ātrāk. Ja jums ir pārzinim nosūtītais pieprasījums un tā atbilde, pievienojiet tos sūdzībai.
form-feedback-lead = Pastāstiet, kas jums patika vai nepatika mūsu apkalpošanā, vai iesakiet, ko darīt labāk. Mēs izskatām katru atsauksmi un, ja vēlaties atbildi, atbildam 10 darbdienu laikā.
form-feedback-privacy = Atsauksmi izmantojam, lai uzlabotu savu darbu. Vārdu un e-pasta adresi jautājam tikai tad, ja vēlaties atbildi, un izmantojam tos tikai atbildei. Tas ir mūsu uzdevums un pienākums saskaņā ar likumu (VDAR 6. panta 1. punkta c) un e) apakšpunkts). Atsauksmi un saraksti glabājam tik ilgi, cik to nosaka Arhīvu likums un lietvedības normatīvie akti.
form-feedback-anonymous = Atsauksmi varat sniegt, arī nenorādot savu vārdu. Tad gan mēs nevarēsim jums atbildēt.
form-appeal-lead = Ja nepiekrītat mūsu amatpersonas lēmumam vai rīcībai, apstrīdiet to pie Datu valsts inspekcijas direktora. Direktors lietu izvērtēs no jauna un pieņems lēmumu.
form-appeal-privacy = Jūsu datus un iesniegumā rakstīto izmantojam, lai izskatītu jūsu apstrīdēšanas iesniegumu, kā to no mums prasa likums (VDAR 6. panta 1. punkta c) un e) apakšpunkts). Iesniegumu un saraksti par to glabājam tik ilgi, cik to nosaka Arhīvu likums un lietvedības normatīvie akti.
form-appeal-deadline-heading = Termiņi
form-appeal-deadline = Lēmumu parasti var apstrīdēt viena mēneša laikā no dienas, kad tas stājies spēkā. Precīzu termiņu un to, kur lēmumu apstrīdēt, skatiet pašā lēmumā. Direktors lēmumu pieņem viena mēneša laikā; sarežģītā lietā šo termiņu var pagarināt līdz četriem mēnešiem, un par to mēs jums paziņosim. Ja nepiekritīsiet arī direktora lēmumam, varēsiet to pārsūdzēt administratīvajā tiesā, kā tajā būs norādīts.
form-visit-lead = Piesakiet apmeklējumu, ja vēlaties saņemt konsultāciju vai nodot dokumentus mūsu birojā klātienē. Kad saņemsim pieteikumu, mēs jums piezvanīsim un vienosimies par laiku.
form-visit-privacy = Jūsu vārdu un kontaktinformāciju izmantojam tikai tam, lai vienotos par apmeklējumu un to sarīkotu, bet ziņas par vajadzīgo palīdzību – tikai tam, lai sagatavotos. Tas ir mūsu uzdevums un pienākums saskaņā ar likumu (VDAR 6. panta 1. punkta c) un e) apakšpunkts). Pieteikumu glabājam tik ilgi, cik to nosaka Arhīvu likums un lietvedības normatīvie akti.
form-visit-how = Mēs jums piezvanīsim, lai vienotos par precīzu laiku. Apmeklētājus pieņemam mūsu birojā darba laikā.
