// Polls the import job's status and reloads the page when it ends (then the report shows).
(function () {
  var box = document.querySelector("[data-import-job]");
  if (!box) return;
  var bar = box.querySelector("[data-import-progress]");
  var label = box.querySelector("[data-import-status]");
  function poll() {
    fetch(box.dataset.statusUrl, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.total) { bar.max = s.total; bar.value = s.done; }
        bar.textContent = s.percent + "%";
        label.textContent = s.status_display + " — " + s.percent + "%";
        if (s.finished) { window.location.reload(); } else { setTimeout(poll, 1000); }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 500);
})();
