import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PersonView } from '../../../../common/schemas/people-views.js';
import { useSession } from '../../app/session.js';
import { useApi } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Button } from '../../components/Button.js';
import { PageHeading } from '../../components/PageHeading.js';
import { Spinner } from '../../components/Spinner.js';
import { useAccessPointChoice } from '../front-door/access-point-choice.js';
import { ContactForm } from '../front-door/ContactForm.js';
import { ConsentsSection } from './ConsentsSection.js';
import { ContactsTimeline } from './ContactsTimeline.js';
import { EnrolmentsSection } from './EnrolmentsSection.js';
import { PersonEditForm } from './PersonEditForm.js';
import { CoreFacts, IdentityFacts, ProfileFacts, SpecialFacts } from './PersonFacts.js';
import { personDisplayName } from './person-name.js';
import { useVocab } from './vocab.js';

function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="mb-5">
      <div className="d-flex flex-wrap justify-content-between align-items-center gap-2 mb-3">
        <h2 id={`${id}-title`} className="h4 mb-0" tabIndex={-1}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/**
 * A person's record: the sections the reader may see (special categories only for those who need
 * them: the API leaves them out otherwise), contacts, consents and enrolments. Editing sends the
 * version read; a colleague's change in between is reported, never overwritten.
 */
export function PersonRecordPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useSession();
  const vocab = useVocab();
  const loaded = useApi<PersonView>(`/api/people/${encodeURIComponent(id)}`);
  const choice = useAccessPointChoice();
  const [person, setPerson] = useState<PersonView | null>(null);
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);
  const [contactsRefresh, setContactsRefresh] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    if (loaded.data) setPerson(loaded.data);
  }, [loaded.data]);
  // After opening or closing a form, focus goes where the operator continues.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    document.getElementById(target)?.focus();
  }, [editing, logging, notice]);

  if (loaded.loading && !person) return <Spinner />;
  if (!person) return <ErrorSlot message={loaded.error?.message} />;
  const write = can('person.write');
  const name = personDisplayName(person);
  const minor = person.core.ageBand === 'under_15' || person.core.ageBand === '15_17';
  const go = (target: string, fn: () => void) => {
    focusTarget.current = target;
    fn();
  };
  const sections: [string, string][] = [
    ['summary', t('app.personRecord.sections.core')],
    ...(person.identity ? [['identity', t('app.personRecord.sections.identity')] as [string, string]] : []),
    ...(person.profile ? [['profile', t('app.personRecord.sections.profile')] as [string, string]] : []),
    ...(person.special ? [['special', t('app.personRecord.sections.special')] as [string, string]] : []),
    ['contacts', t('app.personRecord.sections.contacts')],
    ['consents', t('app.personRecord.sections.consents')],
    ['enrolments', t('app.personRecord.sections.enrolments')],
  ];
  return (
    <>
      <PageHeading
        title={name}
        lead={`${person.core.code} · ${vocab.label('ageBands', person.core.ageBand)}`}
        actions={
          write ? (
            <>
              <Button variant="outline-primary" onClick={() => go('edit-title', () => setEditing(true))} disabled={editing}>
                {t('app.personRecord.edit')}
              </Button>
              <Button onClick={() => go('log-title', () => setLogging(true))} disabled={logging}>
                {t('app.personRecord.logContact')}
              </Button>
              <Link className="btn btn-outline-secondary" to={`/front-desk/day?person=${person.id}&name=${encodeURIComponent(name)}`}>
                {t('app.personRecord.bookAppointment')}
              </Link>
            </>
          ) : null
        }
      />
      <nav aria-label={t('app.personRecord.sectionsNav')} className="mb-4">
        <ul className="nav app-section-links">
          {sections.map(([anchor, label]) => (
            <li className="nav-item" key={anchor}>
              <a className="nav-link" href={`#${anchor}`}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {logging ? (
        <section aria-labelledby="log-title" className="app-card mb-5">
          <h2 id="log-title" className="h4" tabIndex={-1}>
            {t('app.personRecord.logContact')}
          </h2>
          <ContactForm
            personId={person.id}
            accessPointId={choice.selected?.id ?? null}
            initialNeeds={[]}
            personLanguage={person.core.preferredLanguage}
            onSaved={() => {
              setLogging(false);
              setContactsRefresh((n) => n + 1);
              go('contacts-title', () => setNotice(t('app.personRecord.contactSaved')));
            }}
          />
          <Button variant="link" onClick={() => setLogging(false)}>
            {t('app.common.cancel')}
          </Button>
        </section>
      ) : null}
      {editing ? (
        <PersonEditForm
          key={person.version}
          person={person}
          onCancel={() => setEditing(false)}
          onReload={loaded.reload}
          onSaved={(p) => {
            setPerson(p);
            setEditing(false);
            setNotice(t('app.common.saved'));
          }}
        />
      ) : (
        <>
          <Section id="summary" title={t('app.personRecord.sections.core')}>
            <CoreFacts core={person.core} />
          </Section>
          {person.identity ? (
            <Section id="identity" title={t('app.personRecord.sections.identity')}>
              <IdentityFacts identity={person.identity} />
            </Section>
          ) : null}
          {person.profile ? (
            <Section id="profile" title={t('app.personRecord.sections.profile')}>
              <ProfileFacts profile={person.profile} />
            </Section>
          ) : null}
          {person.special ? (
            <Section id="special" title={t('app.personRecord.sections.special')}>
              <SpecialFacts special={person.special} />
            </Section>
          ) : null}
        </>
      )}
      <Section id="contacts" title={t('app.personRecord.sections.contacts')}>
        <ContactsTimeline personId={person.id} refresh={contactsRefresh} />
      </Section>
      <Section id="consents" title={t('app.personRecord.sections.consents')}>
        <ConsentsSection personId={person.id} personLanguage={person.core.preferredLanguage} minor={minor} />
      </Section>
      <Section id="enrolments" title={t('app.personRecord.sections.enrolments')}>
        <EnrolmentsSection personId={person.id} />
      </Section>
    </>
  );
}
