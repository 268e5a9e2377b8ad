"""The record of the shipped themes' templates (site_builder/data/shipped_templates.yaml), and a site's
template that differs from it, in a theme of the site's own or in the shipped theme edited in place:
searched for what it shows, so an incremental build still equals a clean one."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
import yaml

from site_builder.config import BUNDLED_THEMES
from site_builder.pages import TEMPLATES
from site_builder.templates import SHIPPED
from tests.conftest import REPO, differences, run_cli


def test_the_shipped_templates_are_recorded() -> None:
    found = {
        theme.name: {
            path.relative_to(theme / "templates").as_posix(): hashlib.sha1(path.read_bytes()).hexdigest()
            for path in sorted((theme / "templates").rglob("*"))
            if path.is_file()
        }
        for theme in sorted(BUNDLED_THEMES.iterdir())
        if theme.is_dir()
    }
    recorded = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    listing = "\n".join(f"{theme}:\n" + "".join(f"  {n}: {d}\n" for n, d in t.items()) for theme, t in found.items())
    assert recorded == found, f"themes/ changed: write these lines under the comment of {SHIPPED}:\n{listing}"


def checkout(root: Path) -> Path:
    """The project made a checkout of the tool, as the repository is: build.py, the package and themes/
    beside content/, the shipped themes in the project's own folder. Its build.py."""
    shutil.copy(REPO / "build.py", root / "build.py")
    shutil.copytree(REPO / "site_builder", root / "site_builder", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(BUNDLED_THEMES, root / "themes")
    return root / "build.py"


def edit_theme(root: Path, theme: str, template: str, old: str, new: str) -> None:
    """One edit to a template of the checkout's theme `theme`, then used: the shipped one edited in
    place ('default'), or a copy of it ('mine')."""
    if not (root / "themes" / theme).exists():
        shutil.copytree(root / "themes" / "default", root / "themes" / theme)
    settings = root / "site.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("theme: default", f"theme: {theme}"), "utf-8")
    path = root / "themes" / theme / "templates" / template
    source = path.read_text(encoding="utf-8")
    assert old in source
    path.write_text(source.replace(old, new, 1), encoding="utf-8")


def clean_build(root: Path, tmp_path: Path) -> Path:
    """The same project built anew, with no cache, in another folder: its output folder."""
    copy = tmp_path / "clean"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns("public", ".public*", ".cache", "__pycache__"))
    done = run_cli("build", "--no-cache", root=copy, script=copy / "build.py")
    assert done.returncode == 0, done.stderr
    return copy / "public"


@pytest.mark.parametrize("theme", ["mine", "default"])
def test_a_themes_listing_showing_digests_follows_a_body_edit(seed_project: Path, tmp_path: Path, theme: str) -> None:
    tool = checkout(seed_project)
    title = '<h{{ day_h + 1 }} class="card-title">'
    edit_theme(seed_project, theme, "_macros.html", title, "<!-- v{{ a.digest[:8] }} -->" + title)
    assert run_cli("build", root=seed_project, script=tool).returncode == 0
    article = sorted((seed_project / "content" / "articles").glob("*.md"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\n추가 문단.\n", encoding="utf-8")
    done = run_cli("build", root=seed_project, script=tool)
    assert done.returncode == 0, done.stderr
    assert differences(seed_project / "public", clean_build(seed_project, tmp_path)) == []


@pytest.mark.parametrize("theme", ["mine", "default"])
def test_a_themes_full_content_feed(seed_project: Path, theme: str) -> None:
    tool = checkout(seed_project)
    summary = "<summary>{{ a.summary or a.title }}</summary>"
    content = '<content type="html">{{ a.body | markdown }}</content>'
    edit_theme(seed_project, theme, "atom.xml", summary, summary + content)
    done = run_cli("build", root=seed_project, script=tool)
    assert done.returncode == 0, done.stderr
    feed = (seed_project / "public" / "atom.xml").read_text(encoding="utf-8")
    assert feed.count("<content") >= 3, feed[:2000]


def test_an_article_template_following_excerpt_through_an_include(seed_project: Path) -> None:
    """The excerpt's switch moved into an included file: older articles show an excerpt, and the
    search holds no more than they show."""
    shipped = (BUNDLED_THEMES / "default" / "templates" / "article.html").read_text(encoding="utf-8")
    start, end = shipped.index("{% if excerpt %}"), shipped.index('<footer class="article-footer">')
    tool = checkout(seed_project)
    own = seed_project / "templates"
    own.mkdir()
    (own / "article.html").write_text(shipped[:start] + '{% include "_body.html" %}\n' + shipped[end:], "utf-8")
    (own / "_body.html").write_text(shipped[start:end], encoding="utf-8")
    settings = seed_project / "site.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "full_text: 1\n", encoding="utf-8")
    articles = sorted((seed_project / "content" / "articles").glob("*.md"))
    oldest = min(articles, key=lambda path: str(yaml.safe_load(path.read_text("utf-8").split("---")[1])["date"]))
    oldest.write_text(
        oldest.read_text(encoding="utf-8") + "\n" + "긴 문단입니다. " * 80 + "\n\n고유검증어휘 문단.\n", "utf-8"
    )
    done = run_cli("build", root=seed_project, script=tool)
    assert done.returncode == 0 and "does not read 'excerpt'" not in done.stdout + done.stderr, done.stdout
    public = seed_project / "public"
    shown = [path for path in public.rglob("index.html") if "고유검증어휘" in path.read_text(encoding="utf-8")]
    searched = "".join(path.read_text(encoding="utf-8") for path in (public / "search").rglob("*.json"))
    assert shown == [] and "고유검증어휘" not in searched and "\\uace0\\uc720" not in searched


def test_a_theme_lacking_templates_names_each_one(seed_project: Path) -> None:
    """A theme of the site's own with base.html alone: every template it lacks is named in one run."""
    own = seed_project / "themes" / "mine" / "templates"
    own.mkdir(parents=True)
    shutil.copy(BUNDLED_THEMES / "default" / "templates" / "base.html", own / "base.html")
    settings = seed_project / "site.yaml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("theme: default", "theme: mine"), "utf-8")
    done = run_cli("build", root=seed_project)
    # (... those of pages the site does not have yet too: a story, a draft's review, a sitemap index)
    lacking = ["index.html", "article.html", "tag.html", "atom.xml", "sitemap.xml", "story.html", "review.html"]
    lacking.append("sitemap_index.xml")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert all(f"themes/mine/templates/{name}: template not found" in done.stderr for name in lacking), done.stderr
    assert "the theme 'mine' lacks" in done.stderr and not (seed_project / "public").exists()


def test_the_page_templates_are_the_default_themes() -> None:
    """The templates a theme must hold are the default theme's, but its partials: a page kind added
    to the theme and not to the list would go unchecked until a page needs it."""
    shipped = {path.name for path in (BUNDLED_THEMES / "default" / "templates").iterdir()}
    assert set(TEMPLATES) == shipped - {"base.html", "_macros.html"}
