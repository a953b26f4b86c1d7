(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.clue'));
  var filters = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  function apply() {
    var wanted = {};
    filters.forEach(function (s) { if (s.value !== '') wanted[s.getAttribute('data-filter')] = s.value; });
    var q = search ? search.value.trim().toLowerCase() : '';
    var n = 0;
    rows.forEach(function (r) {
      var ok = Object.keys(wanted).every(function (k) { return r.getAttribute('data-' + k) === wanted[k]; })
        && (q === '' || r.getAttribute('data-text').indexOf(q) >= 0);
      r.hidden = !ok;
      if (!ok) { r.nextElementSibling.hidden = true; r.classList.remove('open'); }
      if (ok) n++;
    });
    if (shown) shown.textContent = String(n);
  }
  function toggle(r) {
    var d = r.nextElementSibling;
    d.hidden = !d.hidden;
    r.classList.toggle('open', !d.hidden);
  }
  filters.forEach(function (s) { s.addEventListener('change', apply); });
  if (search) search.addEventListener('input', apply);
  rows.forEach(function (r) {
    r.addEventListener('click', function () { toggle(r); });
    r.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(r); } });
  });
  if (location.hash.indexOf('#clue-') === 0) {
    var r = document.getElementById(location.hash.substring(1));
    if (r) toggle(r);
  }
  document.documentElement.setAttribute('data-ready', String(rows.length));
})();
