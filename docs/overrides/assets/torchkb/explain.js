/* torchkb: the "Explain my error" page (/explain/, /zh/explain/).
 *
 * Loads signatures.json from the same site once, then matches whatever is pasted into
 * #error-input in the browser with TorchkbMatch (match.js); nothing is sent anywhere, so the page
 * keeps working offline once loaded. Results: one link per knowledge point in #matches, best
 * first. With no match, a button hands the text to the site search.
 */
(function () {
  "use strict";
  var input = document.getElementById("error-input");
  if (!input || !window.TorchkbMatch) return;
  var M = window.TorchkbMatch;

  var zh = (document.documentElement.lang || "").toLowerCase().indexOf("zh") === 0;
  var lang = zh ? "zh" : "en";
  var WORDS = {
    en: {
      loading: "Loading the error signatures…",
      failed: "Could not load signatures.json: ",
      empty: "Paste an error above.",
      found: "Matched: ",
      none: "No knowledge point matches this text.",
      pattern: "matches the verified error pattern",
      fuzzy: "similar wording (not an exact pattern match)",
      score: "score"
    },
    zh: {
      loading: "正在加载报错特征…",
      failed: "无法加载 signatures.json：",
      empty: "把报错粘贴到上面的输入框。",
      found: "识别出的报错：",
      none: "没有知识点匹配这段文字。",
      pattern: "与经过验证的报错模式一致",
      fuzzy: "措辞相近（不是精确的模式匹配）",
      score: "得分"
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
  var none = document.getElementById("explain-none");
  var button = document.getElementById("explain-search");
  var index = null;
  var bySlug = {};
  var timer = null;
  var renders = 0;

  function setStatus(text) { if (status) status.textContent = text; }

  function render() {
    var text = input.value;
    // For tests and debugging: how many times the list was rebuilt.
    list.setAttribute("data-renders", String(++renders));
    list.textContent = "";
    if (none) none.hidden = true;
    list.removeAttribute("data-state");
    if (index === null) return;
    if (!text.trim()) {
      setStatus(WORDS.empty);
      list.setAttribute("data-state", "empty");
      return;
    }
    var parsed = M.parse(text);
    var last = parsed.blocks[parsed.blocks.length - 1];
    setStatus(last ? WORDS.found + last.type + ": " + last.text.slice(0, 200) : "");
    var results = M.match(text, index);
    if (!results.length) {
      list.setAttribute("data-state", "none");
      if (none) none.hidden = false;
      return;
    }
    list.setAttribute("data-state", "found");
    results.forEach(function (r) {
      var sig = bySlug[r.slug];
      var li = document.createElement("li");
      li.className = "torchkb-match torchkb-match--" + r.via +
        (r.score >= M.CONFIDENT ? " torchkb-match--confident" : "");
      var a = document.createElement("a");
      a.href = new URL(sig.path, base).href;
      a.textContent = sig.titles[lang];
      a.setAttribute("data-slug", r.slug);
      a.setAttribute("data-score", String(r.score));
      li.appendChild(a);
      var meta = document.createElement("span");
      meta.className = "torchkb-match__meta";
      meta.textContent = " — " + (r.via === "pattern" ? WORDS.pattern : WORDS.fuzzy) +
        ", " + WORDS.score + " " + r.score.toFixed(2);
      li.appendChild(meta);
      list.appendChild(li);
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(render, 50);
  }

  function openSearch() {
    var query = M.searchQuery(input.value) || input.value.trim();
    var toggle = document.querySelector("[data-md-toggle=search]");
    var box = document.querySelector("[data-md-component=search-query]");
    if (!toggle || !box) {
      location.href = new URL("?q=" + encodeURIComponent(query), base).href;
      return;
    }
    box.value = query;
    if (!toggle.checked) toggle.click();
    box.focus();
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  }

  input.addEventListener("input", schedule);
  if (button) button.addEventListener("click", openSearch);
  setStatus(WORDS.loading);
  fetch(new URL("signatures.json", base).href)
    .then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.statusText);
      return response.json();
    })
    .then(function (data) {
      data.signatures.forEach(function (sig) { bySlug[sig.slug] = sig; });
      index = M.buildIndex(data.signatures);
      document.documentElement.setAttribute("data-torchkb-signatures", String(data.signatures.length));
      render();
    })
    .catch(function (err) { setStatus(WORDS.failed + err.message); });
})();
