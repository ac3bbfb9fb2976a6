import { defineInstrument } from '../define';

const WHY_CONTROL = {
  en: 'Control over movement, papers or money is a core sign of trafficking and shapes safety planning.',
  'fr-CA': 'Le contrôle des déplacements, des papiers ou de l’argent est un signe central de traite et oriente le plan de sécurité.',
  es: 'El control sobre los movimientos, los documentos o el dinero es una señal central de trata y orienta el plan de seguridad.',
};
const WHY_HARM = {
  en: 'Violence or threats tell us about immediate danger and about eligibility for protection (e.g. T visa, VTIP permit).',
  'fr-CA': 'La violence ou les menaces renseignent sur le danger immédiat et sur l’admissibilité à une protection (visa T, PST-VTIP).',
  es: 'La violencia o las amenazas indican peligro inmediato y posible elegibilidad para protección (visa T, permiso VTIP).',
};

/**
 * Vera Institute of Justice, Trafficking Victim Identification Tool (TVIT), short version: 16 core topics.
 * Paraphrased topics, not Vera's wording. Vera validated the tool's items, not a numeric cut-off: any
 * "yes" on a core item calls for a fuller assessment, so 'possible' starts at 1; 'likely' at 4 is a
 * centre default to review.
 */
export const veraTvitShort = defineInstrument({
  id: 'vera_tvit_short',
  version: 1,
  name: { en: 'Vera TVIT — short version (16 core topics)', 'fr-CA': 'Vera TVIT — version courte (16 thèmes)', es: 'Vera TVIT — versión corta (16 temas)' },
  source: {
    citation: 'Vera Institute of Justice (2014), Screening for Human Trafficking: Guidelines for Administering the Trafficking Victim Identification Tool (TVIT), NCJ 246713.',
    url: 'https://www.vera.org/publications/out-of-the-shadows-identification-of-victims-of-human-trafficking',
  },
  population: 'any',
  jurisdiction: 'any',
  scoringNote: {
    en: 'Not a validated score: any “yes” calls for a fuller assessment. “Likely” from 4 points is a centre default.',
    'fr-CA': 'Pas un score validé : tout « oui » appelle une évaluation plus complète. « Probable » dès 4 points est un réglage du centre.',
    es: 'No es un puntaje validado: cualquier “sí” requiere una evaluación más completa. “Probable” desde 4 puntos es un valor del centro.',
  },
  bands: { possible: 1, likely: 4 },
  questions: [
    { id: 'could_not_leave', weight: 2, sensitive: true, why: WHY_CONTROL, text: { en: 'Was there a place you lived or worked that you were not free to leave when you wanted?', 'fr-CA': 'Avez-vous vécu ou travaillé dans un endroit que vous ne pouviez pas quitter librement?', es: '¿Vivió o trabajó en algún lugar del que no podía irse cuando quería?' } },
    { id: 'documents_held', weight: 2, sensitive: true, why: WHY_CONTROL, text: { en: 'Did someone else keep your identity or travel papers?', 'fr-CA': 'Quelqu’un d’autre gardait-il vos papiers d’identité ou de voyage?', es: '¿Otra persona guardaba sus documentos de identidad o de viaje?' } },
    { id: 'threats_self_family', weight: 2, sensitive: true, why: WHY_HARM, text: { en: 'Were you or your family threatened with harm if you refused or tried to leave?', 'fr-CA': 'Vous ou votre famille avez-vous été menacés si vous refusiez ou tentiez de partir?', es: '¿Le amenazaron a usted o a su familia si se negaba o intentaba irse?' } },
    { id: 'physical_sexual_harm', weight: 2, sensitive: true, why: WHY_HARM, text: { en: 'Were you hurt, or made to take part in sexual acts, by someone connected to the work?', 'fr-CA': 'Avez-vous été blessé·e ou contraint·e à des actes sexuels par une personne liée au travail?', es: '¿Alguien relacionado con el trabajo le hizo daño o le obligó a actos sexuales?' } },
    { id: 'forced_work', weight: 2, sensitive: true, why: WHY_HARM, text: { en: 'Were you made to do work or acts you had not agreed to?', 'fr-CA': 'Vous a-t-on fait faire un travail ou des actes que vous n’aviez pas acceptés?', es: '¿Le hicieron realizar trabajos o actos que usted no había aceptado?' } },
    { id: 'unpayable_debt', weight: 1, sensitive: false, text: { en: 'Did you owe a debt to an employer or recruiter that kept growing or could not be paid off?', 'fr-CA': 'Aviez-vous envers un employeur ou un recruteur une dette qui grossissait ou était impossible à rembourser?', es: '¿Tenía una deuda con un empleador o reclutador que crecía o no se podía pagar?' } },
    { id: 'underpaid', weight: 1, sensitive: false, text: { en: 'Were you paid much less than promised, or not at all?', 'fr-CA': 'Étiez-vous payé·e beaucoup moins que promis, ou pas du tout?', es: '¿Le pagaban mucho menos de lo prometido, o nada?' } },
    { id: 'deceived_about_job', weight: 1, sensitive: false, text: { en: 'Was the work or the conditions different from what you were told before you started?', 'fr-CA': 'Le travail ou les conditions étaient-ils différents de ce qu’on vous avait dit?', es: '¿El trabajo o las condiciones eran distintos de lo que le dijeron antes de empezar?' } },
    { id: 'money_controlled', weight: 1, sensitive: false, text: { en: 'Did someone else control the money you earned?', 'fr-CA': 'Quelqu’un d’autre contrôlait-il l’argent que vous gagniez?', es: '¿Otra persona controlaba el dinero que usted ganaba?' } },
    { id: 'extreme_hours', weight: 1, sensitive: false, text: { en: 'Were you made to work very long hours without enough rest, food or medical care?', 'fr-CA': 'Deviez-vous travailler de très longues heures sans assez de repos, de nourriture ou de soins?', es: '¿Le hacían trabajar jornadas muy largas sin suficiente descanso, comida o atención médica?' } },
    { id: 'monitored_isolated', weight: 1, sensitive: true, why: WHY_CONTROL, text: { en: 'Were you watched, or kept from contacting family or friends?', 'fr-CA': 'Étiez-vous surveillé·e ou empêché·e de contacter votre famille ou vos amis?', es: '¿Le vigilaban o le impedían comunicarse con su familia o amistades?' } },
    { id: 'authorities_threat', weight: 1, sensitive: true, why: WHY_HARM, text: { en: 'Were you told police or immigration would arrest or deport you if you asked for help?', 'fr-CA': 'Vous a-t-on dit que la police ou l’immigration vous arrêterait ou vous expulserait si vous demandiez de l’aide?', es: '¿Le dijeron que la policía o inmigración le arrestaría o deportaría si pedía ayuda?' } },
    { id: 'employer_housing', weight: 1, sensitive: false, text: { en: 'Did you have to sleep at the workplace or wherever the employer decided?', 'fr-CA': 'Deviez-vous dormir sur le lieu de travail ou là où l’employeur le décidait?', es: '¿Tenía que dormir en el lugar de trabajo o donde decidía el empleador?' } },
    { id: 'sex_for_needs', weight: 2, sensitive: true, why: WHY_HARM, text: { en: 'Were you ever made to trade sex for money, a place to stay, food or anything else?', 'fr-CA': 'Vous a-t-on déjà fait échanger des actes sexuels contre de l’argent, un logement, de la nourriture ou autre chose?', es: '¿Alguna vez le obligaron a intercambiar sexo por dinero, alojamiento, comida u otra cosa?' } },
    { id: 'earnings_taken', weight: 2, sensitive: true, why: WHY_CONTROL, text: { en: 'Did someone take money that was paid for sexual acts you did?', 'fr-CA': 'Quelqu’un prenait-il l’argent payé pour des actes sexuels que vous faisiez?', es: '¿Alguien se quedaba con el dinero pagado por actos sexuales que usted realizaba?' } },
    { id: 'under_18_at_start', weight: 1, sensitive: true, why: { en: 'A possible minor changes the legal duties (US: notify HHS within 24 hours) and the services offered.', 'fr-CA': 'Une personne possiblement mineure change les obligations légales et les services offerts.', es: 'Una posible persona menor cambia las obligaciones legales (EE. UU.: avisar a HHS en 24 horas) y los servicios.' }, text: { en: 'Were you under 18 when any of this began?', 'fr-CA': 'Aviez-vous moins de 18 ans quand cela a commencé?', es: '¿Tenía menos de 18 años cuando empezó algo de esto?' } },
  ],
});
