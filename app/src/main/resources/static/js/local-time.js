// Progressive enhancement: next to a time shown in Geneva time, add the reader's own local time
// when their time zone differs. Pages read fine without it.
(function () {
  var reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!reader || reader === 'Europe/Zurich') { return; }
  document.querySelectorAll('time[data-local-time]').forEach(function (element) {
    var instant = new Date(element.getAttribute('datetime'));
    if (isNaN(instant)) { return; }
    var text = new Intl.DateTimeFormat(document.documentElement.lang || 'fr', {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
    }).format(instant);
    var note = document.createElement('span');
    note.className = 'local-time';
    note.textContent = ' (' + element.getAttribute('data-local-time') + ' ' + text + ')';
    element.insertAdjacentElement('afterend', note);
  });
})();
