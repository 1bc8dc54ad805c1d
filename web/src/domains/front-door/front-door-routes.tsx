import './front-door.css';
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Permission } from '../../../../common/permissions.js';
import { DuplicatesPage } from '../people/DuplicatesPage.js';
import { PeopleSearchPage } from '../people/PeopleSearchPage.js';
import { PersonRecordPage } from '../people/PersonRecordPage.js';
import { AccessPointEditPage } from './admin/AccessPointEditPage.js';
import { AccessPointsPage } from './admin/AccessPointsPage.js';
import { LegalBasesPage } from './admin/LegalBasesPage.js';
import { NoticeEditPage } from './admin/NoticeEditPage.js';
import { NoticesPage } from './admin/NoticesPage.js';
import { ProjectEditPage } from './admin/ProjectEditPage.js';
import { ProjectsPage } from './admin/ProjectsPage.js';
import { DayViewPage } from './DayViewPage.js';
import { IntakePage } from './IntakePage.js';

type Guard = (props: { permission?: Permission; children: ReactNode }) => ReactNode;

const PAGES: [string, Permission, () => ReactNode][] = [
  ['/front-desk', 'person.write', () => <IntakePage />],
  ['/front-desk/day', 'person.read', () => <DayViewPage />],
  ['/people', 'person.read', () => <PeopleSearchPage />],
  ['/people/duplicates', 'person.merge', () => <DuplicatesPage />],
  ['/people/:id', 'person.read', () => <PersonRecordPage />],
  ['/admin/access-points', 'access_point.manage', () => <AccessPointsPage />],
  ['/admin/access-points/new', 'access_point.manage', () => <AccessPointEditPage />],
  ['/admin/access-points/:id', 'access_point.manage', () => <AccessPointEditPage />],
  ['/admin/projects', 'project.manage', () => <ProjectsPage />],
  ['/admin/projects/new', 'project.manage', () => <ProjectEditPage />],
  ['/admin/projects/:id', 'project.manage', () => <ProjectEditPage />],
  ['/admin/notices', 'notice.manage', () => <NoticesPage />],
  ['/admin/notices/new', 'notice.manage', () => <NoticeEditPage />],
  ['/admin/legal-bases', 'notice.manage', () => <LegalBasesPage />],
];

/** The front door's pages (intake, day view, people, settings), each behind its permission. */
export function frontDoorRoutes(Private: Guard) {
  return PAGES.map(([path, permission, page]) => <Route key={path} path={path} element={<Private permission={permission}>{page()}</Private>} />);
}
