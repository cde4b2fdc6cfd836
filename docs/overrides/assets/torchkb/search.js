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
 * A pasted error goes to its page: when what was typed holds an error line, it is also matched
 * against every page's verified error patterns (TorchkbMatch over signatures.json, fetched on the
 * first such query, as the explain page does). The page that explains it is moved to the top of the
 * results (added, if lunr's word ranking left it out). When no page explains it, a notice above the
 * results says so plainly, leads to the explain page with the text, and offers to ask for a page
 * (a prefilled issue in the site's repository, where the build knows one: <meta
 * name="torchkb-issues">; the reader sees and edits it on GitHub before anything is sent).
 *
 * For tests and debugging, <html> carries data-torchkb-search-query (the query sent),
 * data-torchkb-search-results (how many result messages have come back and been rendered, with
 * the pasted error's page moved first), data-torchkb-search-promoted (that page's slug) and
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
  var lastText = "";
  var signatures = null;   // Promise of the match index, once a pasted error needs it

  var zh = /^zh/i.test(html.getAttribute("lang") || "");
  var NONE = zh ? {
    text: "没有页面讲解这个报错，下面的结果只是和它有相同的词。",
    explain: "在“解释我的报错”中查看", ask: "请求为这个报错写一页", title: "请求新页面："
  } : {
    text: "No page explains this exact error; the results below only share words with it.",
    explain: "Open it in Explain my error", ask: "Ask for a page about this error", title: "Page request: "
  };

  function siteBase() {
    var base = ".";
    var config = document.getElementById("__config");
    if (config) {
      try { base = JSON.parse(config.textContent).base || "."; } catch (e) { /* keep "." */ }
    }
    return new URL(base.replace(/\/?$/, "/"), window.location.href);
  }

  var bySlug = {};

  function matchIndex() {
    if (!signatures) {
      signatures = fetch(new URL("signatures.json", siteBase()).href, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) return null;
          data.signatures.forEach(function (sig) { bySlug[sig.slug] = sig; });
          return M.buildIndex(data.signatures);
        })
        .catch(function () { return null; });
    }
    return signatures;
  }

  // The page of a confident match first in the rendered results.
  function promote(list, slug) {
    var sig = bySlug[slug];
    var target = new URL(sig.path, siteBase()).pathname;
    var items = Array.prototype.slice.call(list.children);
    var item = items.filter(function (li) {
      var a = li.querySelector("a");
      return a && new URL(a.href, location.href).pathname === target;
    })[0];
    if (!item) {
      // Not among lunr's results: add it, in Material's markup.
      item = document.createElement("li");
      item.className = "md-search-result__item";
      var a = document.createElement("a");
      a.className = "md-search-result__link";
      a.href = new URL(sig.path, siteBase()).href;
      a.tabIndex = -1;
      var article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      var icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      var h1 = document.createElement("h1");
      h1.textContent = sig.titles[zh ? "zh" : "en"];
      var p = document.createElement("p");
      p.textContent = sig.summary || "";
      article.appendChild(icon);
      article.appendChild(h1);
      article.appendChild(p);
      a.appendChild(article);
      item.appendChild(a);
    }
    if (list.firstChild !== item) list.insertBefore(item, list.firstChild);
    html.setAttribute("data-torchkb-search-promoted", slug);
  }

  // After Material rendered the results of `text`: its page first, or a notice that there is none.
  // Resolves once done, so what the results show is settled.
  function reconcile(text) {
    var old = document.querySelector(".torchkb-search-none");
    if (old) old.remove();
    html.removeAttribute("data-torchkb-search-promoted");
    var parsed = M.parse(text);
    var last = parsed.blocks[parsed.blocks.length - 1];
    if (!last) return Promise.resolve();
    return matchIndex().then(function (index) {
      if (!index || text !== lastText) return;
      var best = M.match(text, index, 1)[0];
      var list = document.querySelector(".md-search-result__list");
      if (!list) return;
      if (best && best.score >= M.CONFIDENT) {
        promote(list, best.slug);
        return;
      }
      if (document.querySelector(".torchkb-search-none")) return;
      var line = last.type + ": " + last.text;
      var box = document.createElement("div");
      box.className = "torchkb-search-none";
      box.setAttribute("role", "note");
      box.appendChild(document.createTextNode(NONE.text + " "));
      var explain = document.createElement("a");
      explain.href = new URL("explain/", siteBase()).href;
      explain.textContent = NONE.explain;
      explain.addEventListener("click", function () {
        try { sessionStorage.setItem("torchkb-explain-text", text); } catch (e) { /* private mode */ }
      });
      box.appendChild(explain);
      var meta = document.querySelector('meta[name="torchkb-issues"]');
      if (meta && meta.content) {
        var url = new URL(meta.content);
        url.searchParams.set("title", NONE.title + (line.length > 120 ? line.slice(0, 117) + "…" : line));
        url.searchParams.set("body", "```text\n" + line.slice(0, 2000) + "\n```\n");
        var ask = document.createElement("a");
        ask.href = url.href;
        ask.textContent = NONE.ask;
        box.appendChild(document.createTextNode(" · "));
        box.appendChild(ask);
      }
      list.parentNode.insertBefore(box, list);
      html.setAttribute("data-torchkb-search-none", String(received));
    });
  }

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
        var count = ++received;
        reconcile(lastText).then(function () {
          if (count === received) html.setAttribute("data-torchkb-search-results", String(count));
        });
      }
    });
  }

  function send(worker, args, text) {
    lastText = text;
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
  if (zh) load();
})();
