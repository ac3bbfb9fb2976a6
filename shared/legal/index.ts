/**
 * The legal deadline engine (issue 12): pure functions over matter facts, rule data and centre settings.
 * The core stores what computeCaseDeadlines returns; the UI previews with the same call.
 */
export { isoDateSchema, termSchema, lastDayOfTerm, termCompletedOn, daysBefore, daysBetween } from './dates';
export type { IsoDate, Term } from './dates';
export * from './vocab';
export { matterFactsSchema, deadlineOverrideSchema, courtDateSchema } from './matter';
export type { MatterFacts, MatterFactsInput, DeadlineOverride } from './matter';
export { ruleSchema, RULES_EPOCH, RULE_ANCHORS } from './rules/rule';
export type { Rule, RuleTable } from './rules/rule';
export { RULES, resolveRule, tableProblems } from './rules/table';
export { legalSettingsSchema, DEFAULT_LEGAL_SETTINGS } from './settings';
export type { LegalSettings, ReminderSet } from './settings';
export { computeCaseDeadlines } from './engine/index';
export type { CaseDeadlines, Deadline, EngineContext, Warning } from './engine/types';
export { previewRuleVersion, adoptRuleVersion, pinsAfterEdit } from './versions';
export type { MatterChange, DeadlineChange } from './versions';
export { deadlineUrgency } from './urgency';
export type { Urgency } from './urgency';
