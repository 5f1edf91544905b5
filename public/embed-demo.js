// The demo host page's own script: what a page of www.dvi.gov.lv might do with the widgets.
// A language button sets the widget's `lang` attribute (it switches in place), and every
// `dvi-submitted` event is listed, as a page would use it for its own thanks or statistics.
const complaint = document.getElementById('complaint-widget');
const button = document.getElementById('complaint-lang');
button.addEventListener('click', () => {
  const english = complaint.getAttribute('lang') !== 'en';
  complaint.setAttribute('lang', english ? 'en' : 'lv');
  button.textContent = english ? 'Latviski' : 'English';
  button.lang = english ? 'lv' : 'en';
});
button.lang = 'en';

document.addEventListener('dvi-submitted', (event) => {
  const item = document.createElement('li');
  const { form, reference } = event.detail;
  item.textContent = `${event.target.id}: ${form} ${reference}`;
  document.getElementById('events').append(item);
});
