import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup, Form, Label } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/referrals/schemas';
import { IMMIGRATION_KINDS, SERVICE_TYPES, type ServiceType } from '../../../../shared/referrals/vocab';
import { ErrorMessage } from '../../components/ErrorMessage';
import { fieldErrorsOf } from '../../components/errorText';
import { ModalDialog } from '../../components/ModalDialog';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextInput } from '../../components/TextInput';
import { useSaveService } from '../../data/directory';
import { IMMIGRATION_KIND_LABEL, SERVICE_TYPE_LABEL } from '../referrals/labels';

type Kind = (typeof IMMIGRATION_KINDS)[number];

/** Add a service to an agency, or edit one (administrators). */
export function ServiceDialog({ agencyId, service, onClose }: { agencyId: number; service: Service | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveService();
  const [type, setType] = useState<ServiceType>(service?.type ?? 'shelter');
  const [name, setName] = useState(service?.name ?? '');
  const [kinds, setKinds] = useState<Kind[]>(service?.immigrationKinds ?? []);
  const [description, setDescription] = useState(service?.description ?? '');
  const [capacityNote, setCapacityNote] = useState(service?.capacityNote ?? '');
  const [archived, setArchived] = useState(service?.archived ?? false);
  const errors = fieldErrorsOf(save.error, t);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    save.mutate(
      {
        ...(service ? { id: service.id, version: service.version } : {}),
        agencyId,
        type,
        name,
        immigrationKinds: type === 'immigration' ? kinds : [],
        description,
        capacityNote,
        archived,
      },
      { onSuccess: () => onClose() },
    );
  };

  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={service ? t('directoryPage.editService') : t('directoryPage.addService')} testId="service-dialog">
      <Form onSubmit={submit} className="form" validationErrors={errors}>
        <SelectField label={t('directoryPage.serviceType')} options={SERVICE_TYPES.map((s) => ({ id: s, label: t(SERVICE_TYPE_LABEL[s]) }))} value={type} onChange={(v) => setType(v as ServiceType)} testId="service-type" />
        <TextInput label={t('directoryPage.serviceName')} name="name" value={name} onChange={setName} isRequired testId="service-name" />
        {type === 'immigration' ? (
          <CheckboxGroup className="field checkbox-group" value={kinds} onChange={(v) => setKinds(v as Kind[])}>
            <Label className="field-label">{t('directoryPage.immigrationKinds')}</Label>
            {IMMIGRATION_KINDS.map((k) => (
              <Checkbox key={k} value={k} className="checkbox" data-testid={`service-kind-${k}`}>
                <span className="checkbox-box" aria-hidden="true" />
                <span>{t(IMMIGRATION_KIND_LABEL[k])}</span>
              </Checkbox>
            ))}
          </CheckboxGroup>
        ) : null}
        <TextAreaField label={t('directoryPage.serviceDescription')} name="description" value={description} onChange={setDescription} rows={2} testId="service-description" />
        <TextInput label={t('directoryPage.capacity')} description={t('directoryPage.capacityHelp')} name="capacityNote" value={capacityNote} onChange={setCapacityNote} testId="service-capacity" />
        {service ? (
          <Checkbox className="checkbox" isSelected={archived} onChange={setArchived} data-testid="service-archived">
            <span className="checkbox-box" aria-hidden="true" />
            <span>{t('directoryPage.archiveService')}</span>
          </Checkbox>
        ) : null}
        <ErrorMessage error={save.error} />
        <div className="actions">
          <Button className="button" slot="close">
            {t('common.cancel')}
          </Button>
          <Button type="submit" className="button button-primary" data-busy={save.isPending || undefined} data-testid="service-save">
            {t('common.save')}
          </Button>
        </div>
      </Form>
    </ModalDialog>
  );
}
