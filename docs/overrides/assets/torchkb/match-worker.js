/* torchkb: error matching off the main thread (a Web Worker around match.js).
 *
 * match.js is bounded on any input (a 1 MB paste costs at most a few hundred milliseconds, see
 * "Bounded work" in src/torchkb/matching/matcher.py), but even that is a visible pause while
 * typing. The "Explain my error" page can hand the matching to this worker instead; match.js keeps
 * working on the main thread as before (search.js calls TorchkbMatch.searchQuery there, which
 * reads at most SEARCH_MAX_INPUT = 16,000 characters of the query).
 *
 * Use from a page (base: the site root, as explain.js computes it from __config):
 *
 *   var worker = new Worker(new URL("assets/torchkb/match-worker.js", base).href);
 *   var latest = 0;
 *   worker.onmessage = function (ev) {
 *     var msg = ev.data;
 *     if (msg.type === "ready") { ... msg.count signatures indexed: match the current text ... }
 *     if (msg.type === "result" && msg.id === latest) { ... render msg.results, msg.notice ... }
 *     if (msg.type === "error") { ... show msg.message ... }
 *   };
 *   // once, after fetching signatures.json (the page keeps `data` to look up titles and paths):
 *   worker.postMessage({ signatures: data.signatures });
 *   // each time the text changes (after the page's debounce):
 *   worker.postMessage({ id: ++latest, text: input.value, lang: "en" });
 *
 * Messages to the worker (one object each; both keys in one message do both, signatures first):
 *
 *   { signatures: [...] }   the "signatures" array of signatures.json: (re)builds the index.
 *       Reply: { type: "ready", count: <number of signatures> }
 *
 *   { text: "...", id: <any, echoed>, lang: "en" | "zh" (default "en"), limit: <n, default 5> }
 *       Reply: { type: "result", id,
 *                results: [{ slug, score, via: "pattern" | "fuzzy" }, ...]  best first, as
 *                         TorchkbMatch.match returns them (at most limit),
 *                last:    { type, text } of the last exception line (the "Matched: ..." status
 *                         line; text is at most BLOCK_WINDOW + 1 characters) or null,
 *                cut:     what was cut of a long text, {} when nothing: keys input, lines,
 *                         long_lines, blocks, each [found, kept] (long_lines: [lines cut, MAX_LINE]),
 *                notice:  the same as one sentence in lang, "" when nothing was cut: show it
 *                         near the results when it is not empty,
 *                confident: TorchkbMatch.CONFIDENT (a result at or above it is confident) }
 *
 *   Anything else, or a text before any signatures:
 *       Reply: { type: "error", id (or null), message }
 *
 * Replies come one per message, in order. A page that posts on every edit should render only
 * the reply whose id is the latest it sent (earlier ones are stale). Terminating a busy worker
 * and starting a new one is never needed: no message takes more than about a second.
 *
 * tests/test_matching_hostile.py runs this file in Node.js with a stand-in for self and
 * importScripts (tests/js/worker_runner.js) and checks these replies against the Python matcher.
 */
(function () {
  "use strict";
  if (typeof self.TorchkbMatch === "undefined") importScripts("match.js");
  var M = self.TorchkbMatch;
  var index = null;

  self.addEventListener("message", function (ev) {
    var msg = ev.data || {};
    var id = msg.id === undefined ? null : msg.id;
    var handled = false;
    try {
      if (Array.isArray(msg.signatures)) {
        index = M.buildIndex(msg.signatures);
        self.postMessage({ type: "ready", count: msg.signatures.length });
        handled = true;
      }
      if (typeof msg.text === "string") {
        if (index === null) throw new Error("no signatures yet: post {signatures: [...]} first");
        var report = M.matchReport(msg.text, index, msg.limit);
        self.postMessage({
          type: "result", id: id, results: report.results, last: report.last, cut: report.cut,
          notice: M.cutNotice(report.cut, msg.lang === "zh" ? "zh" : "en"), confident: M.CONFIDENT
        });
        handled = true;
      }
      if (!handled) throw new Error('expected {signatures: [...]} or {text: "..."}');
    } catch (err) {
      self.postMessage({ type: "error", id: id, message: String((err && err.message) || err) });
    }
  });
})();
