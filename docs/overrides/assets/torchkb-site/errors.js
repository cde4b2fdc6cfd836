/* Error index: filter the table (one row per page) by typing or pasting.
 *
 * A few words keep the rows that contain every word (title, errors, area, status; Chinese words
 * match inside the text). A pasted error (an exception line, or a long text) is cleaned up and
 * matched the way the explain page does it (TorchkbMatch over signatures.json), so a traceback
 * filters to its page(s), best first. The release menu keeps the rows whose reproducer raised
 * under that torch release in our harness's runs (data-releases, written at build time). Both live
 * in the URL (?q=, ?torch=), so a filtered index can be linked; with no row left, the empty state
 * leads to the explain page.
 */
(function () {
  "use strict";
  var box = document.querySelector(".torchkb-filter");
  var table = document.querySelector("#torchkb-errors table");
  if (!box || !table || !table.tBodies.length) return;
  var M = window.TorchkbMatch || null;
  var input = box.querySelector("input");
  var release = box.querySelector("select");
  var count = box.querySelector("output");
  var empty = document.getElementById("torchkb-filter-empty");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var original = rows.slice();
  var edges = /^[\s.,:;!?'"`()\[\]{}<>，。：；！？、（）“”‘’]+|[\s.,:;!?'"`()\[\]{}<>，。：；！？、（）“”‘’]+$/g;
  var texts = rows.map(function (row) {
    return (row.textContent + " " + (row.getAttribute("data-search") || "")).toLowerCase().replace(/\s+/g, " ");
  });
  var index = null;
  var timer = null;

  var config = {};
  try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* defaults */ }
  var base = new URL((config.base || "..") + "/", location.href);

  function looksPasted(text) {
    if (!M) return false;
    if (text.length > 80 || text.indexOf("\n") !== -1) return true;
    return M.parse(text).blocks.length > 0;
  }

  function byWords(text) {
    var words = text.toLowerCase().split(/\s+/).map(function (w) { return w.replace(edges, ""); }).filter(Boolean);
    return rows.filter(function (row, i) {
      return words.every(function (w) { return texts[i].indexOf(w) !== -1; });
    });
  }

  function byMatch(text) {
    var results = M.match(text, index);
    var confident = results.filter(function (r) { return r.score >= M.CONFIDENT; });
    var chosen = confident.length ? confident : results.slice(0, 3);
    var bySlug = {};
    rows.forEach(function (row) { bySlug[row.getAttribute("data-slug")] = row; });
    return chosen.map(function (r) { return bySlug[r.slug]; }).filter(Boolean);
  }

  function showEmpty(query) {
    empty.textContent = "";
    var parts = (box.getAttribute("data-empty") || "").split("{query}");
    var before = document.createElement("span");
    before.innerHTML = parts[0];  // our own text from the build
    empty.appendChild(before);
    if (parts.length > 1) {
      empty.appendChild(document.createTextNode(query.length > 80 ? query.slice(0, 80) + "…" : query));
      var after = document.createElement("span");
      after.innerHTML = parts.slice(1).join("");
      empty.appendChild(after);
    }
    var link = empty.querySelector("a");
    if (link) {
      // Hand the pasted text over to the explain page without a round trip to any server.
      link.addEventListener("click", function () {
        try { sessionStorage.setItem("torchkb-explain-text", input.value); } catch (e) { /* private mode */ }
      });
    }
    empty.hidden = false;
  }

  function raisedOn(row, version) {
    return (row.getAttribute("data-releases") || "").split(" ").indexOf(version) !== -1;
  }

  function update() {
    var query = input.value.trim();
    var shown;
    if (!query) {
      shown = original;
    } else if (index && looksPasted(input.value)) {
      shown = byMatch(input.value);
      if (!shown.length) shown = byWords(query);
    } else {
      shown = byWords(query);
    }
    if (release && release.value) {
      shown = shown.filter(function (row) { return raisedOn(row, release.value); });
    }
    var keep = new Set(shown);
    // Matches first, in rank order; the rest stay hidden in their original order.
    shown.forEach(function (row) { body.appendChild(row); row.hidden = false; });
    original.forEach(function (row) {
      if (!keep.has(row)) { body.appendChild(row); row.hidden = true; }
    });
    count.textContent = box.getAttribute("data-count")
      .replace("{shown}", String(shown.length)).replace("{total}", String(original.length));
    if (shown.length || !query) empty.hidden = true;
    else showEmpty(query);
    table.setAttribute("data-filtered", String(shown.length));
  }

  function remember() {
    var url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value);
    else url.searchParams.delete("q");
    if (release && release.value) url.searchParams.set("torch", release.value);
    else url.searchParams.delete("torch");
    history.replaceState(history.state, "", url.href);
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(function () { update(); remember(); }, 60);
  }

  var params = new URLSearchParams(location.search);
  var query = params.get("q");
  if (query) input.value = query;
  if (release && params.get("torch")) {
    var wanted = params.get("torch");
    Array.prototype.forEach.call(release.options, function (option) {
      if (option.value === wanted) release.value = wanted;
    });
  }
  box.hidden = false;
  input.addEventListener("input", schedule);
  if (release) release.addEventListener("change", function () { update(); remember(); });
  update();
  if (M) {
    fetch(new URL("signatures.json", base).href)
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
      .then(function (data) { index = M.buildIndex(data.signatures); update(); })
      .catch(function () { /* the word filter still works */ });
  }
})();
