# Vārdi, ko salas raksta pārlūkā, kad lapa jau ir (kļūda, tālruņa līnijas statuss, skaits):
# tos nes visi saišķi. Pārējos lapas vārdus raksta tikai iepriekšēja atveidošana.

error-summary-title = Radās problēma
error-prefix = Kļūda:
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

phone-open = Šobrīd atvērts, līdz { $until }.
phone-closed-today = Šobrīd slēgts. Atvērsies šodien plkst. { $at }.
phone-closed-until = Šobrīd slēgts. Atvērsies { $weekday }, { $day }. { $month ->
    [1] janvārī
    [2] februārī
    [3] martā
    [4] aprīlī
    [5] maijā
    [6] jūnijā
    [7] jūlijā
    [8] augustā
    [9] septembrī
    [10] oktobrī
    [11] novembrī
   *[12] decembrī
}, plkst. { $at }.
phone-closed-holiday = Šodien ir brīvdiena ({ $holiday }).
guide-purpose-error = Izvēlieties, ko vēlaties darīt
guide-means-error = Izvēlieties, kā varat parakstīties vai apliecināt identitāti
guide-urgent-error = Izvēlieties, vai tas ir steidzami

catalogue-count = { $count ->
    [0] Neviens pakalpojums nav atrasts
    [zero] Atrasti { $count } pakalpojumu
    [one] Atrasts { $count } pakalpojums
   *[other] Atrasti { $count } pakalpojumi
}
