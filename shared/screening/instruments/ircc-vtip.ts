import { defineInstrument } from '../define';

const WHY = {
  en: 'IRCC weighs these four indicators for a VTIP temporary resident permit; no testimony is required for status.',
  'fr-CA': 'IRCC tient compte de ces quatre indicateurs pour un PST-VTIP; aucun témoignage n’est exigé pour le statut.',
  es: 'IRCC considera estos cuatro indicadores para un permiso temporal VTIP; no se exige testificar para obtener estatus.',
};

/**
 * IRCC, Victims of Trafficking in Persons (VTIP) — the four indicators an officer considers (program
 * delivery instructions). Each present indicator is one point; 'likely' from 3 is a centre default.
 */
export const irccVtip = defineInstrument({
  id: 'ircc_vtip_indicators',
  version: 1,
  name: { en: 'IRCC VTIP indicators (Canada)', 'fr-CA': 'Indicateurs VTIP d’IRCC (Canada)', es: 'Indicadores VTIP de IRCC (Canadá)' },
  source: {
    citation: 'Immigration, Refugees and Citizenship Canada, Temporary residents: Victims of human trafficking (program delivery instructions).',
    url: 'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/permits/human-trafficking.html',
  },
  population: 'any',
  jurisdiction: 'CA',
  scoringNote: {
    en: 'Indicators an officer weighs, not a test: record what is known. “Likely” from 3 is a centre default.',
    'fr-CA': 'Indicateurs qu’un agent évalue, pas un test : notez ce qui est connu. « Probable » dès 3 est un réglage du centre.',
    es: 'Indicadores que evalúa un agente, no una prueba: registre lo conocido. “Probable” desde 3 es un valor del centro.',
  },
  bands: { possible: 1, likely: 3 },
  questions: [
    { id: 'coerced_recruitment', weight: 1, sensitive: true, why: WHY, text: { en: 'Recruitment involved deception, force or abduction.', 'fr-CA': 'Le recrutement comportait tromperie, contrainte ou enlèvement.', es: 'El reclutamiento implicó engaño, fuerza o secuestro.' } },
    { id: 'coerced_activity', weight: 1, sensitive: true, why: WHY, text: { en: 'The person was coerced into work or sexual activity.', 'fr-CA': 'La personne a été contrainte à un travail ou à une activité sexuelle.', es: 'La persona fue obligada a trabajar o a actividades sexuales.' } },
    { id: 'exploitative_conditions', weight: 1, sensitive: true, why: WHY, text: { en: 'Working or living conditions were exploitative.', 'fr-CA': 'Les conditions de travail ou de vie étaient abusives.', es: 'Las condiciones de trabajo o de vida eran de explotación.' } },
    { id: 'restricted_freedom', weight: 1, sensitive: true, why: WHY, text: { en: 'Freedom was restricted (movement, documents, communication).', 'fr-CA': 'La liberté était restreinte (déplacements, papiers, communications).', es: 'La libertad estaba restringida (movimientos, documentos, comunicación).' } },
  ],
});
