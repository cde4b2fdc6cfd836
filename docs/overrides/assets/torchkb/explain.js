/* torchkb: the "Explain my error" box (explain page and home page; HTML from
 * src/torchkb/site/explainbox.py).
 *
 * Matches whatever is pasted into #error-input against signatures.json in the browser, with
 * TorchkbMatch (match.js); nothing is sent anywhere. Results say what was found in plain words
 * (no scores): the error line recognised, the pages that explain it (each with its summary and a
 * link straight to its fix), or, when no page explains it, that fact, the closest pages marked as
 * such, a site search for the words (Material's own search worker and index), and a prefilled
 * "ask for this error" issue. The pasted text survives a language switch (sessionStorage, same
 * origin, never sent). Matching runs in a Web Worker where one is available, so a huge paste
 * never freezes the tab; the main thread keeps a bounded fallback.
 */
(function () {
  "use strict";
  var input = document.getElementById("error-input");
  if (!input || !window.TorchkbMatch) return;
  var M = window.TorchkbMatch;
  var STORE = "torchkb-explain-text";

  var zh = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0;
  var lang = zh ? "zh" : "en";
  var WORDS = {
    en: {
      loading: "Loading the error signatures…",
      failed: "Could not load signatures.json: ",
      empty: "Paste an error above: the last lines of a traceback are enough.",
      found: "Error line found: ",
      noLine: "No error line (like “SomeError: message”) in this text, so no page can be matched by its " +
              "error; here are the pages that mention its words.",
      explained: "These pages explain this error:",
      closest: "No page explains this exact error. The closest pages, by similar wording:",
      similar: "similar wording, not the same error",
      older: "an older wording of this error",
      fix: "Jump to the fix",
      searching: "Searching the pages…",
      noSearch: "No page mentions these words either.",
      askTitle: "Page request: {line}",
      askBody: "The error (edit it to remove anything private):\n\n```text\n{line}\n```\n\n" +
               "What I was doing, and my torch version (`python -c \"import torch; print(torch.__version__)\"`):\n\n"
    },
    zh: {
      loading: "正在加载报错特征…",
      failed: "无法加载 signatures.json：",
      empty: "把报错粘贴到上面：traceback 的最后几行就够了。",
      found: "识别出的报错：",
      noLine: "这段文字里没有报错行（形如“SomeError: message”），无法按报错匹配页面；下面是提到这些词的页面。",
      explained: "这些页面讲解了这个报错：",
      closest: "还没有页面讲解这个报错。按措辞最接近的页面：",
      similar: "措辞相近，并不是同一个报错",
      older: "这个报错的旧版本写法",
      fix: "直接看解决方法",
      searching: "正在搜索页面…",
      noSearch: "也没有页面提到这些词。",
      askTitle: "请求新页面：{line}",
      askBody: "报错信息（请删去不便公开的内容）：\n\n```text\n{line}\n```\n\n" +
               "我在做什么，以及我的 torch 版本（`python -c \"import torch; print(torch.__version__)\"`）：\n\n"
    }
  }[lang];

  var config = {};
  try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* defaults */ }
  var base = new URL((config.base || ".") + "/", location.href);

  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("assets/torchkb/explain.css", base).href;
  document.head.appendChild(css);

  var list = document.getElementById("matches");
  var status = document.getElementById("explain-status");
  var notice = document.getElementById("explain-notice");
  var none = document.getElementById("explain-none");
  var ask = document.getElementById("explain-ask");
  var searchBox = document.getElementById("explain-search");
  var searchList = document.getElementById("explain-search-results");
  var signatures = null;
  var bySlug = {};
  var matcher = null;
  var timer = null;
  var renders = 0;
  var generation = 0;

  function setStatus(text) { status.textContent = text; }

  /* Matching: in match-worker.js (its header documents the messages), so a huge paste never
     freezes the tab; on the main thread with the same bounded code where no worker can start. */
  function makeMatcher(sigs) {
    var index = null;
    var local = {
      match: function (text) {
        if (index === null) index = M.buildIndex(sigs);
        var report = M.matchReport(text, index);
        return Promise.resolve({ results: report.results, last: report.last, notice: M.cutNotice(report.cut, lang) });
      }
    };
    if (typeof Worker === "undefined") return local;
    var worker;
    try {
      worker = new Worker(new URL("assets/torchkb/match-worker.js", base).href);
    } catch (e) {
      return local;
    }
    var pending = {};
    var next = 0;
    var broken = false;
    function fail() {
      broken = true;  // the worker could not load or answer: what is waiting is matched here
      Object.keys(pending).forEach(function (id) {
        var done = pending[id];
        delete pending[id];
        done(null);
      });
    }
    worker.addEventListener("message", function (ev) {
      var msg = ev.data || {};
      if (msg.type !== "result" && msg.type !== "error") return;
      var done = pending[msg.id];
      if (!done) return;
      delete pending[msg.id];
      done(msg.type === "result" ? msg : null);
    });
    worker.addEventListener("error", fail);
    worker.postMessage({ signatures: sigs });
    return {
      match: function (text) {
        if (broken) return local.match(text);
        return new Promise(function (resolve) {
          var id = ++next;
          pending[id] = function (msg) {
            if (!msg) { resolve(local.match(text)); return; }
            resolve({ results: msg.results || [], last: msg.last || null, notice: msg.notice || "" });
          };
          worker.postMessage({ id: id, text: text, lang: lang });
        });
      }
    };
  }

  /* Site search: Material's search worker with this language's index, for text with no error line
     or no matching page. The query goes through search.js like the header search's does. */
  var searchWorker = null;
  var searchReady = null;
  var searchWaiting = {};
  function siteSearch(query) {
    if (!config.search || typeof Worker === "undefined") return Promise.resolve([]);
    if (!searchReady) {
      searchReady = fetch(new URL("search/search_index.json", base).href)
        .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.json(); })
        .then(function (index) {
          return new Promise(function (resolve) {
            searchWorker = new Worker(new URL(config.search, base).href);
            searchWorker.addEventListener("message", function (ev) {
              var msg = ev.data || {};
              if (msg.type === 1) resolve();
              if (msg.type === 3 && searchWaiting.resolve) {
                var done = searchWaiting.resolve;
                searchWaiting = {};
                done((msg.data && msg.data.items) || []);
              }
            });
            searchWorker.postMessage({ type: 0, data: { config: index.config, docs: index.docs, options: { suggest: false } } });
          });
        });
    }
    return searchReady.then(function () {
      return new Promise(function (resolve) {
        if (searchWaiting.resolve) searchWaiting.resolve([]);  // a newer query replaces an older one
        searchWaiting = { resolve: resolve };
        searchWorker.postMessage({ type: 2, data: query });
      });
    }).catch(function () { return []; });
  }

  function pageLink(sig, hash) {
    var a = document.createElement("a");
    a.href = new URL(sig.path, base).href + (hash || "");
    return a;
  }

  function resultItem(r) {
    var sig = bySlug[r.slug];
    var li = document.createElement("li");
    li.className = "torchkb-match torchkb-match--" + r.via + (r.score >= M.CONFIDENT ? " torchkb-match--confident" : "");
    var a = pageLink(sig);
    a.className = "torchkb-match__title";
    a.textContent = sig.titles[lang];
    a.setAttribute("data-slug", r.slug);
    li.appendChild(a);
    if (r.score < M.CONFIDENT) {
      var tag = document.createElement("span");
      tag.className = "torchkb-match__tag";
      tag.textContent = " — " + WORDS.similar;
      li.appendChild(tag);
    }
    if (sig.summary) {
      var p = document.createElement("p");
      p.className = "torchkb-match__summary";
      p.textContent = sig.summary;
      li.appendChild(p);
    }
    if (sig.kind !== "recipe") {
      var fix = pageLink(sig, "#fix");
      fix.className = "torchkb-match__fix";
      fix.textContent = WORDS.fix + " →";
      li.appendChild(fix);
    }
    return li;
  }

  function showAsk(line) {
    if (!ask) return;
    var url = new URL(ask.getAttribute("data-issue"));
    var short = line.length > 120 ? line.slice(0, 117) + "…" : line;
    url.searchParams.set("title", WORDS.askTitle.replace("{line}", short));
    url.searchParams.set("body", WORDS.askBody.replace("{line}", line.slice(0, 2000)));
    ask.href = url.href;
    ask.parentNode.hidden = !line;
  }

  function showSearch(query, gen) {
    searchBox.hidden = false;
    searchList.textContent = "";
    var wait = document.createElement("li");
    wait.className = "torchkb-explain__wait";
    wait.textContent = WORDS.searching;
    searchList.appendChild(wait);
    siteSearch(query).then(function (items) {
      if (gen !== generation) return;
      searchList.textContent = "";
      var shown = 0;
      items.slice(0, 8).forEach(function (group) {
        // A group is one page: its own entry (no "#" in the location) and its matching sections.
        var doc = group.filter(function (d) { return d.location.indexOf("#") === -1; })[0] || group[0];
        if (!doc) return;
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL(doc.location, base).href;
        // Material's result titles carry <mark> highlights: keep the text only.
        var tmp = document.createElement("div");
        tmp.innerHTML = doc.title;
        a.textContent = tmp.textContent;
        li.appendChild(a);
        searchList.appendChild(li);
        shown += 1;
      });
      if (!shown) {
        var li = document.createElement("li");
        li.textContent = WORDS.noSearch;
        searchList.appendChild(li);
      }
      searchList.setAttribute("data-results", String(shown));
    });
  }

  function render() {
    var gen = ++generation;
    var text = input.value;
    try { sessionStorage.setItem(STORE, text); } catch (e) { /* private mode: nothing kept */ }
    list.textContent = "";
    list.removeAttribute("data-state");
    none.hidden = true;
    searchBox.hidden = true;
    notice.hidden = true;
    if (matcher === null) return;
    if (!text.trim()) {
      setStatus(WORDS.empty);
      list.setAttribute("data-state", "empty");
      list.setAttribute("data-renders", String(++renders));
      return;
    }
    matcher.match(text).then(function (out) {
      if (gen !== generation) return;  // a newer paste is on its way
      if (out.notice) {  // the matcher cut a very long text, and says what it kept
        notice.textContent = out.notice;
        notice.hidden = false;
      }
      var last = out.last;
      var line = last ? last.type + ": " + last.text : "";
      setStatus(last ? WORDS.found + (line.length > 200 ? line.slice(0, 200) + "…" : line) : WORDS.noLine);
      var confident = out.results.filter(function (r) { return r.score >= M.CONFIDENT; });
      var heading = document.createElement("p");
      heading.className = "torchkb-explain__heading";
      if (confident.length) {
        list.setAttribute("data-state", "found");
        heading.textContent = WORDS.explained;
        list.appendChild(heading);
        confident.forEach(function (r) { list.appendChild(resultItem(r)); });
      } else {
        list.setAttribute("data-state", out.results.length ? "closest" : "none");
        if (out.results.length && last) {
          heading.textContent = WORDS.closest;
          list.appendChild(heading);
          out.results.forEach(function (r) { list.appendChild(resultItem(r)); });
        }
        if (last) {
          none.hidden = false;
          showAsk(line);
        }
        // No page explains it: look for its words in the pages themselves.
        var query = M.searchQuery(text) || text.trim().slice(0, 200);
        if (query) showSearch(query, gen);
      }
      list.setAttribute("data-renders", String(++renders));
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(render, 80);
  }

  input.addEventListener("input", schedule);
  try {
    var kept = sessionStorage.getItem(STORE);
    if (kept && !input.value) input.value = kept;
  } catch (e) { /* private mode */ }
  setStatus(WORDS.loading);
  fetch(new URL("signatures.json", base).href)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    })
    .then(function (data) {
      signatures = data.signatures;
      signatures.forEach(function (sig) { bySlug[sig.slug] = sig; });
      matcher = makeMatcher(signatures);
      document.documentElement.setAttribute("data-torchkb-signatures", String(signatures.length));
      render();
    })
    .catch(function (err) { setStatus(WORDS.failed + err.message); });
})();
