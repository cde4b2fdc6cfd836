// Runs docs/overrides/assets/torchkb/match.js on a batch read from stdin, for the pytest tests.
// Input:  {"signatures": [...], "items": [{"op": "match"|"match_report"|"parse"|"normalize"|"tokens"|
//          "search_query"|"strip_paths"|"strip_shapes"|"strip_versions"|"compile", "text": "..."}]}
// Output: one JSON list with the result of each item, in order.
"use strict";
const path = require("path");
const M = require(path.join(__dirname, "..", "..", "docs", "overrides", "assets", "torchkb", "match.js"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const req = JSON.parse(input);
  let index = null;
  const out = req.items.map((item) => {
    switch (item.op) {
      case "match":
        if (index === null) index = M.buildIndex(req.signatures);
        return M.match(item.text, index, item.limit);
      case "match_report":
        if (index === null) index = M.buildIndex(req.signatures);
        return M.matchReport(item.text, index, item.limit);
      case "parse": {
        const p = M.parse(item.text);
        return { blocks: p.blocks.map((b) => ({ type: b.type, text: b.text })), flat: p.flat, flat_raw: p.flat_raw };
      }
      case "normalize": return M.normalize(item.text);
      case "tokens": return M.tokens(item.text);
      case "search_query": return M.searchQuery(item.text);
      case "strip_paths": return M.stripPaths(item.text);
      case "strip_shapes": return M.stripShapes(item.text);
      case "strip_versions": return M.stripVersions(item.text);
      case "compile":
        try { new RegExp(item.text, "is"); return null; } catch (e) { return String(e.message); }
      default: throw new Error("unknown op " + item.op);
    }
  });
  process.stdout.write(JSON.stringify(out));
});
