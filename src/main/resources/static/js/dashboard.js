// The dashboard's charts, drawn from the figures in the page's tables; a click on a bar opens the ledger filtered
// to exactly the problems the bar counts.
(function () {
  if (!window.echarts) {
    return;
  }
  var lang = document.documentElement.lang === 'en' ? 'en' : 'zh';
  var words = lang === 'en'
    ? {closed: 'Closed', ongoing: 'Long-term', open: 'In progress', overdue: 'Overdue', weekly: 'Closed'}
    : {closed: '已完成整改', ongoing: '基本完成持续整改', open: '正在整改', overdue: '逾期', weekly: '销号数'};
  var colours = {closed: '#2e7d32', ongoing: '#1565c0', open: '#f9a825', weekly: '#b3261e'};

  function open(link) {
    if (link) {
      window.location.href = link;
    }
  }

  var rows = Array.prototype.slice.call(document.querySelectorAll('#row-table tr.stat-row'));
  var progress = document.getElementById('progress-chart');
  if (progress && rows.length) {
    var names = rows.map(function (r) { return r.dataset.name; });
    // a bar of at least 28 pixels a row, however many units or inspections there are
    progress.style.height = Math.max(320, names.length * 28 + 70) + 'px';
    var series = ['closed', 'ongoing', 'open'].map(function (key) {
      return {
        name: words[key], type: 'bar', stack: 'all', itemStyle: {color: colours[key]},
        emphasis: {focus: 'series'},
        data: rows.map(function (r) {
          return {value: Number(r.dataset[key]), link: r.getAttribute('data-link-' + key)};
        })
      };
    });
    var chart = echarts.init(progress);
    chart.setOption({
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      grid: {left: 8, right: 16, bottom: 8, top: 36, containLabel: true},
      xAxis: {type: 'value', minInterval: 1},
      yAxis: {type: 'category', data: names, inverse: true,
        axisLabel: {width: 150, overflow: 'truncate'}},
      series: series
    });
    chart.on('click', function (event) { open(event.data && event.data.link); });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  var weeks = Array.prototype.slice.call(document.querySelectorAll('#week-table tr.week-row'));
  var weekly = document.getElementById('week-chart');
  if (weekly && weeks.length) {
    var chart2 = echarts.init(weekly);
    chart2.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 8, right: 16, bottom: 8, top: 24, containLabel: true},
      xAxis: {type: 'category', data: weeks.map(function (w) { return w.dataset.week; })},
      yAxis: {type: 'value', minInterval: 1},
      series: [{
        name: words.weekly, type: 'bar', itemStyle: {color: colours.weekly},
        data: weeks.map(function (w) { return {value: Number(w.dataset.closed), link: w.dataset.link}; })
      }]
    });
    chart2.on('click', function (event) { open(event.data && event.data.link); });
    window.addEventListener('resize', function () { chart2.resize(); });
  }
})();
