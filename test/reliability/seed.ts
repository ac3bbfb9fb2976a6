import { makeCentre, type TestCentre } from '../unit/helpers/centre';
import { giveConsent, inDays, makeDirectory } from '../unit/helpers/referrals';

/**
 * A small vault with one record of every kind the contract names by id: cases, notes of every type, a
 * screening, a document, a consent, a referral, the directory and agreements, staff of every role. Small ids
 * hit real rows (the fuzz proof), and every table has something to carry (the backup round trip).
 */
export async function seededCentre(): Promise<TestCentre> {
  const c = await makeCentre({ jurisdiction: 'both' });
  const d = await makeDirectory(c);
  const kase = await c.newCase({ givenName: { state: 'known', value: 'Fictional' }, minor: { state: 'known', value: 'possible' } });
  await c.as('cw');
  for (const type of ['contact', 'case_plan']) await c.ok('notes.create', { caseId: kase.id, type, body: `Fictional ${type} note.` });
  await c.ok('screening.start', { caseId: kase.id, instrumentId: 'hhs_acf_adult' });
  const data = Buffer.from('Fictional statement.');
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: kase.id, kind: 'declaration', legal: false, filename: 'statement.txt', mime: 'text/plain', size: data.length });
  await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
  await c.ok('documents.finishUpload', { uploadId });
  await giveConsent(c, kase.id, d.legal.agencyId, ['identity', 'contact']);
  await c.ok('referrals.create', { caseId: kase.id, serviceId: d.legal.serviceId, urgency: 'routine', reason: 'Fictional referral reason.', categories: ['identity'], followUpAt: inDays(c, 3) });
  await c.as('mentor');
  await c.ok('notes.create', { caseId: kase.id, type: 'mentoring', body: 'Fictional mentoring note.' });
  await c.as('legal');
  await c.ok('notes.create', { caseId: kase.id, type: 'legal', body: 'Fictional legal note.' });
  await c.newCase({ givenName: { state: 'declined' } });
  await c.as('admin');
  return c;
}
