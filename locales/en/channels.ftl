# The "how to reach us" page: the phone line's status, the channel guide, the channel cards.

channels-title = How to reach us
channels-intro = Choose the way that suits you. Some ways can carry a signed document, such as a complaint; others are for questions and advice.
channels-list-heading = All the ways to reach us

phone-line = Phone consultations:
phone-hours = On working days from { $from } to { $to }, Riga time.

channel-suits = Suits
channel-needs = What you need
channel-speed = How fast
channel-signed = Signed documents
channel-standard-points = Client service standard, points:

guide-heading = Which way suits me?
guide-intro = Answer three questions and we will suggest the best way to reach us.
guide-purpose-legend = What do you want to do?
guide-purpose-signed = Send a complaint, an application or an appeal
guide-purpose-question = Ask a question, get advice or give feedback
guide-means-legend = How can you sign or identify yourself online?
guide-means-hint = A complaint, an application or an appeal has to be signed, by hand or with a secure electronic signature.
guide-means-esignature = I have a secure electronic signature (eParaksts or an eID card)
guide-means-portal = I can log in to latvija.gov.lv (eID, eParaksts mobile or an internet bank), but cannot sign files
guide-means-neither = Neither of these
guide-urgent-legend = Is it urgent?
guide-urgent-yes = Yes, I need it to reach you or get an answer quickly
guide-urgent-no = No
guide-submit = Show my best way
guide-result-heading = Our suggestion:
guide-result-details = What you need and how fast it is
guide-result-why = Why
guide-result-alternatives = Other ways that also work
guide-reason-esignature = A document signed with a secure electronic signature and sent by e-mail has the same force as one signed by hand, and it arrives at once.
guide-reason-portal = The e-services on latvija.gov.lv identify you when you log in, so what you send there counts as signed. You need no separate signature.
guide-reason-handwritten = Without an electronic signature, sign the document by hand and send it by post or leave it in our mailbox.
guide-reason-mailbox-fast = A letter left in our mailbox does not wait for postal delivery.
guide-reason-urgent-signed = Electronic ways reach us the same day; a letter by post takes a few days longer.
guide-reason-phone = On the phone you get an answer during the call, on working days between { $from } and { $to }, Riga time.
guide-reason-question-written = A written question gets a written answer you can keep; you can send it at any time.
guide-reason-no-signature = A question needs no signature. Do not send personal data of yourself or others in public comments on social media.
