import { stringify } from 'csv-stringify/sync';
import type { GapsResponse, OverlapsResponse } from '../../../common/schemas/network.js';

// CSV exports of the network reports: stable English column names (for spreadsheets and scripts),
// values as the JSON report has them. A text cell that a spreadsheet would run as a formula gets a
// leading apostrophe: service names come from partners and must not execute on a coordinator's PC.

type Cell = string | number | null;

function safe(v: Cell): Cell {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csv(header: string[], rows: Cell[][]): string {
  // A byte-order mark so that spreadsheet programs read the file as UTF-8 (Arabic, accents).
  return '\uFEFF' + stringify([header, ...rows.map((r) => r.map(safe))], { record_delimiter: '\r\n' });
}

export function overlapsCsv(report: OverlapsResponse): string {
  const rows: Cell[][] = [];
  report.items.forEach((g, i) => {
    const byId = new Map(g.services.map((s) => [s.id, s]));
    for (const p of g.pairs) {
      const [a, b] = p.serviceIds.map((id) => byId.get(id)!);
      rows.push([
        i + 1, g.need.code, g.need.name, g.targetGroups.join(' '), p.score,
        a!.name, a!.organizationName, b!.name, b!.organizationName,
        p.area.kind, p.area.name, p.area.metres, p.days.join(' '), p.overlapMinutesPerWeek, a!.id, b!.id,
      ]);
    }
  });
  return csv(
    ['group', 'need_code', 'need', 'target_groups', 'score', 'service_a', 'organization_a', 'service_b', 'organization_b',
      'area_reason', 'area', 'distance_m', 'days', 'overlap_minutes_per_week', 'service_a_id', 'service_b_id'],
    rows,
  );
}

export function gapsCsv(report: GapsResponse): string {
  return csv(
    ['need_code', 'need', 'neighbourhood', 'language', 'services_in_other_languages'],
    report.cells.map((c) => [c.need.code, c.need.name, c.neighbourhood, c.language, c.servicesInOtherLanguages]),
  );
}

export function searchMissesCsv(misses: GapsResponse['searchMisses']): string {
  return csv(
    ['from', 'to', 'need_code', 'need', 'language', 'area', 'misses'],
    misses.items.map((m) => [misses.from, misses.to, m.need?.code ?? '', m.need?.name ?? '', m.language, m.area, m.misses]),
  );
}
