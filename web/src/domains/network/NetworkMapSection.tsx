import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GapsResponse, NetworkMapSettings, OverlapsResponse } from '../../../../common/schemas/network.js';
import { useApi, type Resource } from '../../app/use-api.js';
import { Alert, ErrorSlot } from '../../components/Alert.js';
import { Checkbox } from '../../components/Checkbox.js';
import { Spinner } from '../../components/Spinner.js';
import { mapData } from './network-map-data.js';

function MapUnavailable() {
  const { t } = useTranslation();
  return <Alert tone="warning">{t('app.network.map.unavailable')}</Alert>;
}

// Leaflet and its stylesheet load only when a coordinator opens this page, in their own chunk; if
// that chunk cannot load, the page keeps its tables.
const NetworkMap = lazy(() => import('./NetworkMap.js').catch(() => ({ default: MapUnavailable })));

/**
 * The overlaps and gaps on a map. An enhancement: the tables below are the accessible equivalent,
 * and the text before the map leads to them (and past the map's markers in keyboard order).
 */
export function NetworkMapSection({ overlaps, gaps }: { overlaps: Resource<OverlapsResponse>; gaps: Resource<GapsResponse> }) {
  const { t } = useTranslation();
  const settings = useApi<NetworkMapSettings>('/api/network/map');
  const [show, setShow] = useState({ overlaps: true, gaps: true });
  const data = useMemo(() => mapData(overlaps.data?.items ?? null, gaps.data, show), [overlaps.data, gaps.data, show]);
  const loading = overlaps.loading || gaps.loading;
  return (
    <section aria-labelledby="network-map" className="mb-5">
      <h2 id="network-map" className="h3">
        {t('app.network.map.title')}
      </h2>
      <p>
        {t('app.network.map.lead')} <a href="#network-overlaps">{t('app.network.map.toOverlaps')}</a> · <a href="#network-gaps">{t('app.network.map.toGaps')}</a>
      </p>
      <div className="row">
        <div className="col-auto">
          <Checkbox label={t('app.network.map.showOverlaps')} checked={show.overlaps} onChange={(on) => setShow({ ...show, overlaps: on })} />
        </div>
        <div className="col-auto">
          <Checkbox label={t('app.network.map.showGaps')} checked={show.gaps} onChange={(on) => setShow({ ...show, gaps: on })} />
        </div>
      </div>
      {loading ? null : (
        <p className="small">
          {t('app.network.map.count', { overlaps: data.overlaps.length, gaps: data.gaps.length })}
          {data.unplaced > 0 ? ` ${t('app.network.map.unplaced', { count: data.unplaced })}` : ''}
          {settings.data && !settings.data.tileUrl ? ` ${t('app.network.map.noTiles')}` : ''}
        </p>
      )}
      <ErrorSlot message={settings.error?.message} />
      {settings.data ? (
        <Suspense fallback={<Spinner />}>
          <NetworkMap settings={settings.data} data={data} label={t('app.network.map.label')} />
        </Suspense>
      ) : settings.loading ? (
        <Spinner />
      ) : null}
    </section>
  );
}
