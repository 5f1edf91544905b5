# The frame around every page: header, navigation, footer, contact block, shared words.

site-name = Data State Inspectorate
site-service = Client self-service
skip-link = Skip to main content
nav-label = Main
nav-easy-read = Easy read
nav-services = Services
nav-channels = Contact us
nav-rights = Your rights
nav-referral = Is this for us?
nav-accessibility = Accessibility statement
nav-privacy = Privacy notice
footer-nav-label = About this site
footer-no-cookies = This site sets no cookies and sends nothing to anyone else.
breadcrumbs-label = Breadcrumbs
breadcrumbs-home = Home
contents-heading = Contents
article-updated = Last updated:

contact-heading = Contact details
contact-address = Address
contact-email = E-mail
contact-e-address = E-address
contact-phone = Phone
contact-phone-hours = consultations on working days { $from }–{ $to }, Riga time
contact-name = Name
contact-website = Website

audience-all = Everyone
audience-person = Private persons
audience-organisation = Organisations

not-found-title = Page not found
not-found-intro = If you typed the address, check it is correct. If you followed a link, the page may have moved.
not-found-home = Go to the home page
not-found-services = See all services
not-found-contact = Contact us

## The widget on other sites (www.dvi.gov.lv)
widget-full-site = Open this page on the Data State Inspectorate's self-service site

# At the end of every page: the feedback form, with the page's address given.
report-problem = Report a problem with this page
