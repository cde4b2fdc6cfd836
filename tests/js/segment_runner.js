// Runs docs/overrides/assets/torchkb/segment.js on a batch read from stdin, for the pytest tests.
// Input:  {"vocab": <zh_vocab.json data>, "items": [{"op": "cut"|"segment"|"query", "text": "...",
//          "novocab": true to segment without a vocabulary}]}
// Output: one JSON list with the result of each item, in order.
"use strict";
const path = require("path");
const S = require(path.join(__dirname, "..", "..", "docs", "overrides", "assets", "torchkb", "segment.js"));

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const req = JSON.parse(input);
  const vocab = S.load(req.vocab);
  const out = req.items.map((item) => {
    switch (item.op) {
      case "cut": return S.cut(item.text, vocab);
      case "segment": return S.segment(item.text, item.novocab ? null : vocab);
      case "query": return S.lunrQuery(item.text, vocab);
      default: throw new Error("unknown op " + item.op);
    }
  });
  process.stdout.write(JSON.stringify(out));
});
