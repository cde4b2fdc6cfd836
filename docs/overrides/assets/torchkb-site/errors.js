/* Error index: filter the table by typing (every word must appear in the row). No dependencies. */
(function () {
  "use strict";
  var box = document.querySelector(".torchkb-filter");
  var table = document.querySelector("#torchkb-errors table");
  if (!box || !table || !table.tBodies.length) return;
  var input = box.querySelector("input");
  var count = box.querySelector("output");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var edges = /^[\s.,:;!?'"`()\[\]{}<>，。：；！？、（）“”‘’]+|[\s.,:;!?'"`()\[\]{}<>，。：；！？、（）“”‘’]+$/g;
  var texts = rows.map(function (row) { return row.textContent.toLowerCase().replace(/\s+/g, " "); });

  function update() {
    var words = input.value.toLowerCase().split(/\s+/).map(function (w) {
      return w.replace(edges, "");
    }).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var match = words.every(function (w) { return texts[i].indexOf(w) !== -1; });
      row.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = box.getAttribute("data-count")
      .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
  }

  var query = new URLSearchParams(window.location.search).get("q");
  if (query) input.value = query;
  box.hidden = false;
  input.addEventListener("input", update);
  update();
})();
