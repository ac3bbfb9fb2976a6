import { defineInstrument } from '../define';

const WHY = {
  en: 'Young people are often exploited for a place to stay or food; asking helps offer safe housing. It is fine to skip.',
  'fr-CA': 'Les jeunes sont souvent exploités pour un toit ou de la nourriture; demander aide à offrir un logement sûr. On peut ne pas répondre.',
  es: 'A menudo se explota a jóvenes a cambio de alojamiento o comida; preguntar ayuda a ofrecer vivienda segura. Se puede omitir.',
};

/**
 * Covenant House / Loyola, Quick Youth Indicators for Trafficking (QYIT). Published validation: one "yes"
 * gives 86.7% sensitivity and 76.5% specificity, so a single "yes" is a positive screen ('possible');
 * 'likely' from 2 is a centre default. Paraphrased topics.
 */
export const covenantQyit = defineInstrument({
  id: 'covenant_qyit',
  version: 1,
  name: { en: 'Covenant House QYIT (youth)', 'fr-CA': 'Covenant House QYIT (jeunes)', es: 'Covenant House QYIT (jóvenes)' },
  source: {
    citation: 'Covenant House New York & Loyola University New Orleans, Quick Youth Indicators for Trafficking (QYIT), validated 2017.',
    url: 'https://www.covenanthouse.org/homeless-teen-issues/human-trafficking',
  },
  population: 'youth',
  jurisdiction: 'any',
  scoringNote: {
    en: 'One “yes” is a positive screen (86.7% sensitivity, 76.5% specificity). “Likely” from 2 is a centre default.',
    'fr-CA': 'Un seul « oui » est un dépistage positif (sensibilité 86,7 %, spécificité 76,5 %). « Probable » dès 2 est un réglage du centre.',
    es: 'Un solo “sí” es una detección positiva (sensibilidad 86,7 %, especificidad 76,5 %). “Probable” desde 2 es un valor del centro.',
  },
  bands: { possible: 1, likely: 2 },
  questions: [
    { id: 'work_for_shelter', weight: 1, sensitive: true, why: WHY, text: { en: 'Have you done work or favours for someone in exchange for a place to stay, food or money, and felt you could not stop?', 'fr-CA': 'As-tu travaillé ou rendu des services en échange d’un toit, de nourriture ou d’argent, sans pouvoir arrêter?', es: '¿Has trabajado o hecho favores a cambio de alojamiento, comida o dinero, sin poder parar?' } },
    { id: 'sex_exchange', weight: 1, sensitive: true, why: WHY, text: { en: 'Has anyone asked or pushed you to do sexual things for money, a place to stay or something else?', 'fr-CA': 'Quelqu’un t’a-t-il demandé ou poussé·e à faire des actes sexuels contre de l’argent, un toit ou autre chose?', es: '¿Alguien te pidió o presionó para hacer cosas sexuales a cambio de dinero, alojamiento u otra cosa?' } },
    { id: 'threatened', weight: 1, sensitive: true, why: WHY, text: { en: 'Has someone you worked for or stayed with threatened you or someone close to you?', 'fr-CA': 'Une personne pour qui tu travaillais ou chez qui tu restais t’a-t-elle menacé·e, toi ou un proche?', es: '¿Alguien para quien trabajabas o con quien vivías te amenazó a ti o a alguien cercano?' } },
    { id: 'earnings_taken', weight: 1, sensitive: false, text: { en: 'Has someone taken money you earned?', 'fr-CA': 'Quelqu’un a-t-il pris l’argent que tu gagnais?', es: '¿Alguien se quedó con el dinero que ganaste?' } },
  ],
});
