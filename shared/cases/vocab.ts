/**
 * Controlled vocabularies for the case file, aligned with IOM's Human Trafficking Case Data Standard
 * (HTCDS 2.0) where it has values, and with Polaris' typology for the type of trafficking.
 * Labels live in the renderer's catalogues (cases.vocab.<list>.<value>), never here.
 */
export const CASE_STATUSES = ['Active', 'FollowUp', 'Closed', 'ClosedReferred'] as const; // HTCDS case status
export const GENDERS = ['Male', 'Female', 'TransgenderNonConforming', 'Unknown'] as const; // HTCDS person.gender
export const TRAFFICKING_TYPES = ['sex', 'labour', 'both'] as const;
export const AGE_BANDS = ['under_12', '12_14', '15_17', '18_24', '25_34', '35_49', '50_plus'] as const;
export const MINOR_FLAGS = ['yes', 'no', 'possible'] as const;
export const CITIZENSHIP = [
  'us_citizen',
  'us_lawful_permanent_resident',
  'us_foreign_national',
  'ca_citizen',
  'ca_permanent_resident',
  'ca_foreign_national',
  'stateless',
] as const;

/** Polaris Project, "The Typology of Modern Slavery" (2017): 25 types. */
export const POLARIS_TYPES = [
  'escort_services',
  'illicit_massage_health_beauty',
  'outdoor_solicitation',
  'residential',
  'domestic_work',
  'bars_strip_clubs_cantinas',
  'pornography',
  'travelling_sales_crews',
  'restaurants_food_service',
  'peddling_begging',
  'agriculture_animal_husbandry',
  'personal_sexual_servitude',
  'health_beauty_services',
  'construction',
  'hotels_hospitality',
  'landscaping',
  'illicit_activities',
  'arts_entertainment',
  'commercial_cleaning',
  'factories_manufacturing',
  'remote_interactive_sexual_acts',
  'carnivals',
  'forestry_logging',
  'health_care',
  'recreational_facilities',
] as const;

/** HTCDS victim context: means of control. */
export const MEANS_OF_CONTROL = [
  'debt_bondage',
  'withheld_documents',
  'withheld_wages',
  'threats',
  'threats_to_family',
  'immigration_threats',
  'physical_violence',
  'sexual_violence',
  'psychological_abuse',
  'restricted_movement',
  'isolation',
  'substance_coercion',
  'false_promises',
  'excessive_hours',
] as const;

export const VULNERABILITIES = [
  'housing_instability',
  'substance_use',
  'mental_health',
  'disability',
  'migration_status',
  'economic_hardship',
  'child_welfare_history',
  'runaway_homeless_youth',
  'family_rejection',
  'language_barrier',
  'prior_abuse',
] as const;

export const CONTACT_KINDS = ['phone', 'text', 'email', 'in_person', 'via_advocate', 'other'] as const;
export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export const NOTE_TYPES = ['contact', 'case_plan', 'mentoring', 'legal'] as const;
/** Includes the immigration papers a survivor's file gathers: T and U visa forms (I-914, I-918), USCIS receipt and approval notices, an Employment Authorization Document, Canada's Temporary Resident Permit, court orders. */
export const DOCUMENT_KINDS = ['id_copy', 'declaration', 'notice', 'court', 'medical', 'other', 'i914', 'i918', 'receipt_notice', 'approval_notice', 'ead', 'trp', 'court_order'] as const;
