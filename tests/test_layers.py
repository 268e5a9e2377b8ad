"""The package's shape: data flows one way through its stages, and no module keeps state of its own.

Both are read from the source with `ast`, so a new import or a new module-level cache fails
here the day it is written, not when it first causes a stale build.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "site_builder"

# The pipeline, lowest first: config -> ingest -> content -> taxonomy -> render -> write, then
# what runs builds (state, site), then the commands on top. A module may import its own layer
# and the layers below it, never one above.
LAYERS: list[tuple[str, set[str]]] = [
    ("base", {"__init__", "errors", "yamlio", "urls", "session", "lexicon", "words", "parallel"}),
    ("config", {"config"}),
    ("data files", {"datafiles"}),
    ("ingest", {"ingest"}),
    ("content", {"content"}),
    ("taxonomy", {"library", "taxonomy", "stories"}),
    ("render", {"pages", "templates", "markdown", "search", "share"}),
    ("write", {"write"}),
    ("build", {"state", "site"}),
    ("commands", {"watch", "serve", "check", "new", "cli"}),
]
RANK = {name: rank for rank, (_, names) in enumerate(LAYERS) for name in names}


def module_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def stage_of(path: Path) -> str:
    """A module's stage: its first folder under the package (ingest/*), else its own name."""
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imported_stages(path: Path, repo: Path = REPO) -> set[str]:
    """The package's stages this module imports, relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = list(path.relative_to(repo).with_suffix("").parts[:-1])  # e.g. site_builder/ingest
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = [*base, *(node.module.split(".") if node.module else [])]
            else:
                target = (node.module or "").split(".")
            names = [target] if node.module else [[*target, alias.name] for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name.split(".") for alias in node.names]
        else:
            continue
        for name in names:
            if name[0] != "site_builder":
                continue
            stage = name[1] if len(name) > 1 else "__init__"
            is_module = (PACKAGE / f"{stage}.py").is_file() or (PACKAGE / stage).is_dir()
            found.add(stage if is_module else "__init__")  # a name the package itself defines
    return found - {path.relative_to(repo / "site_builder").parts[0].removesuffix(".py")}


def test_every_module_has_a_layer() -> None:
    unplaced = sorted({stage_of(p) for p in module_files()} - set(RANK))
    assert not unplaced, f"place these modules in LAYERS: {unplaced}"


@pytest.mark.parametrize("path", module_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_imports_a_higher_stage(path: Path) -> None:
    own = RANK[stage_of(path)]
    higher = sorted(s for s in imported_stages(path) if RANK[s] > own)
    assert not higher, f"{path.relative_to(REPO)} ({LAYERS[own][0]}) imports a later stage: {higher}"


def test_the_layer_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    """The check itself can fail: a taxonomy-level module importing the site is caught."""
    copy = tmp_path / "site_builder" / "library.py"
    copy.parent.mkdir()
    copy.write_text((PACKAGE / "library.py").read_text(encoding="utf-8") + "\nfrom . import site\n", encoding="utf-8")
    assert "site" in imported_stages(copy, tmp_path)
    assert RANK["site"] > RANK["library"]


# -- no module-level state ----------------------------------------------------------------------

MUTATORS = {"append", "add", "update", "setdefault", "clear", "pop", "popitem", "extend", "insert", "put", "remove"}
CONTAINERS = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque"}
# Module-level names that hold state on purpose, and why.
ALLOWED = {
    ("parallel", "_work"): "the task handed to forked workers for one fork_map call, not a cache",
}


def _is_container(value: ast.expr | None) -> bool:
    if isinstance(value, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)):
        return True
    if isinstance(value, ast.Call):
        func = value.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in CONTAINERS
    return False


def module_state(source: str) -> list[str]:
    """Module-level names that code mutates (a cache by another name), and memoising
    decorators without a bound on functions that take arguments."""
    tree = ast.parse(source)
    containers = set()
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if _is_container(value):
            containers |= {t.id for t in targets if isinstance(t, ast.Name)}
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Global):
            found |= set(node.names)
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Subscript)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in containers
                ):
                    found.add(target.value.id)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATORS:
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in containers:
                found.add(owner.id)
    for node in tree.body:  # a memo inside a function lives as long as one call
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.args.args:
            for decorator in node.decorator_list:
                text = ast.unparse(decorator)
                # lru_cache's default bound (128) is one nobody chose: say it.
                if text in ("functools.cache", "cache", "functools.lru_cache", "lru_cache") or "maxsize=None" in text:
                    found.add(f"{node.name}() memoised without a stated bound")
    return sorted(found)


@pytest.mark.parametrize("path", module_files(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_keeps_a_cache_of_its_own(path: Path) -> None:
    """Caches live in the build session (site_builder/session.py), with bounds; a memo on a
    function needs a stated bound, except a lazy constant (a function without arguments)."""
    module = path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
    found = [name for name in module_state(path.read_text(encoding="utf-8")) if (module, name) not in ALLOWED]
    assert not found, f"{path.relative_to(REPO)} keeps state at module level: {found}"


@pytest.mark.parametrize(
    "source",
    [
        "_cache = {}\ndef get(k):\n    _cache[k] = 1\n",
        "_seen: set[str] = set()\ndef mark(k):\n    _seen.add(k)\n",
        "import functools\n@functools.cache\ndef parse(path):\n    return path\n",
        "_state = None\ndef set_it(v):\n    global _state\n    _state = v\n",
    ],
)
def test_the_state_check_sees_a_cache(source: str) -> None:
    assert module_state(source)


def test_the_state_check_lets_constants_be() -> None:
    source = (
        "import functools\nTABLE = {'a': 1}\n@functools.cache\ndef packaged():\n    return 1\n"
        "@functools.lru_cache(maxsize=8)\ndef stem(t):\n    return t\ndef f():\n    x = {}\n    x['a'] = 1\n"
    )
    assert module_state(source) == []
