import type { Role } from '../../common/permissions.js';

// Demo tenants: the two founding projects. Organisation names for Aosta are the project's real
// partners; Potenza's Porte Sociali partners are illustrative and marked as demo data.
export interface DemoOrg {
  slug: string;
  name: string;
  kind: 'municipality' | 'cooperative' | 'association' | 'training_body' | 'public_body' | 'other';
  isLead?: boolean;
  address?: string;
}

export interface DemoTenant {
  slug: string;
  name: string;
  languages: string[];
  fundingStreams: { code: string; name: string }[];
  orgs: DemoOrg[];
  /** Which organisation each demo role works for. */
  roleOrg: Record<Role, string>;
}

export const DEMO_PASSWORD = 'prova-approdo-2026-accesso';

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'aosta',
    name: 'Comune di Aosta — Sentirsi a casa',
    languages: ['it', 'fr', 'en', 'ar'],
    fundingStreams: [{ code: 'FAMI-PON-INCLUSIONE', name: 'Fondo politiche migratorie — aree urbane vulnerabili' }],
    orgs: [
      { slug: 'comune-aosta', name: 'Comune di Aosta', kind: 'municipality', address: 'Piazza Chanoux 1, 11100 Aosta' },
      { slug: 'la-sorgente', name: 'La Sorgente', kind: 'cooperative', isLead: true },
      { slug: 'esprit-a-l-envers', name: "L'Esprit à l'envers", kind: 'cooperative' },
      { slug: 'la-libellula', name: 'La Libellula', kind: 'cooperative' },
      { slug: 'indaco', name: 'Indaco', kind: 'cooperative' },
      { slug: 'enaip-vda', name: "Enaip Vallée d'Aoste", kind: 'training_body' },
    ],
    roleOrg: {
      tenant_admin: 'comune-aosta',
      coordinator: 'comune-aosta',
      front_desk: 'la-sorgente',
      case_worker: 'la-sorgente',
      protection_specialist: 'la-libellula',
      partner_operator: 'enaip-vda',
      analyst: 'comune-aosta',
      funder_viewer: 'comune-aosta',
    },
  },
  {
    slug: 'potenza',
    name: 'Comune di Potenza — TOGHETER',
    languages: ['it', 'en', 'fr', 'ar'],
    fundingStreams: [
      { code: 'FAMI-PON-INCLUSIONE', name: 'Fondo politiche migratorie — aree urbane vulnerabili' },
      { code: 'FSE-PLUS', name: 'FSE+ Basilicata' },
      { code: 'PIANO-SOCIALE-ZONA', name: 'Piano sociale di zona' },
    ],
    orgs: [
      { slug: 'comune-potenza', name: 'Comune di Potenza — Ufficio di Piano', kind: 'municipality', isLead: true, address: 'Piazza Matteotti, 85100 Potenza' },
      { slug: 'porta-sociale-centro', name: 'Porta Sociale Centro Storico (demo)', kind: 'cooperative' },
      { slug: 'porta-sociale-bucaletto', name: 'Porta Sociale Bucaletto (demo)', kind: 'association' },
      { slug: 'porta-sociale-cocuzzo', name: 'Porta Sociale Cocuzzo (demo)', kind: 'cooperative' },
      { slug: 'mediazione-lucana', name: 'Mediazione interculturale lucana (demo)', kind: 'association' },
    ],
    roleOrg: {
      tenant_admin: 'comune-potenza',
      coordinator: 'comune-potenza',
      front_desk: 'porta-sociale-centro',
      case_worker: 'porta-sociale-centro',
      protection_specialist: 'mediazione-lucana',
      partner_operator: 'porta-sociale-bucaletto',
      analyst: 'comune-potenza',
      funder_viewer: 'comune-potenza',
    },
  },
];

export const DEMO_EMAIL_DOMAIN = 'demo.approdo.it';

export function demoEmail(role: Role, tenantSlug: string): string {
  return `${role.replace(/_/g, '-')}@${tenantSlug}.${DEMO_EMAIL_DOMAIN}`;
}
