# Each form's name (on its service page, above each of its pages, in the e-mail and the text
# to send another way), and the names of its check and confirmation pages. The widget's two
# bundles and the forms' carry these.

form-check-title = Check your answers
form-sent-title = We have received your submission
form-question-title = Ask a question
form-complaint-title = Complain about the processing of personal data
form-feedback-title = Give feedback on our service
form-appeal-title = Contest a decision or an action
form-visit-title = Ask for a visit
