# Lapas ietvars: galvene, navigācija, kājene, kontakti, kopīgi vārdi.

site-name = Datu valsts inspekcija
site-service = Klientu pašapkalpošanās
skip-link = Pāriet uz galveno saturu
nav-label = Galvenā navigācija
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
contact-phone-hours = konsultācijas darba dienās

error-summary-title = Radās problēma
error-prefix = Kļūda:

audience-all = Visi
audience-person = Privātpersonas
audience-organisation = Organizācijas

date-long = { $year }. gada { $day }. { $month ->
    [1] janvāris
    [2] februāris
    [3] marts
    [4] aprīlis
    [5] maijs
    [6] jūnijs
    [7] jūlijs
    [8] augusts
    [9] septembris
    [10] oktobris
    [11] novembris
   *[12] decembris
}

weekday-1 = pirmdien
weekday-2 = otrdien
weekday-3 = trešdien
weekday-4 = ceturtdien
weekday-5 = piektdien
weekday-6 = sestdien
weekday-7 = svētdien

not-found-title = Lapa nav atrasta
not-found-intro = Ja adresi ierakstījāt pats, pārbaudiet, vai tā ir pareiza. Ja sekojāt saitei, lapa, iespējams, ir pārvietota.
not-found-home = Uz sākumlapu
not-found-services = Visi pakalpojumi
not-found-contact = Sazināties ar mums

## The widget on other sites (www.dvi.gov.lv)
widget-full-site = Atvērt šo lapu Datu valsts inspekcijas e-pakalpojumu vietnē
