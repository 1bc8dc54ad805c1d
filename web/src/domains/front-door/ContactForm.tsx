import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../../../common/schemas/contacts.js';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '../../../../common/schemas/people-vocabulary.js';
import { api, asApiError, type ApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { CheckboxGroup } from '../../components/Checkbox.js';
import { SelectField } from '../../components/SelectField.js';
import { TextArea } from '../../components/TextArea.js';
import { TextField } from '../../components/TextField.js';
import { useVocab } from '../people/vocab.js';
import { useNeeds } from './needs.js';
import { SuggestedServices } from './SuggestedServices.js';

interface Props {
  personId: string;
  accessPointId: string | null;
  initialNeeds: string[];
  /** The person's preferred language: the printed list's, and the contact's language by default. */
  personLanguage: string | null;
  initialOutcome?: (typeof CONTACT_OUTCOMES)[number];
  onSaved(contact: ContactView): void;
  submitLabel?: string;
}

/**
 * One contact with a person: how, what they asked for, what they were told and given, and what
 * happens next. Suggested services come from the needs ticked here.
 */
export function ContactForm({ personId, accessPointId, initialNeeds, personLanguage, initialOutcome = 'oriented', onSaved, submitLabel }: Props) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const needs = useNeeds();
  const [channel, setChannel] = useState<string>('in_person');
  const [chosenNeeds, setChosenNeeds] = useState<string[]>(initialNeeds);
  const [services, setServices] = useState<string[]>([]);
  const [information, setInformation] = useState('');
  const [outcome, setOutcome] = useState<string>(initialOutcome);
  const [nextStep, setNextStep] = useState('');
  const [nextStepDue, setNextStepDue] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const contact = await api.post<ContactView>(`/api/people/${encodeURIComponent(personId)}/contacts`, {
        accessPointId,
        channel,
        needs: chosenNeeds,
        informationGiven: information.trim(),
        suggestedServiceIds: services,
        outcome,
        nextStep: nextStep.trim(),
        nextStepDue: nextStepDue || null,
        language: personLanguage,
      });
      onSaved(contact);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const errors = error?.fieldMessages() ?? {};
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSlot message={error?.message} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField label={t('app.frontDesk.contact.channel')} options={vocab.options('channels', CONTACT_CHANNELS)} value={channel} error={errors.channel} onChange={(e) => setChannel(e.target.value)} />
        </div>
      </div>
      <CheckboxGroup name="contact-needs" legend={t('app.frontDesk.contact.needs')} options={needs.options} values={chosenNeeds} onChange={setChosenNeeds} error={errors.needs} />
      <SuggestedServices needs={chosenNeeds} accessPointId={accessPointId} selected={services} onChange={setServices} personLanguage={personLanguage} />
      <TextArea label={t('app.frontDesk.contact.information')} rows={3} value={information} error={errors.informationGiven} onChange={(e) => setInformation(e.target.value)} />
      <div className="row">
        <div className="col-12 col-md-6">
          <SelectField label={t('app.frontDesk.contact.outcome')} options={vocab.options('outcomes', CONTACT_OUTCOMES)} value={outcome} error={errors.outcome} onChange={(e) => setOutcome(e.target.value)} />
        </div>
      </div>
      <div className="row">
        <div className="col-12 col-md-8">
          <TextField label={t('app.frontDesk.contact.nextStep')} value={nextStep} error={errors.nextStep} onChange={(e) => setNextStep(e.target.value)} />
        </div>
        <div className="col-12 col-md-4">
          <TextField label={t('app.frontDesk.contact.nextStepDue')} type="date" value={nextStepDue} error={errors.nextStepDue} onChange={(e) => setNextStepDue(e.target.value)} />
        </div>
      </div>
      <Button type="submit" busy={busy}>
        {submitLabel ?? t('app.frontDesk.contact.save')}
      </Button>
    </form>
  );
}
