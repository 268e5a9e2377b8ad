"""The site's bytes do not depend on how it was built (issue 7).

Whatever the number of worker processes, and whether a build started from the last build's
cache or from nothing, the output tree must be byte for byte the same. Each build runs the
command line in its own process, as a user's would, on a corpus big enough that `--jobs 2`
really forks workers.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from site_builder.parallel import PARALLEL_MIN
from tests.conftest import differences, run_cli, write_article

TAGS = ["OpenAI", "Nvidia", "Google", "DeepSeek", "Anthropic", "Samsung", "반도체", "양자컴퓨팅", "로보틱스"]
ARTICLES = 70  # above PARALLEL_MIN, so articles are parsed on forked workers too


def article_text(i: int) -> tuple[str, str]:
    """(front matter, body) of article i: spread over days, months and years, skewed tags."""
    month, day, hour = 1 + (i * 5) % 12, 1 + (i * 7) % 28, (i * 3) % 24
    tags = [TAGS[0], TAGS[i % len(TAGS)], TAGS[(i * i) % len(TAGS)]][: 1 + i % 3]
    front = (
        f"title: '기사 {i}: {TAGS[i % len(TAGS)]} 소식'\n"
        f"date: {2023 + i % 3}-{month:02d}-{day:02d}T{hour:02d}:15:00+09:00\n"
        f"tags: [{', '.join(dict.fromkeys(tags))}]\n"
        f"summary: '요약 {i}: 인공지능 업계 소식'\n"
        f"publisher: 테스트일보\n"
    )
    body = (
        f"**{TAGS[i % len(TAGS)]}**가 새 모델을 공개했다. 성능은 {i}% 올랐다.\n\n"
        "## 배경\n\n- 첫째 항목\n- 둘째 항목\n\n"
        f"[관련 보도](https://www.example.com/news/{i})에 따르면 시험 운영을 마쳤다.\n"
    )
    return front, body


def write_corpus(root: Path, count: int) -> Path:
    for i in range(count):
        write_article(root, f"a{i:03d}.md", *article_text(i))
    return root


@pytest.fixture
def corpus(empty_project: Path) -> Path:
    return write_corpus(empty_project, ARTICLES)


def copy_project(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".cache", "public", ".public.*"))
    return dest


def build(root: Path, *args: str) -> Path:
    result = run_cli("build", *args, root=root)
    assert result.returncode == 0, result.stderr
    return root / "public"


def edit(root: Path) -> None:
    """A body edit, a tag change and a new article: pages of every kind change."""
    path = root / "content" / "articles" / "a007.md"
    text = path.read_text(encoding="utf-8") + "\n편집: 기자가 한 문장을 덧붙였다.\n"
    path.write_text(text.replace("tags: [OpenAI", "tags: [Meta, OpenAI", 1), encoding="utf-8")
    write_article(root, "a999.md", *article_text(999))


def test_jobs_1_and_jobs_2_write_identical_sites(corpus: Path, tmp_path: Path) -> None:
    assert ARTICLES >= PARALLEL_MIN, "too few articles for --jobs 2 to parse on forked workers"
    one = build(copy_project(corpus, tmp_path / "one"), "--no-cache", "--jobs", "1")
    two = build(copy_project(corpus, tmp_path / "two"), "--no-cache", "--jobs", "2")
    assert differences(one, two) == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cached_rebuild_after_edits_equals_a_cold_build(corpus: Path, tmp_path: Path, jobs: str) -> None:
    cached = copy_project(corpus, tmp_path / "cached")
    build(cached, "--jobs", jobs)
    edit(cached)
    result = run_cli("build", "--jobs", jobs, root=cached)
    assert result.returncode == 0, result.stderr
    assert " 0 rendered" not in result.stdout  # the edits were seen, not a no-op
    fresh = copy_project(cached, tmp_path / "fresh")
    assert differences(cached / "public", build(fresh, "--no-cache", "--jobs", "2")) == []


def test_body_edit_on_a_saved_plan_equals_a_cold_build(corpus: Path, tmp_path: Path) -> None:
    """A body edit keeps the site's structure: the next command-line build reuses the plan it
    saved, unpickling the contexts of the pages it renders again."""
    cached = copy_project(corpus, tmp_path / "cached")
    build(cached)
    (plan_file,) = (cached / ".cache").glob("plan-*.pickle")
    saved = plan_file.stat().st_mtime_ns
    for name in ("a003.md", "a040.md"):
        path = cached / "content" / "articles" / name
        path.write_text(path.read_text(encoding="utf-8") + "\n편집: 본문에 한 문장을 덧붙였다.\n", encoding="utf-8")
    result = run_cli("build", root=cached)
    assert result.returncode == 0, result.stderr
    assert " 3 rendered" in result.stdout  # the two article pages and the search index
    assert plan_file.stat().st_mtime_ns == saved  # the plan was reused, not made and saved again
    fresh = copy_project(cached, tmp_path / "fresh")
    assert differences(cached / "public", build(fresh, "--no-cache")) == []


def test_no_cache_rebuild_equals_cached_rebuild(corpus: Path, tmp_path: Path) -> None:
    build(corpus)
    edit(corpus)
    cached = build(corpus)
    snapshot = tmp_path / "snapshot"
    shutil.copytree(cached, snapshot)
    assert differences(build(corpus, "--no-cache"), snapshot) == []
    assert differences(build(corpus), snapshot) == []  # and a no-change rebuild leaves it as it was


def test_bad_files_are_reported_alike_when_parsed_on_forked_workers(corpus: Path, tmp_path: Path) -> None:
    """With this many articles the front matter is parsed on forked workers: a bad file must
    still give its `path:line: message`, and no traceback, whatever the number of jobs."""
    write_article(corpus, "a050.md", "title: 고장\ndate: 어제\n")
    (corpus / "content" / "articles" / "a051.md").write_text("제목 없음\n", encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        result = run_cli("build", "--no-cache", "--jobs", jobs, root=corpus)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        outputs.append(result.stderr)
    assert outputs[0] == outputs[1]
    assert "content/articles/a050.md:3: 'date' is not an ISO 8601 date: '어제'" in outputs[1]
    assert "content/articles/a051.md:1: missing front matter" in outputs[1]
    assert not (corpus / "public").exists()


def _retitle(root: Path, name: str, title: str) -> Path:
    path = root / "content" / "articles" / name
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: '", f"title: '{title}", 1), encoding="utf-8")
    return path


def test_a_site_another_build_wrote_into_the_output_is_written_again(corpus: Path, tmp_path: Path) -> None:
    """Two copies of a project (two checkouts, two branches) building to one folder in turn:
    the same file names, other bytes. The output is trusted only as its own last build left it."""
    other = copy_project(corpus, tmp_path / "other")
    _retitle(other, "a007.md", "다른 사본 ")
    write_article(other, "a998.md", *article_text(998))
    out = str(tmp_path / "www")
    build(corpus, "--output", out)
    build(other, "--output", out)
    build(corpus, "--output", out)
    fresh = copy_project(corpus, tmp_path / "fresh")
    assert differences(tmp_path / "www", build(fresh, "--no-cache")) == []


def test_an_older_copy_of_the_output_put_back_is_written_again(corpus: Path, tmp_path: Path) -> None:
    """A backup of the output (or a CI cache of it) restored over the last build's: same names."""
    out = build(corpus)
    shutil.copytree(out, tmp_path / "backup", symlinks=True)
    _retitle(corpus, "a007.md", "고친 ")
    build(corpus)
    shutil.rmtree(out)
    shutil.copytree(tmp_path / "backup", out, symlinks=True)
    build(corpus)
    fresh = copy_project(corpus, tmp_path / "fresh")
    assert differences(out, build(fresh, "--no-cache")) == []


def test_an_older_cache_put_back_rebuilds_what_changed_since(corpus: Path, tmp_path: Path) -> None:
    """A `.cache` restored from before the last build (a CI cache, a backup) describes an output
    that is no longer there; the articles are the older ones again."""
    build(corpus)
    shutil.copytree(corpus / ".cache", tmp_path / "cache")
    article = _retitle(corpus, "a007.md", "고친 ")
    build(corpus)
    shutil.rmtree(corpus / ".cache")
    shutil.copytree(tmp_path / "cache", corpus / ".cache")
    article.write_text(article.read_text(encoding="utf-8").replace("고친 ", "", 1), encoding="utf-8")
    build(corpus)
    fresh = copy_project(corpus, tmp_path / "fresh")
    assert differences(corpus / "public", build(fresh, "--no-cache")) == []


def test_an_edit_whose_old_modification_time_was_put_back_is_seen(corpus: Path, tmp_path: Path) -> None:
    """`touch -d`, `cp -p`, tar and backups restore a file's mtime: an edit of the same size
    under its old time must still reach the site."""
    path = corpus / "content" / "articles" / "a007.md"
    hour_ago = path.stat().st_mtime_ns - 3600 * 10**9  # past the "racy" window: the build trusts its stat
    os.utime(path, ns=(hour_ago, hour_ago))
    out = build(corpus)
    before = path.stat()
    text = path.read_text(encoding="utf-8")
    assert "기사 7:" in text
    path.write_text(text.replace("기사 7:", "기사 8:", 1), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert (path.stat().st_mtime_ns, path.stat().st_size) == (before.st_mtime_ns, before.st_size)
    build(corpus)
    fresh = copy_project(corpus, tmp_path / "fresh")
    assert differences(out, build(fresh, "--no-cache")) == []


def test_one_output_folder_named_two_ways_renders_nothing_again(corpus: Path) -> None:
    """'public', './public' and its absolute path are one folder: the same settings for a rebuild."""
    build(corpus)
    for named in ("./public", str(corpus / "public")):
        result = run_cli("build", "--output", named, root=corpus)
        assert result.returncode == 0 and " 0 rendered, 0 written" in result.stdout, result.stdout
