import { describe, expect, it } from 'vitest';
import { saysSomething, withValue } from '../../../renderer/src/screens/cases/answers';
import { dropBlankMethods, EMPTY_CONTACT, newMethod, withBlankMethod } from '../../../renderer/src/screens/cases/intake/contactDraft';
import { contactSaysSomething, patchSaysSomething } from '../../../renderer/src/screens/cases/intake/entered';

describe('intake answers: typing makes Known', () => {
  it('a typed or chosen value makes the answer Known, from Unknown or Declined', () => {
    expect(withValue({ state: 'unknown', value: '' }, 'Ilvo')).toEqual({ state: 'known', value: 'Ilvo' });
    expect(withValue({ state: 'declined', value: '' }, ['labour'])).toEqual({ state: 'known', value: ['labour'] });
  });

  it('clearing a Known answer makes it Unknown; Declined stays Declined while empty', () => {
    expect(withValue({ state: 'known', value: 'Ilvo' }, '  ')).toEqual({ state: 'unknown', value: '  ' });
    expect(withValue({ state: 'declined', value: '' }, '')).toEqual({ state: 'declined', value: '' });
    expect(saysSomething({ state: 'declined', value: '' })).toBe(true);
    expect(saysSomething({ state: 'unknown', value: '' })).toBe(false);
  });
});

describe('intake: nothing entered creates nothing', () => {
  it('an all-Unknown profile patch and an untouched contact say nothing', () => {
    expect(patchSaysSomething({ givenName: { state: 'unknown' }, familyName: { state: 'unknown' } })).toBe(false);
    expect(patchSaysSomething({ givenName: { state: 'unknown' }, dateOfBirth: { state: 'declined' } })).toBe(true);
    expect(contactSaysSomething(dropBlankMethods(withBlankMethod(EMPTY_CONTACT)))).toBe(false);
  });

  it('the blank method row the contact step starts with is dropped; a filled or changed one is kept', () => {
    const c = withBlankMethod(EMPTY_CONTACT);
    expect(c.methods).toHaveLength(1);
    expect(dropBlankMethods(c).methods).toHaveLength(0);
    expect(dropBlankMethods({ ...c, methods: [{ ...newMethod(), value: '555-0100' }, newMethod('in_person')] }).methods).toHaveLength(2);
  });
});
