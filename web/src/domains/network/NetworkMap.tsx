import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkMapSettings } from '../../../../common/schemas/network.js';
import { isolate } from '../../app/format.js';
import { languageName } from './network-format.js';
import { OVERLAP_STYLES, type GapMarker, type MapData, type OverlapMarker } from './network-map-data.js';
import './network-map.css';

// The Leaflet map of the network view, in its own chunk (imported lazily by NetworkMapSection).
// Strict CSP: no inline style attributes and no HTML strings built from data — popups and marker
// labels are DOM nodes filled with textContent; Leaflet positions things through the CSSOM, which
// style-src 'self' allows. Without a tile server the markers sit on a plain background (and the
// comune's outline when the finder bundles one), as on the public finder's map.

const ITALY: L.LatLngTuple = [41.9, 12.5];

/** A popup's content: long lists scroll inside it, so it is focusable and named for keyboard users. */
function popupRoot(title: string): HTMLDivElement {
  const root = el('div', 'net-popup');
  root.tabIndex = 0;
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', title);
  return root;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A keyboard-reachable marker (Leaflet gives it tabindex 0 and role button; Enter opens its popup)
 * whose accessible name is the whole title, not the short number drawn on it.
 */
function marker(at: [number, number], className: string, text: string, size: L.PointTuple, title: string, popup: HTMLElement): L.Marker {
  const label = el('span', 'net-marker-label', text);
  label.setAttribute('aria-hidden', 'true');
  const m = L.marker(at, {
    icon: L.divIcon({ className, html: label, iconSize: size, iconAnchor: [size[0] / 2, size[1] / 2], popupAnchor: [0, -size[1] / 2] }),
    title,
    keyboard: true,
    riseOnHover: true,
  });
  m.on('add', () => m.getElement()?.setAttribute('aria-label', title));
  return m.bindPopup(popup);
}

interface Props {
  settings: NetworkMapSettings;
  data: MapData;
  /** Accessible name of the map region. */
  label: string;
}

export default function NetworkMap({ settings, data, label }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const outline = useRef<L.GeoJSON | null>(null);
  const markers = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    const m = L.map(container.current!, { scrollWheelZoom: false, zoomControl: false, keyboard: true, zoomSnap: 0.5 });
    m.attributionControl.setPrefix(false);
    L.control.zoom({ zoomInTitle: t('app.network.map.zoomIn'), zoomOutTitle: t('app.network.map.zoomOut') }).addTo(m);
    if (settings.tileUrl) {
      L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19, referrerPolicy: 'no-referrer' }).addTo(m);
    }
    // Leaflet names the popup's close button in English: name it in the user's language.
    m.on('popupopen', (e) => {
      e.popup.getElement()?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', t('app.network.map.closePopup'));
    });
    m.setView(ITALY, 5);
    map.current = m;
    const ctrl = new AbortController();
    if (settings.outlineUrl) {
      fetch(settings.outlineUrl, { credentials: 'omit', signal: ctrl.signal })
        .then((res) => (res.ok ? res.json() : null))
        .then((geo: GeoJSON.GeoJsonObject | null) => {
          if (!geo || map.current !== m) return;
          outline.current = L.geoJSON(geo, { interactive: false, style: () => ({ color: '#0066cc', weight: 2, dashArray: '6 4', fillColor: '#0066cc', fillOpacity: 0.04 }) }).addTo(m);
          fit(m, markers.current, outline.current, !settings.tileUrl);
        })
        .catch(() => {
          /* the markers remain */
        });
    }
    return () => {
      ctrl.abort();
      m.remove();
      map.current = null;
      outline.current = null;
      markers.current = null;
    };
  }, [settings, t]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    const group = L.featureGroup();
    for (const o of data.overlaps) overlapMarker(o).addTo(group);
    for (const g of data.gaps) gapMarker(g).addTo(group);
    group.addTo(m);
    markers.current = group;
    fit(m, group, outline.current, !settings.tileUrl);
    return () => {
      group.remove();
      if (markers.current === group) markers.current = null;
    };

    function overlapMarker(o: OverlapMarker): L.Marker {
      const title = t('app.network.map.overlapMarker', { group: o.group, need: isolate(o.need), service: isolate(o.serviceName) });
      const heading = t('app.network.map.overlapPopup', { group: o.group, need: isolate(o.need) });
      const popup = popupRoot(heading);
      popup.append(el('p', 'net-popup-title', heading));
      const list = el('ul', 'net-popup-list');
      for (const s of o.services) {
        const item = el('li');
        const org = el('span', 'd-block');
        org.append(el('bdi', undefined, s.organizationName));
        item.append(el('bdi', 'fw-semibold', s.name), org);
        list.append(item);
      }
      popup.append(list, el('p', 'net-popup-note', t('app.network.map.score', { score: o.score })));
      const variant = (o.group - 1) % OVERLAP_STYLES;
      return marker([o.latitude, o.longitude], `net-marker net-marker-overlap net-marker-s${variant}`, String(o.group), [30, 30], title, popup);
    }

    function gapMarker(g: GapMarker): L.Marker {
      const title = t('app.network.map.gapMarker', { name: isolate(g.neighbourhood), count: g.count });
      const popup = popupRoot(title);
      popup.append(el('p', 'net-popup-title', title));
      const list = el('ul', 'net-popup-list');
      for (const line of g.needs) {
        list.append(el('li', undefined, t('app.network.map.gapLine', { need: isolate(line.need), languages: line.languages.map((c) => languageName(c, lang)).join(', ') })));
      }
      popup.append(list);
      return marker([g.latitude, g.longitude], 'net-marker net-marker-gap', String(g.count), [40, 26], title, popup);
    }
  }, [data, settings, t, lang]);

  return (
    <>
      <ul className="net-legend small">
        <li>
          <span className="net-marker net-marker-s0" aria-hidden="true" />
          <span className="net-marker net-marker-s1" aria-hidden="true" />
          <span className="net-marker net-marker-s2" aria-hidden="true" />
          {t('app.network.map.legendOverlaps')}
        </li>
        <li>
          <span className="net-marker net-marker-gap" aria-hidden="true" />
          {t('app.network.map.legendGaps')}
        </li>
      </ul>
      <div ref={container} className="net-map" role="region" aria-label={label} />
    </>
  );
}

/** Fits the markers; with no tiles the outline is the only context, so it is kept in view too. */
function fit(m: L.Map, group: L.FeatureGroup | null, shape: L.GeoJSON | null, keepOutline: boolean): void {
  const bounds = L.latLngBounds([]);
  const markerBounds = group?.getBounds();
  if (markerBounds?.isValid()) bounds.extend(markerBounds);
  const shapeBounds = shape?.getBounds();
  if (shapeBounds?.isValid() && (keepOutline || !bounds.isValid())) bounds.extend(shapeBounds);
  if (bounds.isValid()) m.fitBounds(bounds, { padding: [28, 28], maxZoom: 16 });
}
