import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byTestId, call, choose, openFlow, relog, settle } from './flows';
import type { Harness } from './harness';
import { ADMIN_PERSON, CASEWORKER_PERSON, SURVIVOR_PERSON } from './people';
import { overflowing } from './screenCheck';

/**
 * Issue 11 end to end, in Chromium on the real core: the directory and agreements (admin), a release of
 * information recorded on a case, a referral to a co-located service refused where the release does not
 * reach and sent where it does, moved through the closed loop from the keyboard on the board, its packet
 * printed to PDF and read back with pdftotext (only the consented categories), Today showing the
 * follow-up, and a revocation stopping all later sharing. Every new screen is screenshotted at 1280x800
 * and 1024x640 (referrals-<name>-<size>.png), checked for overflow and with axe.
 *
 * Agencies, services and agreements are seeded through the page binding as the admin (their dialogs are
 * screenshotted, not the subject); everything about consent and referrals is done through the UI.
 */

const ADMIN = { username: ADMIN_PERSON.username, displayName: ADMIN_PERSON.displayName, password: 'harbour-admin-2025' } as const;
const WORKER = { username: CASEWORKER_PERSON.username, displayName: CASEWORKER_PERSON.displayName, temporary: 'temporary-pass-1', password: 'worker-pass-2026' } as const;
const PERSON = { given: SURVIVOR_PERSON.given, family: SURVIVOR_PERSON.family } as const;
/** Fictional agencies of a fictional centre. */
const CLINIC = 'Northgate Legal Clinic';
const SHELTER = 'Harbour Light Safe House';
const COUNSELLING = 'Lakeside Counselling Collective';
const MAPLE = 'Maple Ridge Community Health';
const POLICE = 'Riverside Police Department';

const SIZES = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x640', width: 1024, height: 640 },
] as const;

/**
 * The move menu focuses its first item itself, a moment after it opens (react-aria's autoFocus runs after the
 * render): a key pressed before that goes nowhere. Waits for a focused item; returns its test id.
 */
async function menuHasFocus(page: Page): Promise<string | null> {
  await page.getByRole('menu').waitFor();
  const focusedItem = () => page.evaluate(() => (document.activeElement?.getAttribute('role') === 'menuitem' ? document.activeElement.getAttribute('data-testid') : null));
  await expect.poll(focusedItem).not.toBeNull();
  return focusedItem();
}

describe('referrals: consent, the gate, the closed loop, the packet, Today', () => {
  const problems: string[] = [];
  const h: Harness = openFlow(async (h) => {
    const { page } = h;
    await call(page, 'vault.setup', { centreName: 'Harbour Light Centre', jurisdiction: 'US', admin: { username: ADMIN.username, displayName: ADMIN.displayName, password: ADMIN.password } });
    await call(page, 'staff.create', { username: WORKER.username, displayName: WORKER.displayName, roles: ['caseworker'], temporaryPassword: WORKER.temporary });
    const clinic = await call<{ id: number }>(page, 'directory.saveAgency', {
      name: CLINIC,
      relation: 'co_located',
      country: 'US',
      region: 'NY',
      address: 'Second floor, east wing',
      hours: 'Mon–Fri 9:00–17:00',
      languages: ['en', 'es'],
      eligibility: 'Adults and youth 16+ with a civil, family or immigration matter.',
      secureContact: 'Intake desk, extension 214',
    });
    await call(page, 'directory.saveService', { agencyId: clinic.id, type: 'immigration', name: 'Immigration relief', immigrationKinds: ['t_visa', 'u_visa', 'continued_presence'], capacityNote: 'New consultations within 2 weeks' });
    await call(page, 'directory.saveService', { agencyId: clinic.id, type: 'legal', name: 'Family law' });
    const shelter = await call<{ id: number }>(page, 'directory.saveAgency', { name: SHELTER, relation: 'internal', country: 'US', region: 'NY', languages: ['en', 'es', 'fr'] });
    await call(page, 'directory.saveService', { agencyId: shelter.id, type: 'shelter', name: 'Emergency beds', capacityNote: 'Usually a bed within 48 hours' });
    const counselling = await call<{ id: number }>(page, 'directory.saveAgency', { name: COUNSELLING, relation: 'partner', country: 'US', region: 'NY', languages: ['en'] });
    await call(page, 'directory.saveService', { agencyId: counselling.id, type: 'mental_health', name: 'Trauma counselling' });
    const maple = await call<{ id: number }>(page, 'directory.saveAgency', { name: MAPLE, relation: 'partner', country: 'CA', region: 'ON', languages: ['en', 'fr-CA'] });
    await call(page, 'directory.saveService', { agencyId: maple.id, type: 'medical', name: 'Walk-in clinic' });
    // Flagged law enforcement: only offered for disclosures, never as a referral default.
    await call(page, 'directory.saveAgency', { name: POLICE, relation: 'partner', country: 'US', region: 'NY', languages: ['en'], lawEnforcement: true });
    const now = Date.now();
    const day = 86_400_000;
    // The clinic's agreement covers everything but health; the counselling partner's ends in 20 days.
    await call(page, 'agreements.save', {
      agencyId: clinic.id,
      parties: `Harbour Light Centre and ${CLINIC}`,
      effectiveFrom: new Date(now - 30 * day).toISOString(),
      endsAt: new Date(now + 365 * day).toISOString(),
      categories: ['identity', 'contact', 'case_summary', 'screening_result', 'legal_immigration', 'documents'],
      purpose: 'Legal and immigration help for shared clients',
    });
    await call(page, 'agreements.save', {
      agencyId: counselling.id,
      parties: `Harbour Light Centre and ${COUNSELLING}`,
      effectiveFrom: new Date(now - 300 * day).toISOString(),
      endsAt: new Date(now + 20 * day).toISOString(),
      categories: ['identity', 'contact', 'case_summary', 'health'],
      purpose: 'Counselling referrals',
      documentRef: 'MoU binder, shelf 2',
    });
    await page.reload();
    await page.locator('#page-title').waitFor();
  });

  /** Both window sizes: screenshot, overflow check, axe; back to 1280x800. `show`: a test id scrolled into view at each size. */
  async function shoot(name: string, show?: string): Promise<void> {
    const { page } = h;
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await settle(page);
      if (show) await byTestId(page, show).scrollIntoViewIfNeeded();
      const over = await overflowing(page);
      if (over.length) problems.push(`${name} at ${size.name}: ${over.join('; ')}`);
      await h.screenshot(`referrals-${name}-${size.name}`);
    }
    expect(await h.axe(), `axe: serious/critical violations on ${name}`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await settle(page);
  }

  let caseNumber = '';
  let consentId = 0;
  let referralId = 0;

  it('admin: Today first, then the directory with search and filters, an agency, the agreements', async () => {
    const { page } = h;
    await byTestId(page, 'today-page').waitFor();
    await byTestId(page, 'today-section-agreements').getByText(COUNSELLING).waitFor();
    await shoot('today-admin');

    await byTestId(page, 'nav-directory').click();
    await byTestId(page, 'agency-list').getByText(CLINIC).waitFor();
    expect(await byTestId(page, 'agency-list').locator('li.agency-card').count()).toBe(5);
    await shoot('directory');
    await choose(page, 'directory-filter-relation', 'co_located');
    await expect.poll(() => byTestId(page, 'agency-list').locator('li.agency-card').count()).toBe(1);
    await byTestId(page, 'directory-clear').click();
    await choose(page, 'directory-filter-country', 'CA');
    await expect.poll(() => byTestId(page, 'agency-list').locator('li.agency-card').count()).toBe(1);
    await byTestId(page, 'agency-list').getByText(MAPLE).waitFor();
    await byTestId(page, 'directory-clear').click();
    await choose(page, 'directory-filter-language', 'fr');
    await expect.poll(() => byTestId(page, 'agency-list').locator('li.agency-card').count()).toBe(2);
    await byTestId(page, 'directory-clear').click();
    await byTestId(page, 'directory-search').fill('counselling');
    await expect.poll(() => byTestId(page, 'agency-list').locator('li.agency-card').count()).toBe(1);
    await byTestId(page, 'directory-clear').click();

    await page.getByRole('button', { name: CLINIC, exact: true }).click();
    await byTestId(page, 'agency-detail').waitFor();
    await byTestId(page, 'service-table').getByText('Immigration relief').waitFor();
    await shoot('agency');
    await byTestId(page, 'agency-edit').click();
    await byTestId(page, 'agency-dialog').waitFor();
    await shoot('agency-dialog');
    await page.keyboard.press('Escape');
    await byTestId(page, 'service-add').click();
    await byTestId(page, 'service-dialog').waitFor();
    await shoot('service-dialog');
    await page.keyboard.press('Escape');

    await byTestId(page, 'back-to-directory').click();
    await byTestId(page, 'directory-tab-agreements').click();
    await byTestId(page, 'agreements-soon').getByText(COUNSELLING).waitFor();
    await shoot('agreements');
    await byTestId(page, 'agreement-add').click();
    await byTestId(page, 'agreement-dialog').waitFor();
    await shoot('agreement-dialog');
    await page.keyboard.press('Escape');
  });

  it('caseworker: records a release of information on the case through the UI', async () => {
    const { page } = h;
    await relog(page, ADMIN.username, ADMIN.password);
    await relog(page, WORKER.username, WORKER.temporary, WORKER.password);
    const file = await call<{ header: { id: number; version: number; caseNumber: string } }>(page, 'cases.create', {
      profile: {
        givenName: { state: 'known', value: PERSON.given },
        familyName: { state: 'known', value: PERSON.family },
        nationality: { state: 'known', value: ['GT'] },
        traffickingType: { state: 'known', value: 'labour' },
      },
    });
    await call(page, 'cases.completeIntake', { caseId: file.header.id, version: file.header.version });
    caseNumber = file.header.caseNumber;
    await page.reload();
    await byTestId(page, 'today-page').waitFor();
    await byTestId(page, 'nav-cases').click();
    await byTestId(page, 'case-table').getByText(PERSON.family).first().click();
    await byTestId(page, 'case-page').waitFor();
    await byTestId(page, 'case-tab-consents').click();
    await byTestId(page, 'consents-tab').waitFor();
    await shoot('consents-empty');

    await byTestId(page, 'consent-record-open').click();
    await byTestId(page, 'consent-dialog').waitFor();
    await choose(page, 'consent-agency', String(await agencyId(page, CLINIC)));
    for (const c of ['identity', 'contact', 'case_summary']) await byTestId(page, `consent-category-${c}`).click();
    await byTestId(page, 'consent-purpose').fill('Help with a work permit and a family court date');
    await shoot('consent-dialog');
    await byTestId(page, 'consent-save').click();
    await byTestId(page, 'consent-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'consents-status').getByText(`Release to ${CLINIC} recorded.`).waitFor();
    const row = page.locator('[data-testid^="consent-row-"]').first();
    expect(await row.getAttribute('data-state')).toBe('active');
    consentId = Number((await row.getAttribute('data-testid'))!.replace('consent-row-', ''));
    expect(await byTestId(page, 'consent-glance').innerText()).toContain('Active');

    // "Declined" is an answer: recorded, shown, and it blocks nothing.
    await byTestId(page, 'consent-declined-open').click();
    await choose(page, 'declined-agency', String(await agencyId(page, COUNSELLING)));
    await byTestId(page, 'declined-witness').fill('Ines Placeholder');
    await byTestId(page, 'declined-save').click();
    await byTestId(page, 'consent-declined-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('[data-testid^="consent-row-"][data-state="declined"]').count()).toBe(1);
    await shoot('consents');

    // The signed form is attached from the case's documents; this case has none yet, and the dialog says where to upload it.
    await byTestId(page, `consent-attach-${consentId}`).click();
    await byTestId(page, 'consent-attach-dialog').getByText('Upload the scanned form on the Documents tab first.').waitFor();
    await shoot('consent-attach');
    await page.keyboard.press('Escape');

    await byTestId(page, `consent-print-${consentId}`).click();
    await byTestId(page, 'consent-form-dialog').waitFor();
    await shoot('consent-form');
    await page.keyboard.press('Escape');
  });

  it('records a disclosure to law enforcement under a court order and lists it with its reference', async () => {
    const { page } = h;
    await byTestId(page, 'disclosures-panel').getByText('No disclosure to law enforcement recorded for this case.').waitFor();
    await byTestId(page, 'disclosure-record-open').click();
    await byTestId(page, 'disclosure-dialog').waitFor();
    await byTestId(page, 'disclosure-never-default').getByText('never a default').waitFor();
    // Only law-enforcement agencies are offered.
    await byTestId(page, 'disclosure-agency').click();
    expect(await page.locator('[data-testid^="disclosure-agency-option-"]').allInnerTexts()).toEqual([POLICE]);
    await page.keyboard.press('Escape');
    await choose(page, 'disclosure-agency', String(await agencyId(page, POLICE)));
    await byTestId(page, 'disclosure-recipient').fill('Det. Placeholder, badge 0000');
    await byTestId(page, 'disclosure-category-identity').click();
    await byTestId(page, 'disclosure-basis-subpoena_order').click();
    await byTestId(page, 'disclosure-order').fill('Order 2026-CV-0000');
    await shoot('disclosure-dialog');
    await byTestId(page, 'disclosure-save').click();
    await byTestId(page, 'disclosure-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'disclosures-status').getByText(`Disclosure to ${POLICE} recorded.`).waitFor();
    const row = page.locator('[data-testid^="disclosure-row-"]').first();
    expect(await row.getAttribute('data-basis')).toBe('subpoena_order');
    const text = await row.innerText();
    for (const shown of [POLICE, 'Identity', 'Court order or subpoena', 'Order 2026-CV-0000', 'Det. Placeholder, badge 0000', WORKER.displayName]) expect(text).toContain(shown);
    await shoot('disclosures', 'disclosures-panel');
  });

  it('refuses a referral the release does not cover, naming the categories; sends one it does', async () => {
    const { page } = h;
    await byTestId(page, 'case-tab-referrals').click();
    await byTestId(page, 'case-referrals-tab').waitFor();
    await byTestId(page, 'referral-create-open').click();
    await byTestId(page, 'referral-dialog').waitFor();

    // No release at all to the counselling partner (the survivor declined): refused, nothing sent.
    await choose(page, 'referral-service', String(await serviceId(page, COUNSELLING)));
    await byTestId(page, 'referral-no-consent').waitFor();
    await byTestId(page, 'referral-category-identity').click();
    await byTestId(page, 'referral-category-health').click();
    await byTestId(page, 'referral-reason').fill('Weekly trauma counselling, asked for by the survivor');
    await byTestId(page, 'referral-save').click();
    const refusal = byTestId(page, 'consent-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Not sent: consent required.');
    expect(await refusal.locator('li').allInnerTexts()).toEqual(['Identity — not in an active release', 'Health — not in an active release']);

    // The clinic: the release covers identity, contact and case summary; health is in neither the release nor the agreement.
    await choose(page, 'referral-service', String(await serviceId(page, CLINIC, 'Immigration relief')));
    await byTestId(page, 'referral-consent-summary').waitFor();
    await byTestId(page, 'referral-category-case_summary').click();
    await byTestId(page, 'referral-save').click();
    await refusal.waitFor();
    expect(await refusal.locator('li').allInnerTexts()).toEqual(['Health — not in an active release, nor allowed by the partner agreement']);
    await shoot('referral-refused');

    await byTestId(page, 'referral-category-health').click();
    await byTestId(page, 'referral-dialog').getByText('Covered').first().waitFor();
    await byTestId(page, 'referral-save').click();
    await byTestId(page, 'referral-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'case-referrals-status').getByText(`Referral to ${CLINIC} sent.`).waitFor();
    await page.locator('tr[data-testid^="case-referral-"]').first().waitFor();
    referralId = Number((await page.locator('tr[data-testid^="case-referral-"]').first().getAttribute('data-testid'))!.replace('case-referral-', ''));
    expect(referralId).toBeGreaterThan(0);
    await shoot('case-referrals');
  });

  it('Today shows the follow-up, one Enter from its case', async () => {
    const { page } = h;
    await byTestId(page, 'nav-today').click();
    const item = byTestId(page, `today-item-referral-${referralId}`);
    await item.waitFor();
    expect(await item.innerText()).toContain(caseNumber);
    expect(await item.innerText()).toContain(CLINIC);
    await shoot('today');
    await byTestId(page, `today-open-referral-${referralId}`).focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'case-referrals-tab').waitFor();
    expect(await page.locator('[data-testid="case-tab-referrals"][aria-selected="true"]').count()).toBe(1);
  });

  it('moves the referral through the loop from the keyboard on the board: accepted, appointment, attended', async () => {
    const { page } = h;
    await byTestId(page, 'nav-referrals').click();
    const card = byTestId(page, `referral-card-${referralId}`);
    await byTestId(page, 'board-column-sent').getByTestId(`referral-card-${referralId}`).waitFor();
    await shoot('board');

    await card.focus();
    await page.keyboard.press('m');
    await menuHasFocus(page);
    await shoot('board-move-menu');
    await page.keyboard.press('Enter'); // first choice: accepted
    await byTestId(page, 'board-column-accepted').getByTestId(`referral-card-${referralId}`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe(String(referralId));

    await page.keyboard.press('m');
    await menuHasFocus(page);
    await page.keyboard.press('Enter'); // appointment set: asks when
    await byTestId(page, 'move-dialog').waitFor();
    await shoot('move-appointment');
    await byTestId(page, 'move-save').click();
    await byTestId(page, 'board-column-appointment_set').getByTestId(`referral-card-${referralId}`).waitFor();

    await card.focus();
    await page.keyboard.press('m');
    const first = await menuHasFocus(page);
    await page.keyboard.press('ArrowDown'); // after "Change the appointment": attended
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null)).not.toBe(first);
    await page.keyboard.press('Enter');
    await byTestId(page, 'board-column-attended').getByTestId(`referral-card-${referralId}`).waitFor();
    await expect.poll(() => byTestId(page, 'board-status').innerText()).toContain('Attended');
  });

  it('prints the packet to PDF: only the consented categories, with the release reference and expiry', async () => {
    const { page } = h;
    await byTestId(page, `referral-card-${referralId}`).focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'referral-detail').waitFor();
    await expect.poll(() => byTestId(page, 'referral-steps').locator('li').count()).toBe(4);
    await shoot('referral-detail');

    await byTestId(page, 'referral-packet').click();
    await byTestId(page, 'packet-page').waitFor();
    await byTestId(page, 'packet-sheet').waitFor();
    await shoot('packet-preview');
    await byTestId(page, 'packet-produce').click();
    await byTestId(page, 'packet-print').waitFor();

    const dir = mkdtempSync(join(tmpdir(), 'haven-packet-'));
    try {
      const pdf = join(dir, 'packet.pdf');
      writeFileSync(pdf, await page.pdf({ format: 'Letter', printBackground: false }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain('Referral packet');
      expect(text).toContain(CLINIC);
      expect(text).toContain(`No. ${consentId}, valid until`);
      for (const shown of ['Identity', 'Case summary', PERSON.given, PERSON.family, caseNumber]) expect(text).toContain(shown);
      // Not consented: never on the paper, and nothing of the screen behind it either.
      for (const absent of ['Health', 'Legal and immigration', 'Nationality', 'Contact details', 'Produce packet', 'Directory']) expect(text).not.toContain(absent);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shares one more covered category on the referral; refuses one nothing covers, naming it', async () => {
    const { page } = h;
    await byTestId(page, 'packet-back').click();
    await byTestId(page, 'referral-detail').waitFor();
    await byTestId(page, 'referral-share-more').click();
    await byTestId(page, 'share-more-dialog').waitFor();
    // Already shared (identity, case summary) is not offered again.
    expect(await byTestId(page, 'share-more-dialog').locator('[data-testid="share-category-identity"]').count()).toBe(0);
    // Documents: the agreement allows them, the release does not name them.
    await byTestId(page, 'share-category-documents').click();
    await byTestId(page, 'share-more-save').click();
    const refusal = byTestId(page, 'consent-refusal');
    await refusal.waitFor();
    expect(await refusal.locator('li').allInnerTexts()).toEqual(['Documents — not in an active release']);
    await shoot('share-more-refused');
    // From the keyboard: Space toggles a category, Enter on the button shares.
    await byTestId(page, 'share-category-documents').locator('input').focus();
    await page.keyboard.press('Space');
    await byTestId(page, 'share-category-contact').locator('input').focus();
    await page.keyboard.press('Space');
    await byTestId(page, 'share-more-save').focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'share-more-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'referral-message').getByText(`More information is now shared with ${CLINIC}.`).waitFor();
    await expect.poll(() => byTestId(page, 'referral-categories').locator('li').allInnerTexts()).toEqual(['Identity', 'Case summary', 'Contact details']);
    await byTestId(page, 'referral-packet').click();
    await byTestId(page, 'packet-page').waitFor();
  });

  it('a revocation stops sharing at once: the packet and a new referral are refused', async () => {
    const { page } = h;
    await byTestId(page, 'packet-back').click();
    await byTestId(page, 'referral-open-case').click();
    await byTestId(page, 'case-page').waitFor();
    await byTestId(page, 'case-tab-consents').click();
    await byTestId(page, `consent-revoke-${consentId}`).click();
    await byTestId(page, 'consent-revoke-dialog').waitFor();
    await shoot('consent-revoke');
    await byTestId(page, 'consent-revoke-confirm').click();
    await byTestId(page, 'consent-revoke-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => byTestId(page, `consent-row-${consentId}`).getAttribute('data-state')).toBe('revoked');

    await byTestId(page, 'case-tab-referrals').click();
    await byTestId(page, `case-referral-open-${referralId}`).click();
    await byTestId(page, 'referral-packet').click();
    const refusal = byTestId(page, 'consent-refusal');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain(`Nothing was shared with ${CLINIC}`);
    await shoot('packet-refused');
    await byTestId(page, 'packet-back').click();
    await byTestId(page, 'referral-back').click();

    await byTestId(page, 'referral-create-open').click();
    await choose(page, 'referral-service', String(await serviceId(page, CLINIC, 'Family law')));
    await byTestId(page, 'referral-no-consent').waitFor();
    await byTestId(page, 'referral-category-identity').click();
    await byTestId(page, 'referral-reason').fill('Family court date');
    await byTestId(page, 'referral-save').click();
    await refusal.waitFor();
    expect(await refusal.locator('li').allInnerTexts()).toEqual(['Identity — not in an active release']);
    await page.keyboard.press('Escape');
  });

  it('closes the referral with an outcome (closing shares nothing, so it needs no release)', async () => {
    const { page } = h;
    await byTestId(page, `case-referral-open-${referralId}`).click();
    await byTestId(page, 'detail-move').click();
    await byTestId(page, 'detail-move-closed').click();
    await byTestId(page, 'move-dialog').waitFor();
    await choose(page, 'move-outcome', 'service_received');
    await byTestId(page, 'move-save').click();
    await expect.poll(() => byTestId(page, 'referral-status').innerText()).toBe('Closed');
    // Four moves, the step that shared contact details, and closing.
    await expect.poll(() => byTestId(page, 'referral-steps').locator('li').count()).toBe(6);
    await shoot('referral-closed');
    await byTestId(page, 'nav-today').click();
    await byTestId(page, 'today-page').waitFor();
    // Closed: no follow-up any more (Today refetches on opening; the list settles without it).
    await expect.poll(() => byTestId(page, `today-item-referral-${referralId}`).count()).toBe(0);
  });

  it('records an incoming referral with no release in force (nothing is shared by recording it)', async () => {
    const { page } = h;
    await byTestId(page, 'nav-cases').click();
    await byTestId(page, 'case-table').getByText(PERSON.family).first().click();
    await byTestId(page, 'case-tab-referrals').click();
    await byTestId(page, 'referral-incoming-open').click();
    await byTestId(page, 'incoming-dialog').waitFor();
    await choose(page, 'incoming-agency', String(await agencyId(page, COUNSELLING)));
    await byTestId(page, 'incoming-reason').fill('Counsellor asks the centre for safe housing');
    await shoot('incoming-dialog');
    await byTestId(page, 'incoming-save').click();
    await byTestId(page, 'incoming-dialog').waitFor({ state: 'detached' });
    await byTestId(page, 'case-referrals-status').getByText(`Referral from ${COUNSELLING} recorded.`).waitFor();
    await byTestId(page, 'case-referral-table').getByText('Incoming').first().waitFor();
  });

  it('no new screen overflowed at either size', () => {
    expect(problems, problems.join('\n')).toEqual([]);
  });

  async function agencyId(page: Page, name: string): Promise<number> {
    const list = await call<Array<{ id: number; name: string }>>(page, 'directory.list', {});
    return list.find((a) => a.name === name)!.id;
  }

  async function serviceId(page: Page, agency: string, service?: string): Promise<number> {
    const list = await call<Array<{ name: string; services: Array<{ id: number; name: string }> }>>(page, 'directory.list', {});
    const a = list.find((x) => x.name === agency)!;
    return (service ? a.services.find((s) => s.name === service) : a.services[0])!.id;
  }
});
