# Words the islands write in the browser once the page is there (an error, the phone line's
# status, a count): every bundle carries these. The page's other words are drawn by
# pre-rendering alone (islands::page_text), and no bundle carries them.

error-summary-title = There is a problem
error-prefix = Error:
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

phone-open = Open now, until { $until }.
phone-closed-today = Closed now. Opens today at { $at }.
phone-closed-until = Closed now. Opens on { $weekday } { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} at { $at }.
phone-closed-holiday = Today is a day off ({ $holiday }).
guide-purpose-error = Select what you want to do
guide-means-error = Select how you can sign or identify yourself
guide-urgent-error = Select whether it is urgent

catalogue-count = { $count ->
    [0] No services found
    [one] { $count } service found
   *[other] { $count } services found
}
