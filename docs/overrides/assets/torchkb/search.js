/* torchkb: header search tuned for pasted errors.
 *
 * Material for MkDocs runs lunr in a web worker and sends it the raw text of the search box as
 * {type: 2 (QUERY), data: text}. A pasted error breaks that query: lunr reads "RuntimeError:" as
 * a field name, "-x" as "must not contain x", "~" and "^" as operators, and a whole traceback is
 * hundreds of terms. Here the query is rewritten on its way to the worker (the box keeps what
 * the user typed) with TorchkbMatch.searchQuery: the last exception line of a traceback, without
 * numbers, shapes, paths, device ids, quotes and operators, and without Chinese chatter around an
 * English message. The same function is tested in Python (matching.search_query).
 *
 * For tests and debugging, <html> carries data-torchkb-search-query (the query sent) and
 * data-torchkb-search-results (how many result messages have come back and been rendered).
 */
(function () {
  "use strict";
  if (typeof Worker === "undefined" || !window.TorchkbMatch) return;
  var QUERY = 2;
  var RESULT = 3;
  var received = 0;
  var html = document.documentElement;
  var post = Worker.prototype.postMessage;
  var watched = typeof WeakSet !== "undefined" ? new WeakSet() : null;

  function watch(worker) {
    if (!watched || watched.has(worker)) return;
    watched.add(worker);
    // Added after Material's own listener, so this runs once the results are rendered.
    worker.addEventListener("message", function (ev) {
      if (ev.data && ev.data.type === RESULT) {
        received += 1;
        html.setAttribute("data-torchkb-search-results", String(received));
      }
    });
  }

  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      var query = window.TorchkbMatch.searchQuery(message.data);
      if (!query) query = message.data.replace(/[-+:^~*"]/g, " ").trim();
      html.setAttribute("data-torchkb-search-query", query);
      watch(this);
      var args = Array.prototype.slice.call(arguments);
      args[0] = { type: QUERY, data: query };
      return post.apply(this, args);
    }
    return post.apply(this, arguments);
  };
})();
