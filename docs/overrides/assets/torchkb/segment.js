/* torchkb: Chinese word segmentation of a search query against the search index's own words.
 *
 * At build time Material's search plugin cuts the Chinese text of every page into words with jieba
 * and lunr indexes those words. People type Chinese without spaces ("梯度为None", "维度不匹配"),
 * so the query has to be cut into the same words, or it matches nothing. The build writes the
 * Chinese words of each index with their document frequency to search/zh_vocab.json
 * (src/torchkb/site/search_hooks.py); here a Chinese run is cut into the most probable sequence
 * of those words, each word weighing its document frequency (a unigram model, the way jieba cuts
 * with its own dictionary), a character that is no word of the index weighing least. Terms of the
 * glossary (src/torchkb/site/zh_glossary.txt, in the same file) count as words too, and bring the
 * English words our Chinese pages use for them: the pages quote errors in English.
 *
 * What Material's search worker (9.8) does with the query string, read in Chromium
 * (tests/test_search_browser.py::test_material_worker_reads_queries_as_documented):
 *   1. every Han run is replaced by Material's own greedy segmentation against lunr's inverted
 *      index, which never takes the run's last character and drops whatever follows the first
 *      word it cannot extend: "显存" is searched as "显*", "显存不够" as "显存*", "不匹配" as the
 *      stop word "不" (nothing found), "梯度为None" as the one term "梯度none*" (the
 *      run "梯度为" became "梯度", glued to "None"; nothing found);
 *   2. the query is split at spaces, each part read by lunr's query lexer (a backslash escapes the
 *      next character and is dropped) and split again at the index's separator;
 *   3. "*" is appended to every term without a "^N" boost or a "+"/"-"/"~N" modifier, so such a
 *      term matches by prefix (and skips lunr's pipeline, the stop word filter);
 *   4. lunr ORs the terms; Material multiplies an entry's score by 1 + (is a page + share of the
 *      query terms it contains)^2, so entries with all the words come first.
 * So the words are written:
 *   - a Chinese word of the index of two or more characters as "梯\度^1": with the backslash no
 *     Han run is longer than one character, so step 1 leaves it alone, step 2 drops the backslash,
 *     and the boost keeps step 3 from adding "*": the word matches exactly, weighing as much as an
 *     English term (a higher boost for Chinese words measured worse: BENCHMARKS.md);
 *   - a word of three or more characters, or a glossary term the index does not have as one word,
 *     also as its parts ("数据类型" -> "数据", "类型"): jieba cuts the same text differently in
 *     different contexts;
 *   - a one-character word of the index as "层^1"; lunr's stop words (never indexed) are dropped,
 *     and so is any other character that is no word of the index, unless it starts one (a query
 *     still being typed): then it is left plain, "显" -> "显*";
 *   - the glossary's English words for a term as "grad^1" (exact);
 *   - English words (and numbers) as they are: Material appends "*" to them as before.
 *
 * The same file runs in the browser (window.TorchkbSegment) and in Node (tests/js/segment_runner.js).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.TorchkbSegment = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  var HAN_RE = new RegExp("[" + HAN + "]");
  var PIECE_RE = new RegExp("[" + HAN + "]+|[^" + HAN + "]+", "g");
  // lunr boosts: integers only (its lexer reads digits); "^1" means exact, as heavy as a plain term.
  var WORD_BOOST = 1;     // a Chinese word of the index
  var PART_BOOST = 1;     // a part of a longer Chinese word
  var SINGLE_BOOST = 1;   // a one-character word of the index
  var GLOSS_BOOST = 1;    // an English word of the glossary
  var UNKNOWN_DF = 0.05;  // a character that is no word of the index, as if in 1/20 of an entry
  var MAX_TERMS = 24;

  /* The vocabulary file: {"version": 1, "entries": N, "stop": "的 一 不 ...",
     "df": {"1": "words with df 1", "2": ...}, "gloss": {"梯度": "grad gradient", ...}} ->
     {df: Map(word -> df), stop: Set, entries, maxLen, prefixes: Set of the characters that start
     a longer word, gloss: Map(term -> English words)}. */
  function load(data) {
    var df = new Map();
    var maxLen = 1;
    var prefixes = new Set();
    var groups = data && data.df ? data.df : {};
    Object.keys(groups).forEach(function (count) {
      var n = Number(count);
      groups[count].split(" ").forEach(function (word) {
        if (!word) return;
        df.set(word, n);
        if (word.length > maxLen) maxLen = word.length;
        if (word.length > 1) prefixes.add(word.charAt(0));
      });
    });
    var stop = new Set(String((data && data.stop) || "").split(" ").filter(Boolean));
    var entries = Math.max(Number((data && data.entries) || 0), 1);
    var gloss = new Map();
    var terms = data && data.gloss ? data.gloss : {};
    Object.keys(terms).forEach(function (term) {
      gloss.set(term, String(terms[term]).split(" ").filter(Boolean));
      if (term.length > maxLen) maxLen = term.length;
    });
    return { df: df, stop: stop, entries: entries, maxLen: maxLen, prefixes: prefixes, gloss: gloss };
  }

  function logWeight(vocab, count) {
    return Math.log(count + 1) - Math.log(vocab.entries + 1);
  }

  /* The most probable cut of a Han run into words of the vocabulary (stop words count as words,
     and glossary terms the index lacks as one word are as likely as can be); skip: a word not to
     use (to find a word's own parts). */
  function cut(run, vocab, skip) {
    var n = run.length;
    var best = [0];
    var from = [0];
    for (var j = 1; j <= n; j++) {
      best[j] = -Infinity;
      for (var i = Math.max(0, j - vocab.maxLen); i < j; i++) {
        if (best[i] === -Infinity) continue;
        var w = run.slice(i, j);
        var count = w === skip ? undefined : vocab.df.get(w);
        if (count === undefined && w !== skip && vocab.gloss.has(w)) count = vocab.entries;
        if (count === undefined) {
          if (j - i > 1) continue;
          count = UNKNOWN_DF;
        }
        var score = best[i] + logWeight(vocab, count);
        if (score > best[j]) {
          best[j] = score;
          from[j] = i;
        }
      }
    }
    var words = [];
    for (var k = n; k > 0; k = from[k]) words.unshift(run.slice(from[k], k));
    return words;
  }

  /* Words of a query, in order: Chinese runs cut into words of the vocabulary and glossary terms
     (without stop words and characters that are neither), the rest split at spaces. Without a
     vocabulary, Chinese runs become overlapping character bigrams. */
  function segment(text, vocab) {
    var out = [];
    (String(text).match(PIECE_RE) || []).forEach(function (piece) {
      if (!HAN_RE.test(piece)) {
        piece.split(/\s+/).forEach(function (w) { if (w) out.push(w); });
        return;
      }
      if (!vocab) {
        if (piece.length === 1) out.push(piece);
        for (var k = 0; k + 1 < piece.length; k++) out.push(piece.slice(k, k + 2));
        return;
      }
      cut(piece, vocab).forEach(function (w) {
        if (!vocab.stop.has(w) && (vocab.df.has(w) || vocab.gloss.has(w))) out.push(w);
      });
    });
    return out;
  }

  function escapeWord(word) {
    return word.charAt(0) + word.slice(1).replace(/[\s\S]/g, "\\$&");
  }

  /* The query for Material's worker (see the top of this file). text: a query already cleaned by
     TorchkbMatch.searchQuery (plain words and Chinese, no lunr operators). */
  function lunrQuery(text, vocab) {
    var terms = [];
    var seen = new Set();
    function add(term) {
      if (!seen.has(term) && terms.length < MAX_TERMS) {
        seen.add(term);
        terms.push(term);
      }
    }
    (String(text).match(PIECE_RE) || []).forEach(function (piece) {
      if (!HAN_RE.test(piece)) {
        piece.split(/\s+/).forEach(function (w) { if (w) add(w); });
        return;
      }
      cut(piece, vocab).forEach(function (w) {
        if (vocab.stop.has(w)) return;
        if (vocab.df.has(w)) {
          add(w.length === 1 ? w + "^" + SINGLE_BOOST : escapeWord(w) + "^" + WORD_BOOST);
        } else if (w.length === 1 && vocab.prefixes.has(w)) {
          add(w);
        }
        // The parts of a long word, or of a glossary term the index does not have as one word.
        if (w.length > 2 || (w.length > 1 && !vocab.df.has(w))) {
          cut(w, vocab, w).forEach(function (part) {
            if (part.length > 1 && vocab.df.has(part)) add(escapeWord(part) + "^" + PART_BOOST);
          });
        }
        (vocab.gloss.get(w) || []).forEach(function (e) { add(e + "^" + GLOSS_BOOST); });
      });
    });
    return terms.join(" ");
  }

  return {
    WORD_BOOST: WORD_BOOST, PART_BOOST: PART_BOOST, SINGLE_BOOST: SINGLE_BOOST,
    load: load, cut: cut, segment: segment, lunrQuery: lunrQuery, hasHan: function (s) { return HAN_RE.test(s); }
  };
});
