/* Charts of the Development Data Platform.
 *
 * Every chart reads the JSON the server embedded with json_script (id "ddp-data"), built by the
 * same selectors as the tables beside it. No data is fetched except the world-atlas TopoJSON
 * (a static file). Each <div data-chart="..."> gets an ECharts instance; a click on a bar or a
 * country follows the row's "url" (the explore list filtered by it).
 */
(function () {
  "use strict";
  var dataEl = document.getElementById("ddp-data");
  if (!dataEl || typeof echarts === "undefined") return;
  var data = JSON.parse(dataEl.textContent);
  var lang = document.documentElement.lang || "en";
  var ecLocale = lang.slice(0, 2).toUpperCase();
  var labels = data.labels || {};
  var INK = "#1b1f24", MUTED = "#4a5560", BRAND = "#0b5d4b", ACCENT = "#9a3412", LINE = "#d5dbe1";

  var money = new Intl.NumberFormat(lang, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  var moneyShort = new Intl.NumberFormat(lang, {
    style: "currency", currency: "EUR", notation: "compact", maximumFractionDigits: 1,
  });
  var num = new Intl.NumberFormat(lang);

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function rowTooltip(row) {
    return "<strong>" + esc(row.name) + "</strong><br>" +
      esc(labels.value) + ": " + money.format(row.value) + "<br>" +
      esc(labels.projects) + ": " + num.format(row.projects) +
      (row.url ? "<br><em>" + esc(labels.clickToExplore) + "</em>" : "");
  }

  function init(el) {
    var chart = echarts.init(el, null, { renderer: "svg", locale: ecLocale });
    window.addEventListener("resize", function () { chart.resize(); });
    var target = el.getAttribute("data-link-target");
    chart.on("click", function (params) {
      var row = params.data && params.data.row;
      if (row && row.url) {
        if (target === "_top") window.top.location.href = row.url;
        else window.location.href = row.url;
      }
    });
    return chart;
  }

  function horizontalBars(el, rows, colour) {
    rows = rows.slice(0, 14).reverse();
    var narrow = el.clientWidth < 520;
    var chart = init(el);
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: "item", formatter: function (p) { return rowTooltip(p.data.row); } },
      // On a phone the bars carry their own value labels: the value axis would only crowd them.
      xAxis: { type: "value", axisLabel: { show: !narrow, color: MUTED, formatter: function (v) { return moneyShort.format(v); } },
        splitLine: { show: !narrow, lineStyle: { color: LINE } } },
      yAxis: { type: "category", data: rows.map(function (r) { return r.name; }),
        axisLabel: { color: INK, width: narrow ? 120 : 190, overflow: "truncate" } },
      series: [{
        type: "bar", name: labels.value, cursor: "pointer",
        data: rows.map(function (r) {
          return { value: r.value, row: r, itemStyle: { color: r.bucket ? "#8a96a3" : colour } };
        }),
        label: { show: true, position: "right", color: INK, formatter: function (p) { return moneyShort.format(p.value); } },
      }],
    });
    return chart;
  }

  function sdgBars(el, rows) {
    var chart = init(el);
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
      tooltip: { trigger: "item", formatter: function (p) { return rowTooltip(p.data.row); } },
      xAxis: { type: "category", data: rows.map(function (r) { return r.key; }), axisLabel: { color: INK, interval: 0 } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: MUTED }, splitLine: { lineStyle: { color: LINE } } },
      series: [{
        type: "bar", name: labels.projects, cursor: "pointer",
        data: rows.map(function (r) { return { value: r.projects, row: r, itemStyle: { color: r.colour } }; }),
        label: { show: true, position: "top", color: INK, fontSize: 11 },
      }],
    });
    return chart;
  }

  function years(el, rows) {
    var chart = init(el);
    chart.setOption({
      aria: { enabled: true },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: INK } },
      tooltip: { trigger: "axis", valueFormatter: undefined, formatter: function (ps) {
        var r = ps[0].data.row;
        return "<strong>" + r.year + "</strong><br>" + esc(labels.projects) + ": " + num.format(r.projects) +
          "<br>" + esc(labels.value) + ": " + money.format(r.value);
      } },
      xAxis: { type: "category", data: rows.map(function (r) { return String(r.year); }), axisLabel: { color: INK } },
      yAxis: [
        { type: "value", minInterval: 1, name: labels.projects, nameTextStyle: { color: MUTED }, axisLabel: { color: MUTED },
          splitLine: { lineStyle: { color: LINE } } },
        { type: "value", name: labels.value, nameTextStyle: { color: MUTED },
          axisLabel: { color: MUTED, formatter: function (v) { return moneyShort.format(v); } }, splitLine: { show: false } },
      ],
      series: [
        { type: "bar", name: labels.projects, cursor: "pointer", itemStyle: { color: BRAND },
          data: rows.map(function (r) { return { value: r.projects, row: r }; }) },
        { type: "line", name: labels.value, yAxisIndex: 1, itemStyle: { color: ACCENT }, lineStyle: { width: 3 },
          data: rows.map(function (r) { return { value: r.value, row: r }; }) },
      ],
    });
    return chart;
  }

  var atlasPromise = null;
  function loadWorld(url) {
    if (!atlasPromise) {
      atlasPromise = fetch(url).then(function (r) { return r.json(); }).then(function (topology) {
        var geo = topojson.feature(topology, topology.objects.countries);
        // world-atlas ids are ISO 3166-1 numeric codes: name features by them so data rows match.
        geo.features.forEach(function (f) { f.properties.name = f.id != null ? String(f.id) : f.properties.name; });
        geo.features = geo.features.filter(function (f) { return f.properties.name !== "010"; }); // Antarctica
        echarts.registerMap("world", geo);
        return geo;
      });
    }
    return atlasPromise;
  }

  function choropleth(el, rows) {
    var chart = init(el);
    var metric = "value";
    var byNumeric = {};
    rows.forEach(function (r) { if (r.numeric) byNumeric[r.numeric] = r; });
    function option() {
      var values = rows.map(function (r) { return metric === "value" ? r.value : r.projects; });
      var max = Math.max.apply(null, values.concat([1]));
      var narrow = el.clientWidth < 520;
      return {
        aria: { enabled: true },
        tooltip: { trigger: "item", formatter: function (p) {
          var r = p.data && p.data.row;
          return r ? rowTooltip(r) : esc(labels.noData);
        } },
        visualMap: {
          min: 0, max: max, calculable: false,
          orient: narrow ? "horizontal" : "vertical", left: narrow ? "center" : 8, bottom: 4,
          itemHeight: narrow ? 120 : 100, itemWidth: narrow ? 10 : 14,
          text: [metric === "value" ? moneyShort.format(max) : num.format(max), "0"],
          textStyle: { color: INK },
          inRange: { color: ["#d9efe8", "#7cc3ad", "#2a8f74", "#0b5d4b", "#053227"] },
        },
        series: [{
          type: "map", map: "world", roam: true, top: 8, bottom: narrow ? 40 : 8, name: metric === "value" ? labels.byValue : labels.byProjects,
          scaleLimit: { min: 1, max: 8 }, emphasis: { label: { show: false }, itemStyle: { areaColor: "#f2b705" } },
          select: { disabled: true },
          itemStyle: { areaColor: "#eef1f4", borderColor: "#ffffff", borderWidth: 0.5 },
          data: Object.keys(byNumeric).map(function (k) {
            var r = byNumeric[k];
            return { name: k, value: metric === "value" ? r.value : r.projects, row: r };
          }),
        }],
      };
    }
    loadWorld(el.getAttribute("data-atlas")).then(function () { chart.setOption(option(), true); });
    var scope = el.closest("section, main") || document;
    scope.querySelectorAll("[data-map-metric]").forEach(function (button) {
      button.addEventListener("click", function () {
        metric = button.getAttribute("data-map-metric");
        scope.querySelectorAll("[data-map-metric]").forEach(function (b) {
          b.setAttribute("aria-pressed", String(b === button));
        });
        loadWorld(el.getAttribute("data-atlas")).then(function () { chart.setOption(option(), true); });
      });
    });
    return chart;
  }

  function points(el, pts) {
    var chart = init(el);
    loadWorld(el.getAttribute("data-atlas")).then(function () {
      var lon = pts[0].value[0], lat = pts[0].value[1];
      chart.setOption({
        aria: { enabled: true },
        tooltip: { trigger: "item", formatter: function (p) { return esc(p.name); } },
        geo: { map: "world", roam: true, center: [lon, lat], zoom: 3,
          itemStyle: { areaColor: "#eef1f4", borderColor: "#9aa5b1" }, emphasis: { disabled: true } },
        series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 14, itemStyle: { color: ACCENT },
          name: labels.location, data: pts }],
      });
    });
    return chart;
  }

  var palette = { regions: BRAND, sectors: "#1d4ed8" };
  document.querySelectorAll("[data-chart]").forEach(function (el) {
    var kind = el.getAttribute("data-chart");
    if (kind === "regions" || kind === "sectors") horizontalBars(el, data[kind] || [], palette[kind]);
    else if (kind === "sdgs") sdgBars(el, data.sdgs || []);
    else if (kind === "years") years(el, (data.years || []).map(function (y) { return Object.assign({ name: y.year }, y); }));
    else if (kind === "map") choropleth(el, data.countries || []);
    else if (kind === "points" && data.points && data.points.length) points(el, data.points);
  });
})();
