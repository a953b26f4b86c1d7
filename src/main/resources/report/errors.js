(function () {
  var errors = [];
  window.addEventListener('error', function (e) {
    errors.push(String(e.message || e));
    document.documentElement.setAttribute('data-errors', errors.join(' | '));
  });
})();
