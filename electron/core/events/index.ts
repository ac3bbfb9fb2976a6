/**
 * The case event log: the timeline's backbone, shared by every feature. Features import from here, never
 * from ./queries directly, so the log's storage can change without touching them.
 */
export { appendCaseEvent, caseEvents, type CaseEvent } from './queries';
