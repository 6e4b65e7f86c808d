// Autocomplete for entity names in the search box. Progressive enhancement: without
// JavaScript the box is a plain GET form and facets are plain links.
(function () {
  var box = document.getElementById('q');
  if (!box || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  box.parentNode.style.position = 'relative';
  box.parentNode.appendChild(list);
  var timer = null;
  function clear() { list.innerHTML = ''; list.style.display = 'none'; }
  box.addEventListener('input', function () {
    clearTimeout(timer);
    var text = box.value.trim();
    var word = text.split(/\s+/).pop();
    if (word.length < 2) { clear(); return; }
    timer = setTimeout(function () {
      fetch('/api/suggest?q=' + encodeURIComponent(text.length <= 40 ? text : word))
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) {
          clear();
          items.forEach(function (item) {
            var li = document.createElement('li');
            var a = document.createElement('a');
            a.href = item.url;
            a.textContent = item.label + ' ';
            var kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = (item.kind || item.facet) + ' · ' + item.count;
            a.appendChild(kind);
            li.appendChild(a);
            list.appendChild(li);
          });
          if (items.length) { list.style.display = 'block'; }
        })
        .catch(clear);
    }, 150);
  });
  box.addEventListener('keydown', function (e) { if (e.key === 'Escape') { clear(); } });
  document.addEventListener('click', function (e) { if (e.target !== box) { clear(); } });
})();
