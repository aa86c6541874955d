/* The directory map: a scatter layer of cooperatives on the world map (ECharts geo).
 *
 * Reads the points the server embedded with json_script (id "network-map-data"): the same
 * approved, filtered entries as the list beside it. A click on a point opens the cooperative.
 */
(function () {
  "use strict";
  var dataEl = document.getElementById("network-map-data");
  var el = document.querySelector("[data-network-map]");
  if (!dataEl || !el || typeof echarts === "undefined") return;
  var data = JSON.parse(dataEl.textContent);
  var points = data.points || [];
  var lang = (document.documentElement.lang || "en").slice(0, 2).toUpperCase();
  var chart = echarts.init(el, null, { renderer: "svg", locale: lang });
  window.addEventListener("resize", function () { chart.resize(); });
  chart.on("click", function (p) { if (p.data && p.data.url) window.location.href = p.data.url; });

  function esc(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // Centre and zoom that fit every point, with a margin. ECharts fits the whole map (360 x ~140
  // degrees, x scaled by aspectScale 0.75) into the box at zoom 1; work out how much of it shows.
  function view() {
    if (!points.length) return { center: [10, 25], zoom: 1 };
    var lons = points.map(function (p) { return p.value[0]; });
    var lats = points.map(function (p) { return p.value[1]; });
    var minLon = Math.min.apply(null, lons), maxLon = Math.max.apply(null, lons);
    var minLat = Math.min.apply(null, lats), maxLat = Math.max.apply(null, lats);
    var w = el.clientWidth || 800, h = el.clientHeight || 400;
    var scale = Math.min(w / (360 * 0.75), h / 140);
    var visibleLon = w / (scale * 0.75), visibleLat = h / scale;
    var needLon = Math.max((maxLon - minLon) * 1.3, 14), needLat = Math.max((maxLat - minLat) * 1.4, 8);
    var zoom = Math.min(visibleLon / needLon, visibleLat / needLat);
    return { center: [(minLon + maxLon) / 2, (minLat + maxLat) / 2], zoom: Math.max(1, Math.min(10, zoom)) };
  }

  // Rings that cross the antimeridian (Russia's far east, Fiji) would be drawn as lines across the
  // whole map: pin their far-side points to the edge they belong to.
  function unwrap(geometry) {
    if (!geometry) return;
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates]
      : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        var lons = ring.map(function (p) { return p[0]; });
        if (Math.max.apply(null, lons) - Math.min.apply(null, lons) <= 180) return;
        var east = lons.filter(function (x) { return x > 0; }).length >= lons.length / 2;
        ring.forEach(function (p) {
          if (east && p[0] < 0) p[0] = 180;
          else if (!east && p[0] > 0) p[0] = -180;
        });
      });
    });
  }

  fetch(el.getAttribute("data-atlas")).then(function (r) { return r.json(); }).then(function (topology) {
    var geo = topojson.feature(topology, topology.objects.countries);
    geo.features = geo.features.filter(function (f) { return f.id !== "010"; }); // Antarctica
    geo.features.forEach(function (f) { unwrap(f.geometry); });
    echarts.registerMap("network-world", geo);
    var v = view();
    chart.setOption({
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: "item", formatter: function (p) {
        return p.data ? "<strong>" + esc(p.data.name) + "</strong>" + (p.data.city ? "<br>" + esc(p.data.city) : "") : "";
      } },
      geo: { map: "network-world", roam: true, center: v.center, zoom: v.zoom, scaleLimit: { min: 1, max: 20 },
        itemStyle: { areaColor: "#eef1f4", borderColor: "#9aa5b1" }, emphasis: { disabled: true }, select: { disabled: true } },
      series: [{ type: "scatter", coordinateSystem: "geo", symbolSize: 12, cursor: "pointer",
        itemStyle: { color: "#9a3412", borderColor: "#fff", borderWidth: 1 },
        emphasis: { scale: 1.6 }, data: points }],
    });
    el.setAttribute("data-points", String(points.length));
  });
})();
