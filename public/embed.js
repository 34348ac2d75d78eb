/*! Spoorwijzer embed: <script src="https://<spoorwijzer>/embed.js" defer></script> and
 *  <div data-spoorwijzer data-rol="werkgever" data-kleur="#0b5394"></div> on the host page.
 *  No dependencies, no cookies, no inline script needed (works under a strict host CSP).
 *  The frame tells this script only its height; nothing about the answers crosses the frame.
 *  Every option is checked here (a warning in the console for a value that does not fit) and
 *  again inside the frame. Options: /embed.html. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var app = new URL('./', script.src);
  var origin = app.origin;
  var PREFIX = 'Spoorwijzer: ';

  var text = function (max) {
    // Letters, digits, spaces and everyday punctuation (the frame applies the same rule).
    return function (v) { return v.length <= max && /^[\p{L}\p{N} &'’.,\-()/+!?:]+$/u.test(v); };
  };
  var httpsUrl = function (v) {
    return v.length <= 300 && /^https:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d{1,5})?([/?#][A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]*)?$/.test(v);
  };
  var OPTIONS = {
    rol: function (v) { return /^(werknemer|werkgever|adviseur)$/.test(v); },
    kleur: function (v) { return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v); },
    lettertype: function (v) { return v.length <= 120 && /^[A-Za-z0-9 ,'"-]+$/.test(v); },
    hoeken: function (v) { return /^([0-9]|[12][0-9]|3[0-2])(px)?$/.test(v); },
    kop: function (v) { return /^(ja|nee)$/.test(v); },
    taal: function (v) { return /^(nl|en)$/.test(v); },
    naam: text(60),
    logo: httpsUrl,
    'contact-url': function (v) {
      return httpsUrl(v) ||
        (v.length <= 300 && /^mailto:[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(v)) ||
        /^tel:\+?[0-9-]{3,20}$/.test(v) && (v.match(/[0-9]/g) || []).length <= 15;
    },
    'contact-label': text(40),
  };
  var MIN = 150;
  var MAX = 20000;

  function mount(el) {
    if (el.getAttribute('data-spoorwijzer-klaar') !== null) return;
    el.setAttribute('data-spoorwijzer-klaar', '');
    var src = new URL(app.href);
    Object.keys(OPTIONS).forEach(function (name) {
      var raw = el.getAttribute('data-' + name);
      if (raw === null) return;
      var v = raw.trim();
      if (OPTIONS[name](v)) src.searchParams.set(name, v);
      else console.warn(PREFIX + 'data-' + name + ' is genegeerd: deze waarde past niet (zie ' + app.href + 'embed.html).');
    });
    // English is its own build under en/ (only those who choose it download it).
    var english = src.searchParams.get('taal') === 'en';
    if (english) src.pathname = src.pathname.replace(/\/?$/, '/') + 'en/';
    // Where to send the height: this page's origin, checked again by the frame.
    src.searchParams.set('herkomst', location.origin);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = el.getAttribute('data-titel') && text(80)(el.getAttribute('data-titel'))
      ? el.getAttribute('data-titel')
      : english ? 'Spoorwijzer: help with sickness and re-integration' : 'Spoorwijzer: hulp bij ziekte en re-integratie';
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox');
    // CSSOM, not a style attribute: allowed under a host CSP without 'unsafe-inline'.
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '40rem';
    frame.style.colorScheme = 'normal';
    el.appendChild(frame);
    window.addEventListener('message', function (e) {
      if (e.origin !== origin || e.source !== frame.contentWindow) return;
      var d = e.data;
      if (!d || typeof d !== 'object' || Object.keys(d).length !== 2 || d.spoorwijzer !== 'hoogte') return;
      var h = d.hoogte;
      if (typeof h !== 'number' || !isFinite(h) || h < MIN || h > MAX) return;
      frame.style.height = Math.ceil(h) + 'px';
    });
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-spoorwijzer]'), mount);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
  // For pages that add the element later (a single-page site, the preview on /embed.html):
  // Spoorwijzer.laad() mounts every [data-spoorwijzer] that has no frame yet.
  // Spoorwijzer.geldig(naam, waarde) says whether an option's value would be used.
  window.Spoorwijzer = {
    laad: mountAll,
    geldig: function (name, value) { return Object.prototype.hasOwnProperty.call(OPTIONS, name) && OPTIONS[name](String(value).trim()); },
  };
})();
