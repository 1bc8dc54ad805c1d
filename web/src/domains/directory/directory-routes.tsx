import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Permission } from '../../../../common/permissions.js';
import { ChangesPage } from './ChangesPage.js';
import { DuplicatesPage } from './DuplicatesPage.js';
import { ImportPage } from './ImportPage.js';
import { LocationEditPage } from './LocationEditPage.js';
import { LocationsPage } from './LocationsPage.js';
import { OrganizationEditPage } from './OrganizationEditPage.js';
import { OrganizationsPage } from './OrganizationsPage.js';
import { ReportsPage } from './ReportsPage.js';
import { ServiceDetailPage } from './ServiceDetailPage.js';
import { ServiceEditPage } from './ServiceEditPage.js';
import { ServicesPage } from './ServicesPage.js';
import { VerificationPage } from './VerificationPage.js';

type Guard = (props: { permission?: Permission; children: ReactNode }) => ReactNode;

const PAGES: [string, Permission, () => ReactNode][] = [
  ['/directory', 'directory.read', () => <ServicesPage />],
  ['/directory/services/new', 'directory.edit', () => <ServiceEditPage />],
  ['/directory/services/:id', 'directory.read', () => <ServiceDetailPage />],
  ['/directory/services/:id/edit', 'directory.edit', () => <ServiceEditPage />],
  ['/directory/locations', 'directory.read', () => <LocationsPage />],
  ['/directory/locations/new', 'directory.edit', () => <LocationEditPage />],
  ['/directory/locations/:id/edit', 'directory.edit', () => <LocationEditPage />],
  ['/directory/organizations', 'directory.read', () => <OrganizationsPage />],
  ['/directory/organizations/new', 'directory.approve', () => <OrganizationEditPage />],
  ['/directory/organizations/:id/edit', 'directory.approve', () => <OrganizationEditPage />],
  ['/directory/changes', 'directory.edit', () => <ChangesPage />],
  ['/directory/verification', 'directory.edit', () => <VerificationPage />],
  ['/directory/reports', 'directory.edit', () => <ReportsPage />],
  ['/directory/duplicates', 'directory.approve', () => <DuplicatesPage />],
  ['/directory/import', 'directory.edit', () => <ImportPage />],
];

/** The staff directory's pages, each behind its permission (called inside <Routes>). */
export function directoryRoutes(Private: Guard) {
  return PAGES.map(([path, permission, page]) => <Route key={path} path={path} element={<Private permission={permission}>{page()}</Private>} />);
}
