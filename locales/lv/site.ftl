# Lapas ietvars: galvene, navigācija, kājene, kontakti, kopīgi vārdi.

site-name = Datu valsts inspekcija
site-service = Klientu pašapkalpošanās
skip-link = Pāriet uz galveno saturu
nav-label = Galvenā navigācija
nav-easy-read = Viegli lasīt
nav-services = Pakalpojumi
nav-channels = Saziņa
nav-rights = Jūsu tiesības
nav-referral = Vai tas ir mūsu jautājums?
nav-accessibility = Piekļūstamības paziņojums
nav-privacy = Privātuma paziņojums
footer-nav-label = Par šo vietni
footer-no-cookies = Šī vietne neizmanto sīkdatnes un neko nesūta trešajām personām.
breadcrumbs-label = Atrašanās vieta
breadcrumbs-home = Sākums
contents-heading = Saturs
article-updated = Pēdējoreiz atjaunināts:

contact-heading = Kontaktinformācija
contact-address = Adrese
contact-email = E-pasts
contact-e-address = E-adrese
contact-phone = Tālrunis
contact-phone-hours = konsultācijas darba dienās { $from }–{ $to } pēc Latvijas laika
contact-name = Nosaukums
contact-website = Tīmekļvietne

audience-all = Visi
audience-person = Privātpersonas
audience-organisation = Organizācijas

not-found-title = Lapa nav atrasta
not-found-intro = Ja adresi ierakstījāt pats, pārbaudiet, vai tā ir pareiza. Ja sekojāt saitei, lapa, iespējams, ir pārvietota.
not-found-home = Uz sākumlapu
not-found-services = Visi pakalpojumi
not-found-contact = Sazināties ar mums

## The widget on other sites (www.dvi.gov.lv)
widget-full-site = Atvērt šo lapu Datu valsts inspekcijas e-pakalpojumu vietnē

# At the end of every page: the feedback form, with the page's address given.
report-problem = Ziņot par problēmu šajā lapā
