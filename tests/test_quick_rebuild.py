"""A command-line build with nothing to do takes a shortcut (site.inputs_key and the output's
stamp, write.stamp): it must still notice every change a full look would."""

from __future__ import annotations

import os
import time
from pathlib import Path

from site_builder import write
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
    started = time.perf_counter()
    write.stamp(tmp_path, ["", "a"])  # "a" changed a moment ago: the stamp waits for the clock to move on
    assert time.perf_counter() - started < 1
