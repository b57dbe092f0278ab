// Font-size control for the public portal: remembers the reader's choice on this device.
// Without JavaScript the control stays hidden and the browser's zoom does the same job.
(function () {
  var KEY = 'cchc-font-size';
  var SIZES = ['', 'fs-large', 'fs-larger'];
  var root = document.documentElement;

  function apply(size) {
    SIZES.forEach(function (s) {
      if (s) root.classList.remove(s);
    });
    if (size) root.classList.add(size);
    document.querySelectorAll('[data-font-size]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-font-size') === size));
    });
  }

  var saved = '';
  try {
    saved = localStorage.getItem(KEY) || '';
  } catch (e) {
    saved = '';
  }
  if (SIZES.indexOf(saved) < 0) saved = '';

  document.addEventListener('DOMContentLoaded', function () {
    apply(saved);
    document.querySelectorAll('.font-size-control').forEach(function (group) {
      group.hidden = false;
    });
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-font-size]');
      if (!button) return;
      var size = button.getAttribute('data-font-size') || '';
      apply(size);
      try {
        localStorage.setItem(KEY, size);
      } catch (e) {
        /* private browsing: the choice lasts for this page only */
      }
    });
  });
  apply(saved);
})();
