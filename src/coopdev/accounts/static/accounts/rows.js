/* The project's section pages (budgets, transactions, locations, organisations, results).
 *
 * Progressive enhancement, no dependency beyond the vendored topojson-client, no network beyond
 * this site: without this script every page works (an empty row is always there; saving adds
 * another). With it:
 *  - "Add a ..." appends a new empty row from the formset's <template> (Django's empty_form);
 *  - each location row gets a small world map: clicking it sets the latitude and longitude
 *    inputs (which stay the accessible way to enter a point), and typing them moves the marker.
 */
(function () {
  "use strict";
  var textEl = document.getElementById("rows-text");
  var T = textEl ? JSON.parse(textEl.textContent) : {};
  var SVG = "http://www.w3.org/2000/svg";
  var worldPath = null; // the countries as one SVG path, in an equirectangular 360 x 180 box
  var waiting = [];

  function addRows(form) {
    var template = form.querySelector("template[data-formset-template]");
    var button = form.querySelector("[data-add-row]");
    var rows = form.querySelector("[data-formset-rows]");
    var total = form.querySelector('input[name$="-TOTAL_FORMS"]');
    if (!template || !button || !rows || !total) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var index = parseInt(total.value, 10) || 0;
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      total.value = String(index + 1);
      row.querySelectorAll("[data-map-pick]").forEach(mapPicker);
      var first = row.querySelector("input:not([type=hidden]), select, textarea");
      if (first) first.focus();
    });
  }

  function ringPath(ring) {
    var d = "";
    var previous = null;
    ring.forEach(function (point) {
      var x = point[0] + 180;
      var y = 90 - point[1];
      var jump = previous === null || Math.abs(point[0] - previous) > 180;
      d += (jump ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
      previous = point[0];
    });
    return d + "Z";
  }

  function loadWorld(done) {
    if (worldPath !== null) return done();
    waiting.push(done);
    if (waiting.length > 1 || !T.atlas || !window.fetch || !window.topojson) return;
    fetch(T.atlas)
      .then(function (response) { return response.json(); })
      .then(function (topology) {
        var geo = window.topojson.feature(topology, topology.objects.countries);
        var d = "";
        geo.features.forEach(function (feature) {
          var g = feature.geometry;
          if (!g) return;
          var polygons = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
          polygons.forEach(function (polygon) { polygon.forEach(function (ring) { d += ringPath(ring); }); });
        });
        worldPath = d;
        waiting.splice(0).forEach(function (fn) { fn(); });
      })
      .catch(function () { worldPath = ""; waiting.splice(0).forEach(function (fn) { fn(); }); });
  }

  function mapPicker(box) {
    var row = box.closest("[data-row]");
    var lat = row && row.querySelector("input[data-lat]");
    var lon = row && row.querySelector("input[data-lon]");
    if (!lat || !lon) return;
    loadWorld(function () {
      if (!worldPath) return;
      box.hidden = false;
      var svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", "0 0 360 180");
      svg.setAttribute("class", "map-pick-svg");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", T.map || "");
      var sea = document.createElementNS(SVG, "rect");
      sea.setAttribute("width", "360");
      sea.setAttribute("height", "180");
      sea.setAttribute("class", "sea");
      var land = document.createElementNS(SVG, "path");
      land.setAttribute("d", worldPath);
      land.setAttribute("class", "land");
      var marker = document.createElementNS(SVG, "circle");
      marker.setAttribute("r", "3");
      marker.setAttribute("class", "marker");
      svg.appendChild(sea);
      svg.appendChild(land);
      svg.appendChild(marker);
      var caption = document.createElement("p");
      caption.className = "hint";
      caption.textContent = T.map || "";
      box.appendChild(svg);
      box.appendChild(caption);

      function place() {
        var y = parseFloat(String(lat.value).replace(",", "."));
        var x = parseFloat(String(lon.value).replace(",", "."));
        var ok = isFinite(x) && isFinite(y) && Math.abs(y) <= 90 && Math.abs(x) <= 180;
        marker.style.display = ok ? "" : "none";
        if (ok) {
          marker.setAttribute("cx", String(x + 180));
          marker.setAttribute("cy", String(90 - y));
        }
      }
      svg.addEventListener("click", function (event) {
        var point = svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var local = point.matrixTransform(svg.getScreenCTM().inverse());
        lon.value = (Math.max(0, Math.min(360, local.x)) - 180).toFixed(4);
        lat.value = (90 - Math.max(0, Math.min(180, local.y))).toFixed(4);
        lat.dispatchEvent(new Event("change", { bubbles: true }));
        place();
      });
      lat.addEventListener("input", place);
      lon.addEventListener("input", place);
      place();
    });
  }

  document.querySelectorAll("form.rows-form").forEach(addRows);
  document.querySelectorAll("[data-formset-rows] [data-map-pick]").forEach(mapPicker);
  var errors = document.getElementById("form-errors");
  if (errors) {
    var firstBad = document.querySelector("[aria-invalid=true]");
    (firstBad || errors).focus();
  }
})();
