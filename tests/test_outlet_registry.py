"""The registry of the Korean press shipped in site_builder/data/outlets.yaml, and how a site's
content/outlets.yaml extends it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from site_builder import datafiles
from site_builder.datafiles import OUTLET_KINDS, OUTLET_REGISTRY, Outlet, load_all, load_outlets


def _project(tmp_path: Path, outlets_yaml: str | None = None) -> Path:
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    if outlets_yaml is not None:
        (root / "content" / "outlets.yaml").write_text(outlets_yaml, encoding="utf-8")
    return root


def _outlets(root: Path) -> tuple[dict[str, Outlet], list[str]]:
    data, problems = load_all(root / "content", root)
    return {o.name: o for o in data.outlets}, [str(p) for p in problems]


def test_registry_covers_the_korean_press(tmp_path: Path) -> None:
    outlets, problems = _outlets(_project(tmp_path))
    assert problems == []
    assert sum(1 for o in outlets.values() if o.domains) >= 150
    assert set(Counter(o.kind for o in outlets.values())) == set(OUTLET_KINDS)
    domains = Counter(d for o in outlets.values() for d in o.domains)
    assert [d for d, n in domains.items() if n > 1] == []
    assert outlets["연합뉴스"].kind == "wire" and "yna.co.kr" in outlets["연합뉴스"].domains
    assert outlets["네이버"].kind == "portal"


def test_registry_spellings_are_safe_to_match(tmp_path: Path) -> None:
    outlets, _ = load_outlets(OUTLET_REGISTRY, tmp_path)
    owners: dict[str, str] = {}
    for outlet in outlets:
        for alias in {outlet.name, *outlet.aliases}:
            assert len(alias) >= 2, (outlet.name, alias)
            assert owners.setdefault(alias, outlet.name) == outlet.name, alias
        assert all(d == d.lower() and " " not in d for d in outlet.domains), outlet.name


def test_registry_keeps_the_sites_outlet_names() -> None:
    """Every outlet the project's own content/outlets.yaml names is in the registry under that name."""
    repo = Path(__file__).resolve().parents[1]
    site, problems = load_outlets(repo / "content" / "outlets.yaml", repo)
    registry = {o.name for o in load_outlets(OUTLET_REGISTRY, repo)[0]}
    assert problems == []
    assert [o.name for o in site if o.name not in registry] == []


def test_site_outlets_extend_the_registry(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        "가상일보:\n  domains: [gasang.example]\n  aliases: [가상일보]\n"
        "연합뉴스:\n  domains: [yna.example]\n  aliases: [연합]\n",
    )
    outlets, problems = _outlets(root)
    registry, _ = _outlets(_project(tmp_path / "bare"))
    assert problems == []
    assert outlets["가상일보"] == Outlet(name="가상일보", domains=("gasang.example",), aliases=("가상일보",))
    assert outlets["연합뉴스"] == Outlet(name="연합뉴스", domains=("yna.example",), aliases=("연합",))
    assert set(outlets) == set(registry) | {"가상일보"}
    assert outlets["뉴스1"] == registry["뉴스1"]


def test_malformed_site_outlet_is_reported_with_its_line(tmp_path: Path) -> None:
    root = _project(
        tmp_path,
        "가상일보:\n  domains: [gasang.example]\n"
        "나쁜일보: [bad.example]\n"
        "틀린일보:\n  kind: wires\n"
        "오타일보:\n  domain: [typo.example]\n",
    )
    outlets, problems = _outlets(root)
    assert problems == [
        "content/outlets.yaml:3: outlet '나쁜일보' must be a mapping",
        "content/outlets.yaml:5: outlet '틀린일보' has unknown kind 'wires' (did you mean 'wire'?)",
        "content/outlets.yaml:7: outlet '오타일보' has unknown key 'domain' (did you mean 'domains'?)",
    ]
    assert "가상일보" in outlets and not {"나쁜일보", "틀린일보", "오타일보"} & set(outlets)


def test_yaml_error_in_site_outlets_keeps_the_registry(tmp_path: Path) -> None:
    outlets, problems = _outlets(_project(tmp_path, "가상일보: {domains: [gasang.example]\n"))
    assert len(problems) == 1 and problems[0].startswith("content/outlets.yaml:")
    assert "YAML syntax error" in problems[0]
    assert "연합뉴스" in outlets


def test_problem_in_the_packaged_registry_is_reported_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = tmp_path / "registry.yaml"
    registry.write_text(
        "가상일보: {kind: wire, domains: [gasang.example]}\n나쁜일보: {kind: tabloid}\n", encoding="utf-8"
    )
    monkeypatch.setattr(datafiles, "OUTLET_REGISTRY", registry)
    outlets, problems = _outlets(_project(tmp_path))
    assert problems == [f"{registry}:2: outlet '나쁜일보' has unknown kind 'tabloid'"]
    assert list(outlets) == ["가상일보"]
