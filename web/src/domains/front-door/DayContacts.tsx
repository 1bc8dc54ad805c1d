import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { dayContact } from '../../../../common/schemas/contacts.js';
import { DataTable } from '../../components/DataTable.js';
import { useCountries } from '../people/countries.js';
import { useVocab } from '../people/vocab.js';
import { useNeeds } from './needs.js';
import { romeTime } from './rome-time.js';

type DayContact = z.infer<typeof dayContact>;

/** The day's contacts at the access point, anonymous ones described only by their counted profile. */
export function DayContacts({ items }: { items: DayContact[] }) {
  const { t, i18n } = useTranslation();
  const vocab = useVocab();
  const needs = useNeeds();
  const countries = useCountries();
  const who = (c: DayContact) => {
    if (c.anonymous) {
      const p = c.anonymousProfile;
      const profile = [vocab.label('genders', p?.gender), vocab.label('ageBands', p?.ageBand), countries.name(p?.citizenship)].filter(Boolean).join(', ');
      return profile ? `${t('app.frontDesk.day.anonymous')} (${profile})` : t('app.frontDesk.day.anonymous');
    }
    if (c.person?.reachable && c.person.id) return <Link to={`/people/${c.person.id}`}>{c.person.displayName ?? c.person.code}</Link>;
    return c.person?.code ?? t('app.frontDesk.day.someone');
  };
  return (
    <DataTable
      caption={t('app.frontDesk.day.contacts')}
      rows={items}
      rowKey={(c) => c.id}
      empty={t('app.frontDesk.day.noContacts')}
      columns={[
        { key: 'time', header: t('app.frontDesk.day.time'), rowHeader: true, cell: (c) => romeTime(c.occurredAt, i18n.language) },
        { key: 'who', header: t('app.frontDesk.day.who'), cell: who },
        { key: 'channel', header: t('app.frontDesk.contact.channel'), cell: (c) => vocab.label('channels', c.channel) },
        { key: 'needs', header: t('app.frontDesk.contact.needs'), cell: (c) => c.needs.map(needs.name).join(', ') },
        { key: 'outcome', header: t('app.frontDesk.contact.outcome'), cell: (c) => vocab.label('outcomes', c.outcome) },
        { key: 'next', header: t('app.frontDesk.contact.nextStep'), cell: (c) => c.nextStep ?? '' },
        { key: 'operator', header: t('app.frontDesk.day.operator'), cell: (c) => c.operatorName ?? '' },
      ]}
    />
  );
}
