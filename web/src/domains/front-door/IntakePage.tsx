import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactView } from '../../../../common/schemas/contacts.js';
import type { PersonMatch, PersonView } from '../../../../common/schemas/people-views.js';
import { api, asApiError } from '../../app/api.js';
import { ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { AccessPointPicker } from './AccessPointPicker.js';
import { useAccessPointChoice } from './access-point-choice.js';
import { ContactForm } from './ContactForm.js';
import { FrontDeskNav } from './FrontDeskNav.js';
import { EMPTY_CRITERIA, useIntakeSearch, type SearchCriteria } from './intake-search.js';
import { IntakeSearchForm } from './IntakeSearchForm.js';
import { MatchList } from './MatchList.js';
import { QuickRegisterForm, type DuplicateCheck } from './QuickRegisterForm.js';

/** The person the contact is logged for: just registered, or recognised among the matches. */
interface Received {
  id: string;
  code: string;
  name: string;
  preferredLanguage: string | null;
  needs: string[];
  registered: boolean;
}

type Step = { kind: 'search' } | { kind: 'register'; check: DuplicateCheck } | { kind: 'contact'; person: Received } | { kind: 'done'; person: Received; contact: ContactView };

/**
 * "Receive a person": search before create, then register minimally (or recognise them), then log
 * the contact with the services suggested for the needs. Built for a desk with the person in
 * front: keyboard first, each step focuses where typing continues.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const choice = useAccessPointChoice();
  const [criteria, setCriteria] = useState<SearchCriteria>(EMPTY_CRITERIA);
  const [step, setStep] = useState<Step>({ kind: 'search' });
  const [error, setError] = useState<string | null>(null);
  const search = useIntakeSearch(step.kind === 'search' ? criteria : EMPTY_CRITERIA);
  const nameRef = useRef<HTMLInputElement>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);

  // Focus follows the steps, but not on arrival: there the shell focuses the heading (or leaves
  // the skip link first), as on every page.
  const arrived = useRef(false);
  useEffect(() => {
    if (!arrived.current) {
      arrived.current = true;
      return;
    }
    if (step.kind === 'search') nameRef.current?.focus();
    else if (step.kind === 'contact' || step.kind === 'done') stepHeading.current?.focus();
  }, [step]);

  const recognise = async (m: Extract<PersonMatch, { reachable: true }>) => {
    setError(null);
    try {
      const p = await api.get<PersonView>(`/api/people/${encodeURIComponent(m.id)}?sections=core`);
      setStep({ kind: 'contact', person: { id: p.id, code: p.core.code, name: m.displayName, preferredLanguage: p.core.preferredLanguage, needs: [], registered: false } });
    } catch (err) {
      setError(asApiError(err).message);
    }
  };
  const registered = (p: PersonView) => {
    const name = [p.identity?.givenName, p.identity?.familyName].filter(Boolean).join(' ') || p.identity?.aliases[0] || p.core.code;
    setStep({ kind: 'contact', person: { id: p.id, code: p.core.code, name, preferredLanguage: p.core.preferredLanguage, needs: p.core.needs, registered: true } });
  };
  const next = () => {
    setCriteria(EMPTY_CRITERIA);
    setError(null);
    setStep({ kind: 'search' });
  };
  const accessPointId = choice.selected?.id ?? null;

  return (
    <>
      <PageHeading title={t('app.frontDesk.intake.title')} lead={t('app.frontDesk.intake.lead')} />
      <FrontDeskNav />
      <div className="row">
        <div className="col-12 col-md-6">
          <AccessPointPicker choice={choice} />
        </div>
      </div>
      <ErrorSlot message={error ?? choice.error} />
      {step.kind === 'search' ? (
        <>
          <IntakeSearchForm
            ref={nameRef}
            criteria={criteria}
            onChange={setCriteria}
            onSubmit={() => resultsRef.current?.querySelector<HTMLElement>('button, a')?.focus()}
          />
          <div ref={resultsRef}>
            <MatchList
              search={search}
              onSame={(m) => void recognise(m)}
              onNone={(c) =>
                setStep({ kind: 'register', check: { searched: true, candidates: (search.items ?? []).map((m) => m.id), choice: c } })
              }
            />
          </div>
          <p>
            <Link to="/front-desk/day#anonymous">{t('app.frontDesk.intake.anonymousLink')}</Link>
          </p>
        </>
      ) : null}
      {step.kind === 'register' ? (
        <QuickRegisterForm criteria={criteria} duplicateCheck={step.check} accessPointId={accessPointId} onCreated={registered} onBack={() => setStep({ kind: 'search' })} />
      ) : null}
      {step.kind === 'contact' ? (
        <section aria-labelledby="contact-title">
          <h2 id="contact-title" ref={stepHeading} tabIndex={-1} className="h4">
            {t('app.frontDesk.intake.contactTitle', { name: step.person.name, code: step.person.code })}
          </h2>
          {step.person.registered ? (
            <p role="status" className="alert alert-success">
              {t('app.frontDesk.intake.registered', { code: step.person.code })}
            </p>
          ) : null}
          <ContactForm
            key={step.person.id}
            personId={step.person.id}
            accessPointId={accessPointId}
            initialNeeds={step.person.needs}
            personLanguage={step.person.preferredLanguage}
            initialOutcome={step.person.registered ? 'registered' : 'oriented'}
            onSaved={(contact) => setStep({ kind: 'done', person: step.person, contact })}
          />
        </section>
      ) : null}
      {step.kind === 'done' ? (
        <section aria-labelledby="done-title" className="app-card">
          <h2 id="done-title" ref={stepHeading} tabIndex={-1} className="h4">
            {t('app.frontDesk.intake.doneTitle')}
          </h2>
          <p role="status">{t('app.frontDesk.intake.doneText', { code: step.person.code })}</p>
          <div className="d-flex flex-wrap gap-3 align-items-center">
            <Button onClick={next}>{t('app.frontDesk.intake.next')}</Button>
            <Link to={`/people/${step.person.id}`}>{t('app.frontDesk.intake.openRecord')}</Link>
          </div>
        </section>
      ) : null}
    </>
  );
}
