// Search as you type over search/index.json. Substring matching, so a query finds
// Korean words whatever particle follows them (딥시크 -> 딥시크가, 딥시크의).
(function () {
  const box = document.getElementById("search-results");
  const input = document.getElementById("q");
  if (!box || !input) return;
  const base = box.dataset.index.replace(/search\/index\.json$/, "");
  const norm = (s) => s.toLowerCase().normalize("NFC");
  let docs = null;
  function render(q) {
    const terms = norm(q).split(/\s+/).filter(Boolean);
    box.textContent = "";
    if (!terms.length) return;
    const hits = docs.filter((d) => {
      const hay = norm([d.t, d.s, d.g.join(" "), d.b].join(" "));
      return terms.every((t) => hay.includes(t));
    });
    const p = document.createElement("p");
    p.textContent = `검색 결과 ${hits.length}건`;
    box.append(p);
    const ul = document.createElement("ul");
    for (const d of hits) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = base + d.u;
      a.textContent = d.t;
      li.append(a, ` ${d.d}`);
      ul.append(li);
    }
    box.append(ul);
  }
  fetch(box.dataset.index).then((r) => r.json()).then((index) => {
    docs = index.docs;
    const q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    render(q);
    input.addEventListener("input", () => render(input.value));
  });
})();
