# The forms' words that only their pages show, written by pre-rendering (islands::page_text):
# what a form is for, how its answers are used, what happens after. The forms' bundle does not
# carry them; what it writes in the browser (labels, answers, errors) is in forms.ftl.

privacy-notice-heading = How we will use your information
privacy-notice-controller = The Data State Inspectorate processes the information you give here. We do not pass it on to anyone unless the law requires it, for example when we forward your matter to the competent institution. If we do, we will tell you.
privacy-notice-rights = You can ask to see your data, to have it corrected or, where the law allows, erased. Read more in our privacy notice.
form-check-lead = Before you send, check that everything is right. To change an answer, choose “Change”.
form-send-declaration = By sending this, you confirm that the information you have given is correct to the best of your knowledge.
form-sign-heading = Sign it first, if you can
form-sign-intro = The inspectorate asks for complaints and applications to be signed. You can send this one as it is, and we may ask you to sign it later. Or sign it now with eParaksts:
form-sign-step-save = Save your submission as a PDF document: choose “Save as PDF” below, then “Save as PDF” as the destination, and save the file.
form-sign-step-sign = Sign the PDF on eparaksts.lv: log in with your eID card or the eParaksts mobile app, choose to sign a document, add the PDF and sign it. You get back a signed file ending in .edoc.
form-sign-step-attach = Attach the .edoc file under “Documents” (use its Change link above) and send it with this submission. Or send the .edoc on its own to pasts@dvi.gov.lv, or from your official e-address on latvija.gov.lv.
form-sign-save = Save as PDF
form-document-to = To:
form-sent-next-heading = What happens next
form-sent-next = We will register your submission. Keep your reference number and give it whenever you contact us about this matter.
form-sent-time = How long it may take:
form-sent-home = Back to the home page

# A page of advice between two steps (content/advice.toml)
form-advice-controller-first-title = Ask the controller first
form-advice-controller-first-lead = The quickest way to put things right is often to ask the company or institution that uses your data. Here is why, and how.
form-advice-controller-first-go-on = Go on with my complaint
form-advice-change = Change my answer
form-noscript-heading = This form needs JavaScript
form-noscript = JavaScript is not running in your browser, so the form cannot be sent from here. You can send the same by e-mail or by post.
form-start-failed-heading = This form could not start
form-start-failed = Something stopped the form from working in your browser. What you typed is still on this page. Reload the page to try again, or send it another way.
form-start-failed-link = How to send it another way
form-question-lead = Ask us about data protection or about our services. We will answer in writing within 10 working days, or within one month if we need more information.
form-question-privacy = We use your name and contact details only to answer your question, as the law requires us to (GDPR Article 6(1)(c) and (e)). We keep your question and our answer for as long as the Archives Law and the rules on records management require.
form-complaint-lead = Use this form if you think a company, a public body or another person is processing your personal data unlawfully. We will tell you how your complaint is progressing, or its outcome, within three months.
form-complaint-privacy = We use your details and what you write in your complaint to examine it, as the law requires us to (GDPR Article 6(1)(c) and (e)). We keep the complaint and our correspondence about it for as long as the Archives Law and the rules on records management require.
form-complaint-signature = The law requires a complaint to be signed. Before you send it, you can save it as a PDF document and sign it with eParaksts; or send it as it is, and we may ask you to confirm it with your signature: a secure electronic signature, from your e-address, or by hand.
form-complaint-controller-first = First ask the controller yourself: many problems are solved faster that way. If you have the request you sent to the controller and its answer, attach them to your complaint.
form-feedback-lead = Tell us what you liked or disliked about our service, or suggest how we could do better. We read every piece of feedback and, if you want an answer, we reply within 10 working days.
form-feedback-privacy = We use your feedback to improve our service. We ask for your name and e-mail address only if you want an answer, and use them only to answer you. This is part of our task and our duty under the law (GDPR Article 6(1)(c) and (e)). We keep your feedback and our correspondence for as long as the Archives Law and the rules on records management require.
form-feedback-anonymous = You can give feedback without giving your name. We will then not be able to answer you.
form-appeal-lead = If you disagree with a decision or an action of one of our officials, contest it before the director of the Data State Inspectorate. The director will look at the matter afresh and decide.
form-appeal-privacy = We use your details and what you write in your appeal to examine it, as the law requires us to (GDPR Article 6(1)(c) and (e)). We keep the appeal and our correspondence about it for as long as the Archives Law and the rules on records management require.
form-appeal-deadline-heading = Time limits
form-appeal-deadline = You can usually contest a decision within one month of the day it takes effect. The decision itself states the exact time limit and where to contest it. The director decides within one month; in a complex case this can be extended to four months, and we will tell you if it is. If you disagree with the director's decision too, you can appeal to the administrative court, as that decision will explain.
form-visit-lead = Ask for a visit if you want advice in person or want to hand in documents at our office. When we get your request, we will phone you to agree a time.
form-visit-privacy = We use your name and contact details only to agree and arrange your visit, and what you tell us about the help you need only to prepare for it. This is part of our task and our duty under the law (GDPR Article 6(1)(c) and (e)). We keep your request for as long as the Archives Law and the rules on records management require.
form-visit-how = We will phone you to agree the exact time. Visits are at our office during working hours.
