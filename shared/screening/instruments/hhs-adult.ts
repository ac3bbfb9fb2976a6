import { defineInstrument } from '../define';

const WHY = {
  en: 'Asked to recognise trafficking so the person can be offered protection and services; it is fine to skip.',
  'fr-CA': 'Posée pour reconnaître la traite afin d’offrir protection et services; on peut ne pas répondre.',
  es: 'Se pregunta para reconocer la trata y ofrecer protección y servicios; se puede omitir.',
};

/**
 * HHS Administration for Children and Families (OTIP/NHTTAC), Adult Human Trafficking Screening Tool and
 * Guide (2018): 8 closed questions; survivor-informed, not validated. Paraphrased topics. The guide
 * treats any "yes" as a reason for a fuller assessment; 'likely' from 3 is a centre default.
 */
export const hhsAdult = defineInstrument({
  id: 'hhs_acf_adult',
  version: 1,
  name: { en: 'HHS/ACF adult screening (8 questions)', 'fr-CA': 'Dépistage adulte HHS/ACF (8 questions)', es: 'Detección para adultos HHS/ACF (8 preguntas)' },
  source: {
    citation: 'U.S. HHS, Administration for Children and Families, Adult Human Trafficking Screening Tool and Guide (NHTTAC, 2018).',
    url: 'https://www.acf.hhs.gov/otip/training/nhttac/adult-human-trafficking-screening-tool-guide',
  },
  population: 'adult',
  jurisdiction: 'US',
  scoringNote: {
    en: 'Not validated: any “yes” calls for a fuller assessment. “Likely” from 3 is a centre default.',
    'fr-CA': 'Non validé : tout « oui » appelle une évaluation plus complète. « Probable » dès 3 est un réglage du centre.',
    es: 'No validado: cualquier “sí” requiere una evaluación más completa. “Probable” desde 3 es un valor del centro.',
  },
  bands: { possible: 1, likely: 3 },
  questions: [
    { id: 'papers_held', weight: 1, sensitive: true, why: WHY, text: { en: 'Has anyone you worked for kept your ID or papers from you?', 'fr-CA': 'Une personne pour qui vous travailliez a-t-elle gardé vos papiers?', es: '¿Alguien para quien trabajaba se quedó con sus documentos?' } },
    { id: 'threatened_if_leave', weight: 1, sensitive: true, why: WHY, text: { en: 'Were you threatened if you tried to leave a job or situation?', 'fr-CA': 'Avez-vous été menacé·e si vous tentiez de quitter un emploi ou une situation?', es: '¿Le amenazaron si intentaba dejar un trabajo o una situación?' } },
    { id: 'forced_to_do', weight: 1, sensitive: true, why: WHY, text: { en: 'Has anyone made you do work or other things you did not want to do?', 'fr-CA': 'Quelqu’un vous a-t-il fait faire un travail ou autre chose contre votre gré?', es: '¿Alguien le obligó a hacer trabajos u otras cosas que no quería?' } },
    { id: 'unable_to_leave', weight: 1, sensitive: true, why: WHY, text: { en: 'Did you feel you could not leave a job or living situation?', 'fr-CA': 'Aviez-vous le sentiment de ne pas pouvoir quitter un emploi ou un logement?', es: '¿Sentía que no podía dejar un trabajo o el lugar donde vivía?' } },
    { id: 'work_off_debt', weight: 1, sensitive: false, text: { en: 'Were you made to work to pay off a debt?', 'fr-CA': 'Deviez-vous travailler pour rembourser une dette?', es: '¿Le obligaron a trabajar para pagar una deuda?' } },
    { id: 'sex_for_something', weight: 1, sensitive: true, why: WHY, text: { en: 'Has anyone made you have sex in exchange for something (money, housing, food)?', 'fr-CA': 'Quelqu’un vous a-t-il obligé·e à avoir des relations sexuelles en échange de quelque chose?', es: '¿Alguien le obligó a tener relaciones sexuales a cambio de algo (dinero, vivienda, comida)?' } },
    { id: 'unpaid', weight: 1, sensitive: false, text: { en: 'Were you not paid, or paid far less than agreed?', 'fr-CA': 'Étiez-vous non payé·e ou payé·e bien moins que convenu?', es: '¿No le pagaban, o le pagaban mucho menos de lo acordado?' } },
    { id: 'controlled_contact', weight: 1, sensitive: true, why: WHY, text: { en: 'Did someone control where you went or who you could talk to?', 'fr-CA': 'Quelqu’un contrôlait-il vos déplacements ou vos contacts?', es: '¿Alguien controlaba a dónde iba o con quién podía hablar?' } },
  ],
});
