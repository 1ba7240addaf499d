// Keyboard shortcuts of the review workbench. Everything works without this file; it only saves
// reaching for the mouse. j/k: next/previous fact (or queue row); c: confirm; r: reject; e: edit;
// Enter on a queue row: open it; Esc: leave a field.
(function () {
  'use strict';
  var current = -1;

  function facts() {
    return Array.prototype.slice.call(document.querySelectorAll('.fact'));
  }

  function select(index) {
    var all = facts();
    if (all.length === 0) { return; }
    current = Math.max(0, Math.min(index, all.length - 1));
    all.forEach(function (fact) { fact.classList.remove('current'); });
    var fact = all[current];
    fact.classList.add('current');
    fact.scrollIntoView({ block: 'nearest' });
    highlight(fact.id);
  }

  // Outline the fact's evidence in the text, so its sentence is found at a glance.
  function highlight(id) {
    document.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
    if (!id) { return; }
    document.querySelectorAll('mark[data-facts]').forEach(function (m) {
      if ((' ' + m.getAttribute('data-facts') + ' ').indexOf(' ' + id + ' ') >= 0) { m.classList.add('focus'); }
    });
  }

  function press(selector) {
    var all = facts();
    if (current < 0 || current >= all.length) { return; }
    var button = all[current].querySelector(selector);
    if (button) { button.click(); }
  }

  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (typing(event.target)) {
      if (event.key === 'Escape') { event.target.blur(); }
      return;
    }
    switch (event.key) {
      case 'j': select(current + 1); break;
      case 'k': select(current - 1); break;
      case 'c': press('button.do-confirm'); break;
      case 'r': press('button.do-reject'); break;
      case 'e': {
        var all = facts();
        var field = current >= 0 ? all[current].querySelector('form.edit input, form.edit textarea') : null;
        if (field) { field.focus(); field.select && field.select(); }
        break;
      }
      case 'Enter': press('a.open'); break;
      default: return;
    }
    event.preventDefault();
  });

  // Arriving at #meeting-12 (from the queue) makes that fact the current one.
  document.addEventListener('DOMContentLoaded', function () {
    var all = facts();
    var target = window.location.hash ? document.getElementById(window.location.hash.substring(1)) : null;
    var index = target ? all.indexOf(target) : -1;
    if (index >= 0) { select(index); }
  });
})();
