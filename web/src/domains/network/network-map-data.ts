import type { GapsResponse, OverlapGroup } from '../../../../common/schemas/network.js';

// What the network map draws, derived from the two reports the page already holds (so the page's
// filters apply to the map as they do to the tables). No Leaflet here: this stays in the main
// bundle and is cheap; the map component that needs Leaflet is loaded on demand.

/** Distinct colour-and-shape styles for overlap groups; group N uses style (N - 1) % OVERLAP_STYLES. */
export const OVERLAP_STYLES = 8;

export interface OverlapMarker {
  key: string;
  /** 1-based, the group's row in the overlap table. */
  group: number;
  latitude: number;
  longitude: number;
  need: string;
  serviceName: string;
  score: number;
  services: { id: string; name: string; organizationName: string }[];
}

export interface GapMarker {
  key: string;
  neighbourhood: string;
  latitude: number;
  longitude: number;
  /** Need × language combinations with no service here. */
  count: number;
  needs: { need: string; languages: string[] }[];
}

export interface MapData {
  overlaps: OverlapMarker[];
  gaps: GapMarker[];
  /** Overlapping services and gap neighbourhoods that have no coordinates to draw. */
  unplaced: number;
}

export function overlapMarkers(groups: OverlapGroup[]): { markers: OverlapMarker[]; unplaced: number } {
  const markers: OverlapMarker[] = [];
  let unplaced = 0;
  groups.forEach((g, i) => {
    const services = g.services.map(({ id, name, organizationName }) => ({ id, name, organizationName }));
    for (const s of g.services) {
      if (s.latitude === null || s.longitude === null) {
        unplaced++;
        continue;
      }
      markers.push({ key: `o${i}:${s.id}`, group: i + 1, latitude: s.latitude, longitude: s.longitude, need: g.need.name, serviceName: s.name, score: g.score, services });
    }
  });
  return { markers, unplaced };
}

export function gapMarkers(report: GapsResponse): { markers: GapMarker[]; unplaced: number } {
  const byHood = new Map<string, Map<string, string[]>>();
  for (const c of report.cells) {
    const needs = byHood.get(c.neighbourhood) ?? new Map<string, string[]>();
    needs.set(c.need.name, [...(needs.get(c.need.name) ?? []), c.language]);
    byHood.set(c.neighbourhood, needs);
  }
  const centres = new Map(report.centres.map((c) => [c.neighbourhood, c]));
  const markers: GapMarker[] = [];
  let unplaced = 0;
  for (const [neighbourhood, needs] of byHood) {
    const centre = centres.get(neighbourhood);
    if (!centre) {
      unplaced++;
      continue;
    }
    const lines = [...needs].map(([need, languages]) => ({ need, languages }));
    markers.push({
      key: `g:${neighbourhood}`,
      neighbourhood,
      latitude: centre.latitude,
      longitude: centre.longitude,
      count: lines.reduce((n, l) => n + l.languages.length, 0),
      needs: lines,
    });
  }
  return { markers, unplaced };
}

export function mapData(overlaps: OverlapGroup[] | null, gaps: GapsResponse | null, show: { overlaps: boolean; gaps: boolean }): MapData {
  const o = show.overlaps && overlaps ? overlapMarkers(overlaps) : { markers: [], unplaced: 0 };
  const g = show.gaps && gaps ? gapMarkers(gaps) : { markers: [], unplaced: 0 };
  return { overlaps: o.markers, gaps: g.markers, unplaced: o.unplaced + g.unplaced };
}
