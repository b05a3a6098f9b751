// Progressive enhancement: next to a time shown in Geneva time, add the reader's own local time
// when their clock shows another time then (not merely another zone name). Pages read fine without it.
(function () {
  var reader = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!reader || reader === 'Europe/Zurich') { return; }
  document.querySelectorAll('time[data-local-time]').forEach(function (element) {
    var instant = new Date(element.getAttribute('datetime'));
    if (isNaN(instant)) { return; }
    // a zone with the same time then (Paris, Berlin…) says nothing new
    var wallClock = { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' };
    var there = new Intl.DateTimeFormat('en', Object.assign({ timeZone: 'Europe/Zurich' }, wallClock)).format(instant);
    var here = new Intl.DateTimeFormat('en', wallClock).format(instant);
    if (there === here) { return; }
    var text = new Intl.DateTimeFormat(document.documentElement.lang || 'fr', {
      weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
    }).format(instant);
    var note = document.createElement('span');
    note.className = 'local-time';
    note.textContent = ' (' + element.getAttribute('data-local-time') + ' ' + text + ')';
    element.insertAdjacentElement('afterend', note);
  });
})();
