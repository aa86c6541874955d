// Shows each <time data-local-time> (printed in UTC by the server) in the visitor's time zone too.
(function () {
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var format = new Intl.DateTimeFormat(document.documentElement.lang || undefined, {
    dateStyle: "full", timeStyle: "short", timeZone: zone
  });
  document.querySelectorAll("time[data-local-time]").forEach(function (el) {
    var when = new Date(el.getAttribute("datetime"));
    if (isNaN(when)) return;
    var local = document.createElement("span");
    local.className = "local-time";
    local.textContent = " (" + format.format(when) + ", " + zone + ")";
    el.after(local);
  });
})();
