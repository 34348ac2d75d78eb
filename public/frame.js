// Spoorwijzer inside a host page's frame (public/embed.js, or a plain <iframe>). Runs before the
// app starts, so the bureau's look is there on the first paint:
//   - marks <html data-ingebed> (the app then shows its "uw antwoorden blijven op uw apparaat"
//     line, the bureau's options, and leaves the height to the host);
//   - applies the look options (kleur, lettertype, hoeken) as design tokens, each checked, with
//     text colours chosen so that every pair keeps WCAG AA contrast;
//   - reports the page's height to the host page, and only its height, only to the origin
//     embed.js named (and, where the browser tells, only if that origin really is the parent).
// Outside a frame it does nothing: options in a shared link cannot restyle the real site.
(function () {
  'use strict';
  var framed;
  try { framed = window.self !== window.top; } catch (e) { framed = true; }
  if (!framed) return;
  var root = document.documentElement;
  root.setAttribute('data-ingebed', '');
  var params = new URLSearchParams(location.search);
  var warn = function (name) { console.warn('Spoorwijzer: optie ' + name + ' is genegeerd: deze waarde past niet.'); };
  var get = function (name, ok) {
    var v = params.get(name);
    if (v === null) return null;
    v = v.trim();
    if (ok(v)) return v;
    warn(name);
    return null;
  };

  // Colours: relative luminance and contrast (WCAG 2.2, 1.4.3).
  var rgb = function (hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h.replace(/./g, '$&$&');
    return [0, 2, 4].map(function (i) { return parseInt(h.slice(i, i + 2), 16); });
  };
  var hex = function (c) { return '#' + c.map(function (v) { return ('0' + Math.round(v).toString(16)).slice(-2); }).join(''); };
  var lum = function (c) {
    var l = c.map(function (v) { v /= 255; return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  };
  var contrast = function (a, b) { var x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  var WHITE = [255, 255, 255];
  var SURFACE = [243, 242, 241];
  var INK = [11, 12, 12];
  var darker = function (c, by) { return c.map(function (v) { return v * (1 - by); }); };
  // The colour itself when it reads well enough on `bg`, else darkened step by step until it does.
  var readable = function (c, bg, ratio) {
    for (var i = 0; i < 20 && contrast(c, bg) < ratio; i++) c = darker(c, 0.08);
    return c;
  };
  var textOn = function (c) { return contrast(WHITE, c) >= 4.5 ? WHITE : INK; };

  var kleur = get('kleur', function (v) { return /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v); });
  if (kleur) {
    var c = rgb(kleur);
    var link = readable(c, SURFACE, 4.5);
    var button = readable(c, WHITE, 3);
    var set = function (name, value) { root.style.setProperty(name, hex(value)); };
    set('--rw-color-brand', c);
    set('--rw-color-brand-text', textOn(c));
    set('--rw-color-info', link);
    set('--rw-color-link', link);
    set('--rw-color-link-hover', darker(link, 0.3));
    set('--rw-color-button', button);
    set('--rw-color-button-text', textOn(button));
    set('--rw-color-button-hover', darker(button, 0.2));
    set('--rw-color-button-shadow', darker(button, 0.6));
  }
  var font = get('lettertype', function (v) { return v.length <= 120 && /^[A-Za-z0-9 ,'"-]+$/.test(v); });
  if (font) root.style.setProperty('--rw-font', font + ', system-ui, sans-serif');
  var radius = get('hoeken', function (v) { return /^([0-9]|[12][0-9]|3[0-2])(px)?$/.test(v); });
  if (radius) root.style.setProperty('--rw-radius', parseInt(radius, 10) + 'px');

  // The height, to the host page that embed.js says it is; never anything else.
  var host = get('herkomst', function (v) { return /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/.test(v); });
  var ancestors = location.ancestorOrigins;
  if (!host || (ancestors && ancestors.length && ancestors[0] !== host)) return;
  var last = 0;
  var report = function () {
    var h = Math.ceil(root.getBoundingClientRect().height);
    if (h === last) return;
    last = h;
    window.parent.postMessage({ spoorwijzer: 'hoogte', hoogte: h }, host);
  };
  var start = function () {
    report();
    if (window.ResizeObserver) new ResizeObserver(function () { window.requestAnimationFrame(report); }).observe(root);
    else window.addEventListener('resize', report);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
