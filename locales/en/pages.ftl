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
