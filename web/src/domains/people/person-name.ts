import type { PersonView } from '../../../../common/schemas/people-views.js';

/** How a person is called on screen: their names, else their first alias, else their code. */
export function personDisplayName(p: PersonView): string {
  const id = p.identity;
  const names = [id?.givenName, id?.familyName].filter(Boolean).join(' ');
  return names || id?.aliases[0] || p.core.code;
}
