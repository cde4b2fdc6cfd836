// Runs docs/overrides/assets/torchkb/match-worker.js in Node.js as a browser would run it in a
// Web Worker: in its own global scope, with stand-ins for `self` (postMessage, addEventListener)
// and `importScripts` (which loads files from the worker's folder into that scope).
// Input (stdin): a JSON list of messages, dispatched to the worker one after the other.
// Output: {"imported": [names passed to importScripts], "replies": [messages the worker posted]}.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const dir = path.join(__dirname, "..", "..", "docs", "overrides", "assets", "torchkb");
const replies = [];
const listeners = [];
const imported = [];
const self = {
  // postMessage clones: a JSON round trip is close enough for these plain objects.
  postMessage: (message) => { replies.push(JSON.parse(JSON.stringify(message))); },
  addEventListener: (type, fn) => { if (type === "message") listeners.push(fn); },
};
const context = vm.createContext({ self: self });
context.importScripts = (...names) => {
  for (const name of names) {
    imported.push(name);
    vm.runInContext(fs.readFileSync(path.join(dir, name), "utf8"), context, { filename: name });
  }
};
const worker = "match-worker.js";
vm.runInContext(fs.readFileSync(path.join(dir, worker), "utf8"), context, { filename: worker });

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  for (const message of JSON.parse(input)) {
    for (const fn of listeners) fn({ data: message });
  }
  process.stdout.write(JSON.stringify({ imported: imported, replies: replies }));
});
