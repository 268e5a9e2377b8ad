// AI 타임라인: theme toggle, tag-chip filtering, search as you type. Everything works without
// this file (chips are links to tag pages, the search icon to the search page); this adds speed.
(function () {
  "use strict";
  const root = document.documentElement;
  const base = document.body.dataset.base || "/";
  const WEEKDAYS = "일월화수목금토";

  // ---- the header's controls ------------------------------------------------------------------
  // Made here, not written into every page: both need script, and every byte of the page frame is
  // 100 KB of a 100,000-article site. style.css holds their places open until they come. A theme
  // whose own base.html writes them keeps its own.
  const bar = document.querySelector(".site-header .bar");
  if (bar && !document.querySelector(".theme-toggle, #theme-toggle")) {
    bar.insertAdjacentHTML(
      "beforeend",
      '<button type="button" class="theme-toggle" id="theme-toggle" aria-pressed="false" aria-label="어두운 화면"><span aria-hidden="true"></span></button>',
    );
  }
  if (bar && !document.querySelector(".search-form, #search-form")) {
    bar.insertAdjacentHTML(
      "afterend",
      `<form class="search-form" id="search-form" role="search" action="${base}search/"><input id="q" name="q" type="search" aria-label="기사 검색" placeholder="기사 검색: 딥시크, nvidia…" autocomplete="off" aria-controls="search-panel" enterkeyhint="search"><button type="submit" class="search-submit">검색</button><div id="search-panel" class="search-panel" aria-live="polite" hidden></div></form>`,
    );
    const opener = bar.querySelector(".search-toggle");
    opener?.setAttribute("aria-controls", "search-form");
    opener?.setAttribute("aria-expanded", "false");
  }

  // ---- light / dark ------------------------------------------------------------------------
  const toggle = document.getElementById("theme-toggle");
  const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  const isDark = () => (root.dataset.theme || (systemDark.matches ? "dark" : "light")) === "dark";
  function showTheme() {
    toggle.setAttribute("aria-pressed", String(isDark()));
    toggle.setAttribute("aria-label", "어두운 화면");
    toggle.title = isDark() ? "밝은 화면으로 전환" : "어두운 화면으로 전환";
  }
  if (toggle) {
    showTheme();
    toggle.addEventListener("click", () => {
      const next = isDark() ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem("theme", next);
      } catch (e) {
        /* private mode: the choice lasts for this page only */
      }
      showTheme();
    });
    systemDark.addEventListener("change", showTheme);
  }

  // ---- tag filters span the whole timeline ----------------------------------------------------
  // A chip is a link to its tag's pages, which list every article with the tag. There, a chip of
  // another tag narrows to both (?tag=b,c keeps it shareable): every page of the tag is fetched, so
  // the filter covers the tag's whole timeline, not the page at hand.
  const timeline = document.querySelector("[data-filterable]");
  const wanted = () => (new URLSearchParams(location.search).get("tag") || "").split(",").filter(Boolean);
  if (timeline && !timeline.dataset.tag && wanted().length) {
    // A filter on a page of everything (an old shared link) moves to the first tag's own pages.
    const [first, ...rest] = wanted();
    location.replace(`${base}tags/${encodeURIComponent(first)}/${rest.length ? `?tag=${rest.join(",")}` : ""}`);
  } else if (timeline && timeline.dataset.tag) {
    const own = timeline.dataset.tag;
    const status = document.getElementById("filter-status");
    const pagination = document.querySelector(".pagination");
    const original = [...timeline.querySelectorAll(":scope > .month")];
    const labels = { [own]: timeline.dataset.label };
    const learn = (scope) => scope.querySelectorAll(".chip").forEach((c) => (labels[c.dataset.tag] = c.textContent));
    learn(timeline);
    let active = wanted().filter((t) => t !== own);
    let everything = null; // the month sections of every page of this tag, once fetched

    async function fetchPages() {
      const pages = Number(timeline.dataset.pages);
      const first = timeline.dataset.first;
      const urls = Array.from({ length: pages }, (_, i) => (i ? `${first}page/${i + 1}/` : first));
      const docs = [];
      for (let i = 0; i < urls.length; i += 4) {
        const batch = urls.slice(i, i + 4).map((u) =>
          fetch(u)
            .then((r) => (r.ok ? r.text() : Promise.reject(r.status)))
            .then((html) => new DOMParser().parseFromString(html, "text/html")),
        );
        docs.push(...(await Promise.all(batch)));
        showStatus(`${Math.min(i + 4, urls.length)} / ${urls.length}쪽 불러오는 중…`);
      }
      // Pages split months and days: sections of the same month or day are joined again.
      const months = [];
      for (const doc of docs) {
        learn(doc);
        for (const month of doc.querySelectorAll("[data-filterable] > .month")) {
          const last = months[months.length - 1];
          if (!last || last.dataset.month !== month.dataset.month) {
            months.push(document.importNode(month, true));
            continue;
          }
          for (const day of month.querySelectorAll(":scope > .day")) {
            const lastDay = last.querySelector(":scope > .day:last-of-type");
            if (lastDay && lastDay.dataset.day === day.dataset.day) {
              day.querySelectorAll(":scope > .card, :scope > .milestone").forEach((e) => lastDay.append(document.importNode(e, true)));
            } else last.append(document.importNode(day, true));
          }
        }
      }
      return months;
    }

    function showStatus(text) {
      status.textContent = "";
      status.hidden = false;
      const span = document.createElement("span");
      span.textContent = text;
      status.append(span);
      return span;
    }

    function show(sections) {
      timeline.querySelectorAll(":scope > .month").forEach((m) => m.remove());
      timeline.append(...sections);
    }

    async function apply() {
      if (!active.length) {
        if (everything) show(original);
        if (pagination) pagination.hidden = false;
        status.hidden = true;
        timeline.querySelectorAll("[hidden]").forEach((e) => e !== status && (e.hidden = false));
        timeline.querySelectorAll(".chip[aria-current]").forEach((c) => c.removeAttribute("aria-current"));
        return;
      }
      const want = active;
      if (!everything) {
        try {
          everything = await fetchPages();
        } catch (e) {
          showStatus("다른 쪽의 기사를 불러오지 못했습니다. 이 쪽의 기사만 거릅니다.");
          everything = original;
        }
      }
      if (want !== active) return; // a newer click took over while the pages loaded
      show(everything);
      if (pagination) pagination.hidden = true; // every matching entry is on this page now
      let shown = 0;
      timeline.querySelectorAll(".card").forEach((card) => {
        const tags = card.dataset.tags.split(" ");
        card.hidden = !active.every((t) => tags.includes(t));
        if (!card.hidden) shown++;
      });
      // A milestone stays only when it carries every tag of the filter.
      timeline.querySelectorAll(".milestone").forEach((m) => {
        const tags = m.dataset.tags.split(" ");
        m.hidden = !active.every((t) => tags.includes(t));
      });
      timeline.querySelectorAll(".day").forEach((d) => (d.hidden = !d.querySelector(".card:not([hidden]), .milestone:not([hidden])")));
      timeline.querySelectorAll(".month").forEach((m) => (m.hidden = !m.querySelector(".day:not([hidden])")));
      timeline.querySelectorAll(".chip").forEach((c) => {
        if (active.includes(c.dataset.tag)) c.setAttribute("aria-current", "true");
        else c.removeAttribute("aria-current");
      });
      const names = active.map((t) => `‘${labels[t] || t}’`).join(", ");
      showStatus(`‘${labels[own]}’ 기사 중 ${names} 태그 기사 ${shown}건`);
      for (const t of active) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = `${labels[t] || t} 해제 ✕`;
        b.addEventListener("click", () => set(active.filter((x) => x !== t), true));
        status.append(b);
      }
    }
    function set(tags, focusStatus) {
      active = tags;
      const params = new URLSearchParams(location.search);
      if (tags.length) params.set("tag", tags.join(","));
      else params.delete("tag");
      const query = params.toString().replace(/%2C/g, ",");
      history.pushState(null, "", location.pathname + (query ? `?${query}` : "") + location.hash);
      apply();
      if (focusStatus && !tags.length) timeline.querySelector(".chip")?.focus();
    }
    timeline.addEventListener("click", (event) => {
      const chip = event.target.closest(".chip");
      if (!chip || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button) return;
      const t = chip.dataset.tag;
      if (t === own && !active.length) return; // the tag's own first page: a plain link
      event.preventDefault();
      set(t === own ? [] : active.includes(t) ? active.filter((x) => x !== t) : [...active, t]);
    });
    window.addEventListener("popstate", () => {
      active = wanted().filter((t) => t !== own);
      apply();
    });
    if (active.length) apply();
  }

  // ---- the tag index: by article count, or 가나다 -----------------------------------------------
  const sorter = document.querySelector(".sort-switch");
  if (sorter) {
    const lists = [...document.querySelectorAll(".tag-list")];
    const byName = (a, b) => a.querySelector("a").textContent.localeCompare(b.querySelector("a").textContent, "ko");
    const byCount = (a, b) => b.dataset.count - a.dataset.count || byName(a, b);
    function sortBy(key, push) {
      for (const list of lists) list.append(...[...list.children].sort(key === "name" ? byName : byCount));
      sorter.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.sort === key)));
      if (push) history.replaceState(null, "", key === "name" ? "?sort=name" : location.pathname);
    }
    sorter.hidden = false;
    sorter.addEventListener("click", (e) => {
      const button = e.target.closest("button");
      if (button) sortBy(button.dataset.sort, true);
    });
    if (new URLSearchParams(location.search).get("sort") === "name") sortBy("name", false);
  }

  // ---- search --------------------------------------------------------------------------------
  // Same tokens as site_builder/search.py, whose pattern the index ships: a Hangul/Latin/digit run
  // (오픈AI, GPT-4o) is one word, lower-cased, a trailing particle stripped.
  const form = document.querySelector(".search-form");
  const input = document.getElementById("q");
  const panel = document.getElementById("search-panel");
  const page = document.getElementById("search-results");
  if (!form || !input) return;
  // On a phone the box waits behind the header's icon; on the search page it is open in place.
  const opener = document.querySelector(".search-toggle");
  function openSearch(open) {
    form.classList.toggle("open", open);
    opener?.setAttribute("aria-expanded", String(open));
    if (open) input.focus();
  }
  if (page) {
    form.classList.add("open", "in-page");
    opener?.setAttribute("aria-expanded", "true");
  }
  opener?.addEventListener("click", (e) => {
    e.preventDefault();
    openSearch(!form.classList.contains("open"));
  });
  form.addEventListener("keydown", (e) => {
    // Escape first closes the results, then the box itself.
    if (e.key === "Escape" && !page && opener && form.classList.contains("open") && panel.hidden) {
      openSearch(false);
      opener.focus();
    }
  });
  let index = null;
  let loading = null;
  const shards = {};
  const chunks = {};
  const json = (path) => fetch(base + path).then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
  const load = () => (loading ||= json("search/index.json").then((i) => (index = i)));

  function stem(t) {
    const last = t[t.length - 1];
    if (!(last >= "가" && last <= "힣")) return t;
    for (const p of index.particles) if (t.endsWith(p) && t.length - p.length >= index.minStem) return t.slice(0, -p.length);
    return t;
  }

  // How many of the sorted strings in `list` come before `key` (or, with `after`, are at most `key`).
  function count(list, key, after) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid] < key || (after && list[mid] === key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  // A shard's file is named after its first stem (index.names), so an edit renames none of the others.
  const shard = (n) =>
    (shards[n] ||= json(`search/terms-${index.names[n]}.json`).then((terms) => ({
      terms,
      sorted: Object.keys(terms).sort(),
    })));
  function termsFor(stemmed) {
    if (index.terms) return [(index.sorted ||= Object.keys(index.terms).sort()) && index];
    // Shards hold consecutive ranges of the sorted stems; bounds[n] is where shard n + 1 starts.
    // The stems starting with the query run on into every next shard whose first stem starts with it.
    let n = count(index.bounds, stemmed, true);
    const wanted = [n];
    while (n < index.bounds.length && index.bounds[n].startsWith(stemmed)) wanted.push(++n);
    return Promise.all(wanted.map(shard));
  }
  async function lookup(stemmed, whole) {
    // Every stem that starts with the query stem: 딥시크 matches 딥시크 and 딥시크r, a half-typed 딥시 too
    // (with `whole`, that stem alone). A negative gap marks a hit in the headline or tags: it outranks any body hit.
    const found = new Map();
    for (const { terms, sorted } of await termsFor(stemmed)) {
      const end = (i) => (whole ? sorted[i] === stemmed : sorted[i].startsWith(stemmed));
      for (let i = count(sorted, stemmed, false); i < sorted.length && end(i); i++) {
        let id = -1; // (gaps count from -1: see search._delta)
        const exact = sorted[i] === stemmed ? 1 : 0;
        for (const gap of terms[sorted[i]]) {
          id += Math.abs(gap);
          found.set(id, Math.max(found.get(id) || 0, (gap < 0 ? 10 : 1) + exact));
        }
      }
    }
    return found;
  }
  // A tag's name or label asks for all its one-word spellings (nvidia -> 엔비디아), as tags.yaml lists them.
  const spellings = (word) => index.aliases.find(([triggers]) => triggers.includes(word))?.[1];
  async function lookupWord(typed) {
    const word = stem(typed);
    const keys = (spellings(word) || [word]).map((key) => lookup(key, false));
    // A name ending as a particle does (제미나이: 제미나 and 이, as the index holds it bare) typed with one
    // (제미나이가): what the name typed alone finds, too; that stem alone, lest a bare word (제미나이 -> 제미) find more.
    const bare = word !== typed ? stem(word) : word;
    if (bare !== word) {
      const also = spellings(bare);
      keys.push(...(also ? also.map((key) => lookup(key, false)) : [lookup(bare, true)]));
    }
    const found = new Map();
    for (const m of await Promise.all(keys)) for (const [id, s] of m) found.set(id, Math.max(found.get(id) || 0, s));
    return found;
  }
  async function search(q) {
    await load();
    const matched = q.normalize("NFKC").toLowerCase().match(new RegExp(index.token, "g")) || [];
    const typed = [...new Set(matched.filter((t) => !index.particles.includes(t)))];
    const words = [...new Set(typed.map(stem))];
    if (!words.length) return { words, ids: [] };
    const maps = await Promise.all(typed.map(lookupWord));
    const score = new Map(maps[0]);
    for (const m of maps.slice(1)) {
      for (const [id, s] of score) {
        if (m.has(id)) score.set(id, s + m.get(id));
        else score.delete(id);
      }
    }
    // Headline and tag hits first, then exact words over prefixes, then newer (the index lists newest first).
    const ids = [...score.keys()].sort((a, b) => score.get(b) - score.get(a) || a - b);
    return { words, ids };
  }
  async function doc(id) {
    if (index.docs) return index.docs[id];
    const n = Math.floor(id / index.chunk);
    chunks[n] ||= json(`search/docs-${n}.json`);
    return (await chunks[n])[id % index.chunk];
  }

  function marked(text, words, into) {
    // Highlight every query stem where it occurs, particles and all being left unmarked.
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
    let at = 0;
    for (const m of text.matchAll(re)) {
      if (!m[0]) break;
      into.append(text.slice(at, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      into.append(mark);
      at = m.index + m[0].length;
    }
    into.append(text.slice(at));
    return into;
  }
  function snippet(text, words) {
    // About 110 characters around the first hit, cut between words, never inside one.
    const lower = text.toLowerCase();
    const first = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), Infinity);
    let start = first === Infinity || first < 40 ? 0 : text.lastIndexOf(" ", first - 30) + 1;
    if (start > first) start = 0;
    let end = start + 110;
    if (end < text.length) {
      const space = text.lastIndexOf(" ", end);
      end = space > Math.max(start, first) ? space : end;
    } else end = text.length;
    return `${start ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  }
  function kdate(iso) {
    const [y, m, d] = iso.split("-").map(Number);
    return `${y}년 ${m}월 ${d}일 (${WEEKDAYS[new Date(y, m - 1, d).getDay()]})`;
  }
  function item(row, words) {
    const [url, title, date, tagIds, publisher, text] = row;
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = base + url;
    marked(title, words, a);
    const meta = document.createElement("span");
    meta.className = "result-meta";
    const tagNames = tagIds.map((t) => index.tags[t][1]);
    meta.textContent = [kdate(date), publisher, tagNames.join(" · ")].filter(Boolean).join(" · ");
    const p = document.createElement("p");
    p.className = "result-snippet";
    marked(snippet(text, words), words, p);
    li.append(a, meta, p);
    return li;
  }

  let shownLimit = 50;
  async function render(q, target, limit) {
    const { words, ids } = await search(q);
    // Rows first, then one swap of the results: status and list appear together, and an
    // answer that a newer keystroke overtook while its rows loaded is dropped whole.
    const rows = await Promise.all(ids.slice(0, limit).map(doc));
    if (q !== input.value) return;
    target.textContent = "";
    if (!q.trim()) return; // (a query of no indexed word, "!!", still says it found nothing)
    const status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    status.textContent = ids.length ? `‘${q.trim()}’ 검색 결과 ${ids.length}건` : `‘${q.trim()}’에 맞는 기사가 없습니다.`;
    target.append(status);
    if (!ids.length) return;
    const ul = document.createElement("ul");
    ul.className = "results";
    for (const row of rows) ul.append(item(row, words));
    target.append(ul);
    if (ids.length > limit) {
      const more = document.createElement("a");
      more.className = "search-more";
      more.href = `${base}search/?q=${encodeURIComponent(q.trim())}`;
      more.textContent = `결과 ${ids.length}건 모두 보기 →`;
      if (page) {
        more.addEventListener("click", (e) => {
          e.preventDefault();
          shownLimit += 50;
          render(input.value, page, shownLimit);
        });
      }
      target.append(more);
    }
  }

  let timer = 0;
  function update() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value;
      if (page) {
        shownLimit = 50;
        history.replaceState(null, "", q.trim() ? `?q=${encodeURIComponent(q.trim())}` : location.pathname);
        render(q, page, shownLimit).catch(failed);
      } else {
        panel.hidden = !q.trim();
        render(q, panel, 8).catch(failed);
      }
    }, 60);
  }
  function failed() {
    (page || panel).textContent = "검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.";
  }
  input.addEventListener("input", update);
  input.addEventListener("focus", () => load().catch(() => {}), { once: true });
  if (page) {
    input.value = new URLSearchParams(location.search).get("q") || "";
    if (input.value) update();
  } else if (panel) {
    const close = () => (panel.hidden = true);
    form.addEventListener("keydown", (e) => {
      const links = [...panel.querySelectorAll("a")];
      const at = links.indexOf(document.activeElement);
      if (e.key === "Escape") {
        input.focus(); // before closing: focusing the box reopens the panel
        close();
      } else if (e.key === "ArrowDown" && links.length) {
        e.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (e.key === "ArrowUp" && at >= 0) {
        e.preventDefault();
        (at === 0 ? input : links[at - 1]).focus();
      }
    });
    form.addEventListener("focusout", (e) => {
      if (!form.contains(e.relatedTarget)) close();
    });
    input.addEventListener("focus", () => {
      if (input.value.trim() && panel.childElementCount) panel.hidden = false;
    });
  }
})();
