import { describe, expect, it } from 'vitest';
import type { GapsResponse, OverlapGroup } from '../../../../common/schemas/network.js';
import { mapData } from './network-map-data.js';

const need = (code: string) => ({ code, name: code.toUpperCase() });
const service = (id: string, at: [number, number] | null) => ({
  id: `00000000-0000-4000-8000-00000000000${id}`, name: `S${id}`, organizationName: `O${id}`, neighbourhoods: [],
  latitude: at ? at[0] : null, longitude: at ? at[1] : null,
});
const group = (services: ReturnType<typeof service>[], score: number): OverlapGroup => ({ need: need('language'), targetGroups: [], score, services, pairs: [] });

const groups = [group([service('1', [45, 7]), service('2', [45.001, 7])], 80), group([service('3', [45.01, 7.01]), service('4', null)], 40)];
const gaps: GapsResponse = {
  needs: [need('work'), need('housing')],
  neighbourhoods: ['Centro', 'Dora', 'Senza luoghi'],
  centres: [{ neighbourhood: 'Centro', latitude: 45.7, longitude: 7.3 }, { neighbourhood: 'Dora', latitude: 45.74, longitude: 7.33 }],
  languages: ['it', 'en', 'ar'],
  cells: [
    { need: need('work'), neighbourhood: 'Centro', language: 'en', servicesInOtherLanguages: 1 },
    { need: need('work'), neighbourhood: 'Centro', language: 'ar', servicesInOtherLanguages: 1 },
    { need: need('housing'), neighbourhood: 'Centro', language: 'ar', servicesInOtherLanguages: 0 },
    { need: need('housing'), neighbourhood: 'Senza luoghi', language: 'it', servicesInOtherLanguages: 0 },
  ],
  searchMisses: { from: '2026-01-01', to: '2026-03-31', total: 0, items: [] },
};

describe('network map data', () => {
  it('puts one marker per located service of each overlap group, numbered like the table rows', () => {
    const d = mapData(groups, null, { overlaps: true, gaps: true });
    expect(d.overlaps.map((m) => [m.group, m.serviceName])).toEqual([[1, 'S1'], [1, 'S2'], [2, 'S3']]);
    // The popup of every marker lists the whole group, the unlocated service included.
    expect(d.overlaps[2]!.services.map((s) => s.name)).toEqual(['S3', 'S4']);
    expect(d.unplaced).toBe(1);
  });

  it('puts one marker per neighbourhood with gaps at its centre, counting need × language', () => {
    const d = mapData(null, gaps, { overlaps: true, gaps: true });
    expect(d.gaps).toHaveLength(1);
    expect(d.gaps[0]).toMatchObject({ neighbourhood: 'Centro', latitude: 45.7, longitude: 7.3, count: 3 });
    expect(d.gaps[0]!.needs).toEqual([{ need: 'WORK', languages: ['en', 'ar'] }, { need: 'HOUSING', languages: ['ar'] }]);
    // "Senza luoghi" has gaps but no located place: in the tables only.
    expect(d.unplaced).toBe(1);
  });

  it('draws only the layers asked for', () => {
    const d = mapData(groups, gaps, { overlaps: false, gaps: true });
    expect(d.overlaps).toEqual([]);
    expect(d.gaps).toHaveLength(1);
    expect(mapData(groups, gaps, { overlaps: true, gaps: false }).gaps).toEqual([]);
  });
});
