"""Rebuilds that take a shortcut must still notice every change a full look would: a command-line
build with nothing to do (site.inputs_key and the output's stamp, write.stamp), and a rebuild
after body edits only, which keeps the last plan without reading every article (site._site_of)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from site_builder import config, content, library, site, write
from site_builder import state as state_mod
from tests.conftest import run_cli, write_article


def _project(root: Path) -> Path:
    for i in range(3):
        write_article(root, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 10:02d}T09:00:00+09:00\ntags: [DeepSeek]")
    return root


def _build(root: Path) -> str:
    result = run_cli("build", root=root)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _count_looks(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    """(folders looked at, folders) of each write.folder_stats call this process makes from now."""
    looked: list[tuple[int, int]] = []
    real = write.folder_stats

    def counted(out: Path, folders: list[str], known: dict[str, write.Stat] | None = None) -> list[write.Stat] | None:
        looked.append((sum(folder not in (known or {}) for folder in folders), len(folders)))
        return real(out, folders, known)

    monkeypatch.setattr(write, "folder_stats", counted)
    return looked


def test_nothing_changed_renders_nothing_and_says_the_same(empty_project: Path) -> None:
    root = _project(empty_project)
    first = _build(root)
    again = _build(root)
    assert " 0 rendered, 0 written" in again
    assert first.split(" files in site")[0] == again.split(" files in site")[0]


def test_a_file_removed_from_the_output_comes_back(empty_project: Path) -> None:
    root = _project(empty_project)
    _build(root)
    before = _files(root / "public")
    page = root / "public" / "2025" / "01" / "11" / "a1" / "index.html"
    page.unlink()  # right after the build: the stamp must see a change made in the same clock tick
    _build(root)
    assert _files(root / "public") == before


def test_a_touched_article_and_a_changed_template_are_seen(empty_project: Path) -> None:
    root = _project(empty_project)
    _build(root)
    path = root / "content" / "articles" / "a2.md"
    path.write_text(path.read_text(encoding="utf-8").replace("기사 2", "기사 둘"), encoding="utf-8")
    assert " 0 rendered" not in _build(root)
    (root / "templates").mkdir()
    (root / "templates" / "404.html").write_text("<!doctype html><title>없음</title>\n", encoding="utf-8")
    assert " 0 rendered" not in _build(root)
    assert "없음" in (root / "public" / "404.html").read_text(encoding="utf-8")


def test_a_users_file_in_a_new_folder_of_the_output_is_kept(empty_project: Path) -> None:
    root = _project(empty_project)
    _build(root)
    (root / "public" / "mine").mkdir()
    _build(root)  # nothing to do: the output is left as it is, the new folder with it
    (root / "public" / "mine" / "note.txt").write_text("내 파일\n", encoding="utf-8")
    path = root / "content" / "articles" / "a0.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n덧붙인 문장.\n", encoding="utf-8")
    _build(root)
    assert (root / "public" / "mine" / "note.txt").read_text(encoding="utf-8") == "내 파일\n"


def test_a_users_file_kept_through_edits_leaves_nothing_else_in_the_output(empty_project: Path) -> None:
    """A file of the user's is linked into the shadow again at each build; a link made beside it
    must never stay in the site (rename(2) leaves it when both names are links to one file)."""
    root = _project(empty_project)
    article = root / "content" / "articles" / "a0.md"
    _build(root)
    (root / "public" / "mine.txt").write_text("내 파일\n", encoding="utf-8")
    (root / "public" / "tags" / "notes.txt").write_text("메모\n", encoding="utf-8")
    for sentence in ("첫 문장.", "둘째 문장.", "셋째 문장."):
        article.write_text(article.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
        _build(root)
    assert (root / "public" / "mine.txt").read_text(encoding="utf-8") == "내 파일\n"
    assert (root / "public" / "tags" / "notes.txt").read_text(encoding="utf-8") == "메모\n"
    left = [p.relative_to(root).as_posix() for p in root.rglob("*.link")]
    assert not left, left


def test_a_users_file_removed_from_the_output_between_body_edits_stays_gone(empty_project: Path) -> None:
    root = _project(empty_project)
    article = root / "content" / "articles" / "a0.md"

    def edit_and_build(sentence: str) -> None:
        article.write_text(article.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
        _build(root)

    _build(root)
    edit_and_build("첫 문장.")  # the same files as the last build: its folders are kept
    (root / "public" / "mine").mkdir()
    (root / "public" / "mine" / "note.txt").write_text("내 파일\n", encoding="utf-8")
    edit_and_build("둘째 문장.")  # the same pages, and a file of the user's: its folder is the site's too
    assert (root / "public" / "mine" / "note.txt").is_file()
    (root / "public" / "mine" / "note.txt").unlink()  # seen only where the stamp covers public/mine
    _build(root)
    edit_and_build("셋째 문장.")
    assert not (root / "public" / "mine" / "note.txt").exists()
    assert "셋째 문장" in (root / "public" / "2025" / "01" / "10" / "a0" / "index.html").read_text(encoding="utf-8")


def test_only_files_named_md_are_articles(empty_project: Path) -> None:
    root = _project(empty_project)
    articles = root / "content" / "articles"
    (articles / "folder.md").mkdir()
    (articles / ".hidden.md").write_text((articles / "a1.md").read_text(encoding="utf-8"), encoding="utf-8")
    (articles / "linked.md").symlink_to(articles / "a2.md")
    assert list(content.list_articles(config.load(root))) == ["a0.md", "a1.md", "a2.md", "linked.md"]
    assert "4 articles read" in _build(root)


def test_the_stamp_changes_with_any_name_in_any_folder(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    folders = ["", "a", "a/b"]
    first = write.stamp(tmp_path, folders)
    assert first and write.stamp(tmp_path, folders) == first
    (tmp_path / "a" / "b" / "x.txt").write_text("x", encoding="utf-8")
    second = write.stamp(tmp_path, folders)
    assert second != first
    os.rename(tmp_path / "a" / "b" / "x.txt", tmp_path / "a" / "b" / "y.txt")
    assert write.stamp(tmp_path, folders) != second
    (tmp_path / "a" / "b" / "y.txt").unlink()
    (tmp_path / "a" / "b").rmdir()
    assert write.stamp(tmp_path, folders) == ""
    (tmp_path / "a" / "b").write_text("a file where the folder was", encoding="utf-8")
    assert write.stamp(tmp_path, folders) == ""
    (tmp_path / "a" / "b").unlink()
    started = time.perf_counter()
    write.stamp(tmp_path, ["", "a"])  # "a" changed a moment ago: the stamp waits for the clock to move on
    assert time.perf_counter() - started < 1


def test_body_edits_keep_the_plan_and_any_other_change_plans_again(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        write_article(
            empty_project, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 10:02d}\ntags: [DeepSeek, OpenAI]"
        )
    calls: list[int] = []
    real = library.build_library
    monkeypatch.setattr(site, "build_library", lambda *a, **k: calls.append(1) or real(*a, **k))
    live = config.load(empty_project)
    state = site.build(live).state
    articles = empty_project / "content" / "articles"
    tags = empty_project / "content" / "tags.yaml"

    def body(name: str, text: str) -> None:
        (articles / name).write_text((articles / name).read_text(encoding="utf-8") + text + "\n", encoding="utf-8")

    steps = [
        ("body", lambda: body("a1.md", "덧붙인 문장.")),
        ("body of a file touched twice", lambda: (body("a1.md", "또 한 문장."), body("a4.md", "넷째 기사에도."))),
        (
            "title",
            lambda: (
                body("a2.md", "본문도."),
                (articles / "a3.md").write_text(
                    (articles / "a3.md").read_text(encoding="utf-8").replace("기사 3", "기사 셋"), encoding="utf-8"
                ),
            ),
        ),
        (
            "tags file",
            lambda: (
                body("a0.md", "태그 파일과 함께."),
                tags.write_text(
                    tags.read_text(encoding="utf-8").replace("label: 딥시크", "label: 딥시크 AI"), encoding="utf-8"
                ),
            ),
        ),
        ("rename", lambda: (articles / "a4.md").rename(articles / "a5.md")),
        ("new file", lambda: write_article(empty_project, "a6.md", "title: 기사 6\ndate: 2025-02-01\ntags: [OpenAI]")),
    ]
    for n, (kind, change) in enumerate(steps):
        time.sleep(0.01)  # a new modification time even on a coarse clock
        change()
        calls.clear()
        state = site.build(live, state).state
        assert calls == ([] if kind.startswith("body") else [1]), kind
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean{n}")})
        site.build(clean)
        assert _files(live.output_dir) == _files(clean.output_dir), kind


def test_a_tag_edit_pickles_again_only_the_plan_chunks_it_changed(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag edit makes the plan again, yet saving it pickles only the chunks of pages that differ
    from the last plan's (state.pack_pages): at 100,000 articles pickling every context took 15 s."""
    for i in range(150):
        tags = "[DeepSeek]" if i % 2 else "[OpenAI, Nvidia]"
        write_article(
            empty_project,
            f"a{i:03d}.md",
            f"title: 기사 {i}\ndate: 2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}\ntags: {tags}",
        )
    live = config.load(empty_project)
    site.build_command(live)
    chunks = len(state_mod.load(live).plan.packed)
    pickled: list[int] = []
    pack = state_mod.pack
    monkeypatch.setattr(state_mod, "pack", lambda items: pickled.append(len(items)) or pack(items))
    path = empty_project / "content" / "articles" / "a013.md"
    path.write_text(path.read_text(encoding="utf-8").replace("tags: [DeepSeek]", "tags: [DeepSeek, Nvidia]"), "utf-8")
    site.build_command(live)
    assert chunks > 4 and 0 < len(pickled) // 2 < chunks // 2  # contexts and named, per chunk pickled
    clean = config.load(empty_project, {"output": str(tmp_path / "clean")})
    site.build(clean)
    assert _files(live.output_dir) == _files(clean.output_dir)


def test_the_stamp_known_from_the_shadow_is_the_outputs_own(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After publishing, the output's stamp is made from the Stats the build before last found
    of the shadow's folders, looking again only at those the build changed (site._known_stats):
    it must equal the stamp of the folders as they are, whatever the edit, or the next build
    looks into 100,000 folders; and a change a user then makes must still be seen."""
    root = _project(empty_project)
    live = config.load(root)
    articles = root / "content" / "articles"

    def body(name: str) -> None:
        path = articles / name
        path.write_text(path.read_text(encoding="utf-8") + "\n덧붙인 문장.\n", encoding="utf-8")

    def undo(name: str) -> None:
        path = articles / name
        path.write_text(path.read_text(encoding="utf-8").removesuffix("\n덧붙인 문장.\n"), encoding="utf-8")

    steps = [
        lambda: body("a0.md"),
        lambda: body("a1.md"),
        lambda: body("a2.md"),  # from here the shadow's Stats are known
        lambda: write_article(root, "a3.md", "title: 새 기사\ndate: 2025-01-20T09:00:00+09:00\ntags: [Nvidia]"),
        lambda: (articles / "a1.md").unlink(),
        lambda: body("a0.md"),
        lambda: undo("a0.md"),  # the shadow already holds the page as it was: no file changes in it
        lambda: None,
    ]

    def settled() -> None:
        """Edits dated a few seconds back: one just made gets no shortcut (content.RACY_NS)."""
        now = time.time_ns()
        for path in articles.glob("*.md"):
            if now - path.stat().st_mtime_ns < 3 * 10**9:
                os.utime(path, ns=(now - 5 * 10**9,) * 2)

    _build(root)
    for step in steps:
        step()
        settled()
        _build(root)
        quick = state_mod.load_quick(live)
        assert quick is not None and quick.stamp == write.stamp(live.output_dir, quick.folders)
    # And the build does spare itself the look: after an edit, a build in this process looks
    # again at the folders of the files it changed, not at every folder.
    looked = _count_looks(monkeypatch)
    for cold in (False, True):  # and from the first edit after a build from scratch
        if cold:
            assert site.build_command(live, use_cache=False) == 0
        body("a2.md")
        settled()
        looked.clear()
        assert site.build_command(live) == 0
        assert looked and looked[-1][0] < looked[-1][1] / 2, looked  # the stamp after publishing
        quick = state_mod.load_quick(live)
        assert quick is not None and quick.stamp == write.stamp(live.output_dir, quick.folders)
    before = _files(root / "public")
    (root / "public" / "2025" / "01" / "20" / "a3" / "index.html").unlink()
    _build(root)
    assert _files(root / "public") == before


def test_a_relisting_reads_the_named_files_and_any_that_had_problems_again(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview names the articles a save changed (content.Relisted), and only those are read
    again; a file that had problems is read again too, so its problems are said again, and a
    Relisted made from another listing than the cache's last one is checked file by file."""
    root = _project(empty_project)
    cfg = config.load(root)
    bad = write_article(root, "bad.md", "title: [깨진\ndate: 2025-01-01")

    # Every save is read two minutes after it is made: a file read just after its save is read
    # again (content.RACY_NS). (A file's ctime cannot be put back, so the clock goes forward.)
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 120 * 10**9)
    cache = content.ParseCache()
    listing = content.list_articles(cfg)
    names, _, problems = content.refresh(cfg, cache, listing=listing)
    assert names == ["a0.md", "a1.md", "a2.md"] and [p.path for p in problems] == ["content/articles/bad.md"]

    write_article(root, "a1.md", "title: 고친 제목\ndate: 2025-01-11T09:00:00+09:00")
    relisted = dict(listing, **{"a1.md": content.list_articles(cfg)["a1.md"]})
    _, before, problems = content.refresh(cfg, cache, listing=content.Relisted(relisted, listing, frozenset({"a1.md"})))
    assert set(before) == {"a1.md", "bad.md"}, "only the named file and the bad one are read"
    assert [p.path for p in problems] == ["content/articles/bad.md"]
    assert cache.get("a1.md").title == "고친 제목"

    # Once the bad file is mended, it is read again although not named, and the cache holds it.
    bad.write_text("---\ntitle: 고친 기사\ndate: 2025-01-01\n---\n본문\n", encoding="utf-8")
    mended = dict(relisted, **{"bad.md": content.list_articles(cfg)["bad.md"]})
    names, before, problems = content.refresh(cfg, cache, listing=content.Relisted(mended, relisted, frozenset()))
    assert (names, set(before), problems) == (["a0.md", "a1.md", "a2.md", "bad.md"], {"bad.md"}, [])

    # Made from a listing the cache was not brought up to date with: every stat is compared.
    write_article(root, "a0.md", "title: 다른 제목\ndate: 2025-01-10T09:00:00+09:00")
    now = content.list_articles(cfg)
    _, before, _ = content.refresh(cfg, cache, listing=content.Relisted(now, dict(mended), frozenset()))
    assert set(before) == {"a0.md"} and cache.get("a0.md").title == "다른 제목"

    # A file read just after its save is read again, named or not: on a file system of whole
    # seconds a second save in that second, of the same size, keeps its Stat (a watcher sees
    # no change). Both saves here get one time, ahead as a server's clock may be.
    monkeypatch.setattr(time, "time_ns", real)
    tick = (int(time.time()) + 60) * 10**9
    last, named = now, frozenset({"a2.md"})
    for title in ("둘째 제목", "셋째 제목"):
        a2 = write_article(root, "a2.md", f"title: {title}\ndate: 2025-01-12T09:00:00+09:00")
        os.utime(a2, ns=(tick, tick))
        listed = content.list_articles(cfg)
        content.refresh(cfg, cache, listing=content.Relisted(listed, last, named))
        assert cache.get("a2.md").title == title
        last, named = listed, frozenset()  # the second save: the same Stat, so no name


def test_an_edit_saved_just_before_a_build_still_lets_the_next_look_at_the_output_on_the_other_core(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An article saved just before a build (content.RACY_NS) costs the next build its no-change
    shortcut, which must not trust that article's Stat, but not the look at the output's folders,
    made on the other core from the start: at 100,000 articles, half a second in the build's way.
    Edits one after the other, each built at once, are what a script or a quick editor makes."""
    root = _project(empty_project)
    live = config.load(root)
    path = root / "content" / "articles" / "a1.md"
    looked = _count_looks(monkeypatch)
    assert site.build_command(live, use_cache=False) == 0
    for n in range(3):
        path.write_text(path.read_text(encoding="utf-8") + f"\n덧붙인 문장 {n}.\n", encoding="utf-8")
        looked.clear()
        assert site.build_command(live) == 0
        assert looked and all(seen < total / 2 for seen, total in looked), (n, looked)
    path.write_text(path.read_text(encoding="utf-8") + "\n마지막 문장.\n", encoding="utf-8")
    _build(root)  # and the edit is built, as a clean build makes it
    fresh = run_cli("build", "--no-cache", "--output", "fresh", root=root)
    assert fresh.returncode == 0, fresh.stderr
    assert _files(root / "public") == _files(root / "fresh")


def test_an_article_linked_to_another_file_as_old_and_as_long_is_read_again(empty_project: Path) -> None:
    root = _project(empty_project)
    versions = root.parent / "versions"
    versions.mkdir()
    page = root / "public" / "2025" / "02" / "02" / "version" / "index.html"
    front = "---\ntitle: 버전 기사\ndate: 2025-02-02T10:00:00+09:00\ntags: [OpenAI]\n---\n\n"
    # Two files alike in time and size: their ctimes are alike when set in one tick of the kernel's clock,
    # by calls that do not look at them (a look makes the next time a fine one, as Linux 6.13 on).
    for attempt in range(50):
        pair = [versions / f"{letter}{attempt}.md" for letter in "AB"]
        for path, letter in zip(pair, "AB", strict=True):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT)
            os.write(fd, f"{front}본문 {letter * 4} 입니다.\n".encode())
            os.close(fd)
        for path in pair:
            os.utime(path, ns=(10**18, 10**18))
        if content.file_stat(os.stat(pair[0]))[:2] == content.file_stat(os.stat(pair[1]))[:2]:
            break
    link = root / "content" / "articles" / "version.md"
    link.symlink_to(pair[0])
    time.sleep(content.RACY_NS / 1e9)  # (past the racy rule's reach, which would read it again anyway)
    _build(root)
    assert "본문 AAAA" in page.read_text(encoding="utf-8")
    link.unlink()
    link.symlink_to(pair[1])
    _build(root)
    assert "본문 BBBB" in page.read_text(encoding="utf-8")


def test_a_stamp_of_folders_dated_in_whole_seconds_waits_for_the_next_second(tmp_path: Path) -> None:
    # A file system keeping whole seconds (ext3, HFS+, a network mount) dates a change made later in the
    # same second as the stamp's: the stamp is sure only once that second is past.
    second = time.time_ns() // 1_000_000_000 * 1_000_000_000
    assert write.stamp_of([""], [(1, second + 1_000_000_000, second + 1_000_000_000)]) == ""  # (a clock set back)
    assert write.stamp_of([""], [(1, second, second)])
    assert time.time_ns() >= second + 1_000_000_000


def test_the_racy_rule_reads_the_time_off_the_articles_file_system(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A network mount whose server's clock runs a minute behind this machine's dates a file saved now a
    # minute ago: by this machine's clock alone, a second save in that second would never be read.
    root = _project(empty_project)
    _build(root)  # (which makes the cache folder)
    settings = config.load(root)
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + 60_000_000_000)
    assert content.clock(settings) < real() + 1_000_000_000


def test_a_stamp_waits_by_the_output_file_systems_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A network mount whose server runs a minute behind dates a change made now a minute ago, in whole
    # seconds: the wait for that second to pass is measured by the server's clock, not this machine's.
    real = time.time_ns
    while not 100_000_000 < real() % 1_000_000_000 < 300_000_000:  # (early in a second, so that not waiting shows)
        time.sleep(0.02)
    second = real() // 1_000_000_000 * 1_000_000_000
    monkeypatch.setattr(time, "time_ns", lambda: real() + 60_000_000_000)
    out = tmp_path / "public"
    out.mkdir()
    assert write.stamp_of([""], [(1, second, second)], out)
    assert real() >= second + 1_000_000_000
