// Draws every chart on the page from the configuration the server wrote into its data-chart attribute.
// Two additions to Chart.js, since the configuration is plain JSON: an axis marked plimsollDates
// counts days since 1970 and is labelled with dates, and the plimsollBands plugin shades flares.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') { return; }
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function day(value) {
    var d = new Date(value * 86400000);
    return d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()];
  }

  Chart.register({
    id: 'plimsollBands',
    beforeDatasetsDraw: function (chart, args, options) {
      var x = chart.scales.x;
      var area = chart.chartArea;
      if (!x || !options || !options.bands) { return; }
      var ctx = chart.ctx;
      ctx.save();
      options.bands.forEach(function (band) {
        var from = Math.max(area.left, x.getPixelForValue(band.from));
        var to = Math.min(area.right, x.getPixelForValue(band.to));
        if (to <= from) { return; }
        ctx.fillStyle = 'rgba(176, 0, 32, 0.12)';
        ctx.fillRect(from, area.top, to - from, area.bottom - area.top);
      });
      ctx.restore();
    },
    // The band's name goes on top, where bars cannot hide it.
    afterDatasetsDraw: function (chart, args, options) {
      var x = chart.scales.x;
      if (!x || !options || !options.bands) { return; }
      var ctx = chart.ctx;
      ctx.save();
      ctx.fillStyle = '#8a0019';
      ctx.font = 'bold 12px sans-serif';
      options.bands.forEach(function (band) {
        var from = Math.max(chart.chartArea.left, x.getPixelForValue(band.from));
        ctx.fillText(band.label, from + 3, chart.chartArea.top + 12);
      });
      ctx.restore();
    }
  });

  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    try {
      var config = JSON.parse(canvas.getAttribute('data-chart'));
      var scales = (config.options && config.options.scales) || {};
      Object.keys(scales).forEach(function (id) {
        if (scales[id].plimsollDates) {
          scales[id].ticks = scales[id].ticks || {};
          scales[id].ticks.callback = day;
          config.options.plugins = config.options.plugins || {};
          config.options.plugins.tooltip = { callbacks: { title: function (items) {
            return items.length ? day(items[0].parsed.x) : '';
          } } };
        }
      });
      new Chart(canvas, config);
    } catch (e) {
      canvas.insertAdjacentText('afterend', 'This chart could not be drawn; its data is in the table.');
    }
  });
})();
