// The embed page (/embed.html): the snippets with this site's own address, the option form, the
// live preview (embed.js itself, through Spoorwijzer.laad) and the copy buttons. No dependencies.
// The English page (/en/embed.html, <html lang="en">) uses the same script with English texts; its
// snippets point at the one embed.js at the site root and carry data-taal="en" (the English build).
(function () {
  'use strict';
  var en = document.documentElement.lang === 'en';
  // The site root: where embed.js and the Dutch app are. The English page is one folder down.
  var base = new URL(en ? '../' : './', location.href).href;
  // The app a plain iframe opens, and the options every snippet and the preview always carry.
  var app = en ? base + 'en/' : base;
  var FIXED = en ? [['taal', 'en']] : [];
  var form = document.getElementById('opties');
  var NAMES = ['rol', 'kleur', 'lettertype', 'hoeken', 'naam', 'logo', 'contact-url', 'contact-label', 'kop'];
  var T = en ? {
    labels: {
      rol: 'Who it is for', kleur: 'The main colour', lettertype: 'The font', hoeken: 'The rounded corners', naam: 'The name',
      logo: 'The web address of the logo', 'contact-url': 'The address of the contact button', 'contact-label': 'The text on the contact button', kop: 'The header',
    },
    frameTitle: 'Spoorwijzer: help with sickness and re-integration',
    wrong: ': this value does not fit and is skipped. See "All options" for what you can use.',
    previewTitle: 'Preview of Spoorwijzer with your options',
    short: '\n<div data-spoorwijzer data-taal="en" data-rol="werkgever" data-kleur="#0b5394"\n     data-contact-url="https://www.youragency.nl/contact" data-contact-label="Call us"></div>',
    copied: 'The code has been copied.',
    selected: 'Copying does not work here. The code is selected: copy it with Ctrl+C (or Cmd+C).',
  } : {
    labels: {
      rol: 'Voor wie', kleur: 'De hoofdkleur', lettertype: 'Het lettertype', hoeken: 'De ronde hoeken', naam: 'De naam',
      logo: 'Het webadres van het logo', 'contact-url': 'Het adres van de contactknop', 'contact-label': 'De tekst op de contactknop', kop: 'De kop',
    },
    frameTitle: 'Spoorwijzer: hulp bij ziekte en re-integratie',
    wrong: ': deze waarde past niet en wordt overgeslagen. Kijk bij "Alle opties" wat wel kan.',
    previewTitle: 'Voorbeeld van Spoorwijzer met uw opties',
    short: '\n<div data-spoorwijzer data-rol="werkgever" data-kleur="#0b5394"\n     data-contact-url="https://www.uwbureau.nl/contact" data-contact-label="Bel ons"></div>',
    copied: 'De code is gekopieerd.',
    selected: 'Kopiëren lukt hier niet. De code is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).',
  };
  var LABELS = T.labels;
  var esc = function (v) { return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'); };
  var set = function (id, text) { document.getElementById(id).textContent = text; };

  /** The options as chosen, only those that would be used; and the names of those that would not. */
  function chosen() {
    var used = [], wrong = [];
    NAMES.forEach(function (name) {
      var el = form.elements[name];
      var v = el.type === 'checkbox' ? (el.checked ? 'nee' : '') : el.value.trim();
      if (!v) return;
      if (window.Spoorwijzer && window.Spoorwijzer.geldig(name, v)) used.push([name, v]);
      else wrong.push(LABELS[name]);
    });
    return { used: used, wrong: wrong };
  }

  function render() {
    var c = chosen();
    var attrs = FIXED.concat(c.used).map(function (o) { return ' data-' + o[0] + '="' + esc(o[1]) + '"'; }).join('');
    var script = '<script src="' + base + 'embed.js" defer></script>';
    set('code-opties', script + '\n<div data-spoorwijzer' + attrs + '></div>');
    var q = new URLSearchParams(FIXED.concat(c.used)).toString();
    set('code-iframe', '<iframe src="' + esc(app + (q ? '?' + q : '')) + '"\n        title="' + T.frameTitle + '"\n        style="width:100%;height:60rem;border:0"\n        sandbox="allow-scripts allow-same-origin allow-forms allow-downloads allow-modals allow-popups allow-popups-to-escape-sandbox"></iframe>');
    set('opties-fout', c.wrong.length ? c.wrong.join(', ') + T.wrong : '');
    return c;
  }

  function preview(c) {
    var box = document.getElementById('voorbeeld');
    box.textContent = '';
    var el = document.createElement('div');
    el.setAttribute('data-spoorwijzer', '');
    el.setAttribute('data-titel', T.previewTitle);
    FIXED.concat(c.used).forEach(function (o) { el.setAttribute('data-' + o[0], o[1]); });
    box.appendChild(el);
    if (window.Spoorwijzer) window.Spoorwijzer.laad();
  }

  set('code-kort', '<script src="' + base + 'embed.js" defer></script>' + T.short);
  set('code-csp', "Content-Security-Policy: script-src 'self' " + location.origin + "; frame-src " + location.origin);
  var timer = 0;
  var update = function () {
    var c = render();
    clearTimeout(timer);
    timer = setTimeout(function () { preview(c); }, 500);
  };
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  preview(render());

  Array.prototype.forEach.call(document.querySelectorAll('[data-kopieer]'), function (button) {
    button.addEventListener('click', function () {
      var id = button.getAttribute('data-kopieer');
      var code = document.getElementById(id);
      var status = document.querySelector('[data-status="' + id + '"]');
      var done = function () { status.textContent = T.copied; };
      var select = function () {
        var range = document.createRange();
        range.selectNodeContents(code);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        status.textContent = T.selected;
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(code.textContent).then(done, select);
      else select();
    });
  });
})();
