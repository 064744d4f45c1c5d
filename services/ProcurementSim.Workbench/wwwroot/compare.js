// Variants side by side: their capability and cumulative cost over time, overlaid.
(function () {
  'use strict';
  const series = JSON.parse(document.getElementById('compare-data').textContent);
  const config = { responsive: true, displaylogo: false };
  const layout = (title, y, range) => ({ title: { text: title }, xaxis: { title: { text: 'week' } }, yaxis: { title: { text: y }, range }, margin: { t: 50, r: 20, l: 60, b: 50 }, legend: { orientation: 'h' } });
  const capability = series.map(s => ({ x: s.weeks, y: s.capability, name: s.name, mode: 'lines', type: 'scatter' }));
  const threshold = series.find(s => s.threshold != null);
  if (threshold && threshold.weeks.length) capability.push({ x: [threshold.weeks[0], threshold.weeks[threshold.weeks.length - 1]], y: [threshold.threshold, threshold.threshold], name: 'threshold', mode: 'lines', line: { dash: 'dash', color: '#c62828' } });
  Plotly.newPlot('overlay-capability', capability, layout('Mission capability by week', 'share of demand served', [0, 1.05]), config);
  Plotly.newPlot('overlay-cost', series.map(s => ({ x: s.weeks, y: s.cost, name: s.name, mode: 'lines', type: 'scatter' })), layout('Cumulative cost', 'cost'), config);
})();
