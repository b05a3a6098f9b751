// Progressive enhancement of the article editor. Without JavaScript an inserted image goes
// at the end of the text and tags are suggested for the first one only; nothing else changes.
(function () {
  // « Insérer une image » puts the image where the cursor stood in the text
  document.querySelectorAll('input[data-cursor-of]').forEach(function (cursor) {
    var text = document.getElementById(cursor.getAttribute('data-cursor-of'));
    if (!text) { return; }
    var remember = function () { cursor.value = String(text.selectionStart); };
    ['keyup', 'click', 'select', 'input', 'blur'].forEach(function (type) { text.addEventListener(type, remember); });
  });
  // tags are separated by commas: suggest the known ones for the tag being typed
  var tags = document.querySelector('input[list="known-tags"]');
  var list = document.getElementById('known-tags');
  if (!tags || !list) { return; }
  var known = Array.prototype.map.call(list.options, function (option) { return option.value; });
  tags.addEventListener('input', function () {
    var cut = tags.value.lastIndexOf(',');
    var before = cut < 0 ? '' : tags.value.slice(0, cut + 1) + ' ';
    var typed = tags.value.slice(cut + 1).trim().toLowerCase();
    list.innerHTML = '';
    known.filter(function (name) { return name.toLowerCase().indexOf(typed) === 0; }).slice(0, 20)
      .forEach(function (name) {
        var option = document.createElement('option');
        option.value = before + name;
        list.appendChild(option);
      });
  });
})();
