"""The command line saves its build state and search index as a base file and a journal of the
changes since (state.Journal): what a later build loads must be exactly what the last build had,
whatever changed, and a journal that is gone or names another base is never trusted."""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from site_builder import config, site
from site_builder import state as state_mod
from tests.conftest import run_cli, write_article
from tests.test_build_identity import differences
from tests.test_build_settings_identity import clean_build


def _plain(value: Any) -> Any:
    """`value` as nested lists, keeping the order of every dict: equal only when a build that
    iterates it would see the same."""
    if isinstance(value, dict):
        return [(_plain(k), _plain(v)) for k, v in value.items()]
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, _plain(value.__getstate__()))
    return value.tobytes() if hasattr(value, "tobytes") else value


def _saved(state: state_mod.BuildState) -> Any:
    return _plain(state_mod._saved(state))


def _edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / "content" / "articles" / name
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_what_a_build_loads_is_what_the_last_build_saved(empty_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_mod, "COMPACT", 0)  # every change through the journal, however large beside the base
    root = empty_project
    for i in range(8):
        write_article(root, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 10:02d}\ntags: [DeepSeek, Nvidia]")
    live = config.load(root)
    base = state_mod.state_file(live)
    steps = [
        ("a body", lambda: _edit(root, "a3.md", "본문 문단입니다.", "본문 문단입니다. 덧붙인 문장.")),
        ("a tag", lambda: _edit(root, "a5.md", "Nvidia", "OpenAI")),
        ("a new article between the others", lambda: write_article(root, "a33.md", "title: 새 기사\ndate: 2025-01-13")),
        ("a title", lambda: _edit(root, "a1.md", "기사 1", "기사 하나")),
        ("an article removed", lambda: (root / "content" / "articles" / "a6.md").unlink()),
        ("a date that reorders the timeline", lambda: _edit(root, "a0.md", "2025-01-10", "2025-01-30")),
    ]
    previous = site.build(live).state
    state_mod.save(live, previous)
    previous = state_mod.load(live)
    assert previous is not None
    written = base.stat().st_mtime_ns, base.stat().st_ino
    for what, change in steps:
        change()
        made = site.build(live, previous).state
        state_mod.save(live, made, previous)
        loaded = state_mod.load(live)
        assert loaded is not None, what
        assert _saved(loaded) == _saved(dataclasses.replace(made, plan_structure=made.plan.structure)), what
        index = state_mod.load_search(live)
        assert index is not None and made.search is not None, what
        assert _plain(index[0]) == _plain(made.search), what
        previous = loaded
    assert (base.stat().st_mtime_ns, base.stat().st_ino) == written
    assert previous.journal is not None and len(previous.journal.records) == len(steps)


def test_a_journal_grown_past_its_share_starts_a_new_base(empty_project: Path) -> None:
    root = empty_project
    for i in range(3):
        write_article(root, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 10:02d}\ntags: [DeepSeek]")
    live = config.load(root)
    previous = site.build(live).state
    state_mod.save(live, previous)
    base = state_mod.state_file(live)
    first = base.read_bytes()
    for n in range(40):
        previous = state_mod.load(live)
        _edit(root, "a1.md", "본문 문단입니다.", f"본문 문단입니다. 편집 {n}, " + "긴 문장을 덧붙인다. " * 20)
        state_mod.save(live, site.build(live, previous).state, previous)
        if base.read_bytes() != first:
            break
    else:
        raise AssertionError("the journal grew without bound")
    loaded = state_mod.load(live)
    assert loaded is not None and loaded.journal is not None and loaded.journal.records == []


def _rendered(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, result.stderr
    found = re.search(r"(\d+) rendered", result.stdout)
    assert found, result.stdout
    return int(found.group(1))


def test_a_build_trusts_no_journal_that_is_gone_or_names_another_base(empty_project: Path, tmp_path: Path) -> None:
    root = empty_project
    for i in range(3):
        write_article(root, f"a{i}.md", f"title: 기사 {i}\ndate: 2025-01-{i + 10:02d}\ntags: [DeepSeek]")
    live = config.load(root)
    everything = _rendered(run_cli("build", root=root))
    # As a build killed between writing a new base and its journal leaves them: the base is a
    # whole state, but not the one the journal's records follow.
    loaded = state_mod.load(live)
    assert loaded is not None
    state_mod._write(state_mod.state_file(live), (b"another base....", state_mod._saved(loaded)))
    assert state_mod.load(live) is None
    _edit(root, "a1.md", "본문 문단입니다.", "본문 문단입니다. 덧붙인 문장.")
    assert _rendered(run_cli("build", root=root)) == everything
    _edit(root, "a1.md", "덧붙인 문장.", "또 덧붙인 문장.")
    assert _rendered(run_cli("build", root=root)) < everything  # the journal was made whole again
    state_mod.forget(live)  # as a build leaves it right before it changes the output
    assert state_mod.state_file(live).is_file()
    _edit(root, "a2.md", "본문 문단입니다.", "본문 문단입니다. 셋째 편집.")
    assert _rendered(run_cli("build", root=root)) == everything
    assert differences(root / "public", clean_build(root, tmp_path)) == []


def test_a_key_added_before_the_last_is_journaled_as_the_keys_it_moves() -> None:
    # As a build's file hashes change when a search shard is added: the new file comes before
    # the marker, which stays last. The record must say so in a few keys, not hold the whole dict.
    old = {f"page{i}/index.html": f"h{i}" for i in range(1000)} | {".marker": "m"}
    new = dict(old)
    del new[".marker"], new["page10/index.html"]
    new |= {"search/new.json": "s", ".marker": "m"}
    new["page5/index.html"] = "changed"
    change = state_mod._changes(old, new)
    assert change[0] == "items" and len(change[3]) == 2
    applied = state_mod._apply(dict(old), change)
    assert list(applied.items()) == list(new.items())
    # Keys in another order altogether: the dict is kept whole.
    shuffled = dict(reversed(new.items()))
    assert state_mod._changes(old, shuffled) == ("whole", shuffled)
