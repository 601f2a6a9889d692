/* Fleksjob pages: JavaScript only enhances. Every page works without it: the charts' figures are in tables,
   the share link is a plain URL, and the print view prints from the browser's menu. */
(function () {
  'use strict';

  if (window.DKFDS && typeof window.DKFDS.init === 'function') {
    window.DKFDS.init();
  }

  var printButton = document.getElementById('udskriv-knap');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', function () { window.print(); });
  }

  var share = document.getElementById('del-url');
  if (share) {
    share.addEventListener('focus', function () { share.select(); });
  }

  var summary = document.getElementById('fejlopsummering');
  if (summary) {
    summary.focus();
  }

  if (!window.Chart) {
    return;
  }

  var colours = ['#004993', '#2e8540', '#1a1a1a'];

  /* Vertical dashed lines with a label: the knæk, the lønloft, the user's own hours or year. */
  var markers = {
    id: 'fleksjobMarkers',
    afterDatasetsDraw: function (chart) {
      var list = chart.options.plugins.fleksjobMarkers.markers || [];
      var ctx = chart.ctx;
      var x = chart.scales.x;
      var area = chart.chartArea;
      // all labels on one side of their lines, stacked, so each reads against its own line
      var mean = list.reduce(function (sum, m) { return sum + x.getPixelForValue(m.index); }, 0) / (list.length || 1);
      var right = mean > (area.left + area.right) / 2;
      list.forEach(function (m, i) {
        var px = x.getPixelForValue(m.index);
        ctx.save();
        ctx.strokeStyle = '#b51d09';
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 2;
        ctx.beginPath();
        ctx.moveTo(px, area.top);
        ctx.lineTo(px, area.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = '600 13px "IBM Plex Sans", Arial, sans-serif';
        var width = ctx.measureText(m.tekst).width + 8;
        var left = right ? px - 4 - width : px + 4;
        var top = area.top + 4 + 20 * i;
        ctx.fillStyle = 'rgba(255, 255, 255, 0.92)';
        ctx.fillRect(left, top, width, 18);
        ctx.strokeStyle = '#b51d09';
        ctx.lineWidth = 1;
        ctx.strokeRect(left, top, width, 18);
        ctx.fillStyle = '#b51d09';
        ctx.textBaseline = 'middle';
        ctx.fillText(m.tekst, left + 4, top + 9);
        ctx.restore();
      });
    }
  };

  function kroner(v) {
    return new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(v) + ' kr.';
  }

  document.querySelectorAll('script[type="application/json"][data-graf]').forEach(function (island) {
    var data = JSON.parse(island.textContent);
    var canvas = document.getElementById(data.id);
    if (!canvas) {
      return;
    }
    canvas.parentElement.hidden = false;
    var datasets = data.serier.map(function (s, i) {
      return {
        type: s.type,
        label: s.navn,
        data: s.data.map(Number),
        backgroundColor: colours[i],
        borderColor: colours[i],
        stack: s.type === 'bar' ? 'indkomst' : undefined,
        order: s.type === 'line' ? 0 : 1,
        pointRadius: s.type === 'line' ? 2 : undefined
      };
    });
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, title: { display: true, text: data.xTitel } },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: data.yTitel },
               ticks: { callback: kroner } }
        },
        plugins: {
          title: { display: false },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + kroner(c.parsed.y); } } },
          fleksjobMarkers: { markers: data.markeringer }
        }
      },
      plugins: [markers]
    });
  });
})();
