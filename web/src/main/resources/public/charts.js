// Draws every chart on the page from the configuration the server wrote into its data-chart attribute.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      new Chart(canvas, JSON.parse(canvas.getAttribute('data-chart')));
    } catch (e) {
      canvas.insertAdjacentText('afterend', 'This chart could not be drawn; its data is in the table.');
    }
  });
})();
