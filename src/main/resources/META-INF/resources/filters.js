// The search page's "Filters" panel is a <details> element, folded by default so that on a
// phone the results come first and the panel opens on demand (no JavaScript needed for that).
// On wide screens, where the panel has a column of its own beside the results, this opens it
// (and folds it again when the window gets narrow). Loaded right after the panel, without
// defer, so it opens before the first paint.
(function () {
  var panel = document.getElementById('filters-panel');
  if (!panel || !window.matchMedia) { return; }
  var wide = window.matchMedia('(min-width: 900px)');
  function follow() { panel.open = wide.matches; }
  follow();
  if (wide.addEventListener) { wide.addEventListener('change', follow); }
})();
