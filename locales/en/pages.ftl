# Home, catalogue, service, referral pages.

home-title = How can we help?
home-intro = The Data State Inspectorate supervises how personal data is processed in Latvia and protects your right to privacy. We examine complaints, advise people and organisations, and check that those who process personal data keep to the law.
home-tasks-heading = Most people come to
home-all-services = See all our services
home-help-heading = Not sure where to start?
home-help-channels = Find the best way to reach us, and whether the phone line is open now
home-help-referral = Check whether your matter is one for us or for another institution
home-help-rights = Your rights as our client and what we promise

search-label = Search for a service
search-hint = For example: complaint, breach, exam
search-button = Search

catalogue-title = Services
catalogue-intro = Everything you can ask us for, and how. Filter the list or search it.
catalogue-filters-label = Search and filter services
catalogue-audience-legend = Who is it for?
catalogue-channel-label = How you want to apply
catalogue-channel-any = Any way

service-for = For:
service-free = Free of charge
service-paid = A fee applies
service-what = What it is
service-who = Who can use it
service-needs = What you need
service-how = How to apply
service-channel-details = More about this way of contacting us
service-cost = Cost
service-time = How long it takes
service-law = Set by:
service-deadline = The time limit for an answer to what you send online:
service-deadline-counting = It counts from the day after we receive what you send. A time limit that would end on a Saturday, a Sunday, a public holiday or another day off ends on the next working day. When you send a form here, its confirmation tells you the date.
service-portal = E-service on the state portal
service-sources = Sources

referral-title = Is this for us?
referral-intro = We deal with the protection of personal data. If your matter belongs to another institution, here is where to turn for the most common cases.
referral-ours = Whenever personal data is processed unlawfully, the matter is ours, even when another institution handles the rest of your case.
referral-unsure-heading = Still not sure?
referral-unsure = Write to us or call us anyway. If the matter is not ours, we will find the competent institution and pass your question on, or tell you where to go.
referral-contact-link = How to contact us
rights-referral-link = Not sure whether your matter is for us? Check who handles it.

form-start = Fill in the form online
form-start-hint = It takes about 5 to 10 minutes. You can go back and change your answers. Nothing is sent until the last step.

another-way-title = Send it another way
another-way-intro = The online form works only with JavaScript, which is turned off or could not start in your browser.
another-way-nothing-kept = We have not received what you typed, and it was not kept anywhere. You can send the same to us by e-mail or by post.
another-way-all-channels = All the ways to contact us

page-start-failed-heading = This part of the page could not start
channels-start-failed = The guide and the phone line's status need JavaScript, which could not start in your browser. Reload the page to try again. Every way to reach us, with the phone line's hours, is listed below.
catalogue-start-failed = Search and the filters need JavaScript, which could not start in your browser. Reload the page to try again. Every service is listed below.
catalogue-noscript = Search and the filters need JavaScript, which is turned off in your browser. Every service is listed below.
channels-noscript = The guide and the phone line's status need JavaScript, which is turned off in your browser. Every way to reach us, with the phone line's hours, is listed below.

# The accessibility statement's links, and the evaluation record (generated at build time)
accessibility-report = Report an accessibility problem
record-link = The accessibility evaluation record
record-title = Accessibility evaluation record
record-intro = What our accessibility checks test, with which tools, and on which pages. The checks run before every version of the site is published: a version that fails one is not published.
record-version = Version of the site
record-evaluator = Evaluated by
record-evaluator-value = Data State Inspectorate (self-evaluation)
record-method = Method
record-method-value = Simplified evaluation with automated checks
record-standard = Standard
record-standard-value = WCAG 2.2 level AA; EN 301 549
record-checks-heading = What the checks test
record-checks-intro = In the { $browser } browser:
record-check-axe = axe-core { $version }, with the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA: every page listed below, in both languages, with no findings allowed.
record-check-reflow = No sideways scrolling on a screen 320 pixels wide: every page listed below.
record-check-html = The W3C Nu HTML Checker { $version }: every page listed below, as published, with no errors allowed.
record-check-forms = Every form completed by keyboard alone, in both languages: axe-core on each step, each step's error summary, the check of the answers and the confirmation ({ $forms } forms, { $steps } steps).
record-check-reveals = Every question that an answer reveals, in both languages, on this site and in the widget ({ $count } questions).
record-check-widget = The widget on pages styled with GOV.UK Frontend and with Bootstrap: axe-core, and a question sent by keyboard alone.
record-pages-heading = Pages checked ({ $count })
record-pages-lv = In Latvian
record-pages-en = In English
