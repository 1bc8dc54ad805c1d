// Public finder, progressive enhancement only: every page works without this file.
// Quick exit replaces the current history entry, so "Back" does not return to the finder.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  var exit = document.getElementById('quick-exit');
  if (exit) {
    exit.addEventListener('click', function (event) {
      event.preventDefault();
      window.location.replace(exit.href);
    });
  }

  // "Use my location": fills the hidden `near` field with a position rounded to about 100 m.
  var near = document.querySelector('.near-me');
  var field = document.getElementById('f-near');
  var status = document.querySelector('.near-status');
  if (near && field && navigator.geolocation) {
    near.hidden = false;
    near.addEventListener('click', function () {
      if (status) status.textContent = near.getAttribute('data-locating');
      navigator.geolocation.getCurrentPosition(
        function (pos) {
          field.value = pos.coords.latitude.toFixed(3) + ',' + pos.coords.longitude.toFixed(3);
          if (status) status.textContent = near.getAttribute('data-set');
          var address = document.getElementById('f-address');
          if (address) address.value = '';
          if (near.form && near.form.requestSubmit) near.form.requestSubmit();
          else if (near.form) near.form.submit();
        },
        function () {
          if (status) status.textContent = near.getAttribute('data-failed');
        },
        { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 },
      );
    });
  }

  var print = document.querySelector('.print-btn');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', function () {
      window.print();
    });
  }
})();
