/* Searchable multi-select pickers for the project form (no dependencies, no network).
 *
 * Progressive enhancement of <select multiple data-picker>: without this script the plain
 * select works. With it, the select stays in the form (hidden) and is kept in sync; a search
 * box (an ARIA combobox) lists the matches, the chosen items show as chips (with the SDG colour
 * from data-colour), and for data-shares="<prefix>" each chip carries a percentage input named
 * <prefix><code>, replacing the server-rendered percentage boxes.
 */
(function () {
  "use strict";
  var textEl = document.getElementById("picker-text");
  var T = textEl ? JSON.parse(textEl.textContent) : {};
  var uid = 0;

  function norm(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function swatch(opt) {
    if (!opt.dataset.colour) return null;
    var s = document.createElement("span");
    s.className = "swatch";
    s.style.background = opt.dataset.colour;
    s.setAttribute("aria-hidden", "true");
    return s;
  }

  function enhance(select) {
    uid += 1;
    var id = "picker-" + uid;
    var sharePrefix = select.dataset.shares || "";
    var field = select.closest(".field");
    var shareValues = {};
    var sharesBox = sharePrefix ? document.querySelector('[data-shares-for="' + select.name + '"]') : null;
    if (sharesBox) {
      sharesBox.querySelectorAll("input").forEach(function (input) {
        shareValues[input.name.slice(sharePrefix.length)] = input.value;
      });
      sharesBox.remove(); // the chips carry the percentages from now on
    }

    var wrap = document.createElement("div");
    wrap.className = "picker";
    var chosen = document.createElement("ul");
    chosen.className = "picker-chosen";
    var search = document.createElement("input");
    search.type = "search";
    search.id = id + "-search";
    search.placeholder = T.search || "";
    search.autocomplete = "off";
    search.setAttribute("role", "combobox");
    search.setAttribute("aria-autocomplete", "list");
    search.setAttribute("aria-expanded", "false");
    search.setAttribute("aria-controls", id + "-options");
    var list = document.createElement("ul");
    list.className = "picker-options";
    list.id = id + "-options";
    list.hidden = true;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-multiselectable", "true");
    var label = field && field.querySelector("label");
    if (label) {
      label.htmlFor = search.id;
      list.setAttribute("aria-label", label.textContent.trim());
    }
    var sum = null;
    wrap.append(chosen, search, list);
    if (sharePrefix) {
      sum = document.createElement("p");
      sum.className = "picker-sum";
      sum.setAttribute("aria-live", "polite");
      wrap.append(sum);
    }
    select.hidden = true;
    select.tabIndex = -1;
    select.after(wrap);

    var options = Array.prototype.slice.call(select.options);
    var active = -1;
    var matches = [];

    function renderSum() {
      if (!sum) return;
      var values = options
        .filter(function (o) { return o.selected; })
        .map(function (o) { return (shareValues[o.value] || "").replace(",", ".").replace("%", "").trim(); })
        .filter(function (v) { return v !== ""; });
      if (!values.length) { sum.textContent = ""; return; }
      var total = values.reduce(function (a, v) { return a + Number(v); }, 0);
      sum.textContent = (T.percent || "%") + ": " + Math.round(total * 100) / 100 + " / 100";
      sum.classList.toggle("is-wrong", !(Math.abs(total - 100) < 0.001));
    }

    function renderChosen() {
      chosen.textContent = "";
      var picked = options.filter(function (o) { return o.selected; });
      if (!picked.length) {
        var none = document.createElement("li");
        none.className = "empty-choice";
        none.textContent = T.none || "";
        chosen.append(none);
      }
      picked.forEach(function (opt) {
        var li = document.createElement("li");
        li.className = "picker-chip";
        li.dataset.value = opt.value;
        var sw = swatch(opt);
        if (sw) li.append(sw);
        var text = document.createElement("span");
        text.className = "chip-label";
        text.textContent = opt.textContent;
        text.title = opt.textContent;
        li.append(text);
        if (sharePrefix) {
          var input = document.createElement("input");
          input.type = "text";
          input.inputMode = "decimal";
          input.name = sharePrefix + opt.value;
          input.value = shareValues[opt.value] || "";
          input.setAttribute("aria-label", (T.percent || "%") + ": " + opt.textContent);
          input.addEventListener("input", function () { shareValues[opt.value] = input.value; renderSum(); });
          li.append(input, document.createTextNode("%"));
        }
        var remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = "×";
        remove.setAttribute("aria-label", (T.remove || "Remove") + ": " + opt.textContent);
        remove.addEventListener("click", function () {
          opt.selected = false;
          renderChosen();
          if (!list.hidden) renderList();
          search.focus();
        });
        li.append(remove);
        chosen.append(li);
      });
      renderSum();
    }

    function renderList() {
      var q = norm(search.value.trim());
      list.textContent = "";
      matches = options.filter(function (o) { return !q || norm(o.textContent).indexOf(q) !== -1; }).slice(0, 80);
      if (active >= matches.length) active = matches.length - 1;
      if (!matches.length) {
        var empty = document.createElement("li");
        empty.textContent = T.nomatch || "";
        empty.setAttribute("aria-disabled", "true");
        list.append(empty);
      }
      matches.forEach(function (opt, i) {
        var li = document.createElement("li");
        li.id = id + "-opt-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", opt.selected ? "true" : "false");
        if (opt.selected) li.classList.add("is-chosen");
        if (i === active) li.classList.add("is-active");
        var sw = swatch(opt);
        if (sw) li.append(sw);
        li.append(document.createTextNode(opt.textContent));
        li.addEventListener("mousedown", function (event) { event.preventDefault(); toggle(opt); });
        list.append(li);
        if (i === active) li.scrollIntoView({ block: "nearest" });
      });
      search.setAttribute("aria-activedescendant", active >= 0 && matches.length ? id + "-opt-" + active : "");
    }

    function toggle(opt) {
      opt.selected = !opt.selected;
      renderChosen();
      renderList();
    }
    function open() {
      list.hidden = false;
      search.setAttribute("aria-expanded", "true");
      renderList();
    }
    function close() {
      list.hidden = true;
      search.setAttribute("aria-expanded", "false");
      active = -1;
    }

    search.addEventListener("focus", open);
    search.addEventListener("input", function () { active = 0; open(); });
    search.addEventListener("blur", close);
    search.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (list.hidden) open();
        active = Math.min(active + 1, matches.length - 1);
        renderList();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        active = Math.max(active - 1, 0);
        renderList();
      } else if (event.key === "Enter") {
        event.preventDefault(); // choosing, never submitting the form
        if (!list.hidden && matches[active]) {
          toggle(matches[active]);
          search.value = ""; // ready for the next choice, as in most pickers
          active = 0;
          renderList();
        }
      } else if (event.key === "Escape") {
        close();
      }
    });
    renderChosen();
  }

  document.querySelectorAll("select[multiple][data-picker]").forEach(enhance);
})();
