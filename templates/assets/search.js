// Search without a server: filters the index written at build time (data/search-index.js).
(function () {
  var index = window.BRIEFING_SEARCH;
  var form = document.querySelector("form.search");
  if (!index || !form) { return; }
  var input = document.getElementById("q");
  var results = document.getElementById("search-results");
  var all = document.getElementById("search-all");
  var status = document.getElementById("search-status");
  function fold(s) { return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""); }
  var prepared = index.map(function (i) { return { item: i, text: fold(i.t + " " + i.x + " " + i.k) }; });
  function run() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!words.length) { results.hidden = true; all.hidden = false; status.textContent = ""; return; }
    var found = prepared.filter(function (p) {
      return words.every(function (w) { return p.text.indexOf(w) >= 0; });
    });
    found.forEach(function (p) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = p.item.u;
      a.textContent = p.item.t;
      var kind = document.createElement("span");
      kind.className = "meta";
      kind.textContent = " " + p.item.k;
      li.appendChild(a);
      li.appendChild(kind);
      results.appendChild(li);
    });
    results.hidden = false;
    all.hidden = true;
    // The words come from the page, in the briefing's language: data-one="{0} result", data-other="{0} results".
    var words = found.length === 1 ? status.getAttribute("data-one") : status.getAttribute("data-other");
    status.textContent = (words || "{0}").replace("{0}", String(found.length));
  }
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  input.addEventListener("input", run);
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) { input.value = q; run(); }
}());
