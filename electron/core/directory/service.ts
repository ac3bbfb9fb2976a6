import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getAgencyRow, getServiceRow, insertAgency, insertService, listDirectory, servicesOf, toAgency, toService, updateAgency, updateService } from './queries';

/** The one way other features read an agency: directory rows stay behind this module. */
export function agencyById(ctx: Ctx, id: number) {
  const row = getAgencyRow(ctx.db, id);
  return row ? toAgency(row, []) : null;
}
export function serviceById(ctx: Ctx, id: number) {
  const row = getServiceRow(ctx.db, id);
  return row ? toService(row) : null;
}

export function directoryList(ctx: Ctx, input: ParsedInputOf<'directory.list'>): OutputOf<'directory.list'> {
  return listDirectory(ctx.db, input);
}

export function directorySaveAgency(ctx: Ctx, input: ParsedInputOf<'directory.saveAgency'>): OutputOf<'directory.saveAgency'> {
  const { id, version, ...values } = input;
  let agencyId: number;
  if (id === undefined) {
    agencyId = insertAgency(ctx.db, values, ctx.nowIso);
  } else {
    const row = getAgencyRow(ctx.db, id) ?? fail('NOT_FOUND');
    if (version === undefined) fail('VALIDATION', undefined, { fields: { version: 'Required when editing.' } });
    if (!updateAgency(ctx.db, id, version!, values, ctx.nowIso)) fail('CONFLICT', undefined, { current: toAgency(row, servicesOf(ctx.db, id)) });
    agencyId = id;
  }
  ctx.note(`agency:${agencyId}`, { created: id === undefined ? 1 : 0 });
  return toAgency(getAgencyRow(ctx.db, agencyId)!, servicesOf(ctx.db, agencyId));
}

export function directorySaveService(ctx: Ctx, input: ParsedInputOf<'directory.saveService'>): OutputOf<'directory.saveService'> {
  const { id, version, ...values } = input;
  if (!getAgencyRow(ctx.db, values.agencyId)) fail('NOT_FOUND');
  if (values.type !== 'immigration' && values.immigrationKinds.length > 0) fail('VALIDATION', undefined, { fields: { immigrationKinds: 'Only for immigration services.' } });
  let serviceId: number;
  if (id === undefined) {
    serviceId = insertService(ctx.db, values, ctx.nowIso);
  } else {
    const row = getServiceRow(ctx.db, id) ?? fail('NOT_FOUND');
    if (version === undefined) fail('VALIDATION', undefined, { fields: { version: 'Required when editing.' } });
    if (!updateService(ctx.db, id, version!, values, ctx.nowIso)) fail('CONFLICT', undefined, { current: toService(row) });
    serviceId = id;
  }
  ctx.note(`service:${serviceId}`, { created: id === undefined ? 1 : 0 });
  return toService(getServiceRow(ctx.db, serviceId)!);
}
