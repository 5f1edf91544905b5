# Online forms: steps, checking, sending, attachments, errors, and the texts of the five forms.
# The fields, options and conditions are declared in validation/src/forms.rs.

# The form engine

form-optional = (optional)
form-step-of = Step { $step } of { $total }
form-continue = Continue
form-back = Back
form-chars-left = { $count ->
    [0] You have no characters left
    [one] You have { $count } character left
   *[other] You have { $count } characters left
}
form-chars-over = { $count ->
    [one] You have { $count } character too many
   *[other] You have { $count } characters too many
}

# Data protection and the draft

form-draft-notice = What you type is kept only on this device, in this browser, so that you do not lose it if the page reloads or sending fails. It is deleted when you send the form or delete the draft. If other people use this device, delete the draft when you no longer need it.
form-draft-notice-widget = What you type is kept only on this device, in this browser, by the website this form is on, so that you do not lose it if the page reloads or sending fails. It is deleted when you send the form or delete the draft. If other people use this device, delete the draft when you no longer need it.
form-draft-delete = Delete my draft
form-draft-deleted = Your draft has been deleted. The form is empty again.

# Checking and sending

form-check-change = Change
form-check-change-hidden = your answer to: { $label }
form-check-empty = Not given
form-send = Send
form-sending = Sending…

form-sent-reference = Your reference number
form-sent-date = Received
form-sent-signed = A signed document (an .edoc or .asice file) came with it.
form-sent-unsigned = It came without a signed document. We may ask you to confirm it with your signature.
form-sent-print = Print this page
form-sent-copy-heading = A copy of what you sent
form-sent-copy-note = This copy is only on this page. It is not kept in your browser: if you leave or reload the page, it is gone. To keep it, print it or save it as a PDF with “Print this page”.
form-sent-copy-gone = A copy of your answers is shown only straight after you send them. It is not kept in your browser.
form-sent-no-reference = There is no reference number to show here. We show it on this page straight after you send a form, and again if you reload the page, until you close the tab.

# If sending fails

form-send-failed-heading = We could not send your submission
form-send-failed = Our system is not answering right now. Your answers are kept on this device. You can try again later, or send the same thing another way now: by e-mail or by post. If you try again, we will not receive it twice.
form-send-too-many = Too many submissions have come from your connection in the last minute, so we are not taking more from it for a moment. Your answers are kept on this device. Wait a minute and try again, or send the same thing another way now: by e-mail or by post. If you try again, we will not receive it twice.
form-send-offline = Your device is not connected to the internet, so your submission could not reach us. Your answers are kept on this device. Check your connection and try again, or send the same thing another way: by e-mail or by post. If you try again, we will not receive it twice.
form-send-refused = Our system did not accept this form as a whole, so it has not been sent. You cannot put this right by changing your answers. Your answers are kept on this device. Send the same thing another way: by e-mail or by post.
form-send-retry = Try again
form-other-ways-heading = Send it another way
form-copy = Copy the text
form-copied = Text copied
form-download = Download as a text file
form-email = Open an e-mail to { $email }
form-email-note = A complaint or an appeal sent by e-mail must be signed with a secure electronic signature. If you do not have one, print it, sign it by hand and send it by post or put it in our mailbox.
form-print = Print to send by post
form-post-address = Postal address: { $address }
form-submission-text-label = Your submission as text
form-field-errors-sent = The inspectorate's system did not accept some of your answers. Correct them below.

# When the next page does not open

move-failed-heading = The page did not open
move-failed-offline = Your device is not connected to the internet. Your answers are kept on this device. We will open the page as soon as the connection is back, or you can try again yourself.
move-failed = Our website did not answer. Your answers are kept on this device. We will try again in a few seconds, or you can try again now.
move-failed-sent-heading = Your submission has been sent
move-failed-sent = Your reference number is { $reference }. Keep it. The confirmation page did not open because the connection was lost. We will open it as soon as the connection is back. You do not need to send anything again.
move-retry = Try again

# Attachments

form-files-choose = Choose a file
form-files-uploading = Uploading { $name }: { $percent }%
form-files-waiting = Waiting for your files to finish uploading. You will go on as soon as they are attached.
form-files-uploaded = { $name } attached
form-files-remove = Remove { $name }
form-files-removed = { $name } removed
form-files-list-heading = Attached files
form-files-none = No files attached
form-files-failed = { $name } could not be uploaded. Try again, or send it another way.
form-files-too-many-requests = { $name } was not uploaded: too many files have come from your connection in the last minute. Wait a minute and try again.
form-files-offline = { $name } was not uploaded: your device is not connected to the internet. Check your connection and choose the file again.

# Errors that fit any field

error-required = Answer this question
error-too-short = The answer is too short. Write a little more.
error-too-long = { $max ->
    [one] Shorten the text to { $max } character or fewer
   *[other] Shorten the text to { $max } characters or fewer
}
error-name-invalid = A name can only contain letters, spaces, hyphens, apostrophes and full stops, and must start with a letter
error-email-invalid = Enter an e-mail address in the correct format, like name@example.com
error-phone-invalid = Enter a Latvian phone number of 8 digits, like 29123456, or a number outside Latvia with + and its country code, like +49 30 1234567
error-postcode-invalid = Enter the postcode in the correct format: in Latvia like LV-1050, elsewhere in letters and digits as the country writes it (at most 12)
error-personal-code-invalid = Enter your personal code as it is written on your identity document: 11 digits, like 010190-12345
error-date-invalid = Enter a real date: choose it from the calendar or write it as year, month and day, like 2026-11-25
error-date-in-future = The date cannot be in the future. Enter today's date or an earlier one.
error-choice-invalid = Choose from the answers given
error-unexpected = Something went wrong with this answer. Please answer again.
error-file-type = The file is not in a format we accept. Attach a PDF, JPG, PNG, DOCX, EDOC or ASICE file.
error-file-too-large = The file is too big. Attach a file of { $max } MB or less.
error-file-empty = The file is empty. Choose a file that has something in it.
error-signed-container-invalid = The file is not a well-formed signed container. Sign the document again with eParaksts and attach the .edoc or .asice file it gives you.
error-too-many-files = { $max ->
    [one] You can attach only { $max } file. Remove the extra files.
   *[other] You can attach up to { $max } files. Remove the extra files.
}

# Fields used in several forms

field-full-name-label = Full name
field-full-name-error-required = Enter your full name
field-email-label = E-mail address
field-email-hint = We will send our answer here.
field-email-error-required = Enter your e-mail address
field-phone-label = Phone number
field-phone-hint = For example, 29123456. For a number outside Latvia, start with + and the country code, for example +49 30 1234567.
field-phone-error-required = Enter your phone number
field-personal-code-label = Personal code
field-personal-code-hint = Give it only if you want us to be sure who you are in the state registers. It has 11 digits, for example 010190-12345.
field-personal-code-error-required = Enter your personal code
field-country-label = Country
field-country-hint = The country of your postal address.
field-country-error-required = Select the country of your address
country-other = Another country or territory
field-country-other-label = Name of the country or territory
field-country-other-error-required = Enter the name of the country or territory
field-address-label = Address line 1
field-address-hint = Street, house and flat number, or the name of the house and the parish, for example Brīvības iela 1-2.
field-address-error-required = Enter the first line of your address
field-address-2-label = Address line 2
field-city-label = Town or municipality
field-city-hint = For example, Rīga or Ogres novads.
field-city-error-required = Enter your town or municipality
field-postcode-label = Postcode
field-postcode-hint = In Latvia, for example LV-1050. If an address outside Latvia has no postcode, leave this empty.
field-postcode-error-required = Enter your postcode, for example LV-1050
field-documents-label = Documents
field-documents-hint = For example, your request to the controller and its answer, the decision you are contesting, or photos. You can attach up to 5 files in PDF, JPG, PNG, DOCX, EDOC or ASICE format, each up to 10 MB.
field-documents-error-required = Attach at least one document
field-applicant-label = Who are you applying for?
field-applicant-self = For myself: it is about my personal data
field-applicant-representative = For someone I represent: a child, a person under my guardianship, or someone who gave me a power of attorney
field-applicant-organisation = As a not-for-profit organisation acting for a data subject (GDPR article 80)
field-applicant-error-required = Choose who you are applying for
field-representation-label = How do you represent them?
field-representation-parent = I am the child's parent
field-representation-guardian = I am their guardian
field-representation-authorisation = They gave me a power of attorney
field-representation-error-required = Choose how you represent them
field-organisation-label = Name of the organisation
field-organisation-hint = A not-for-profit body, organisation or association active in protecting the rights and freedoms of data subjects, which the person has mandated to act for them.
field-organisation-error-required = Enter the name of the organisation
field-represented-name-label = Full name of the person you represent
field-represented-name-hint = The person whose personal data this is about.
field-represented-name-error-required = Enter the full name of the person you represent
field-representation-proof-label = A document that proves you represent them
field-representation-proof-hint = For a child, for example the birth certificate; for guardianship, the decision that appointed you; otherwise the power of attorney or the person's mandate. PDF, JPG, PNG, DOCX, EDOC or ASICE, each up to 10 MB.
field-representation-proof-error-required = Attach a document that proves you represent them
field-declaration-label = Declaration
field-declaration-confirmed = I confirm the information is correct to the best of my knowledge
field-declaration-error-required = Confirm that the information is correct to the best of your knowledge

# The form “Ask a question”

form-question-step-question = Your question
form-question-step-answer = Your contact details
form-question-topic-label = What is your question about?
form-question-topic-data-protection = Data protection
form-question-topic-our-services = Our services
form-question-topic-other = Something else
form-question-topic-error-required = Choose what your question is about
form-question-question-label = Your question
form-question-question-hint = Make it as specific as you can. Include no more personal data than the question needs, and none about other people.
form-question-question-error-required = Enter your question
form-question-answer-by-label = How would you like to get our answer?
form-question-answer-by-email = By e-mail
form-question-answer-by-post = By post
form-question-answer-by-error-required = Choose how you would like to get our answer

# The form “Complain about the processing of personal data”

form-complaint-step-you = About you
form-complaint-step-applicant = Who the complaint is for
form-complaint-step-controller = The controller: who is processing your data
form-complaint-step-what-happened = What happened?
form-complaint-step-contacted = Contacting the controller
form-complaint-step-request = What you are asking for
form-complaint-step-documents = Documents
form-complaint-controller-label = The controller's name
form-complaint-controller-hint = The controller is whoever decides why and how your data is processed: a company, a public body or a person. For example, SIA Piemērs.
form-complaint-controller-error-required = Enter the controller's name
form-complaint-controller-contact-label = The controller's address or other contact details
form-complaint-controller-contact-hint = If you know them, give an address, an e-mail address or a website. This helps us contact the controller.
form-complaint-relation-label = How are you connected to the controller?
form-complaint-relation-hint = For example, you are its customer, employee, tenant or neighbour.
form-complaint-what-happened-label = Describe what happened
form-complaint-what-happened-hint = How your data was processed, and why you think it was unlawful. For example: “A shop posted my photo on its Facebook page without my consent.”
form-complaint-what-happened-error-required = Describe what happened
form-complaint-when-happened-label = When did it happen?
form-complaint-when-happened-hint = If it is still going on, give the date it started. If you do not remember the exact date, give an approximate one.
form-complaint-when-happened-error-required = Enter the date it happened
form-complaint-contacted-label = Have you already contacted the controller?
form-complaint-contacted-yes = Yes
form-complaint-contacted-no = No
form-complaint-contacted-error-required = Choose whether you have already contacted the controller
form-complaint-contacted-details-label = How and when did you contact the controller, and what was the answer?
form-complaint-contacted-details-hint = For example: “On 1 October 2026 I sent an e-mail asking them to delete my data. I got no answer.” You can attach copies of your request and the answer in the last step.
form-complaint-contacted-details-error-required = Describe how you contacted the controller and what the answer was
form-complaint-request-label = What are you asking us to do?
form-complaint-request-hint = For example, to check whether the processing of your data is lawful and to order the controller to delete your data.
form-complaint-request-error-required = Enter what you are asking us to do

# The form “Give feedback on our service”

form-feedback-step-feedback = Your feedback
form-feedback-step-answer = An answer to your feedback
form-feedback-about-label = What is your feedback about?
form-feedback-about-consultation = Advice or an answer to a question
form-feedback-about-complaint = How we handled your complaint
form-feedback-about-visit = A visit to our office
form-feedback-about-phone = A phone call
form-feedback-about-website = Our website
form-feedback-about-other = Something else
form-feedback-about-error-required = Choose what your feedback is about
form-feedback-page-label = Which page is it about?
form-feedback-page-hint = The page's address. “Report a problem with this page” fills it in for you.
form-feedback-rating-label = Overall, how would you rate our service?
form-feedback-rating-very-good = Very good
form-feedback-rating-good = Good
form-feedback-rating-neither = Neither good nor poor
form-feedback-rating-poor = Poor
form-feedback-rating-very-poor = Very poor
form-feedback-rating-error-required = Choose how you would rate our service
form-feedback-went-well-label = What went well?
form-feedback-went-well-hint = For example, what helped you or what you liked.
form-feedback-went-badly-label = What went badly, or what could we do better?
form-feedback-went-badly-hint = The more specific you are, the easier it is for us to put it right. Feedback is not a way to contest a decision: for that, make an appeal.
form-feedback-wants-answer-label = Do you want us to answer you?
form-feedback-wants-answer-hint = If you do, we will ask for your name and e-mail address.
form-feedback-wants-answer-yes = Yes, please answer me
form-feedback-wants-answer-no = No, I do not need an answer
form-feedback-wants-answer-error-required = Choose whether you want an answer

# The form “Contest a decision or an action”

form-appeal-step-decision = The decision or action
form-appeal-step-grounds = Your objections
form-appeal-step-you = About you
form-appeal-step-applicant = Who the application is for
form-appeal-step-documents = Documents
form-appeal-contest-label = What are you contesting?
form-appeal-contest-hint = A decision is, for example, a decision on your complaint or a refusal. An action is something one of our officials did.
form-appeal-contest-act = A decision (an administrative act)
form-appeal-contest-action = Something an official did (an actual action)
form-appeal-contest-error-required = Choose whether you are contesting a decision or an action
form-appeal-act-number-label = Decision number
form-appeal-act-number-hint = As written on the decision, for example 2.1-3/45.
form-appeal-act-number-error-required = Enter the decision number
form-appeal-act-date-label = Date of the decision
form-appeal-act-date-hint = The date is on the decision.
form-appeal-act-date-error-required = Enter the date of the decision
form-appeal-action-description-label = What action are you contesting?
form-appeal-action-description-hint = Describe what happened and, if you know, which official did it.
form-appeal-action-description-error-required = Describe the action you are contesting
form-appeal-action-date-label = When did it happen?
form-appeal-action-date-hint = If you do not remember the exact date, give an approximate one.
form-appeal-action-date-error-required = Enter the date it happened
form-appeal-contested-label = What exactly are you contesting?
form-appeal-contested-hint = For example, the whole decision or only part of it. If only part, say which.
form-appeal-contested-error-required = Enter what exactly you are contesting
form-appeal-reasons-label = Why do you think the decision or action is wrong?
form-appeal-reasons-hint = Set out your arguments. If you have evidence, attach it in the last step.
form-appeal-reasons-error-required = Enter why you think the decision or action is wrong
form-appeal-request-label = What are you asking the director to do?
form-appeal-request-hint = For example, to revoke or change the decision, or to declare the action unlawful.
form-appeal-request-error-required = Enter what you are asking the director to do

# The form “Ask for a visit”

form-visit-step-topic = What your visit is about
form-visit-step-when = When would suit you?
form-visit-step-help = Help during your visit
form-visit-step-contact = Your contact details
form-visit-topic-label = What would you like to talk about?
form-visit-topic-hint = Briefly describe your matter, or which documents you want to hand in. This lets us prepare, and you will meet someone who knows your subject.
form-visit-topic-error-required = Briefly describe what you would like to talk about
form-visit-days-label = Which days suit you?
form-visit-days-hint = Select all the days that suit you.
form-visit-days-monday = Monday
form-visit-days-tuesday = Tuesday
form-visit-days-wednesday = Wednesday
form-visit-days-thursday = Thursday
form-visit-days-friday = Friday
form-visit-days-error-required = Choose at least one day
form-visit-time-label = What time of day suits you?
form-visit-time-morning = In the morning
form-visit-time-afternoon = In the afternoon
form-visit-time-any = Any time
form-visit-time-error-required = Choose what time of day suits you
form-visit-needs-help-label = Will you need any help during your visit?
form-visit-needs-help-hint = For example, with access to the building, or to communicate in sign language or with an assistant.
form-visit-needs-help-yes = Yes
form-visit-needs-help-no = No
form-visit-needs-help-error-required = Choose whether you will need any help
form-visit-help-details-label = What help do you need?
form-visit-help-details-hint = Tell us only what we need to know to prepare. You do not have to explain why.
form-visit-help-details-error-required = Describe what help you need
form-visit-phone-label = Phone number
form-visit-phone-hint = We will call this number to agree the time. For example, 29123456, or with + and the country code for a number outside Latvia, for example +49 30 1234567.
form-visit-email-label = E-mail address
form-visit-email-hint = If we cannot reach you by phone, we will write to you here.
