"""docs/themes.md, the guide to writing a theme, against what a build really hands its templates:
every page template's variables, the filters and functions, and the fields of the objects."""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections import defaultdict
from typing import Any

import jinja2
import pytest

from site_builder import cli, templates
from site_builder.content import Article
from site_builder.datafiles import Milestone
from site_builder.pages import TEMPLATES
from site_builder.taxonomy import Entry, Pager, StoryLink, Tag
from tests.conftest import REPO

DOCS = REPO / "docs" / "themes.md"
OBJECTS = (Article, Tag, Entry, Milestone, StoryLink, Pager)
CONTEXTS: list[tuple[str, dict[str, Any]]] = []  # every page's (template, context), as the build rendered it


def _sections(level: str) -> dict[str, str]:
    """The guide's sections of heading `level` ('##', '###'), by heading."""
    text = DOCS.read_text(encoding="utf-8")
    parts = re.split(rf"^{level} (.+)$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _named(section: str) -> set[str]:
    """The names a section's list describes: those opening an item, or a clause of one after '; ',
    before its ':' (`- \\`older\\`, \\`newer\\`: …; \\`url_of(n)\\`: …`)."""
    names: set[str] = set()
    for line in section.splitlines():
        if not line.startswith("- "):
            continue
        for clause in line[2:].split("; "):
            if lead := re.match(r"((?:`[^`]+`(?:, | and )?)+):", clause):
                names |= {re.sub(r"\(.*", "", name) for name in re.findall(r"`([^`]+)`", lead[1])}
    return names


def _members(kind: type) -> set[str]:
    fields = {f.name for f in dataclasses.fields(kind)}
    extra = {
        name
        for name, value in vars(kind).items()
        if not name.startswith("_") and (isinstance(value, property) or inspect.isfunction(value))
    }
    return fields | extra


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, set[str]], jinja2.Environment]:
    """A site using every page template (a story, drafts, a sitemap index), built in this process:
    the variables each template was given, and the environment it was rendered in."""
    root = tmp_path_factory.mktemp("docs") / "site"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "site.yaml").write_text((REPO / "site.yaml").read_text(encoding="utf-8") + "\nsitemap_size: 5\n", "utf-8")
    for name in ("tags.yaml", "milestones.yaml", "outlets.yaml"):
        (root / "content" / name).write_bytes((REPO / "content" / name).read_bytes())
    for i, path in enumerate(sorted((REPO / "content" / "articles").glob("*.md"))):
        text = path.read_text(encoding="utf-8")
        if i < 2:  # an editor's story id groups two articles, whatever their words
            text = text.replace("\ntitle:", "\nstory: docs-story\ntitle:", 1)
        (root / "content" / "articles" / path.name).write_text(text, encoding="utf-8")
    seen: dict[str, set[str]] = defaultdict(set)
    envs: list[jinja2.Environment] = []
    render = templates.render

    def recording(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
        seen[name] |= set(context)
        envs.append(env)
        CONTEXTS.append((name, context))
        return render(env, name, context)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(templates, "render", recording)
        assert cli.main(["build", "--root", str(root), "--jobs", "1", "--drafts"]) == 0
    assert set(seen) == set(TEMPLATES), "the site must use every page template"
    return seen, envs[0]


def test_every_page_template_is_documented_with_exactly_its_variables(
    rendered: tuple[dict[str, set[str]], jinja2.Environment],
) -> None:
    seen, _ = rendered
    documented: dict[str, set[str]] = {}
    for heading, section in _sections("###").items():
        for name in re.findall(r"`([^`]+)`", heading):
            documented[name] = _named(section)
    assert set(documented) >= set(TEMPLATES)
    for name in TEMPLATES:
        assert documented[name] == seen[name], f"{DOCS.name}: {name}'s variables"


def test_the_filters_and_functions_are_documented(rendered: tuple[dict[str, set[str]], jinja2.Environment]) -> None:
    _, env = rendered
    plain = jinja2.Environment()
    every = _sections("##")["What every template sees"]
    filters = set(re.findall(r"^\| `([^`(]+)|, `([^`(]+)` \|", every, flags=re.M))
    assert {name for pair in filters for name in pair if name} == set(env.filters) - set(plain.filters)
    assert _named(every) == set(env.globals) - set(plain.globals)


def _articles(value: Any) -> list[Article]:
    """Every Article a context holds, however deep (entries, stories, lists)."""
    if isinstance(value, Article):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = [getattr(value, f.name) for f in dataclasses.fields(value)]
    if isinstance(value, list | tuple):
        return [a for item in value for a in _articles(item)]
    return []


def test_a_pages_tags_hold_those_of_every_article_it_holds(rendered: tuple[dict[str, set[str]], Any]) -> None:
    """docs/themes.md: a tag name an article carries that is not a key of `tags` has no page. A story's
    other articles under a card (`story.others`, `story.folded`) carried tags left out: a theme showing
    their chips stopped the build, or dropped tags that have pages."""
    with_pages = {name for _, context in CONTEXTS for name in context.get("tags", {})}
    assert any(a.story for _, context in CONTEXTS for a in _articles(context)), "the site must have a story"
    for template, context in CONTEXTS:
        if "tags" in context:
            shown = {name for a in _articles(context) for name in a.tags if name in with_pages}
            assert shown <= set(context["tags"]), (template, shown - set(context["tags"]))


@pytest.mark.parametrize("kind", OBJECTS, ids=lambda kind: kind.__name__)
def test_every_field_of_the_objects_is_documented(kind: type) -> None:
    assert _named(_sections("###")[kind.__name__]) == _members(kind)


def test_the_readme_leads_to_the_guide() -> None:
    assert "(docs/themes.md)" in (REPO / "README.md").read_text(encoding="utf-8")
