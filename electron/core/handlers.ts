import type { Channel, OutputOf, ParsedInputOf } from '../../shared/contract';
import { auditList, systemVerify } from './audit/service';
import { backupsList, backupsProgress, backupsRestore, backupsRun, backupsSetFolder, backupsVerify, restoreFromRecovery } from './backups/service';
import { assignableStaff, casesUnassign, tasksComplete } from './cases/assignment';
import { casesAssignWithContactName } from './cases/contact-name';
import { casesDiscardIntake } from './cases/discard';
import { casesBreakGlass, casesCompleteIntake, casesCreate, casesGet, casesList, casesSetStatus, casesUpdateContact, casesUpdateProfile } from './cases/service';
import { documentsBegin, documentsCancel, documentsChunk, documentsFinish, documentsList, documentsOpen } from './documents/service';
import { notesCreate, notesHistory, notesList, notesRedact, notesSearch, notesUpdate } from './notes/service';
import { retentionPreview, retentionPurge } from './retention/service';
import { screeningAnswer, screeningComplete, screeningList, screeningStart } from './screening/service';
import { timelineGet } from './timeline/service';
import type { Ctx } from './runtime';
import { settingsGet, settingsUpdate } from './settings/service';
import { staffCreate, staffDeactivate, staffList, staffReactivate, staffResetPassword, staffUpdate } from './staff/service';
import { agreementsExpiring, agreementsList, agreementsSave } from './agreements/service';
import { consentsAttach, consentsList, consentsRecord, consentsRevoke, disclosuresList, disclosuresRecord } from './consent/service';
import { directoryList, directorySaveAgency, directorySaveService } from './directory/service';
import { referralsPacket, referralsPacketPreview } from './referrals/packet';
import { referralsAdvance, referralsBoard, referralsCreate, referralsGet, referralsList, referralsRecordIncoming, referralsShare, referralsUpdate } from './referrals/service';
import { sessionHandlers } from './sessions/handlers';
import { todayGet } from './today/service';
import { courtDatesAdd, courtDatesRemove, courtDatesUpdate, proceedingsUpdate } from './legal/proceedings';
import { overridesClear, overridesSet, rulesAdopt, rulesImpact, rulesList, rulesPreview } from './legal/overrides';
import { mattersClose, mattersCreate, mattersGet, mattersList, mattersUpdate } from './legal/service';
import { deadlinesList, legalSummary, remindersDueList, settingsGet as legalSettingsGet, settingsUpdate as legalSettingsUpdate, tasksAssign, tasksComplete as legalTasksComplete, tasksList as legalTasksList, tasksSnooze } from './legal/tasks';
// Today providers register themselves when their module loads (today/registry.ts).
import './agreements/today';
import './backups/today';
import './cases/today';
import './consent/today';
import './referrals/today';
import './legal/today';
import { changePassword, lockVault, recoverAccount, setupVault, unlockVault, vaultStatus } from './vault/service';
import { rotateKey } from './vault/rekey';

export type Handler<C extends Channel> = (ctx: Ctx, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Every contract channel must have a handler here; the type makes a missing one a compile error. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'vault.status': (ctx) => vaultStatus(ctx.rt),
  'vault.setup': (ctx, input) => setupVault(ctx.rt, input),
  'vault.unlock': (ctx, input) => unlockVault(ctx.rt, input),
  'vault.lock': (ctx, input) => {
    lockVault(ctx.rt, input.reason);
    return { locked: true };
  },
  'vault.recover': (ctx, input) => recoverAccount(ctx.rt, input),
  'vault.changePassword': changePassword,
  'vault.rotateKey': rotateKey,
  'vault.restoreBackup': (ctx, input) => restoreFromRecovery(ctx.rt, input),
  'session.current': (ctx) => ctx.session,
  'staff.list': staffList,
  'staff.create': staffCreate,
  'staff.update': staffUpdate,
  'staff.deactivate': staffDeactivate,
  'staff.reactivate': staffReactivate,
  'staff.resetPassword': staffResetPassword,
  'settings.get': settingsGet,
  'settings.update': settingsUpdate,
  'audit.list': auditList,
  'system.verify': systemVerify,
  'cases.list': casesList,
  'cases.create': casesCreate,
  'cases.get': casesGet,
  'cases.breakGlass': casesBreakGlass,
  'cases.updateProfile': casesUpdateProfile,
  'cases.updateContact': casesUpdateContact,
  'cases.setStatus': casesSetStatus,
  'cases.completeIntake': casesCompleteIntake,
  'cases.discardIntake': casesDiscardIntake,
  'cases.assignableStaff': assignableStaff,
  'cases.assign': casesAssignWithContactName,
  'cases.unassign': casesUnassign,
  'tasks.complete': tasksComplete,
  'screening.list': screeningList,
  'screening.start': screeningStart,
  'screening.answer': screeningAnswer,
  'screening.complete': screeningComplete,
  'notes.list': notesList,
  'notes.create': notesCreate,
  'notes.update': notesUpdate,
  'notes.history': notesHistory,
  'notes.redact': notesRedact,
  'notes.search': notesSearch,
  'documents.list': documentsList,
  'documents.beginUpload': documentsBegin,
  'documents.uploadChunk': documentsChunk,
  'documents.finishUpload': documentsFinish,
  'documents.cancelUpload': documentsCancel,
  'documents.open': documentsOpen,
  'timeline.get': timelineGet,
  'retention.preview': retentionPreview,
  'retention.purge': retentionPurge,
  'directory.list': directoryList,
  'directory.saveAgency': directorySaveAgency,
  'directory.saveService': directorySaveService,
  'agreements.list': agreementsList,
  'agreements.save': agreementsSave,
  'agreements.expiring': agreementsExpiring,
  'consents.list': consentsList,
  'consents.record': consentsRecord,
  'consents.attach': consentsAttach,
  'consents.revoke': consentsRevoke,
  'referrals.list': referralsList,
  'referrals.get': referralsGet,
  'referrals.create': referralsCreate,
  'referrals.recordIncoming': referralsRecordIncoming,
  'referrals.advance': referralsAdvance,
  'referrals.update': referralsUpdate,
  'referrals.share': referralsShare,
  'referrals.packetPreview': referralsPacketPreview,
  'referrals.packet': referralsPacket,
  'referrals.board': referralsBoard,
  'disclosures.list': disclosuresList,
  'disclosures.record': disclosuresRecord,
  'today.get': todayGet,
  'legal.matters.list': mattersList,
  'legal.matters.get': mattersGet,
  'legal.matters.create': mattersCreate,
  'legal.matters.update': mattersUpdate,
  'legal.matters.close': mattersClose,
  'legal.proceedings.update': proceedingsUpdate,
  'legal.courtDates.add': courtDatesAdd,
  'legal.courtDates.update': courtDatesUpdate,
  'legal.courtDates.remove': courtDatesRemove,
  'legal.overrides.set': overridesSet,
  'legal.overrides.clear': overridesClear,
  'legal.tasks.list': legalTasksList,
  'legal.tasks.complete': legalTasksComplete,
  'legal.tasks.snooze': tasksSnooze,
  'legal.tasks.assign': tasksAssign,
  'legal.deadlines.list': deadlinesList,
  'legal.rules.list': rulesList,
  'legal.rules.impact': rulesImpact,
  'legal.rules.preview': rulesPreview,
  'legal.rules.adopt': rulesAdopt,
  'legal.reminders.due': remindersDueList,
  'legal.summary': legalSummary,
  'legal.settings.get': legalSettingsGet,
  'legal.settings.update': legalSettingsUpdate,
  ...sessionHandlers,
  'backups.list': backupsList,
  'backups.setFolder': backupsSetFolder,
  'backups.run': backupsRun,
  'backups.progress': backupsProgress,
  'backups.verify': backupsVerify,
  'backups.restore': backupsRestore,
};
