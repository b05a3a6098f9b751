// Progressive enhancement: a form marked data-warn-unsaved asks before the page is left with
// changes not yet saved. Without JavaScript nothing is lost either: every button saves.
(function () {
  document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
    var changed = false;
    form.addEventListener('input', function () { changed = true; });
    form.addEventListener('change', function () { changed = true; });
    form.addEventListener('submit', function () { changed = false; });
    window.addEventListener('beforeunload', function (event) {
      if (changed) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
  });
})();
