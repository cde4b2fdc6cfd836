/* torchkb: header search tuned for pasted errors and for Chinese typed without spaces.
 *
 * Material for MkDocs runs lunr in a web worker and sends it the raw text of the search box as
 * {type: 2 (QUERY), data: text}. A pasted error breaks that query: lunr reads "RuntimeError:" as
 * a field name, "-x" as "must not contain x", "~" and "^" as operators, and a whole traceback is
 * hundreds of terms. Here the query is rewritten on its way to the worker (the box keeps what
 * the user typed):
 *   1. TorchkbMatch.searchQuery: the last exception line of a traceback, without numbers, shapes,
 *      paths, device ids, quotes and operators, and without Chinese chatter around an English
 *      message. The same function is tested in Python (matching.search_query).
 *   2. Chinese in what is left is cut into the words the index was cut into at build time, and
 *      weighed like English words (TorchkbSegment.lunrQuery, segment.js), with the index's own
 *      vocabulary: search/zh_vocab.json next to search_index.json. The vocabulary is fetched when
 *      the page loads on the Chinese site, and on the first Chinese query elsewhere; a query that
 *      needs it waits for it (and every later query waits behind that one, so results never come
 *      back out of order). If it cannot be had within VOCAB_WAIT_MS, the waiting queries go out
 *      without it, as Material would segment them.
 *
 * window.TorchkbSearch, for other pages (the explain page's fallback to site search):
 *   TorchkbSearch.load()          Promise, resolved once the vocabulary is loaded (or failed)
 *   TorchkbSearch.segment(text)   words of a query: Chinese cut with the vocabulary if loaded,
 *                                 into overlapping character bigrams if not
 *   TorchkbSearch.query(text)     the query this script sends to the search worker for text
 *
 * For tests and debugging, <html> carries data-torchkb-search-query (the query sent),
 * data-torchkb-search-results (how many result messages have come back and been rendered) and
 * data-torchkb-search-vocab ("ready" or "failed", once settled).
 */
(function () {
  "use strict";
  var M = window.TorchkbMatch;
  var S = window.TorchkbSegment;
  if (!M || !S) return;
  var QUERY = 2;
  var RESULT = 3;
  var VOCAB_FILE = "search/zh_vocab.json";
  var VOCAB_WAIT_MS = 4000;
  var html = document.documentElement;
  var received = 0;
  var vocab = null;
  var settled = false;   // the vocabulary has loaded, or failed to
  var late = false;      // or it is late: queries stop waiting for it
  var loading = null;
  var queue = [];

  function vocabUrl() {
    var base = ".";
    var config = document.getElementById("__config");
    if (config) {
      try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
    }
    return new URL(VOCAB_FILE, new URL(base.replace(/\/?$/, "/"), window.location.href)).href;
  }

  function settle(data) {
    if (settled) return;
    settled = true;
    if (data) vocab = S.load(data);
    html.setAttribute("data-torchkb-search-vocab", vocab ? "ready" : "failed");
    flush();
  }

  function load() {
    if (loading) return loading;
    loading = new Promise(function (resolve) {
      var timer = setTimeout(function () {
        late = true;
        flush();
      }, VOCAB_WAIT_MS);
      fetch(vocabUrl(), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .catch(function () { return null; })
        .then(function (data) {
          clearTimeout(timer);
          settle(data);
          resolve(vocab);
        });
    });
    return loading;
  }

  function query(text) {
    var q = M.searchQuery(text);
    if (!q) q = String(text).replace(/[-+:^~*"\\]/g, " ").trim();
    if (vocab && S.hasHan(q)) q = S.lunrQuery(q, vocab) || q;
    return q;
  }

  function segment(text) {
    return S.segment(M.searchQuery(text) || String(text), vocab);
  }

  if (typeof Worker === "undefined") {
    window.TorchkbSearch = { load: load, segment: segment, query: query };
    return;
  }

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

  function send(worker, args, text) {
    var q = query(text);
    html.setAttribute("data-torchkb-search-query", q);
    watch(worker);
    args = Array.prototype.slice.call(args);
    args[0] = { type: QUERY, data: q };
    return post.apply(worker, args);
  }

  // Sends the queries that waited for the vocabulary, in order, once it has settled or is late.
  function flush() {
    if (!settled && !late) return;
    var waiting = queue;
    queue = [];
    waiting.forEach(function (item) { send(item.worker, item.args, item.text); });
  }

  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      var text = message.data;
      if (queue.length || (!settled && !late && S.hasHan(M.searchQuery(text) || text))) {
        queue.push({ worker: this, args: arguments, text: text });
        load();
        return undefined;
      }
      return send(this, arguments, text);
    }
    return post.apply(this, arguments);
  };

  window.TorchkbSearch = { load: load, segment: segment, query: query };
  if (/^zh/i.test(html.getAttribute("lang") || "")) load();
})();
