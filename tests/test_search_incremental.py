"""The sharded search index, updated in place after edits, equals one built from scratch."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from site_builder import config, search, site
from site_builder.errors import SiteError
from tests.conftest import write_article

WORDS = ["딥시크가", "엔비디아의", "오픈AI는", "반도체", "추론", "모델을", "공개했다", "투자", "규제", "메타버스"]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _sharded_site(
    root: Path, monkeypatch: pytest.MonkeyPatch, sharded: bool = True
) -> tuple[config.Config, site.BuildState]:
    """Eight articles, built with an index split every few stems, so edits move, add and drop
    splits as a large site's do; `sharded`: shipped as shards too, as a large site's is."""
    if sharded:
        monkeypatch.setattr(search, "SHARD_DOCS", 0)  # shard even this small site
        monkeypatch.setattr(search, "DOC_CHUNK", 3)
    monkeypatch.setattr(search, "SHARD_TARGET", 6)
    monkeypatch.setattr(search, "SHARD_MAX", 14)
    for i in range(8):
        body = " ".join(WORDS[(i + k) % len(WORDS)] for k in range(6)) + ".\n"
        write_article(root, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 1:02d}\ntags: [DeepSeek]", body)
    live = config.load(root)
    return live, site.build(live).state


def test_edits_rewrite_only_touched_shards_and_match_a_clean_build(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live, state = _sharded_site(empty_project, monkeypatch)
    assert len(list((live.output_dir / "search").glob("terms-*.json"))) > 1

    edits = [
        ("a2.md", "완전히 새로운 단어들 양자컴퓨터 등장.\n"),
        ("a5.md", "엔비디아의 반도체 투자.\n"),
        ("a2.md", "딥시크가 돌아왔다.\n"),
        ("a7.md", " ".join(f"신조어{k}번" for k in range(40)) + ".\n"),
        ("a7.md", "추론.\n"),
    ]
    splits = {tuple(state.search.bounds)} if state.search else set()
    for name, body in edits:
        path = empty_project / "content" / "articles" / name
        head = path.read_text(encoding="utf-8").split("---\n")[1]
        path.write_text(f"---\n{head}---\n{body}", encoding="utf-8")
        result = site.build(live, state)
        state = result.state
        assert 0 < result.written < result.outputs
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean-{name}-{len(body)}")})
        site.build(clean)
        assert _files(live.output_dir) == _files(clean.output_dir)
        splits.add(tuple(state.search.bounds) if state.search else ())
    assert len({len(b) for b in splits}) > 2  # shards came and went


def test_a_whole_index_keeps_the_hashes_of_its_files_and_each_file_is_what_was_hashed(
    empty_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live, state = _sharded_site(empty_project, monkeypatch)
    index = state.search
    assert index is not None and len(index.hashes) > 3
    assert index.files == {}  # 80 MB of texts at 100,000 articles, made again as each renders
    for path, digest in index.hashes.items():
        assert hashlib.sha1((live.output_dir / path).read_bytes()).hexdigest() == digest, path


def test_splits_worked_out_again_near_an_edit_equal_splits_from_scratch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search, "SHARD_TARGET", 40)
    monkeypatch.setattr(search, "SHARD_MAX", 70)
    rng = random.Random(16)
    postings = {f"어휘{n:03d}": list(range(rng.randint(1, 9))) for n in range(300)}
    for _ in range(300):
        order = sorted(postings)
        bounds = search.shard_bounds(order, postings)
        changed = set(rng.sample(order, rng.randint(1, 3)))
        for term in changed:
            if rng.random() < 0.2:
                del postings[term]
            else:
                postings[term] = list(range(rng.randint(1, 12)))
        changed.add(new := f"어휘{rng.randint(0, 400):03d}")
        postings.setdefault(new, [0])
        order = sorted(postings)
        assert search._resplit(order, postings, bounds, changed) == search.shard_bounds(order, postings)


def test_a_split_that_comes_leaves_the_later_shards_files_as_they_were(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Shards are named after their first stem: new words at the start of the sorted stems add
    splits there, and every shard after them keeps its file name and bytes (a numbered shard would
    be renumbered, and a large site's edit would rewrite most of its index)."""
    live, state = _sharded_site(empty_project, monkeypatch)
    before = _files(live.output_dir / "search")
    old = json.loads(before["index.json"])

    # Stems that sort before every other (digits come first): the first shards overflow and split.
    path = empty_project / "content" / "articles" / "a3.md"
    path.write_text(path.read_text(encoding="utf-8") + " ".join(f"00{k}새말" for k in range(30)) + "\n", "utf-8")
    site.build(live, state)
    after = _files(live.output_dir / "search")
    new = json.loads(after["index.json"])
    assert new["shards"] > old["shards"]
    untouched = [n for n, first in zip(old["names"], ["", *old["bounds"]], strict=True) if first > "00~"]
    assert len(untouched) >= old["shards"] // 2
    for name in untouched:
        assert after[f"terms-{name}.json"] == before[f"terms-{name}.json"]
    clean = config.load(empty_project, {"output": str(tmp_path / "clean")})
    site.build(clean)
    assert after == _files(clean.output_dir / "search")


def test_a_small_sites_index_follows_edits_that_move_its_splits(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site of SHARD_DOCS articles or fewer ships one index file, yet its stems are split as a
    large site's are: a split that moves must not be looked for among its files."""
    live, state = _sharded_site(empty_project, monkeypatch, sharded=False)
    for n, words in enumerate(["완전히 새로운 단어들 양자컴퓨터 등장", "딥시크가 돌아왔다", "추론"]):
        path = empty_project / "content" / "articles" / "a2.md"
        head = path.read_text(encoding="utf-8").split("---\n")[1]
        path.write_text(f"---\n{head}---\n{words}.\n", encoding="utf-8")
        state = site.build(live, state).state
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean{n}")})
        site.build(clean)
        assert _files(live.output_dir / "search") == _files(clean.output_dir / "search") != {}


def test_a_build_that_fails_after_indexing_leaves_the_last_index_as_it_was(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The preview keeps the last good state when a build fails: the failed build's index update
    must not have changed it (here the article edited in it is then put back)."""
    live, state = _sharded_site(empty_project, monkeypatch)
    path = empty_project / "content" / "articles" / "a2.md"
    original = path.read_text(encoding="utf-8")
    front, _, body = original.rpartition("---\n")
    # Words other articles have and words none has, in place of its own: postings lists change.
    path.write_text(front + "---\n" + " ".join(WORDS[7:]) + " 양자컴퓨터 등장.\n", encoding="utf-8")
    before = {term: list(codes) for term, codes in state.search.postings.items()}
    (empty_project / "templates").mkdir()
    page = empty_project / "templates" / "404.html"
    page.write_text("{{ (1).missing() }}\n", encoding="utf-8")  # parses, then fails as it renders: after indexing
    with pytest.raises(SiteError, match="missing"):
        site.build(live, state)
    assert {term: list(codes) for term, codes in state.search.postings.items()} == before
    path.write_text(original, encoding="utf-8")
    page.write_text("<!doctype html><title>없음</title>\n", encoding="utf-8")
    site.build(live, state)
    clean = config.load(empty_project, {"output": str(tmp_path / "clean")})
    site.build(clean)
    assert _files(live.output_dir) == _files(clean.output_dir)


def test_tag_edits_update_the_index_in_place_while_its_tag_table_stands(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The index numbers tags in order of first use. An edit of an article's tags that keeps that
    order is indexed in place (a large site's tag edit must not rebuild the whole index); one that
    changes it (a new tag, a tag's last use gone, the newest article's tags reordered) numbers
    them again. Either way the index equals a clean build's."""
    live, state = _sharded_site(empty_project, monkeypatch)
    in_place = []
    update = search._update
    monkeypatch.setattr(search, "_update", lambda *args: in_place.append(True) or update(*args))
    edits = [
        ("a2.md", "[DeepSeek, Nvidia]", False),  # Nvidia is new to the table
        ("a4.md", "[DeepSeek, Nvidia]", True),  # a4 is newer than a2, yet DeepSeek comes first in both
        ("a7.md", "[Nvidia, DeepSeek]", False),  # the newest article now names Nvidia first
        ("a3.md", "[Nvidia]", True),
        ("a7.md", "[DeepSeek]", False),  # DeepSeek is first used again before Nvidia
        ("a4.md", "[DeepSeek]", True),
        ("a2.md", "[DeepSeek]", True),
        ("a3.md", "[DeepSeek]", False),  # Nvidia's last use gone
    ]
    for n, (name, tags, kept) in enumerate(edits):
        path = empty_project / "content" / "articles" / name
        text = path.read_text(encoding="utf-8")
        path.write_text("\n".join(f"tags: {tags}" if line.startswith("tags:") else line for line in text.split("\n")))
        in_place.clear()
        state = site.build(live, state, jobs=1).state
        assert bool(in_place) == kept, (name, tags)
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean{n}")})
        site.build(clean)
        assert _files(live.output_dir / "search") == _files(clean.output_dir / "search")


def test_a_tag_that_would_take_anothers_page_stops_the_build_and_the_next_equals_a_clean_one(
    empty_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two tags missing from tags.yaml whose slugs collide once gave the page to one of them and
    dropped the other's articles from it; now the second spelling is an error. The build after
    the fix must index as a clean build does, the failed one having left nothing behind."""
    live, state = _sharded_site(empty_project, monkeypatch)
    articles = empty_project / "content" / "articles"
    steps = [
        ("a1.md", "[DeepSeek, Foo Bar]", "[DeepSeek]", None),
        ("a6.md", "[DeepSeek, foo-bar]", "[DeepSeek]", "tag 'foo-bar' would have the page of tag 'Foo Bar'"),
        ("a6.md", "[DeepSeek, Foo Bar]", "[DeepSeek, foo-bar]", None),
    ]
    for n, (name, tags, before, refused) in enumerate(steps):
        text = (articles / name).read_text(encoding="utf-8")
        (articles / name).write_text(text.replace(f"tags: {before}", f"tags: {tags}"), encoding="utf-8")
        if refused:
            with pytest.raises(SiteError, match=refused):
                site.build(live, state)
            continue
        state = site.build(live, state).state
        clean = config.load(empty_project, {"output": str(tmp_path / f"clean{n}")})
        site.build(clean)
        assert _files(live.output_dir / "search") == _files(clean.output_dir / "search"), (name, tags)
