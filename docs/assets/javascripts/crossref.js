// Filters the API cross-reference table: free text, category, and which framework's
// names the text is matched against (a reverse lookup: torch.X -> its TF and JAX forms).
(function () {
  function setup() {
    var box = document.getElementById("crossref-filter");
    if (!box || box.dataset.ready) return;
    box.dataset.ready = "1";
    var category = document.getElementById("crossref-category");
    var framework = document.getElementById("crossref-framework");
    var counter = document.getElementById("crossref-count");
    var rows = Array.prototype.slice.call(document.querySelectorAll(".rosetta-crossref tbody tr"));

    var chinese = document.documentElement.lang.indexOf("zh") === 0;
    function showCount(shown) {
      counter.textContent = chinese
        ? "显示 " + shown + " / " + rows.length + " 行"
        : shown + " of " + rows.length + " rows";
    }

    function apply() {
      var query = box.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var cells = row.querySelectorAll("td[data-search]");
        var text = Array.prototype.map.call(cells, function (cell) {
          return framework.value === "all" || cell.dataset.framework === framework.value
            ? cell.dataset.search : "";
        }).join(" ") + " " + row.cells[0].textContent.toLowerCase();
        var visible = (!query || text.indexOf(query) !== -1) &&
          (category.value === "all" || row.dataset.category === category.value);
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      document.querySelectorAll(".rosetta-crossref").forEach(function (table) {
        var any = table.querySelector("tbody tr:not([hidden])");
        table.hidden = !any;
        var heading = table.previousElementSibling;
        if (heading && /^H[23]$/.test(heading.tagName)) heading.hidden = !any;
      });
      showCount(shown);
    }
    [box, category, framework].forEach(function (el) {
      el.addEventListener("input", apply);
      el.addEventListener("change", apply);
    });
    var params = new URLSearchParams(window.location.search);
    if (params.get("q")) box.value = params.get("q");
    // Unfiltered, every row is already shown: skip a pass over the whole table on load.
    if (box.value || category.value !== "all" || framework.value !== "all") apply();
    else showCount(rows.length);
  }
  if (typeof document$ !== "undefined") document$.subscribe(setup);
  else document.addEventListener("DOMContentLoaded", setup);
})();
