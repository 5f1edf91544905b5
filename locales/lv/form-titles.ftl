# Katras veidlapas nosaukums: tās pakalpojuma lapā, virs katras tās lapas, e-pastā un tekstā
# sūtīšanai citādi.

form-check-title = Pārbaudiet savas atbildes
form-sent-title = Jūsu pieteikums ir saņemts
form-question-title = Uzdot jautājumu
form-complaint-title = Iesniegt sūdzību par personas datu apstrādi
form-feedback-title = Sniegt atsauksmi par mūsu darbu
form-appeal-title = Apstrīdēt lēmumu vai rīcību
form-visit-title = Pieteikt apmeklējumu
