// The map view (Leaflet): markers for the located results of the server-rendered list, over the
// configured tiles or, with no tile server, over the bundled approximate outline of the comune.
(function () {
  'use strict';
  var el = document.getElementById('finder-map');
  var L = window.L;
  if (!el || !L) return;

  var map = L.map(el, {
    scrollWheelZoom: false,
    zoomControl: true,
    zoomSnap: 0.5,
  });
  map.attributionControl.setPrefix(false);
  var zoomIn = el.getAttribute('data-zoom-in');
  var zoomOut = el.getAttribute('data-zoom-out');
  if (zoomIn && zoomOut) {
    map.zoomControl.remove();
    L.control.zoom({ zoomInTitle: zoomIn, zoomOutTitle: zoomOut }).addTo(map);
  }

  var tiles = el.getAttribute('data-tiles');
  if (tiles) {
    L.tileLayer(tiles, { attribution: el.getAttribute('data-attribution') || '', maxZoom: 19, referrerPolicy: 'no-referrer' }).addTo(map);
  }

  var bounds = L.latLngBounds([]);
  var items = document.querySelectorAll('.results li[data-lat]');
  Array.prototype.forEach.call(items, function (item) {
    var lat = parseFloat(item.getAttribute('data-lat'));
    var lng = parseFloat(item.getAttribute('data-lng'));
    if (isNaN(lat) || isNaN(lng)) return;
    var link = item.querySelector('.result-title a');
    var name = link ? link.textContent.trim() : '';
    var popup = document.createElement('a');
    popup.href = item.getAttribute('data-href');
    popup.textContent = name;
    var marker = L.marker([lat, lng], {
      icon: L.divIcon({ className: 'finder-marker', iconSize: [22, 22], iconAnchor: [11, 11] }),
      title: name,
      keyboard: true,
    });
    marker.bindPopup(popup);
    marker.addTo(map);
    bounds.extend([lat, lng]);
  });

  function fit(extra) {
    var all = L.latLngBounds([]);
    if (bounds.isValid()) all.extend(bounds);
    if (extra && extra.isValid()) all.extend(extra);
    if (all.isValid()) map.fitBounds(all, { padding: [24, 24], maxZoom: 16 });
    else map.setView([41.9, 12.5], 5);
  }
  fit();

  var outline = el.getAttribute('data-outline');
  if (outline) {
    fetch(outline, { credentials: 'omit' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (geo) {
        if (!geo) return;
        var layer = L.geoJSON(geo, {
          interactive: false,
          style: function () {
            return { color: '#0066cc', weight: 2, dashArray: '6 4', fillColor: '#0066cc', fillOpacity: 0.04 };
          },
        }).addTo(map);
        if (!tiles) fit(layer.getBounds());
        el.setAttribute('data-outline-drawn', 'true');
      })
      .catch(function () {
        /* the markers and the list remain */
      });
  }
})();
