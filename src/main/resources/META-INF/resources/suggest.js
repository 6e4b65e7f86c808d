// Autocomplete for entity names in the search box, as an ARIA 1.2 combobox: Down/Up move
// through the suggestions, Enter opens the highlighted one, Escape closes the list.
// Progressive enhancement: without JavaScript the box is a plain GET form and facets are
// plain links. No inline handlers or styles, so a strict Content-Security-Policy holds.
(function () {
  var box = document.getElementById('q');
  if (!box || !window.fetch) { return; }
  var list = document.createElement('ul');
  list.className = 'suggestions';
  list.id = 'q-suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Suggestions');
  box.parentNode.appendChild(list);
  box.setAttribute('role', 'combobox');
  box.setAttribute('aria-autocomplete', 'list');
  box.setAttribute('aria-controls', list.id);
  box.setAttribute('aria-expanded', 'false');
  var timer = null;
  var active = -1;
  var kinds = { person: 'Person', country: 'Country', weapon: 'Weapon' };

  function options() { return list.querySelectorAll('[role=option]'); }
  function close() {
    list.innerHTML = '';
    list.classList.remove('open');
    box.setAttribute('aria-expanded', 'false');
    box.removeAttribute('aria-activedescendant');
    active = -1;
  }
  function highlight(index) {
    var all = options();
    if (!all.length) { return; }
    active = (index + all.length) % all.length;
    for (var i = 0; i < all.length; i++) { all[i].setAttribute('aria-selected', i === active ? 'true' : 'false'); }
    box.setAttribute('aria-activedescendant', all[active].id);
    all[active].scrollIntoView({ block: 'nearest' });
  }
  function open(items) {
    close();
    items.forEach(function (item, i) {
      var option = document.createElement('li');
      option.id = 'q-option-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('data-href', item.url);
      option.textContent = item.label + ' ';
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = (item.kind || kinds[item.facet] || item.facet) + ' · ' + item.count;
      option.appendChild(kind);
      list.appendChild(option);
    });
    if (items.length) {
      list.classList.add('open');
      box.setAttribute('aria-expanded', 'true');
    }
  }

  box.addEventListener('input', function () {
    clearTimeout(timer);
    var text = box.value.trim();
    var word = text.split(/\s+/).pop();
    if (word.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch('/api/suggest?q=' + encodeURIComponent(text.length <= 40 ? text : word), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(open)
        .catch(close);
    }, 150);
  });
  box.addEventListener('keydown', function (e) {
    var isOpen = list.classList.contains('open');
    if (e.key === 'ArrowDown' && isOpen) { e.preventDefault(); highlight(active + 1); }
    else if (e.key === 'ArrowUp' && isOpen) { e.preventDefault(); highlight(active - 1); }
    else if (e.key === 'Enter' && isOpen && active >= 0) {
      e.preventDefault();
      window.location.href = options()[active].getAttribute('data-href');
    } else if (e.key === 'Escape' && isOpen) { e.preventDefault(); close(); }
  });
  list.addEventListener('mousedown', function (e) {
    var option = e.target.closest('[role=option]');
    if (option) { e.preventDefault(); window.location.href = option.getAttribute('data-href'); }
  });
  box.addEventListener('blur', function () { setTimeout(close, 100); });
})();
