"""Hostile or odd input: no script runs, no traceback, no resource blow-up, no page overwritten.

Every refusal is a `path:line: message` (or one line for the command line and the server),
a non-zero exit, and an output folder left as it was.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from site_builder import markdown
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, REPO, run_cli, write_article
from tests.ingest_helpers import ARTICLE, article_path, front_matter, make_project
from tests.test_serve import Served, fetch, free_port

QUICK_SECONDS = 20  # "returns within a few seconds": a generous bound, not a benchmark
GOOD = "title: 좋은 기사\ndate: 2025-01-28T15:54:00+09:00\ntags: [DeepSeek]"


# -- helpers ------------------------------------------------------------------------------------


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def built(root: Path) -> dict[str, bytes]:
    """Build a good article into public/ and return what is there, to compare after a refusal."""
    write_article(root, "good.md", GOOD)
    proc = run_cli("build", root=root)
    assert proc.returncode == 0, proc.stderr
    return files(root / "public")


def timed(*args: str, root: Path) -> tuple[CompletedProcess[str], float]:
    started = time.monotonic()
    proc = run_cli(*args, root=root)
    return proc, time.monotonic() - started


def refused(proc: CompletedProcess[str], *expected: str) -> list[str]:
    """The output lines of a command that must fail cleanly; each `expected` text is on one line."""
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "Traceback" not in output, output
    lines = output.splitlines()
    for text in expected:
        assert any(text in line for line in lines), (text, output)
    return lines


def build_refused(root: Path, *expected: str) -> list[str]:
    """Build must fail with `expected` and leave public/ exactly as the last good build left it."""
    before = files(root / "public")
    proc, seconds = timed("build", root=root)
    lines = refused(proc, *expected)
    assert files(root / "public") == before
    assert seconds < QUICK_SECONDS
    return lines


def hrefs(html: str) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]*)"', html)


def article_body(root: Path) -> str:
    """The rendered body of the one ingested article in public/."""
    pages = [p.read_text(encoding="utf-8") for p in (root / "public").rglob("index.html")]
    bodies = [m.group(1) for page in pages if (m := re.search(r'<div class="article-body">(.*?)</div>', page, re.S))]
    assert len(bodies) == 1
    return bodies[0]


# -- 1. script URLs, however they are encoded ---------------------------------------------------

SCRIPT_URLS = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
    "javascript&#x3a;alert(1)",
    "javascript&#X3A;alert(1)",
    "javascript&colon;alert(1)",
    "javascript&#58alert(1)",
    "javascript&#0000058;alert(1)",
    "&#106;avascript&#58;alert(1)",
    "java&#9;script&#58;alert(1)",
    "java&Tab;script&colon;alert(1)",
    "java&#x0A;script&#x3A;alert(1)",
    "&#1;javascript&#58;alert(1)",
    "%6Aavascript:alert(1)",
    "javascript%3Aalert(1)",
    "java%09script%3Aalert(1)",
    "vbscript&#58;msgbox(1)",
    "data&#58;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
]
SAFE_URLS = ["https://a.kr/x", "http://a.kr/%EA%B0%80", "mailto:a@b.kr", "/tags/deepseek/", "x/y:z", "#top", "?q=a:b"]


@pytest.mark.parametrize("url", SCRIPT_URLS)
@pytest.mark.parametrize("form", ["[링크]({})", "[링크][r]\n\n[r]: {}\n", "![그림]({})"])
def test_script_urls_in_markdown_become_hash(url: str, form: str) -> None:
    html = markdown.to_html(form.format(url))
    assert hrefs(html) == ["#"], html


@pytest.mark.parametrize("url", SAFE_URLS)
def test_ordinary_urls_are_kept(url: str) -> None:
    assert hrefs(markdown.to_html(f"[링크]({url})")) == [url]


@pytest.mark.parametrize(
    "url", ["java\tscript:alert(1)", "java\nscript:alert(1)", " javascript:alert(1)", "\x00javascript:alert(1)"]
)
def test_whitespace_and_control_characters_do_not_hide_a_scheme(url: str) -> None:
    from site_builder.urls import is_safe_url

    assert not is_safe_url(url)
    assert all(is_safe_url(safe) for safe in SAFE_URLS)


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(7)",
        '"javascript&#58;alert(7)"',
        '"java\\tscript:alert(7)"',
        '"%6Aavascript:alert(7)"',
        "data:text/html,x",
        # No scheme, as pasted from an address bar: a path under the article's own page.
        "www.aitimes.com",
        "www.aitimes.com/news/articleView.html?idxno=1",
        "//www.aitimes.com/news/1",
        "mailto:desk@aitimes.com",
        "https://[x",  # a host in brackets left open: no traceback
        # What YAML reads as no text: a number, a truth value, a date (published as href="5" once).
        "5",
        "true",
        "2025-01-01",
    ],
)
def test_source_url_that_is_no_web_address_is_a_problem(empty_project: Path, value: str) -> None:
    built(empty_project)
    write_article(empty_project, "bad.md", f"title: 나쁜 링크\ndate: 2025-01-01\nsource_url: {value}")
    build_refused(empty_project, "content/articles/bad.md:4: 'source_url'")


HOSTILE_SEED = ARTICLE.replace(
    "이 모델은 기존 모델보다",
    "[ref]: javascript:alert('seed4')\n"
    "[x](http://evil.example/x) 링크와 [ref] 참조, [y][ref] 참조, ![그림](http://evil.example/i.png) 그림. "
    "이 모델은 기존 모델보다",
)


def test_links_in_seed_text_stay_text_and_a_script_source_url_is_dropped(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"x.txt": HOSTILE_SEED})
    (root / "seeds" / "seeds.yaml").write_text('x.txt: {source_url: "javascript:alert(7)"}\n', encoding="utf-8")
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0, proc.stderr
    assert "source_url" in proc.stdout and "seeds/seeds.yaml" in proc.stdout  # the warning
    assert "source_url" not in front_matter(article_path(root, "x.txt"))
    assert run_cli("build", root=root).returncode == 0
    body = article_body(root)
    assert "<a" not in body and "<img" not in body, body
    assert "[x](http://evil.example/x)" in body and "[ref]" in body


@pytest.mark.browser
def test_no_link_on_an_article_page_runs_a_script_when_clicked(tmp_path: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed")
    root = make_project(tmp_path, {"x.txt": HOSTILE_SEED})
    assert run_cli("ingest", root=root).returncode == 0
    links = "\n\n".join(f"[링크 {i}]({url})" for i, url in enumerate(SCRIPT_URLS))
    reference = "[참조][r]\n\n[r]: javascript&#58;alert(9)\n"
    write_article(root, "hand.md", "title: 손으로 쓴 글\ndate: 2025-01-01", f"{links}\n\n{reference}")
    assert run_cli("build", root=root).returncode == 0
    pages = [p for p in (root / "public").rglob("index.html") if 'class="article-body"' in p.read_text("utf-8")]
    assert len(pages) == 2
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            dialogs: list[str] = []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            clicked = 0
            for path in pages:
                page.goto(path.as_uri())
                for i in range(page.locator(".article-body a").count()):
                    page.goto(path.as_uri())  # a link may have led elsewhere
                    page.locator(".article-body a").nth(i).click(timeout=5000)
                    page.wait_for_timeout(100)
                    clicked += 1
            assert dialogs == []
            assert clicked == len(SCRIPT_URLS) + 1  # every hand-written link, none from the seed
        finally:
            browser.close()


# -- 2. clean messages instead of tracebacks ----------------------------------------------------


def test_a_word_two_tags_claim_and_a_slug_two_milestones_share_are_refused_at_their_line(
    empty_project: Path,
) -> None:
    """Ingest would tag stories with either tag of a shared word, and an article's date would name
    either milestone of a shared slug."""
    built(empty_project)
    tags = empty_project / "content" / "tags.yaml"
    original = tags.read_text(encoding="utf-8")
    tags.write_text(original + "\n가상젠슨:\n  slug: gasang-jensen\n  aliases: [젠슨황, 엔비디아]\n", encoding="utf-8")
    line = len(original.splitlines()) + 2
    build_refused(empty_project, f"content/tags.yaml:{line}: tag '가상젠슨': '엔비디아' already names tag 'Nvidia'")
    tags.write_text(original, encoding="utf-8")
    milestones = empty_project / "content" / "milestones.yaml"
    milestones.write_text(
        "- {slug: sora, date: 2024-02-15, title: 소라 공개}\n- {slug: sora, date: 2025-03-02, title: 다른 사건}\n",
        encoding="utf-8",
    )
    build_refused(empty_project, "content/milestones.yaml:2: milestone '다른 사건' reuses slug 'sora'; give it its own")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("site.yaml", "expected a mapping of settings"),
        ("content/tags.yaml", "expected a mapping of names to entries"),
        ("content/outlets.yaml", "expected a mapping of names to entries"),
        ("content/lexicon.yaml", "expected a mapping of"),
    ],
)
def test_a_settings_or_data_file_of_another_kind_is_refused_where_its_value_starts(
    empty_project: Path, name: str, message: str
) -> None:
    """A list where a mapping belongs is said at its first item, past the file's comments."""
    before = built(empty_project)
    (empty_project / name).write_text("# notes\n# more notes\n\n- OpenAI\n- Nvidia\n", encoding="utf-8")
    build_refused(empty_project, f"{name}:4: {message}")
    assert files(empty_project / "public") == before


def test_a_milestones_tag_that_tags_yaml_does_not_define_is_named_on_every_build(empty_project: Path) -> None:
    """Such a milestone is on no tag page and dates no story: said, but the site still builds (a
    smaller taxonomy than a shared milestone calendar's is a site's choice)."""
    built(empty_project)
    milestones = empty_project / "content" / "milestones.yaml"
    milestones.write_text("- slug: sora\n  date: 2024-02-15\n  title: 소라 공개\n  tags: [Open AI]\n", encoding="utf-8")
    said = (
        "warning: content/milestones.yaml: milestone '소라 공개': tag 'Open AI' is not defined "
        "(did you mean 'OpenAI'?); it is on no tag page"
    )
    for _ in range(2):  # (the second build changes nothing, and still says it)
        proc = run_cli("build", root=empty_project)
        assert proc.returncode == 0 and said in proc.stderr, proc.stderr
    milestones.write_text(milestones.read_text(encoding="utf-8").replace("Open AI", "OpenAI"), encoding="utf-8")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0 and "milestones.yaml" not in proc.stderr, proc.stderr


def test_impossible_date_in_an_article_milestones_or_site_yaml(empty_project: Path) -> None:
    before = built(empty_project)
    write_article(empty_project, "bad.md", "title: 없는 날\ndate: 2025-02-30")
    build_refused(empty_project, "content/articles/bad.md:3:", "2025-02-30")
    (empty_project / "content" / "articles" / "bad.md").unlink()

    (empty_project / "content" / "milestones.yaml").write_text("- title: 없는 날\n  date: 2025-02-30\n")
    build_refused(empty_project, "content/milestones.yaml:2:", "2025-02-30")
    (empty_project / "content" / "milestones.yaml").write_text("")

    site_yaml = empty_project / "site.yaml"
    lines = site_yaml.read_text(encoding="utf-8").splitlines()
    site_yaml.write_text("\n".join([*lines, "date: 2025-02-30"]) + "\n", encoding="utf-8")
    build_refused(empty_project, f"site.yaml:{len(lines) + 1}:", "2025-02-30")
    assert files(empty_project / "public") == before


@pytest.mark.parametrize("value", ["2025-02-30", "9999-12-31T23:59:59-12:00"])
def test_bad_date_in_seeds_yaml(tmp_path: Path, value: str) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text(f"x.txt:\n  date: {value}\n", encoding="utf-8")
    proc, seconds = timed("ingest", root=root)
    refused(proc, "seeds/seeds.yaml:")
    assert not article_path(root, "x.txt").exists() and seconds < QUICK_SECONDS


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ("title: [딥시크, 경계령]", "'x.txt': title must be text, not a list"),
        ("publisher: {name: AI타임스}", "'x.txt': publisher must be text, not a mapping"),
        ("summary: yes", "'x.txt': summary must be text, not yes/no"),
        ("tags: 5", "'x.txt': tags must be a name or a list of names"),
        ("author: [홍길동, 3]", "'x.txt': author must be a name or a list of names"),
        ("slug: deepseek/alert", "'x.txt': slug 'deepseek/alert' cannot be used in a URL"),
    ],
)
def test_a_seeds_yaml_value_of_the_wrong_kind_is_named_at_its_line(tmp_path: Path, fields: str, message: str) -> None:
    """seeds.yaml's corrections are checked as an article's front matter is: a list for a title
    or a slug with a '/' is refused at its line, before any article is written."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text(f"# 고칠 것\nx.txt: {{{fields}}}\n", encoding="utf-8")
    refused(run_cli("ingest", root=root), f"seeds/seeds.yaml:2: {message}")
    assert not article_path(root, "x.txt").exists()


@pytest.mark.parametrize(
    "front",
    [
        "date: 9999-12-31T23:59:59-12:00",
        'date: "9999-12-31T23:59:59-12:00"',
        "date: 0001-01-01T00:00:00+14:00",
        "date: 9999-12-31",
        "date: 2025-01-01\nupdated: 9999-12-31T23:59:59-12:00",
    ],
)
def test_dates_at_the_edge_of_the_calendar(empty_project: Path, front: str) -> None:
    built(empty_project)
    write_article(empty_project, "edge.md", f"title: 끝날\n{front}")
    build_refused(empty_project, "content/articles/edge.md:")


def test_milestone_at_the_edge_of_the_calendar(empty_project: Path) -> None:
    built(empty_project)
    (empty_project / "content" / "milestones.yaml").write_text("- title: 끝날\n  date: 9999-12-31\n")
    build_refused(empty_project, "content/milestones.yaml:1:")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        (f"slug: {'a' * 150}", "content/articles/long.md:4: slug is 150 characters long; the limit is 120 characters"),
        (
            f"slug: {'a' * 300}",
            "content/articles/long.md:4: slug is 300 bytes in UTF-8 (300 characters); "
            "the limit is 120 characters and 200 bytes (about 66 Hangul syllables)",
        ),
        # Within 120 characters, over 200 bytes: the message says the limit it passes.
        (
            f"slug: {'딥시크' * 23}딥",
            "content/articles/long.md:4: slug is 210 bytes in UTF-8 (70 characters); "
            "the limit is 200 bytes (about 66 Hangul syllables)",
        ),
        (
            f"tags: [{'긴태그' * 30}]",  # a tag names a folder too
            f"content/articles/long.md:4: tag '{('긴태그' * 30)[:40]}…' is 270 bytes in UTF-8 (90 characters); "
            "the limit is 200 bytes (about 66 Hangul syllables)",
        ),
    ],
)
def test_a_name_too_long_for_a_folder_is_refused(empty_project: Path, front: str, message: str) -> None:
    built(empty_project)
    write_article(empty_project, "long.md", f"title: 긴 이름\ndate: 2025-01-01\n{front}")
    lines = build_refused(empty_project, message)
    assert message in lines, lines


def test_a_file_name_too_long_for_a_slug_asks_for_a_slug_line(empty_project: Path) -> None:
    """With no 'slug:' line the file name is the slug: the message says so, and what to do."""
    built(empty_project)
    name = "중국딥시크띄우기" * 10
    write_article(empty_project, f"{name}.md", "title: 긴 이름\ndate: 2025-01-01")
    lines = build_refused(empty_project)
    assert lines == [
        f"content/articles/{name}.md:1: slug (the file name) is 240 bytes in UTF-8 (80 characters); "
        "the limit is 200 bytes (about 66 Hangul syllables): add a shorter 'slug:' line"
    ], lines


@pytest.mark.parametrize(
    ("permalink", "slug", "page"),
    [
        ("/{slug}/", "atom.xml", "atom.xml"),
        ("/{slug}/", "404.html", "404.html"),
        ("/{slug}/", "sitemap.xml", "sitemap.xml"),
        ("/{slug}/", "robots.txt", "robots.txt"),
        ("/{slug}/", "index.html", "index.html"),
        ("/{slug}/", "tags", "tags/index.html"),
        ("/{slug}/", "search", "search/index.html"),
        ("/{slug}/", "archive", "archive/index.html"),
        ("/tags/{slug}/", "deepseek", "tags/deepseek/index.html"),
        ("/archive/{year}/{slug}/", "01", "archive/2025/01/index.html"),
        ("/{slug}/", "review", "review/index.html"),  # made only with drafts: refused without them too
    ],
)
def test_an_article_cannot_take_a_site_page_url(empty_project: Path, permalink: str, slug: str, page: str) -> None:
    site_yaml = empty_project / "site.yaml"
    text = site_yaml.read_text(encoding="utf-8")
    site_yaml.write_text(re.sub(r"(?m)^permalink:.*$", f"permalink: {permalink}", text), encoding="utf-8")
    built(empty_project)
    write_article(empty_project, "clash.md", f"title: 겹치는 주소\ndate: 2025-01-28\nslug: '{slug}'")
    lines = build_refused(empty_project, "content/articles/clash.md")
    assert any("content/articles/clash.md" in line and page in line for line in lines), lines


def test_serve_on_a_port_in_use_says_so_in_one_line(empty_project: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc, seconds = timed("serve", "--port", str(port), root=empty_project)
    lines = refused(proc, f"port {port} is in use; try --port {port + 1}")
    assert [line for line in lines if line.strip()] == [f"port {port} is in use; try --port {port + 1}"]
    assert seconds < QUICK_SECONDS


def test_serve_answers_huge_or_null_urls_without_a_traceback(empty_project: Path) -> None:
    write_article(empty_project, "good.md", GOOD)
    served = Served(empty_project, free_port(), "/")
    try:
        for path in ["a" * 1000, "a" * 8000, "%EA%B0%80" * 900, "%00", "x/%00/y", "%00.html"]:
            status, _ = fetch(served.url + path)
            assert status in (400, 404), (path[:20], status)
        assert fetch(served.url)[0] == 200
        assert "Traceback" not in served.output() and "Uncaught exception" not in served.output()
    finally:
        served.stop()


# -- 3. resource bombs --------------------------------------------------------------------------

# "Billion laughs" in one flow list of about 300 bytes: as text, its last item is 9**9 "lol"s.
LAUGHS = (
    '[&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"], '
    + ", ".join(f"&{b} [{','.join([f'*{a}'] * 9)}]" for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    + "]"
)


@pytest.mark.parametrize(
    ("where", "text", "line"),
    [
        ("content/articles/bomb.md", f"---\nseed: {LAUGHS}\ntitle: 폭탄\ndate: 2025-01-01\n---\n본문\n", 2),
        ("content/tags.yaml", f"DeepSeek: {{description: {LAUGHS}}}\n", 1),
        ("site.yaml", f"title: {LAUGHS}\n", 1),
    ],
)
def test_yaml_aliases_are_refused_quickly(empty_project: Path, where: str, text: str, line: int) -> None:
    built(empty_project)
    (empty_project / where).write_text(text, encoding="utf-8")
    build_refused(empty_project, f"{where}:{line}: YAML aliases (&/*) are not allowed")


def test_yaml_aliases_in_seeds_yaml_are_refused_quickly(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text(f"x.txt: {{title: {LAUGHS}}}\n", encoding="utf-8")
    proc, seconds = timed("ingest", root=root)
    refused(proc, "seeds/seeds.yaml:1: YAML aliases (&/*) are not allowed")
    assert seconds < QUICK_SECONDS


def test_an_article_over_max_file_size_is_a_problem(empty_project: Path) -> None:
    built(empty_project)
    write_article(empty_project, "big.md", "title: 큰 글\ndate: 2025-01-01", "가나다라마바사 " * 100_000)
    build_refused(
        empty_project, "content/articles/big.md: file is 2.2 MB, over the 2 MB limit (max_file_size in site.yaml)"
    )

    with (empty_project / "site.yaml").open("a", encoding="utf-8") as handle:
        handle.write("max_file_size: 3000000\n")
    assert run_cli("build", root=empty_project).returncode == 0


def test_a_seed_over_max_file_size_is_reported_and_the_others_are_written(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"big.txt": ARTICLE + "가나다라마바사 " * 100_000, "x.txt": ARTICLE})
    proc, seconds = timed("ingest", root=root)
    refused(proc, "seeds/big.txt: file is 2.2 MB, over the 2 MB limit (max_file_size in site.yaml)")
    assert seconds < QUICK_SECONDS
    assert article_path(root, "x.txt").is_file() and not article_path(root, "big.txt").exists()


# -- 4. feeds and slugs ---------------------------------------------------------------------------


def test_control_characters_never_reach_the_feed(empty_project: Path) -> None:
    write_article(
        empty_project,
        "ctl.md",
        # (C0, DEL, C1 and a noncharacter: the last two are valid XML but a parse error in HTML)
        'title: "제목\\x01\\x08\\x85\\x9f\\ufdd0끝"\ndate: 2025-01-01\nsummary: "요약\\x0b\\x1f\\x7f끝"\n'
        'author: "기자\\x02"\ntags: [DeepSeek]',
    )
    assert run_cli("build", root=empty_project).returncode == 0
    for feed in ("atom.xml", "tags/deepseek/atom.xml"):
        root = ElementTree.parse(empty_project / "public" / feed).getroot()
        titles = [e.text for e in root.iter("{http://www.w3.org/2005/Atom}title")]
        assert "제목끝" in titles
    page = next((empty_project / "public" / "2025").rglob("index.html")).read_text(encoding="utf-8")
    assert "<h1" in page and "제목끝" in page and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0]", page)


def test_slugs_are_normalised(empty_project: Path) -> None:
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-01\nslug: 'Deep\u200bSeek-\u202eR1\u200f'")
    write_article(empty_project, "b.md", "title: 나\ndate: 2025-01-02\nslug: 'cafe\u0301'")
    assert run_cli("build", root=empty_project).returncode == 0
    out = empty_project / "public"
    assert (out / "2025/01/01/deepseek-r1/index.html").is_file()
    assert (out / "2025/01/02/caf\u00e9/index.html").is_file()


def test_brackets_in_a_slug_are_escaped_in_the_sitemap(empty_project: Path) -> None:
    """RFC 3986 lets '[' and ']' stand only around an IPv6 host: in a path they are escaped."""
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-05\nslug: '[x]'")
    assert run_cli("build", "--base-url", "http://[::1]:8000/", root=empty_project).returncode == 0
    sitemap = (empty_project / "public" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>http://[::1]:8000/2025/01/05/%5Bx%5D/</loc>" in sitemap, sitemap


def test_a_base_url_on_a_hangul_host_builds_a_site_check_passes(empty_project: Path) -> None:
    """A sitemap writes the host as DNS has it ('xn--…'), and check reads it as the site's own."""
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-05\nslug: a")
    base = "https://한국.kr/"
    assert run_cli("build", "--base-url", base, root=empty_project).returncode == 0
    sitemap = (empty_project / "public" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://xn--3e0b707e.kr/2025/01/05/a/</loc>" in sitemap, sitemap
    checked = run_cli("check", "--base-url", base, root=empty_project)
    assert checked.returncode == 0, checked.stdout
    # A link to a host no DNS name can be (a typo: '한국..kr') is another site's, not a traceback.
    write_article(empty_project, "b.md", "title: 나\ndate: 2025-01-06\nslug: b", "[링크](https://한국..kr/) 본문\n")
    assert run_cli("build", "--base-url", base, root=empty_project).returncode == 0
    checked = run_cli("check", "--base-url", base, root=empty_project)
    assert checked.returncode == 0 and "Traceback" not in checked.stderr, checked.stdout + checked.stderr
    refused = run_cli("build", "--base-url", "https://한국..kr/", root=empty_project)
    assert refused.returncode == 1 and "'base_url' has a host no DNS name can be" in refused.stderr, refused.stderr


def test_twin_slugs_are_an_error_naming_both_files(empty_project: Path) -> None:
    built(empty_project)
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-01\nslug: Twin")
    write_article(empty_project, "b.md", "title: 나\ndate: 2025-03-01\nslug: 'twin\u200b'")
    lines = build_refused(empty_project, "content/articles/a.md")
    assert any("content/articles/a.md" in line and "content/articles/b.md" in line for line in lines), lines
    assert any("('twin\\u200b')" in line for line in lines), lines  # the invisible character shown


def test_twin_file_names_that_look_the_same_are_told_apart(empty_project: Path) -> None:
    """macOS writes Hangul file names decomposed (NFD): the message named two files that look
    the same, `n-한.md` and `n-한.md`."""
    built(empty_project)
    decomposed = unicodedata.normalize("NFD", "n-한")
    write_article(empty_project, f"{decomposed}.md", "title: 가\ndate: 2025-01-01")
    write_article(empty_project, "n-한.md", "title: 나\ndate: 2025-01-02")
    lines = build_refused(empty_project, "content/articles/")
    assert any(f"{decomposed}.md [in decomposed letters, NFD]" in line for line in lines), lines
    # On one day they claim one URL too: that message tells them apart as well.
    write_article(empty_project, "n-한.md", "title: 나\ndate: 2025-01-01")
    lines = [line for line in build_refused(empty_project, "content/articles/") if "is claimed by" in line]
    assert lines and all(f"{decomposed}.md [in decomposed letters, NFD]" in line for line in lines), lines


# (DEL and other control characters are stripped from every YAML string before this.)
@pytest.mark.parametrize("slug", ["a\u2215b", "a\uff0fb", "a\u2044b", "\uff0e\uff0ehidden"])
def test_slugs_with_lookalike_separators_are_refused(empty_project: Path, slug: str) -> None:
    built(empty_project)
    write_article(empty_project, "a.md", f"title: 가\ndate: 2025-01-01\nslug: {json.dumps(slug)}")
    lines = build_refused(empty_project, "content/articles/a.md")
    assert any("cannot be used in a URL" in line for line in lines), lines


def test_what_in_the_articles_folder_is_not_read_is_named_on_every_build(empty_project: Path) -> None:
    site = built(empty_project)
    articles = empty_project / "content" / "articles"
    write_article(empty_project, "2025/moved.md", "title: 옮긴 글\ndate: 2025-02-01")
    # (also further down: a project's folders copied into it)
    write_article(empty_project, "content/articles/nested.md", "title: 깊은 글\ndate: 2025-02-01")
    (articles / "folder.md").mkdir()
    os.mkfifo(articles / "pipe.md")  # (reading it would wait forever)
    (articles / "images").mkdir()  # a folder with no articles is none of the build's business
    # As Windows may save them: not read, where the build passed over them without a word. A
    # hidden one and ingest's '*.md.orig' are none of its business.
    for name in ("003.MD", "x.markdown", "y.Md", ".z.MD", "good.md.orig"):
        write_article(empty_project, name, "title: 안 읽는 글\ndate: 2025-02-01")
    (empty_project / "content" / "beside.md").write_text("---\ntitle: 옆 글\ndate: 2025-02-01\n---\n")
    for _ in range(2):  # the second build changes nothing, and still says it
        proc = run_cli("build", root=empty_project)
        assert proc.returncode == 0, proc.stderr
        warned = [line for line in proc.stderr.splitlines() if line.startswith("warning: content/articles/")]
        assert warned == [
            "warning: content/articles/003.MD: not read: an article's name ends in .md (lower case)",
            "warning: content/articles/2025/: articles in folders are not read; move them into content/articles/",
            "warning: content/articles/content/: articles in folders are not read; move them into content/articles/",
            "warning: content/articles/folder.md: a folder, not a file; not read",
            "warning: content/articles/pipe.md: not a file (a pipe or a device); not read",
            "warning: content/articles/x.markdown: not read: an article's name ends in .md",
            "warning: content/articles/y.Md: not read: an article's name ends in .md (lower case)",
        ], proc.stderr
        assert "warning: content/beside.md: not read: articles go in content/articles/" in proc.stderr.splitlines()
        assert "8 warnings" in proc.stdout
    assert files(empty_project / "public") == site


@pytest.mark.parametrize("name", ["site.yaml", "content/tags.yaml", "content/milestones.yaml", "content/outlets.yaml"])
def test_a_settings_or_data_file_that_is_a_pipe_is_refused_not_read(empty_project: Path, name: str) -> None:
    """A named pipe no one writes in a data file's place hung the build for ever, and a link to
    /dev/zero filled the memory (tester 11): each is refused at once, naming the file."""
    write_article(empty_project, "kept.md", "title: 남는 글\ndate: 2025-02-01")
    site = built(empty_project)
    path = empty_project / name
    kept = path.read_bytes() if path.exists() else None
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    command = [sys.executable, str(REPO / "build.py"), "build", "--root", str(empty_project)]
    proc = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert f"{name}: not a file (a pipe or a device); not read" in proc.stderr, proc.stderr
    path.unlink()
    if kept is not None:
        path.write_bytes(kept)
    assert files(empty_project / "public") == site


def test_an_article_linked_to_nothing_stops_the_build(empty_project: Path) -> None:
    """A link whose file is not there (a drive not mounted) took its page off the site with a
    warning, the build ending well (tester 10): it is an error, and the site stays as it was."""
    write_article(empty_project, "kept.md", "title: 남는 글\ndate: 2025-02-01")
    site = built(empty_project)
    articles = empty_project / "content" / "articles"
    (articles / "gone.md").symlink_to("/mnt/drive/gone.md")
    (articles / "loop.md").symlink_to("loop.md")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert (
        "content/articles/gone.md: a link to /mnt/drive/gone.md, which is not there (a drive not mounted?); "
        "restore it, or delete the link"
    ) in proc.stderr, proc.stderr
    assert "content/articles/loop.md: a loop of links; link it to the article's file" in proc.stderr
    assert files(empty_project / "public") == site


def test_empty_tags_are_one_problem_at_their_line(empty_project: Path) -> None:
    write_article(empty_project, "a.md", "title: 가\ndate: 2025-01-01\ntags: ['', ' ', DeepSeek]")
    lines = build_refused(empty_project, "content/articles/a.md:4: a tag is empty; remove it")
    assert sum("a tag is empty" in line for line in lines) == 1, lines


def test_a_tag_typed_decomposed_is_the_same_tag(empty_project: Path) -> None:
    """'가상뱅크' as a Mac may type it (NFD) is the tag tags.yaml defines (NFC), on one page."""
    with (empty_project / "content" / "tags.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n가상뱅크:\n  slug: gasangbank\n  kind: company\n")
    decomposed = unicodedata.normalize("NFD", "가상뱅크")
    write_article(empty_project, "x.md", "title: 조합형\ndate: 2025-01-29\ntags: [가상뱅크]")
    write_article(empty_project, "y.md", f"title: 분해형\ndate: 2025-01-30\ntags: [{decomposed}]")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0 and "not defined" not in proc.stderr, proc.stderr
    page = (empty_project / "public" / "tags" / "gasangbank" / "index.html").read_text(encoding="utf-8")
    assert "조합형" in page and "분해형" in page
    assert sorted(p.name for p in (empty_project / "public" / "tags").iterdir() if p.is_dir()) == ["gasangbank"]


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        (
            "a.md",
            "---\ntitle: 가\ndate: 2025-01-29\n\n본문\n".encode(),
            "content/articles/a.md:1: the front matter opened here is never closed: add a '---' line after it",
        ),
        (
            "with space.md",
            "---\ntitle: 가\ndate: 2025-01-29\n---\n본문\n".encode(),
            "slug 'with space' cannot be used in a URL (it holds a space); use letters, digits and '-'",
        ),
        (
            "a.md",
            b"---\ntitle: \xc7\xd1\xb1\xdb\ndate: 2025-01-29\n---\n",
            "content/articles/a.md:2: not UTF-8 text (invalid continuation byte at byte 11); save it as UTF-8",
        ),
    ],
)
def test_a_bad_article_file_is_named_with_the_line_and_the_real_cause(
    empty_project: Path, name: str, data: bytes, expected: str
) -> None:
    built(empty_project)
    (empty_project / "content" / "articles" / name).write_bytes(data)
    build_refused(empty_project, expected)


@pytest.mark.parametrize("name", ["site.yaml", "content/tags.yaml"])
def test_a_settings_file_saved_in_cp949_is_named_with_its_line_and_what_to_do(empty_project: Path, name: str) -> None:
    """A Korean Windows editor saves CP949: the message named no line and gave no hint, where an
    article's says both (seeds alone are read in CP949)."""
    built(empty_project)
    path = empty_project / name
    before = path.read_bytes()
    path.write_bytes(before + "\n# 한글 주석\n".encode("cp949"))
    at, line = len(before) + 3, before.count(b"\n") + 2  # the comment's first letter, on the line after
    build_refused(
        empty_project, f"{name}:{line}: not UTF-8 text (invalid continuation byte at byte {at}); save it as UTF-8"
    )


def test_a_missing_include_and_a_static_folder_over_a_file_are_named_where_they_are(empty_project: Path) -> None:
    built(empty_project)
    theme_tag = (REPO / "themes" / "default" / "templates" / "tag.html").read_text(encoding="utf-8").splitlines()
    (empty_project / "templates").mkdir()
    lines = [*theme_tag[:3], '{% include "nope.html" %}', *theme_tag[3:]]
    (empty_project / "templates" / "tag.html").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_refused(empty_project, "templates/tag.html:4: template not found: nope.html")
    # ... and in an override of a template others extend: the override and its line, not the
    # theme's page that extends it.
    base = (REPO / "themes" / "default" / "templates" / "base.html").read_text(encoding="utf-8").splitlines()
    (empty_project / "templates" / "tag.html").unlink()
    lines = [*base[:5], '{% include "nope.html" %}', *base[5:]]
    (empty_project / "templates" / "base.html").write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_refused(empty_project, "templates/base.html:6: template not found: nope.html")
    shutil.rmtree(empty_project / "templates")
    (empty_project / "static" / "style.css").mkdir(parents=True)
    (empty_project / "static" / "style.css" / "inner.txt").write_text("x\n", encoding="utf-8")
    build_refused(empty_project, "static/style.css/inner.txt: 'static/style.css' is a file in one static folder")


@pytest.mark.parametrize(("jobs", "expected"), [("-1", "give at least 1 worker process"), ("x", "'x' is not a number")])
def test_a_bad_jobs_count_is_refused(empty_project: Path, jobs: str, expected: str) -> None:
    proc = run_cli("build", "--jobs", jobs, root=empty_project)
    assert proc.returncode == 2 and expected in proc.stderr and "Traceback" not in proc.stderr


def test_control_characters_in_a_body_never_reach_the_page(empty_project: Path) -> None:
    write_article(empty_project, "a.md", GOOD, "가\x01나 *다*\x02라\x0b\x85.\n\n마\x1b바\x9f사.\n")
    assert run_cli("build", root=empty_project).returncode == 0
    page = next(p for p in (empty_project / "public" / "2025").rglob("index.html"))
    text = page.read_text(encoding="utf-8")
    assert "가나 <em>다</em>라." in text and "마바사." in text
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", text)
    # The search reads the text the page shows: the words run together there as on the page.
    index = (empty_project / "public" / "search" / "index.json").read_text(encoding="utf-8")
    assert "마바사" in json.loads(index)["docs"][0][-1] and not re.search(r"\\u00[01]|[\x00-\x1f]", index), index


@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_an_article_saved_with_other_line_ends_builds_as_with_unix_ones(empty_project: Path, line_end: str) -> None:
    text = f"---\n{GOOD}\n---\n첫 문단입니다.\n\n- 항목 하나\n- 항목 둘\n"
    write_article(empty_project, "a.md", GOOD, "첫 문단입니다.\n\n- 항목 하나\n- 항목 둘\n")
    unix = built_site(empty_project)
    (empty_project / "content" / "articles" / "a.md").write_bytes(text.replace("\n", line_end).encode("utf-8"))
    assert built_site(empty_project, "--no-cache") == unix


def built_site(root: Path, *args: str) -> dict[str, bytes]:
    proc = run_cli("build", *args, root=root)
    assert proc.returncode == 0, proc.stderr
    return files(root / "public")


def test_a_bad_byte_after_a_byte_order_mark_is_named_at_its_line(empty_project: Path) -> None:
    built(empty_project)
    data = b"\xef\xbb\xbf---\ntitle: \xea\xb0\x80\ndate: 2025-01-29\n---\n\n\xc7\xd1\n"
    (empty_project / "content" / "articles" / "c.md").write_bytes(data)
    build_refused(empty_project, "content/articles/c.md:6: not UTF-8 text (invalid continuation byte at byte 40)")


def test_a_tag_defined_twice_in_two_spellings_is_a_problem(empty_project: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "가상뱅크")
    with (empty_project / "content" / "tags.yaml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n가상뱅크:\n  slug: gasangbank\n{decomposed}:\n  slug: gasangbank-nfd\n")
    write_article(empty_project, "x.md", "title: 가\ndate: 2025-01-29\ntags: [가상뱅크]")
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 1 and "is defined twice (spelled composed and decomposed)" in proc.stderr


def run_unprivileged(*args: str, root: Path) -> CompletedProcess[str]:
    """run_cli as a user whom a folder's permissions stop: root reads every folder, so as root
    the command runs without the capabilities that let it (util-linux's setpriv)."""
    if os.geteuid() != 0:
        return run_cli(*args, root=root)
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no folder can be made unreadable")
    caps = "-dac_override,-dac_read_search"
    command = ["setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}", sys.executable, str(REPO / "build.py")]
    return subprocess.run([*command, *args, "--root", str(root)], capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("folder", ["static", "templates", "themes/default/static", "themes/default/templates"])
def test_a_folder_of_the_site_that_cannot_be_read_is_named_and_the_site_kept(empty_project: Path, folder: str) -> None:
    """An unreadable static/ or templates/ folder, the site's or its theme's, is an error naming
    it, not a site published without its style sheet or the user's overrides."""
    root = empty_project
    shutil.copytree(REPO / "themes" / "default", root / "themes" / "default")
    (root / "static").mkdir()
    (root / "static" / "verify.txt").write_text("verify\n", encoding="utf-8")
    (root / "templates").mkdir()
    robots = (REPO / "themes" / "default" / "templates" / "robots.txt").read_text(encoding="utf-8")
    (root / "templates" / "robots.txt").write_text(robots + "Disallow: /private/\n", encoding="utf-8")
    before = built(root)
    (root / folder).chmod(0)
    try:
        proc = run_unprivileged("build", root=root)
    finally:
        (root / folder).chmod(0o755)
    refused(proc, f"{folder}: cannot read this folder (Permission denied)")
    assert files(root / "public") == before


@pytest.mark.parametrize(
    ("name", "entry", "message"),
    [
        ("tags.yaml", "Llama 3:\n  slug: llama3\n  aliases: 3\n", "tag 'Llama 3': 'aliases' must be a list of names"),
        ("tags.yaml", "Llama 3:\n  aliases: [{라마: 3}]\n", "tag 'Llama 3': 'aliases' must be a list of names"),
        ("milestones.yaml", "- date: 2025-01-26\n  title: 발표\n  cues: 2025\n", "milestone '발표': 'cues' must be"),
        ("milestones.yaml", "- date: 2025-01-26\n  title: 발표\n  tags: {a: b}\n", "milestone '발표': 'tags' must be"),
        ("outlets.yaml", "가상일보:\n  aliases: [{a: b}]\n", "outlet '가상일보': 'aliases' must be a list of strings"),
        # An empty name is in every text: an outlet's alias '' made it the publisher of every page.
        (
            "outlets.yaml",
            '가상일보:\n  kind: regional\n  aliases: [가상, ""]\n',
            "outlet '가상일보': 'aliases' must be a list of strings, none",
        ),
        ("outlets.yaml", "가상일보:\n  domains: ' '\n", "outlet '가상일보': 'domains' must be a list of strings, none"),
        (
            "tags.yaml",
            "라마:\n  slug: llama\n  aliases: ['']\n",
            "tag '라마': 'aliases' must be a list of names, none empty",
        ),
        ("milestones.yaml", "- date: 2025-01-26\n  title: 발표\n  cues: [' ']\n", "milestone '발표': 'cues' must be"),
        ("outlets.yaml", "가상일보:\n  word: maybe\n", "outlet '가상일보': 'word' must be true or false"),
        ("outlets.yaml", "가상일보:\n  zone: Beijing\n", "outlet '가상일보': zone 'Beijing' is not a time zone"),
        # A misspelt key ('lable:', 'tag:') was dropped without a word (the tag shown under its
        # English name, the milestone off its tags' pages): named at the key's own line.
        (
            "tags.yaml",
            "라마:\n  slug: llama\n  lable: 라마\n",
            "tag '라마' has unknown key 'lable' (did you mean 'label'?)",
        ),
        ("tags.yaml", "라마:\n  slug: llama\n  descripton: 메타\n", "tag '라마' has unknown key 'descripton'"),
        # Two tags shown alike (by label, or one's label the other's name) could not be told apart.
        (
            "tags.yaml",
            "오픈AI:\n  slug: openai-kr\n  label: 오픈에이아이\n",
            "tag '오픈AI': its name '오픈AI' is how tag 'OpenAI'",
        ),
        (
            "tags.yaml",
            "OpenAI Foundation:\n  slug: openai-foundation\n  label: 오픈AI\n",
            "tag 'OpenAI Foundation': its label '오픈AI' is how tag 'OpenAI' is shown; give each its own label",
        ),
        (
            "tags.yaml",
            "Meta AI:\n  slug: meta-ai\n  label: openai\n",
            "tag 'Meta AI': its label 'openai' is how tag 'OpenAI' is shown",
        ),
        (
            "milestones.yaml",
            "- date: 2025-01-26\n  title: 발표\n  tag: [DeepSeek]\n",
            "milestone '발표' has unknown key 'tag'",
        ),
        ("milestones.yaml", "- date: 2025-01-26\n  titel: 발표\n", "a milestone has unknown key 'titel' (did you mean"),
        # A list or a mapping where text is meant was shown as Python spells it ("['에이', '비']").
        ("tags.yaml", "라마:\n  slug: llama\n  label: [에이, 비]\n", "tag '라마': 'label' must be text, not a list"),
        ("milestones.yaml", "- date: 2025-01-26\n  title: [a, b]\n", "a milestone's 'title' must be text, not a list"),
        ("milestones.yaml", "- {date: [2022-11-30], title: 출시}\n", "milestone date [2022-11-30] is not a date"),
        (
            "tags.yaml",
            "라마:\n  slug: llama\n  label: !!set {에이, 비}\n",
            "tag '라마': 'label' must be text, not a set",
        ),
        (
            "milestones.yaml",
            "- date: 2025-01-26\n  title: 발표\n  description: {k: v}\n",
            "a milestone's 'description' must be text",
        ),
    ],
)
def test_a_data_file_entry_that_is_not_a_list_of_names_is_named_at_its_line(
    empty_project: Path, name: str, entry: str, message: str
) -> None:
    """A number or a mapping where tags.yaml, milestones.yaml or outlets.yaml expect names, or a
    list where they expect text: the build and ingest name the file and the line, with no
    traceback."""
    root = empty_project
    before = built(root)
    path = root / "content" / name
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    text = text if text.endswith("\n") or not text else text + "\n"
    path.write_text(text + entry, encoding="utf-8")
    # (A bad key or value at the key's own line, the entry's last here; two tags shown alike at the tag's.)
    line = text.count("\n") + (1 if "is how tag" in message else entry.count("\n"))
    for command in ("build", "ingest"):
        refused(run_cli(command, root=root), f"content/{name}:{line}: {message}")
    assert files(root / "public") == before


@pytest.mark.parametrize(
    ("name", "command"),
    [("content/tags.yaml", "build"), ("content/milestones.yaml", "build"), ("seeds/seeds.yaml", "ingest")],
)
def test_a_data_file_linked_to_a_file_that_is_gone_is_named(empty_project: Path, name: str, command: str) -> None:
    """A data file kept elsewhere and linked in, the other end moved away: not taken for a file
    left out, which would drop every tag or milestone without a word."""
    root = empty_project
    before = built(root)
    path = root / name
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    path.symlink_to(root.parent / "shared" / path.name)
    refused(run_cli(command, root=root), f"{name}: cannot read (a link to {root.parent / 'shared' / path.name}")
    assert files(root / "public") == before


@pytest.mark.parametrize(
    ("name", "command"),
    [("content/tags.yaml", "build"), ("site.yaml", "build"), ("seeds/seeds.yaml", "ingest"), ("seeds/x.txt", "ingest")],
)
def test_a_file_linked_to_itself_is_named(empty_project: Path, name: str, command: str) -> None:
    """A link in a loop ('tags.yaml' -> 'tags.yaml'): named as the user knows it, not a traceback
    from the look for its real path."""
    root = empty_project
    before = built(root)
    path = root / name
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    path.symlink_to(path.name)
    proc = run_cli(command, root=root)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr, proc.stderr
    assert f"{name}: cannot read (Too many levels of symbolic links)" in proc.stderr + proc.stdout
    assert files(root / "public") == before


@pytest.mark.parametrize(
    ("target", "reason"), [(".", "Is a directory"), ("../nowhere.txt", "No such file or directory")]
)
def test_a_seed_linked_to_no_file_is_named_by_its_own_name(tmp_path: Path, target: str, reason: str) -> None:
    """A seed that is a link to a folder, or to nothing: named as the folder lists it, not as
    where it leads (the seeds folder itself, an absolute path)."""
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    (root / "seeds" / "link.txt").symlink_to(target)
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 1 and f"\nseeds/link.txt: cannot read ({reason})" in f"\n{proc.stderr}", proc.stderr
    assert article_path(root, "a.txt").is_file()


def test_an_article_ingest_cannot_read_is_named_and_the_other_seeds_are_written(tmp_path: Path) -> None:
    """One article left unreadable (a wrong owner after a copy): ingest names that article, not
    its seed, leaves it, and still writes a new seed's article."""
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    assert run_cli("ingest", root=root).returncode == 0
    shutil.copy(REPO / "seeds" / sorted(p.name for p in (REPO / "seeds").glob("*.txt"))[0], root / "seeds" / "b.txt")
    locked = article_path(root, "a.txt")
    locked.chmod(0)
    try:
        proc = run_unprivileged("ingest", root=root)
    finally:
        locked.chmod(0o644)
    lines = refused(proc, "content/articles/a.md: cannot read (Permission denied); its seed is left for now")
    assert not any("seeds/a.txt" in line and "cannot read" in line for line in lines)
    assert article_path(root, "b.txt").is_file()


def test_a_pipe_among_the_seeds_is_named_and_ingest_goes_on(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    os.mkfifo(root / "seeds" / "pipe.txt")
    proc, seconds = timed("ingest", root=root)
    refused(proc, "seeds/pipe.txt: a pipe or device, not a file")
    assert article_path(root, "a.txt").is_file() and seconds < QUICK_SECONDS


# A seed's name as YAML writes it bare (it's.txt) or quoted ('#1 속보.txt', ' 앞.txt', "'인용'.txt").
@pytest.mark.parametrize("seed", ["x.txt", "it's.txt", "#1 속보.txt", " 앞.txt", "'인용'.txt"])
def test_an_article_renamed_by_hand_stays_its_seeds_article(tmp_path: Path, seed: str) -> None:
    """An editor renames '…/x.md' to a name of their own: ingest finds it by the seed its front
    matter names, updates it there when the seed changes, and never writes x.md again beside it,
    which would claim the same URL and stop a build with drafts (and the preview)."""
    root = make_project(tmp_path, {seed: ARTICLE})
    assert run_cli("ingest", root=root).returncode == 0
    renamed = article_path(root, seed).with_name("my-own-name.md")
    article_path(root, seed).rename(renamed)
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0 and "1 unchanged" in proc.stdout, proc.stdout + proc.stderr
    assert not article_path(root, seed).exists()
    (root / "seeds" / seed).write_text(
        ARTICLE.replace("계획이다.\n", "계획이다.\n덧붙인 문단입니다.\n", 1), encoding="utf-8"
    )
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0 and "1 updated" in proc.stdout, proc.stdout + proc.stderr
    assert not article_path(root, seed).exists() and "덧붙인 문단입니다." in renamed.read_text(encoding="utf-8")
    assert run_cli("build", "--drafts", root=root).returncode == 0


def test_a_copy_of_an_article_renamed_without_its_seed_line_takes_a_url_of_its_own(tmp_path: Path) -> None:
    """With `seed:` deleted too, ingest cannot tell the renamed article is the seed's. Its record
    says it wrote the seed's article, now gone: deleted by hand, not written again. Without that
    record (a line deleted from it, a project from before it), it writes the seed again, as a draft
    copy, under a slug of its own, and every build still passes."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    assert run_cli("ingest", root=root).returncode == 0
    renamed = article_path(root, "x.txt").with_name("my-own-name.md")
    text = article_path(root, "x.txt").read_text(encoding="utf-8")
    renamed.write_text(re.sub(r"^seed: .*\n", "", text, flags=re.M), encoding="utf-8")
    article_path(root, "x.txt").unlink()
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0 and "content/articles/x.md was deleted by hand; not written again" in proc.stdout
    assert not article_path(root, "x.txt").exists() and run_cli("build", root=root).returncode == 0
    (root / "content" / "articles" / ".ingested").unlink()
    proc = run_cli("ingest", root=root)
    assert proc.returncode == 0 and "a copy of my-own-name.md" in proc.stdout, proc.stdout + proc.stderr
    copy, original = front_matter(article_path(root, "x.txt")), front_matter(renamed)
    assert copy["draft"] is True and copy["slug"] == f"{original['slug']}-2"
    assert run_cli("build", "--drafts", root=root).returncode == 0


CP949_NAME = "기사".encode("cp949")  # as a Windows zip leaves a Korean file name


@pytest.mark.parametrize(
    ("folder", "suffix"), [("content/articles", b".md"), ("static", b".png"), ("templates", b".html")]
)
def test_a_file_name_that_is_not_utf8_is_named_and_the_site_kept(
    empty_project: Path, folder: str, suffix: bytes
) -> None:
    root = empty_project
    before = built(root)
    (root / folder).mkdir(parents=True, exist_ok=True)
    with open(os.path.join(os.fsencode(root / folder), CP949_NAME + suffix), "wb") as handle:
        handle.write(b"x\n")
    build_refused(root, f"{folder}/\\xb1\\xe2\\xbb\\xe7{suffix.decode()}: the file name is not UTF-8")
    assert files(root / "public") == before


def test_hangul_file_names_build_under_a_c_locale(empty_project: Path) -> None:
    """With LC_ALL=C and UTF-8 mode off, Python reads file names as ASCII: a UTF-8 Hangul name
    was refused as "not UTF-8", with escapes for letters."""
    root = empty_project
    write_article(root, "한글이름.md", "title: 한글 파일\ndate: 2025-03-10T09:00:00+09:00\nslug: hangul")
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}
    proc = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "build", "--root", str(root)], capture_output=True, text=True, env=env
    )
    assert proc.returncode == 0, proc.stderr
    assert "한글 파일" in (root / "public" / "2025" / "03" / "10" / "hangul" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("folder", "target", "said"),
    [
        ("static", "..", "which holds the whole project"),
        ("root_files", "../public", "a link into the site's output folder"),
        ("root_files", "../.git", "in a repository's own folder"),
        ("static", "../.git/config", "in a repository's own folder"),
        ("root_files", "../.cache", "a hidden folder (the build's cache or last site)"),
        ("static", "../.public.prev", "a hidden folder (the build's cache or last site)"),
    ],
)
def test_a_link_to_the_project_or_its_output_is_refused(
    empty_project: Path, folder: str, target: str, said: str
) -> None:
    """A linked folder that holds the project would publish its .git (a token in its remote), its
    cache and the site itself, again and again; one into the output folder, the site itself; one to
    the .git folder itself (or a file in it), the cache or the last site kept beside the output, those."""
    root = empty_project
    (root / ".git").mkdir()
    (root / ".git" / "config").write_text(
        '[remote "origin"]\n\turl = https://u:TOKEN@github.com/u/r\n', encoding="utf-8"
    )
    write_article(root, "good.md", GOOD)
    assert run_cli("build", root=root).returncode == 0
    (root / folder).mkdir()
    (root / folder / "assets").symlink_to(target, target_is_directory=not target.endswith("config"))
    line = build_refused(root, f"{folder}/assets: ", "link a folder inside the project instead")
    assert said in "".join(line)
    assert not any(
        "TOKEN" in path.read_text(errors="replace") for path in (root / "public").rglob("*") if path.is_file()
    )


def test_a_linked_folders_repository_is_not_published(empty_project: Path) -> None:
    """A linked library that is a repository of its own: its files go out, its .git stays."""
    root = empty_project
    lib = root.parent / "lib"
    (lib / ".git").mkdir(parents=True)
    (lib / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    (lib / "lib.css").write_text("a{}\n", encoding="utf-8")
    (root / "static").mkdir()
    (root / "static" / "lib").symlink_to(lib, target_is_directory=True)
    write_article(root, "good.md", GOOD)
    assert run_cli("build", root=root).returncode == 0
    assert sorted(p.name for p in (root / "public" / "static" / "lib").rglob("*")) == ["lib.css"]


def test_templates_and_static_files_reached_through_linked_folders(empty_project: Path) -> None:
    """Jinja follows a linked folder of templates: so does the build's record of them, and an edit
    there re-renders the pages; a linked folder of static files is published, and a link back to a
    folder around it is no loop."""
    root = empty_project
    shared = root / "shared"
    shared.mkdir()
    (shared / "foot.html").write_text("<p>첫 꼬리말</p>\n", encoding="utf-8")
    (shared / "logo.txt").write_text("logo\n", encoding="utf-8")
    (root / "templates").mkdir()
    (root / "templates" / "partials").symlink_to(shared, target_is_directory=True)
    (root / "static").mkdir()
    (root / "static" / "brand").symlink_to(shared, target_is_directory=True)
    (shared / "loop").symlink_to(root / "static", target_is_directory=True)
    base = (REPO / "themes" / "default" / "templates" / "base.html").read_text(encoding="utf-8")
    (root / "templates" / "base.html").write_text(
        base.replace("</body>", '{% include "partials/foot.html" %}</body>'), encoding="utf-8"
    )
    write_article(root, "good.md", GOOD)
    assert run_cli("build", root=root).returncode == 0
    assert (root / "public" / "static" / "brand" / "logo.txt").read_text(encoding="utf-8") == "logo\n"
    (shared / "foot.html").write_text("<p>고친 꼬리말</p>\n", encoding="utf-8")
    proc = run_cli("build", root=root)
    assert proc.returncode == 0, proc.stderr
    home = (root / "public" / "index.html").read_text(encoding="utf-8")
    assert "고친 꼬리말" in home and "첫 꼬리말" not in home


@pytest.mark.parametrize(
    ("folder", "target"),
    [("static", "/nowhere/logo.png"), ("root_files", "ads.txt"), ("templates", "gone.html")],
    ids=["static: its file moved away", "root_files: linked to itself", "templates: its file moved away"],
)
def test_a_link_to_no_file_among_the_sites_files_is_named(empty_project: Path, folder: str, target: str) -> None:
    """A shared asset linked in, then moved away: the site would go out without it, not a word said."""
    root = empty_project
    before = built(root)
    (root / folder).mkdir()
    name = Path(target).name if folder != "root_files" else "ads.txt"
    (root / folder / name).symlink_to(target)
    refused(run_cli("build", root=root), f"{folder}/{name}: a link to {target}, which leads to no file")
    assert files(root / "public") == before


@pytest.mark.parametrize("folder", ["static", "root_files", "templates"])
def test_a_pipe_among_the_sites_files_is_named(empty_project: Path, folder: str) -> None:
    """A pipe left in a folder of the site's files was passed over: the site went out without the
    file the folder seemed to hold, not a word said (reading it would wait forever)."""
    root = empty_project
    before = built(root)
    (root / folder).mkdir()
    os.mkfifo(root / folder / "ads.txt")
    refused(run_cli("build", root=root), f"{folder}/ads.txt: not a file (a pipe or a device)")
    assert files(root / "public") == before


def test_article_text_that_markdown_reads_slowly_is_refused_naming_its_line(empty_project: Path) -> None:
    """Python-Markdown's time grows with the square of a paragraph's '[' (each looks for its closing
    bracket to the paragraph's end): a 24 KB paragraph of them held a build for minutes. The
    article's line is named instead; as many escaped ('\\[') build."""
    built(empty_project)
    body = "첫 문단입니다.\n\n" + "[링크가 아닌 줄\n" * 3000
    write_article(empty_project, "brackets.md", "title: 대괄호\ndate: 2025-01-01", body)
    # '---', title, date, '---', the first paragraph, a blank line: the paragraph opens on line 7.
    build_refused(empty_project, "content/articles/brackets.md:7: a paragraph with 3,000 '['")
    write_article(empty_project, "brackets.md", "title: 대괄호\ndate: 2025-01-01", body.replace("[", "\\["))
    assert run_cli("build", root=empty_project).returncode == 0


def test_runs_of_blank_lines_and_spaces_build_at_once(empty_project: Path) -> None:
    """The search index's reading of Markdown's line marks took a time growing with the cube of a
    run of blank lines: a 12 KB article of them held the build for an hour (two minutes the limit
    here, a generous bound: it builds in a second)."""
    write_article(
        empty_project, "blank.md", "title: 빈 줄\ndate: 2025-01-01", "첫 문단." + "\n" * 12000 + "끝." + " " * 80000
    )
    proc = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "build", "--root", str(empty_project)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr


def nested_list(levels: int) -> str:
    return "\n" + "\n".join("    " * level + "- 항목" for level in range(levels)) + "\n"


def test_a_list_nested_too_deep_to_render_is_refused_naming_its_line(empty_project: Path) -> None:
    """Python-Markdown reads nested lists by recursion: hundreds of levels stop the page's rendering,
    which would blame the theme's template. The article's own line is named instead, and a list as
    deep as the limit still builds."""
    built(empty_project)
    write_article(empty_project, "deep.md", "title: 깊은 목록\ndate: 2025-01-01", nested_list(300))
    # '---', title, date, '---', a blank line, then the item of level 0; level 101 is past the limit.
    build_refused(empty_project, "content/articles/deep.md:107: a list nested more than 100 levels deep")
    write_article(empty_project, "deep.md", "title: 깊은 목록\ndate: 2025-01-01", nested_list(101))
    proc = run_cli("build", root=empty_project)
    assert proc.returncode == 0, proc.stderr
    # Items or quotes opened one inside another on one line nest as deep.
    for opened in ("1. ", "- ", "> "):
        write_article(
            empty_project, "deep.md", "title: 깊은 목록\ndate: 2025-01-01", "\n첫 문단.\n\n" + opened * 300 + "끝\n"
        )
        build_refused(empty_project, "content/articles/deep.md:8: a list nested more than 100 levels deep (items or")
    write_article(empty_project, "deep.md", "title: 깊은 목록\ndate: 2025-01-01", "\n" + "1. " * 100 + "끝\n")
    assert run_cli("build", root=empty_project).returncode == 0


@pytest.mark.parametrize("closed", [">&-", "2>&-", ">&- 2>&- <&-"])
def test_a_build_started_with_its_output_closed_builds(empty_project: Path, closed: str) -> None:
    """Run from cron or a daemon with a standard stream closed, every command stopped before its
    work (a traceback, or exit 1 and no word when stderr was closed)."""
    root = empty_project
    write_article(root, "a.md", "title: 닫힌 출력\ndate: 2025-03-10T09:00:00+09:00")
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(REPO / 'build.py'))} build {closed}"
    proc = subprocess.run(["bash", "-c", command], cwd=root, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "닫힌 출력" in (root / "public" / "2025" / "03" / "10" / "a" / "index.html").read_text(encoding="utf-8")
