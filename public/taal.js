/*! Spoorwijzer: the first script on every page. It marks <html> for the served start page
 * (see below) and opens the build of the chosen language before anything else loads.
 * Each language is its own build (Dutch at /, English at /en/), so nobody downloads a language
 * they did not choose. The choice comes from the URL (`?lang=en`, or `taal=en` from a bureau's
 * frame; a language is not personal data) or else from this device, where it is kept only while
 * the user has chosen to save (the key goes with "Wis alles"). Answers are never in a URL. */
(function () {
  // For the served start page (style/base.css): JavaScript runs, and whether this is the start.
  var root = document.documentElement;
  root.classList.add('rw-js');
  var step = new URLSearchParams(location.search).get('stap');
  if (step && step !== 'start') root.classList.add('rw-diep');
  var here = document.documentElement.lang === 'en' ? 'en' : 'nl';
  var query = new URLSearchParams(location.search);
  var want = query.get('lang') || query.get('taal');
  if (want !== 'nl' && want !== 'en') {
    try { want = window.localStorage.getItem('spoorwijzer:taal'); } catch (e) { want = null; }
  }
  if ((want === 'nl' || want === 'en') && want !== here) {
    location.replace((want === 'en' ? '/en/' : '/') + location.search + location.hash);
  }
})();
