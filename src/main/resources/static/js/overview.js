// The overview's charts, each drawn from the table beside it (the table is the source: readable and copyable without
// the chart). A chart <div class="chart" data-for="TABLE-ID"> reads the table's body: the row heading is the category
// (its link is where a click on the bar goes), each cell with data-value a value of the series whose column heading
// carries data-series. data-orientation="horizontal" lays the bars along (long unit names read better so).
(function () {
  'use strict';

  var COLOURS = ['#8b1c1c', '#4a7ab5', '#e0a526', '#5b8c5a', '#7a5195', '#999999'];

  function read(table) {
    var heads = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var seriesColumns = [];
    heads.forEach(function (th, index) {
      if (th.hasAttribute('data-series')) {
        seriesColumns.push({ index: index, name: th.getAttribute('data-series') });
      }
    });
    var categories = [];
    var links = [];
    var values = seriesColumns.map(function () { return []; });
    Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (row) {
      var cells = row.children;
      var heading = cells[0];
      categories.push(heading.textContent.trim());
      var link = heading.querySelector('a');
      links.push(link ? link.getAttribute('href') : null);
      seriesColumns.forEach(function (column, s) {
        var cell = cells[column.index];
        var value = cell ? parseFloat(cell.getAttribute('data-value')) : NaN;
        values[s].push(isNaN(value) ? 0 : value);
      });
    });
    return { categories: categories, links: links, series: seriesColumns, values: values };
  }

  function draw(element) {
    var table = document.getElementById(element.getAttribute('data-for'));
    if (!table || typeof echarts === 'undefined') {
      return;
    }
    var data = read(table);
    var horizontal = element.getAttribute('data-orientation') === 'horizontal';
    // a vertical chart's labels share its width; a horizontal chart's stand in its left margin
    var labelWidth = horizontal ? 150 : Math.max(30, (element.clientWidth - 60) / Math.max(1, data.categories.length) - 4);
    var categoryAxis = {
      type: 'category',
      data: data.categories,
      inverse: horizontal,
      axisLabel: { interval: 0, width: labelWidth, overflow: horizontal ? 'truncate' : 'break', fontSize: 11 }
    };
    // counts are whole: no axis ticks at 0.2, 0.4 … where every value is an integer
    var whole = data.values.every(function (column) {
      return column.every(function (value) { return Math.round(value) === value; });
    });
    var valueAxis = whole ? { type: 'value', minInterval: 1 } : { type: 'value' };
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: COLOURS,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: data.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: horizontal ? 160 : 40, right: 20, top: data.series.length > 1 ? 30 : 10, bottom: horizontal ? 24 : 40 },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: data.series.map(function (column, s) {
        return { name: column.name, type: 'bar', data: data.values[s], cursor: 'pointer' };
      })
    });
    chart.on('click', function (params) {
      var link = data.links[params.dataIndex];
      if (link) {
        window.location.href = link;
      }
    });
    element.setAttribute('data-drawn', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.chart[data-for]'), draw);
  });
}());
