/* torchkb: match a pasted error to knowledge points.
 *
 * A line-by-line port of src/torchkb/matching/matcher.py (read its docstring for the steps). The two
 * are checked against the same table, tests/data/match_cases.json, and against each other on
 * the evaluation set, so change both together. Regular expressions use explicit ASCII classes
 * ([0-9], [A-Za-z0-9_], lookarounds instead of \b) because \d, \w, \s and \b differ between
 * Python and JavaScript.
 *
 * Bounded work (see "Bounded work" in matcher.py): the same cuts and windows with the same
 * constants, and the same linear-time stripPaths/stripShapes/stripVersions. Two things are
 * JavaScript's own: the raw input is cut by code points (cutInput), as Python counts characters,
 * and spaces and trailing digits are stripped by loops, not by / +$/ or /[0-9]+$/, which V8 tries
 * at every position of a long run (quadratic).
 *
 * Works in the browser (window.TorchkbMatch), in a Web Worker (self.TorchkbMatch, see
 * match-worker.js) and in Node.js (module.exports).
 */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory();
  else root.TorchkbMatch = factory();
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var CONFIDENT = 0.8;
  var FUZZY_CAP = 0.7;
  var MIN_SCORE = 0.25;
  var MAX_RESULTS = 5;

  var SCORE_LAST_BLOCK = 0.95;
  var SCORE_EARLIER_BLOCK = 0.76;
  var SCORE_FLAT = 0.84;
  var TYPE_MISMATCH = 0.03;
  var SPECIFICITY = 0.04;
  var SPECIFIC_LEN = 100.0;

  var MAX_INPUT = 1000000;
  var MAX_LINES = 10000;
  var MAX_LINE = 4000;
  var MAX_BLOCKS = 16;
  var BLOCK_WINDOW = 4000;
  var FLAT_WINDOW = 16000;
  var SEARCH_MAX_INPUT = 16000;

  var ANSI_RE = /\x1b\[[0-9;?]*[ -\/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
  var ASTRAL_RE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
  var SPACE_RE = /[\t\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
  var RUNS_RE = / {2,}/g;
  var CJK_PUNCT = {
    "\u3002": ".", "\u3001": ",", "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
    "\u3010": "[", "\u3011": "]", "\u300a": "<", "\u300b": ">", "\u2026": "..."
  };
  var WIDE_RE = /[\uFF01-\uFF5E\u3002\u3001\u201c\u201d\u2018\u2019\u3010\u3011\u300a\u300b\u2026]/g;

  var QUOTE_RE = /^(?: *>)+ ?/;
  var RANK_RE = /^ *\[(?:rank|default)[0-9]*\]: ?/;
  var IPDB_RE = /^ *\*\*\* /;
  var BOLD_RE = /\*\*/g;

  var FRAME_RES = [
    /^ *File "[^"]*", line [0-9]+/,
    /^ *File [^ ].*:[0-9]+(?:, in |$)/,
    /^ *\[?[~.\/A-Za-z0-9_\\:-]+\.py\]?(?:\([^)]*\))? in [A-Za-z_<]/,
    /^ *\[?<ipython-input-[^>]*>/,
    /^ *frame #[0-9]+:/,
    /^ *Exception raised from /,
    /^ *(?:Original )?Traceback \(most recent call last\)/,
    /^ *[A-Za-z_][A-Za-z0-9_.]* {2,}Traceback \(most recent call last\)/,
    /^ *During handling of the above exception/,
    /^ *The above exception was the direct cause/,
    /^ *[0-9]+ frames *$/,
    /^ *-{3,} *$/,
    /^ *[~^]{2,} *$/,
    /^ *(?:-*>|->) *[0-9]+ /,
    /^ {0,8}[0-9]+ {1,}[^ ,]/
  ];
  var CPY_FRAME_RE = /^( *)File "[^"]*", line [0-9]+/;

  var TYPE_NAME = "(?:[A-Za-z_][A-Za-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*(?:Error|Exception|Warning|Interrupt|Exit)" +
    "|(?:[A-Za-z_][A-Za-z0-9_]*\\.)+error";
  var EXC_RE = new RegExp("(?:^|[^A-Za-z0-9_.])(" + TYPE_NAME + ") *:(?!:) *(.*)$");
  var UNFLATTEN_RE = new RegExp("(?<=[^A-Za-z0-9_.])(?=File \"|File [~/\\\\A-Za-z]|Traceback \\(most recent call last\\)" +
    "|During handling of the above|The above exception was|(?:" + TYPE_NAME + ") *:(?!:))", "g");

  var HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff";
  var HAN_RUN_RE = new RegExp("[" + HAN + "]+", "g");
  var HAN_START_RE = new RegExp("^[" + HAN + "]");
  var URL_RE = /https?:\/\/[^ )\]>"']+/g;
  var PATH_RE = /(?:[A-Za-z]:)?(?:[\\\/][^ \\\/:"'()\[\]<>,]+){2,}[\\\/]?|[^ "'()\[\]<>,]+\.(?:py|pyc|cpp|cu|cuh|c|h|so|dll|pyd|ipynb)(?![A-Za-z0-9_])(?::[0-9]+)?/g;
  var PATH_TOKEN_RE = /[^ "'()\[\]<>,]+/g;
  var PATH_DIR_RE = /(?:[A-Za-z]:)?(?:[\\\/][^ \\\/:"'()\[\]<>,]+){2,}[\\\/]?/g;
  var PATH_DIR_AT = /(?:[A-Za-z]:)?(?:[\\\/][^ \\\/:"'()\[\]<>,]+){2,}[\\\/]?/y;
  var PATH_EXT_RE = /\.(?:py|pyc|cpp|cu|cuh|c|h|so|dll|pyd|ipynb)(?![A-Za-z0-9_])(?::[0-9]+)?/g;
  var HEX_RE = /(?<![A-Za-z0-9_])0x[0-9a-fA-F]+(?![A-Za-z0-9_])/g;
  var DEVICE_RE = /(?<![A-Za-z0-9_])(cuda|npu|xpu|mps|hpu|gpu|cpu):[0-9]+/g;
  var VERSION_RE = /(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_]*)\([0-9]+(?:\.[0-9]+)+[^)]*\)/g;
  var SHAPE_RE = /(?<![A-Za-z0-9_])[0-9]+(?: *[x\u00d7] *[0-9]+)+(?![A-Za-z0-9_])/g;
  var SHAPE_CHAIN_RE = /(?<![A-Za-z0-9_])[0-9]+(?: *[x\u00d7] *[0-9]+)+/g;
  var SHAPE_LAST_RE = /^(.*[0-9])[ \u00d7]/;
  var WORD_CHAR_RE = /[A-Za-z0-9_]/;
  var NUMBER_RE = /(?<![A-Za-z_])[-+]?[0-9]+(?:\.[0-9]+)*(?:e[-+]?[0-9]+)?(?![A-Za-z_])/g;
  var WORD_RE = new RegExp("[A-Za-z_][A-Za-z0-9_]*|[" + HAN + "]+", "g");
  var CAMEL_RE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;

  var STOPWORDS = new Set((
    "a an and are as at be been but by can could did do does for from had has have how i if in into is it " +
    "its me my no not of on or our so such that the their then there these they this to was we were what " +
    "when where which while who why will with you your please anyone help thanks thank error errors"
  ).split(" "));

  var REGEX_CLASS_RE = /\\[dDwWsSbB]|\[[^\]]*\]|\(\?[:=!]|\(\?P?<[A-Za-z_][A-Za-z0-9_]*>|[{][0-9,]+[}]|[*+?|()^$]/g;
  var REGEX_ESCAPE_RE = /\\(.)/g;

  // Python's str.strip(" "), rstrip(" "), lstrip(" ") and rstrip("0123456789").
  function stripSpaces(s) { return rstripSpaces(lstripSpaces(s)); }
  function rstripSpaces(s) {
    var end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
    return end === s.length ? s : s.slice(0, end);
  }
  function lstripSpaces(s) {
    var start = 0;
    while (start < s.length && s.charCodeAt(start) === 32) start++;
    return start === 0 ? s : s.slice(start);
  }
  function rstripDigits(s) {
    var end = s.length;
    while (end > 0 && s.charCodeAt(end - 1) >= 48 && s.charCodeAt(end - 1) <= 57) end--;
    return s.slice(0, end);
  }

  function wide(ch) {
    var code = ch.charCodeAt(0);
    return code >= 0xFF01 && code <= 0xFF5E ? String.fromCharCode(code - 0xFEE0) : CJK_PUNCT[ch];
  }

  function clean(text) {
    text = text.replace(ANSI_RE, "");
    text = text.replace(/\r\n?/g, "\n");  // Python: .replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace(WIDE_RE, wide);
    text = text.replace(ASTRAL_RE, " ");
    return text.replace(SPACE_RE, " ");
  }

  function unflatten(text) {
    if (text.indexOf("\n") !== -1) return text;
    return text.replace(UNFLATTEN_RE, "\n");
  }

  function cutMiddle(text, limit, sep) {
    if (text.length <= limit) return text;
    var half = Math.floor(limit / 2);
    return text.slice(0, half) + (sep === undefined ? " " : sep) + text.slice(text.length - half);
  }

  function isPair(text, i) {
    var c = text.charCodeAt(i);
    if (!(c >= 0xD800 && c <= 0xDBFF) || i + 1 >= text.length) return false;
    var d = text.charCodeAt(i + 1);
    return d >= 0xDC00 && d <= 0xDFFF;
  }

  // Python's len(text): code points, a surrogate pair being one character.
  function codePoints(text) {
    var n = 0;
    for (var i = 0; i < text.length; i += isPair(text, i) ? 2 : 1) n++;
    return n;
  }

  // Python's cut_middle(text, limit) on raw text, which may hold surrogate pairs (after clean
  // it holds none, and cutMiddle is the same).
  function cutInput(text, limit) {
    if (text.length <= limit || codePoints(text) <= limit) return text;
    var half = Math.floor(limit / 2);
    var head = 0, tail = text.length, k;
    for (k = 0; k < half; k++) head += isPair(text, head) ? 2 : 1;
    for (k = 0; k < half; k++) tail -= tail >= 2 && isPair(text, tail - 2) ? 2 : 1;
    return text.slice(0, head) + " " + text.slice(tail);
  }

  function undecorate(line) {
    line = line.replace(RANK_RE, "");
    line = line.replace(QUOTE_RE, "");
    line = line.replace(IPDB_RE, "");
    line = line.split("`").join("");
    return line.replace(BOLD_RE, "");
  }

  function squash(text) {
    return stripSpaces(text.split("\n").join(" ").replace(RUNS_RE, " "));
  }

  function isFrame(line) {
    for (var i = 0; i < FRAME_RES.length; i++) if (FRAME_RES[i].test(line)) return true;
    return false;
  }

  function isSourceLine(line, indent) {
    if (!stripSpaces(line) || EXC_RE.test(line)) return false;
    return line.length - lstripSpaces(line).length > indent;
  }

  function boundedLines(text) {
    var cut = {};
    var length = text.length > MAX_INPUT ? codePoints(text) : text.length;
    if (length > MAX_INPUT) {
      cut.input = [length, MAX_INPUT];
      text = cutInput(text, MAX_INPUT);
    }
    var rawLines = unflatten(clean(text)).split("\n");
    if (rawLines.length > MAX_LINES) {
      cut.lines = [rawLines.length, MAX_LINES];
      var half = Math.floor(MAX_LINES / 2);
      rawLines = rawLines.slice(0, half).concat([""], rawLines.slice(rawLines.length - half));
    }
    var longLines = 0;
    for (var k = 0; k < rawLines.length; k++) {
      var line = rstripSpaces(rawLines[k]);
      if (line.length > MAX_LINE) {
        longLines += 1;
        line = cutMiddle(line, MAX_LINE);
      }
      rawLines[k] = line;
    }
    if (longLines) cut.long_lines = [longLines, MAX_LINE];
    return [rawLines, cut];
  }

  function parse(text) {
    var bounded = boundedLines(text);
    var rawLines = bounded[0], cut = bounded[1];
    var lines = rawLines.map(function (ln) { return rstripSpaces(undecorate(ln)); });
    var n = lines.length;
    var frame = new Array(n).fill(false);
    var i = 0, j, m;
    while (i < n) {
      var line = lines[i];
      if (isFrame(line)) {
        frame[i] = true;
        m = CPY_FRAME_RE.exec(line);
        if (m) {
          var indent = m[1].length;
          j = i + 1;
          while (j < n && isSourceLine(lines[j], indent)) {
            frame[j] = true;
            j += 1;
          }
          i = j;
          continue;
        }
      }
      i += 1;
    }

    var blocks = [];
    i = 0;
    while (i < n) {
      if (frame[i]) { i += 1; continue; }
      m = EXC_RE.exec(lines[i]);
      if (!m) { i += 1; continue; }
      var parts = [stripSpaces(m[2])];
      j = i + 1;
      while (j < n && j - i <= 20 && !frame[j] && !EXC_RE.test(lines[j])) {
        if (!stripSpaces(lines[j])) {
          // A message that ends a line with ":" goes on after one blank line (torch.load's
          // "WeightsUnpickler error:" does); any other blank line ends the block.
          if (!/:$/.test(parts[parts.length - 1]) || j + 1 >= n || !stripSpaces(lines[j + 1]) ||
              frame[j + 1] || EXC_RE.test(lines[j + 1])) {
            break;
          }
          j += 1;
          continue;
        }
        parts.push(stripSpaces(lines[j]));
        j += 1;
      }
      var message = cutMiddle(squash(parts.filter(function (p) { return p; }).join(" ")), BLOCK_WINDOW);
      blocks.push({ type: m[1], text: message, line: i });
      i = j;
    }
    if (blocks.length > MAX_BLOCKS) {
      cut.blocks = [blocks.length, MAX_BLOCKS];
      blocks = blocks.slice(blocks.length - MAX_BLOCKS);
    }
    var keptLines = [], keptRaw = [];
    for (var k = 0; k < n; k++) {
      if (!frame[k]) { keptLines.push(lines[k]); keptRaw.push(rawLines[k]); }
    }
    return {
      lines: lines, blocks: blocks,
      flat: cutMiddle(squash(keptLines.join(" ")), FLAT_WINDOW),
      flat_raw: cutMiddle(squash(keptRaw.join(" ")), FLAT_WINDOW),
      cut: cut
    };
  }

  var CUT_WORDS = {
    en: {
      input: "input cut to {b} characters (of {a}): its first and last {half} kept",
      lines: "{b} of {a} lines kept (the first and last {half})",
      long_lines: "lines longer than {b} characters ({a}) cut to their first and last {half}",
      blocks: "only the last {b} of {a} exception lines compared",
      sep: "; "
    },
    zh: {
      input: "输入已截取为 {b} 个字符（原有 {a} 个）：保留开头和结尾各 {half} 个",
      lines: "保留了 {a} 行中的 {b} 行（开头和结尾各 {half} 行）",
      long_lines: "{a} 个超过 {b} 个字符的行只保留开头和结尾各 {half} 个字符",
      blocks: "只比较了 {a} 个异常行中的最后 {b} 个",
      sep: "；"
    }
  };

  function cutNotice(cut, lang) {
    var words = CUT_WORDS[lang || "en"];
    var parts = [];
    ["input", "lines", "long_lines", "blocks"].forEach(function (key) {
      if (!cut || !cut[key]) return;
      var a = cut[key][0], b = cut[key][1];
      parts.push(words[key].replace("{a}", String(a)).replace("{b}", String(b))
        .replace("{half}", String(Math.floor(b / 2))));
    });
    return parts.join(words.sep);
  }

  function normalize(text) {
    text = text.replace(URL_RE, " ");
    text = stripPaths(text);
    text = text.replace(HEX_RE, " ");
    text = text.replace(DEVICE_RE, "$1");
    text = stripVersions(text);
    text = stripShapes(text);
    text = text.replace(NUMBER_RE, " ");
    return stripSpaces(text.replace(RUNS_RE, " "));
  }

  function stripPaths(text) {
    PATH_EXT_RE.lastIndex = 0;
    if (!PATH_EXT_RE.test(text)) return text.replace(PATH_DIR_RE, " ");
    return text.replace(PATH_TOKEN_RE, stripPathsInToken);
  }

  function stripPathsInToken(tok) {
    var last = null, m;
    PATH_EXT_RE.lastIndex = 0;
    while ((m = PATH_EXT_RE.exec(tok)) !== null) last = m;
    if (last === null) return tok.replace(PATH_DIR_RE, " ");
    var lastEnd = last.index + last[0].length;
    var out = [];
    var pos = 0;
    while (pos < tok.length) {
      PATH_DIR_AT.lastIndex = pos;
      m = PATH_DIR_AT.exec(tok);
      if (m) {
        out.push(" ");
        pos = PATH_DIR_AT.lastIndex;
      } else if (last.index > pos) {
        out.push(" ");
        pos = lastEnd;
      } else {
        out.push(tok.slice(pos).replace(PATH_DIR_RE, " "));
        break;
      }
    }
    return out.join("");
  }

  function stripShapes(text) {
    return text.replace(SHAPE_CHAIN_RE, function (chain, offset) {
      var end = offset + chain.length;
      if (end === text.length || !WORD_CHAR_RE.test(text.charAt(end))) return " ";
      var first = chain.length - chain.replace(/^[0-9]+/, "").length;
      var head = SHAPE_LAST_RE.exec(chain);
      if (head && head[1].length > first) return " " + chain.slice(head[1].length);
      return chain;
    });
  }

  function stripVersions(text) {
    var end = text.lastIndexOf(")") + 1;
    return text.slice(0, end).replace(VERSION_RE, "$1") + text.slice(end);
  }

  function tokens(text) {
    var out = [];
    var seen = new Set();
    function add(tok) {
      if (!seen.has(tok)) { seen.add(tok); out.push(tok); }
    }
    var words = normalize(text).match(WORD_RE) || [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      if (HAN_START_RE.test(word)) {
        if (word.length === 1) continue;
        for (var k = 0; k < word.length - 1; k++) add(word.slice(k, k + 2));
        continue;
      }
      var pieces = word.split("_");
      for (var p = 0; p < pieces.length; p++) {
        var piece = pieces[p];
        var low = rstripDigits(piece.toLowerCase());
        if (low.length < 2 || STOPWORDS.has(low)) continue;
        add(low);
        var parts = piece.match(CAMEL_RE) || [];
        if (parts.length > 1) {
          for (var q = 0; q < parts.length; q++) {
            var part = parts[q].toLowerCase();
            if (part.length >= 3 && !STOPWORDS.has(part)) add(part);
          }
        }
      }
    }
    return out;
  }

  function literalText(pattern) {
    return pattern.replace(REGEX_CLASS_RE, " ").replace(REGEX_ESCAPE_RE, "$1");
  }

  function round6(x) {
    return Math.floor(x * 1e6 + 0.5) / 1e6;
  }

  function typeTail(name) {
    var parts = name.split(".");
    return parts[parts.length - 1].toLowerCase();
  }

  function buildIndex(signatures) {
    var entries = signatures.map(function (sig) {
      var patterns = sig.patterns.map(function (p) {
        return { type: p.type, regex: new RegExp(p.js !== undefined ? p.js : p.regex, "is") };
      });
      var texts = sig.patterns.map(function (p) { return literalText(p.regex); });
      (sig.examples || []).forEach(function (ex) { texts.push(ex.type + ": " + ex.message); });
      Object.keys(sig.titles).sort().forEach(function (lang) { texts.push(sig.titles[lang]); });
      var docs = texts.map(tokens).filter(function (d) { return d.length > 0; });
      return { slug: sig.slug, patterns: patterns, docs: docs, info: sig };
    });
    var df = new Map();
    entries.forEach(function (entry) {
      var seen = new Set();
      entry.docs.forEach(function (doc) {
        doc.forEach(function (tok) {
          if (!seen.has(tok)) {
            seen.add(tok);
            df.set(tok, (df.get(tok) || 0) + 1);
          }
        });
      });
    });
    var idf = new Map();
    df.forEach(function (count, tok) { idf.set(tok, 1.0 / Math.sqrt(count)); });
    return { entries: entries, idf: idf };
  }

  function patternScore(pattern, parsed) {
    var last = parsed.blocks.length - 1;
    var m;
    for (var k = last; k >= 0; k--) {
      var block = parsed.blocks[k];
      m = pattern.regex.exec(block.text);
      if (m) {
        var score = k === last ? SCORE_LAST_BLOCK : SCORE_EARLIER_BLOCK;
        if (typeTail(block.type) !== typeTail(pattern.type)) score -= TYPE_MISMATCH;
        return score + SPECIFICITY * Math.min(1.0, m[0].length / SPECIFIC_LEN);
      }
    }
    var views = [parsed.flat, parsed.flat_raw];
    for (var v = 0; v < views.length; v++) {
      m = pattern.regex.exec(views[v]);
      if (m) return SCORE_FLAT + SPECIFICITY * Math.min(1.0, m[0].length / SPECIFIC_LEN);
    }
    return 0.0;
  }

  function queryTokens(parsed) {
    if (parsed.blocks.length) {
      var out = [];
      var seen = new Set();
      for (var k = parsed.blocks.length - 1; k >= 0; k--) {
        var block = parsed.blocks[k];
        tokens(block.type + ": " + block.text).forEach(function (tok) {
          if (!seen.has(tok)) { seen.add(tok); out.push(tok); }
        });
      }
      return out;
    }
    return tokens(parsed.flat);
  }

  function weight(idf, tok) {
    return idf.has(tok) ? idf.get(tok) : 1.0;
  }

  function similarity(query, doc, idf) {
    var qset = new Set(query);
    var total = 0.0, hit = 0.0, i, w;
    for (i = 0; i < doc.length; i++) {
      w = weight(idf, doc[i]);
      total += w;
      if (qset.has(doc[i])) hit += w;
    }
    if (hit === 0.0) return 0.0;
    var dset = new Set(doc);
    var qtotal = 0.0, qhit = 0.0;
    for (i = 0; i < query.length; i++) {
      w = weight(idf, query[i]);
      qtotal += w;
      if (dset.has(query[i])) qhit += w;
    }
    var recall = hit / total;
    var precision = qhit / qtotal;
    return recall * (0.5 + 0.5 * precision);
  }

  function match(text, index, limit) {
    return matchReport(text, index, limit).results;
  }

  function matchReport(text, index, limit) {
    var parsed = parse(text);
    var last = parsed.blocks.length ? parsed.blocks[parsed.blocks.length - 1] : null;
    return {
      results: rank(parsed, index, limit === undefined ? MAX_RESULTS : limit),
      last: last ? { type: last.type, text: last.text } : null,
      cut: parsed.cut
    };
  }

  function rank(parsed, index, limit) {
    var results = [];
    var query = null;
    index.entries.forEach(function (entry) {
      var best = 0.0;
      entry.patterns.forEach(function (pattern) {
        best = Math.max(best, patternScore(pattern, parsed));
      });
      if (best > 0.0) {
        results.push({ slug: entry.slug, score: round6(best), via: "pattern" });
        return;
      }
      if (query === null) query = queryTokens(parsed);
      if (!query.length) return;
      var sim = 0.0;
      entry.docs.forEach(function (doc) {
        sim = Math.max(sim, similarity(query, doc, index.idf));
      });
      var score = round6(FUZZY_CAP * sim);
      if (score >= MIN_SCORE) results.push({ slug: entry.slug, score: score, via: "fuzzy" });
    });
    results.sort(function (a, b) {
      return (b.score - a.score) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
    });
    return results.slice(0, limit);
  }

  var SEARCH_MAX_TERMS = 14;
  var LUNR_SPECIAL_RE = new RegExp("[^A-Za-z0-9" + HAN + "]+", "g");
  var GENERIC_TYPES = new Set(["runtimeerror", "valueerror", "typeerror", "exception"]);

  function searchQuery(text) {
    var parsed = parse(cutInput(text, SEARCH_MAX_INPUT));
    var source;
    if (parsed.blocks.length) {
      var block = parsed.blocks[parsed.blocks.length - 1];
      source = block.type + " " + block.text;
    } else {
      source = parsed.flat;
    }
    source = normalize(source);
    var latin = source.match(/[A-Za-z]{2,}/g) || [];
    if (parsed.blocks.length || latin.length >= 6) source = source.replace(HAN_RUN_RE, " ");
    var candidates = source.replace(LUNR_SPECIAL_RE, " ").split(" ");
    var words = searchWords(candidates, GENERIC_TYPES);
    return (words.length ? words : searchWords(candidates, new Set())).join(" ");
  }

  function searchWords(candidates, skip) {
    var words = [];
    var seen = new Set();
    for (var i = 0; i < candidates.length; i++) {
      var word = candidates[i];
      var low = word.toLowerCase();
      if (!word || STOPWORDS.has(low) || skip.has(low) || seen.has(low)) continue;
      if (!HAN_START_RE.test(word) && word.length < 2) continue;
      seen.add(low);
      words.push(word);
      if (words.length >= SEARCH_MAX_TERMS) break;
    }
    return words;
  }

  return {
    CONFIDENT: CONFIDENT, FUZZY_CAP: FUZZY_CAP, MIN_SCORE: MIN_SCORE, MAX_RESULTS: MAX_RESULTS,
    MAX_INPUT: MAX_INPUT, MAX_LINES: MAX_LINES, MAX_LINE: MAX_LINE, MAX_BLOCKS: MAX_BLOCKS,
    BLOCK_WINDOW: BLOCK_WINDOW, FLAT_WINDOW: FLAT_WINDOW, SEARCH_MAX_INPUT: SEARCH_MAX_INPUT,
    clean: clean, parse: parse, normalize: normalize, tokens: tokens, literalText: literalText,
    stripPaths: stripPaths, stripShapes: stripShapes, stripVersions: stripVersions,
    buildIndex: buildIndex, match: match, matchReport: matchReport, cutNotice: cutNotice,
    searchQuery: searchQuery
  };
});
