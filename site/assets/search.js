// Full-text search without a server. The build writes the index in small files (data/search/);
// this loads, with script elements (which work from the file system too), only those a query
// needs: the files of the words typed, then the texts of the results shown.
(function () {
  "use strict";
  var manifest = window.BRIEFING_SEARCH;
  var form = document.querySelector("form.search");
  if (!manifest || !form || !window.Promise) { return; }
  var input = document.getElementById("q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var SHOWN = 10, K1 = 1.2, B = 0.75, EXPANSIONS = 50, PREFIX_FILES = 4, PASSAGE = 220;
  // The same terms as the build's (SearchTerms.java): runs of letters, digits and marks; each
  // Chinese or Japanese character a term of its own.
  var OWN = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}";
  var WORD = new RegExp("(?=[\\p{L}\\p{N}\\p{M}])[" + OWN + "]|(?:(?![" + OWN + "])[\\p{L}\\p{N}\\p{M}])+", "gu");
  var files = {}, loading = {}, parsed = {}, lengths = null, average = 1, run = 0, results = [], shown = 0;
  var shownFor = null;

  window.briefingSearchLoaded = function (path, data) { files[path] = data; };

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = path;
        script.onload = function () { if (files[path]) { resolve(files[path]); } else { reject(path); } };
        script.onerror = function () { reject(path); };
        document.head.appendChild(script);
      });
    }
    return loading[path];
  }

  function fold(word) {
    var f = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase()
      : word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").normalize("NFC").toLowerCase().replace(/ς/g, "σ");
    if (f.length > 40) {
      var c = f.charCodeAt(39);
      f = f.slice(0, c >= 0xd800 && c <= 0xdbff ? 39 : 40);
    }
    return f;
  }

  function terms(text) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) { out.push({ t: fold(m[0]), start: m.index, end: m.index + m[0].length }); }
    return out;
  }

  function fileOf(group) {
    var name = "data/search/t";
    for (var i = 0; i < group.length; i++) { name += "-" + group.charCodeAt(i).toString(16); }
    return name + ".js";
  }

  // The file a term is in: the longest group name it starts with.
  function home(term) {
    var best = null;
    manifest.groups.forEach(function (g) {
      if (term.indexOf(g) === 0 && (best === null || g.length > best.length)) { best = g; }
    });
    return best;
  }

  // A term's documents and weighted counts, from "d*c d ..." (numbers in base 36, documents as steps).
  function postings(path, term) {
    var key = path + " " + term;
    if (!parsed[key]) {
      var docs = [], counts = [], at = 0;
      files[path][term].split(" ").forEach(function (p) {
        var star = p.indexOf("*");
        at += parseInt(star < 0 ? p : p.slice(0, star), 36);
        docs.push(at);
        counts.push(star < 0 ? 1 : parseInt(p.slice(star + 1), 36));
      });
      parsed[key] = { docs: docs, counts: counts };
    }
    return parsed[key];
  }

  // Each document's score for one word: BM25 over its term, or over the terms it begins.
  function scores(word) {
    var found = [];
    word.files.forEach(function (path) {
      Object.keys(files[path]).forEach(function (t) {
        if (t === word.t || (word.prefix && t.indexOf(word.t) === 0)) { found.push(postings(path, t)); }
      });
    });
    found.sort(function (a, b) { return b.docs.length - a.docs.length; });
    var out = new Map();
    found.slice(0, EXPANSIONS).forEach(function (p) {
      var df = p.docs.length, idf = Math.log(1 + (manifest.docs - df + 0.5) / (df + 0.5));
      p.docs.forEach(function (d, i) {
        var c = p.counts[i], s = idf * c * (K1 + 1) / (c + K1 * (1 - B + B * lengths[d] / average));
        out.set(d, Math.max(out.get(d) || 0, s));
      });
    });
    return out;
  }

  function words(query) {
    var seen = {}, out = [];
    terms(query).forEach(function (w) { if (!seen[w.t]) { seen[w.t] = true; out.push({ t: w.t }); } });
    if (out.length) {
      var last = out[out.length - 1];
      var wider = manifest.groups.filter(function (g) { return g.length > last.t.length && g.indexOf(last.t) === 0; });
      last.prefix = !/\s$/.test(query) && last.t.length >= 2 && wider.length <= PREFIX_FILES;
      out.forEach(function (w) {
        var h = home(w.t);
        w.files = (h === null ? [] : [fileOf(h)]).concat(w.prefix ? wider.map(fileOf) : []);
      });
    }
    return out;
  }

  function search() {
    var mine = ++run, query = input.value, ws = words(query);
    try {
      history.replaceState(null, "", query ? "?q=" + encodeURIComponent(query) : "search.html");
    } catch (e) { /* some browsers refuse it on file: addresses; the search works all the same */ }
    if (!ws.length) { list.hidden = true; more.hidden = true; status.textContent = ""; return; }
    var needed = ["data/search/lengths.js"];
    ws.forEach(function (w) { w.files.forEach(function (f) { if (needed.indexOf(f) < 0) { needed.push(f); } }); });
    Promise.all(needed.map(load)).then(function () {
      if (mine !== run) { return; }
      if (!lengths) {
        lengths = files["data/search/lengths.js"];
        average = lengths.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, lengths.length) || 1;
      }
      var each = ws.map(scores).sort(function (a, b) { return a.size - b.size; });
      var total = [];
      each[0].forEach(function (s, d) {
        for (var i = 1; i < each.length; i++) {
          if (!each[i].has(d)) { return; }
          s += each[i].get(d);
        }
        total.push({ d: d, s: s });
      });
      total.sort(function (a, b) { return b.s - a.s || a.d - b.d; });
      results = total.map(function (r) { return r.d; });
      shown = 0;
      list.textContent = "";
      list.hidden = false;
      var n = results.length;
      status.textContent = n === 0 ? status.dataset.none : n === 1 ? status.dataset.one
        : status.dataset.many.replace("{n}", n);
      return showMore(mine, ws);
    }).catch(function () {
      if (mine === run) { status.textContent = status.dataset.failed; }
    });
  }

  function showMore(mine, ws) {
    var next = results.slice(shown, shown + SHOWN);
    var needed = [];
    next.forEach(function (d) {
      var f = "data/search/d-" + Math.floor(d / manifest.perFile) + ".js";
      if (needed.indexOf(f) < 0) { needed.push(f); }
    });
    return Promise.all(needed.map(load)).then(function () {
      if (mine !== run) { return; }
      next.forEach(function (d) {
        var row = files["data/search/d-" + Math.floor(d / manifest.perFile) + ".js"][d % manifest.perFile];
        list.appendChild(item(row, ws));
      });
      shown += next.length;
      more.hidden = shown >= results.length;
      shownFor = { run: mine, words: ws };
    });
  }

  function matches(t, ws) {
    return ws.some(function (w) { return t === w.t || (w.prefix && t.indexOf(w.t) === 0); });
  }

  // One result: the title linked, its kind, and the passage where most of the words are, marked.
  function item(row, ws) {
    var kind = row[0], text = row[4];
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = row[2];
    a.textContent = row[1];
    li.appendChild(a);
    var meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = " " + (list.dataset[kind] || "") + (row[3] ? " · " + row[3] : "");
    li.appendChild(meta);
    var hits = terms(text).filter(function (x) { return matches(x.t, ws); }).slice(0, 200);
    // The passage where the most of the words are, and the closest together.
    var best = null, most = 0, span = 0;
    hits.forEach(function (h) {
      var seen = {}, n = 0, end = h.end;
      hits.forEach(function (o) {
        if (o.start >= h.start && o.end <= h.start + PASSAGE && !seen[o.t]) { seen[o.t] = true; n++; end = o.end; }
      });
      if (n > most || (n === most && end - h.start < span)) { most = n; span = end - h.start; best = h; }
    });
    if (!text) { return li; }
    var from = best ? Math.max(0, best.start - 60) : 0;
    if (from > 0) { from = text.indexOf(" ", from) + 1 || from; }
    var to = Math.min(text.length, from + PASSAGE);
    if (to < text.length) { to = text.lastIndexOf(" ", to) > from ? text.lastIndexOf(" ", to) : to; }
    var p = document.createElement("p");
    p.className = "passage";
    p.appendChild(document.createTextNode(from > 0 ? "…" : ""));
    var at = from;
    hits.forEach(function (h) {
      if (h.start >= at && h.end <= to) {
        p.appendChild(document.createTextNode(text.slice(at, h.start)));
        var mark = document.createElement("mark");
        mark.textContent = text.slice(h.start, h.end);
        p.appendChild(mark);
        at = h.end;
      }
    });
    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? "…" : "")));
    li.appendChild(p);
    if (best && kind === "s") {
      // A text fragment: the browser scrolls the article to the passage (and ignores it if it cannot).
      var end = text.indexOf("\n", best.start);
      var words = text.slice(best.start, end < 0 ? undefined : end).split(" ").slice(0, 4).join(" ");
      a.href += "#:~:text=" + encodeURIComponent(words.replace(/[^\p{L}\p{N}\p{M}]+$/u, "")).replace(/-/g, "%2D");
    }
    return li;
  }

  form.hidden = false;
  document.getElementById("search-nojs").hidden = true;
  form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
  input.addEventListener("input", search);
  more.addEventListener("click", function () { if (shownFor) { showMore(shownFor.run, shownFor.words); } });
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; search(); }
}());
