"""An incremental rebuild gives exactly the site a clean build gives, after any sequence of edits.

A hypothesis state machine keeps a model of a small site, applies random edits to its source
files, and after each one builds twice: incrementally into folder A with the previous build's
state and the articles' listing taken from the preview's snapshot of the sources (as `build.py
serve` does), and from scratch into folder B. The two folders must hold
the same files with the same bytes. A stale tag, archive or pagination page, a page left
behind by a renamed slug, or a page not re-rendered after a template edit all fail here.
The suite runs 18 sequences of edits; `AI_TIMELINE_LONG=1` runs 200.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule

from site_builder import config, content, serve, site, watch
from site_builder.config import BUNDLED_THEMES
from site_builder.errors import SiteError
from tests.conftest import LONG

SITE_YAML = """\
title: 증분 테스트
base_url: https://example.github.io/REPO/
timezone: Asia/Seoul
page_size: 2
related_count: 2
"""
TAGS_YAML = """\
DeepSeek:
  slug: deepseek
  label: {label}
  kind: company
OpenAI:
  slug: openai
  label: 오픈AI
  kind: company
Nvidia:
  slug: nvidia
  label: 엔비디아
  kind: company
"""
MILESTONES_YAML = """\
- date: 2025-01-20
  title: 딥시크 R1 공개
  tags: [DeepSeek]
"""
TAG_NAMES = ["DeepSeek", "OpenAI", "Nvidia", "양자컴퓨팅", "반도체"]  # the last two are not in tags.yaml
DATES = [
    "2024-12-31T23:30:00+09:00",
    "2025-01-01",
    "2025-01-20T10:00:00+09:00",
    "2025-01-31T15:00:00Z",  # 2025-02-01 00:00 in Seoul: another day and month than it looks
    "2025-02-14T09:00:00+09:00",
    "2025-03-01T12:00:00+09:00",
    "2026-07-07",
]
SLUGS = ["deepseek-r1", "openai-o3", "nvidia-drop", "r1", "gpu"]
REVIEWS = ["date: only '16일(현지시간)' in the text", "publisher: not printed", "title: written from the lede"]
PARAGRAPHS = [
    "딥시크가 추론 모델 **R1**을 공개했다.",
    "**오픈AI(OpenAI)**는 `o3-mini`를 무료로 풀었다.",
    "## 시장 반응\n\n엔비디아 주가는 17% 떨어졌다.",
    "- 첫째, 비용\n- 둘째, 성능",
    "[원문](https://www.aitimes.com/news/articleView.html?idxno=1)을 보라.",
    "> 필요는 발명의 어머니",
]

titles = st.sampled_from(["딥시크 충격", "오픈AI의 반격", "엔비디아 급락", "양자컴퓨팅 전망", "AI 칩 전쟁", "제목 <b>"])
bodies = st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=4).map("\n\n".join)
tag_lists = st.lists(st.sampled_from(TAG_NAMES), max_size=3, unique=True)
articles = st.fixed_dictionaries(
    {
        "title": titles,
        "date": st.sampled_from(DATES),
        "tags": tag_lists,
        "slug": st.none() | st.sampled_from(SLUGS),
        "draft": st.booleans(),
        "review": st.lists(st.sampled_from(REVIEWS), max_size=2, unique=True),
        "body": bodies,
    }
)


def front_matter(article: dict) -> str:
    lines = [f"title: '{article['title']}'", f"date: {article['date']}"]
    if article["tags"]:
        lines.append(f"tags: [{', '.join(article['tags'])}]")
    if article["slug"]:
        lines.append(f"slug: {article['slug']}")
    if article["draft"]:
        lines.append("draft: true")
    if article["review"]:
        lines.append("review:")
        lines += [f'- "{line}"' for line in article["review"]]
    return "---\n" + "\n".join(lines) + "\n---\n" + article["body"] + "\n"


@functools.cache
def theme_snapshot() -> Path:
    """The bundled theme as it was when the test started: others may be editing it meanwhile,
    and a theme changing under the test would make its examples irreproducible."""
    parent = Path(tempfile.mkdtemp(prefix="incremental-theme-"))
    atexit.register(shutil.rmtree, parent, True)
    shutil.copytree(BUNDLED_THEMES / "default", parent / "default")
    return parent / "default"


def tree(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    if not folder.is_dir():
        return {}
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


class EditedSite(RuleBasedStateMachine):
    names = Bundle("names")

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="incremental-"))
        (self.root / "content" / "articles").mkdir(parents=True)
        (self.root / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
        (self.root / "content" / "tags.yaml").write_text(TAGS_YAML.format(label="딥시크"), encoding="utf-8")
        (self.root / "content" / "milestones.yaml").write_text(MILESTONES_YAML, encoding="utf-8")
        shutil.copytree(theme_snapshot(), self.root / "themes" / "default")
        self.model: dict[str, dict] = {}
        self.counter = 0
        self.state: site.BuildState | None = None
        self.preview = serve.Preview(root=self.root, overrides={"output": "out-a"}, host="127.0.0.1", port=0)
        self.touched = True  # whether any source changed since the last successful build
        self.events: set[Path] = set()  # the paths a file-system watcher reports changed, since the last look

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # -- the edits -------------------------------------------------------------------------------
    def _save(self, name: str) -> None:
        self.touched = True
        path = self.root / "content" / "articles" / name
        self.events.add(path)
        path.write_text(front_matter(self.model[name]), encoding="utf-8")

    @rule(target=names, article=articles)
    def add_article(self, article: dict) -> str:
        self.counter += 1
        name = f"article-{self.counter}.md"
        self.model[name] = article
        self._save(name)
        return name

    @rule(name=consumes(names))
    def delete_article(self, name: str) -> None:
        self.touched = True
        del self.model[name]
        (self.root / "content" / "articles" / name).unlink()
        self.events.add(self.root / "content" / "articles" / name)

    @rule(name=names, body=bodies)
    def edit_body(self, name: str, body: str) -> None:
        self.model[name]["body"] = body
        self._save(name)

    @rule(name=names, title=titles)
    def change_title(self, name: str, title: str) -> None:
        self.model[name]["title"] = title
        self._save(name)

    @rule(name=names, tags=tag_lists)
    def change_tags(self, name: str, tags: list[str]) -> None:
        self.model[name]["tags"] = tags
        self._save(name)

    @rule(name=names, date=st.sampled_from(DATES))
    def change_date(self, name: str, date: str) -> None:
        self.model[name]["date"] = date
        self._save(name)

    @rule(name=names, slug=st.none() | st.sampled_from(SLUGS))
    def rename_slug(self, name: str, slug: str | None) -> None:
        self.model[name]["slug"] = slug
        self._save(name)

    @rule(name=names)
    def toggle_draft(self, name: str) -> None:
        self.model[name]["draft"] = not self.model[name]["draft"]
        self._save(name)

    @rule(name=names, review=st.lists(st.sampled_from(REVIEWS), max_size=3, unique=True))
    def change_review(self, name: str, review: list[str]) -> None:
        self.model[name]["review"] = review
        self._save(name)

    @rule(
        drafts=st.booleans(),
        permalink=st.sampled_from(["", "permalink: /a/{slug}/\n"]),
        zone=st.sampled_from(["Asia/Seoul", "America/New_York"]),
    )
    def change_settings(self, drafts: bool, permalink: str, zone: str) -> None:
        """Drafts built, as in the preview (draft pages, their banners, the review page); articles
        moved to other URLs; another time zone, which moves a day's midnight but no file."""
        self.touched = True
        self.events.add(self.root / "site.yaml")
        text = SITE_YAML.replace("Asia/Seoul", zone) + permalink + ("drafts: true\n" if drafts else "")
        (self.root / "site.yaml").write_text(text, encoding="utf-8")

    @rule(variant=st.sampled_from(["none", "base", "macros", "broken"]))
    def edit_template(self, variant: str) -> None:
        """A site-level template override: added, changed, made invalid, or removed."""
        self.touched = True
        folder = self.root / "templates"
        self.events.add(folder)
        shutil.rmtree(folder, ignore_errors=True)
        theme = self.root / "themes" / "default" / "templates"
        if variant == "base":
            folder.mkdir()
            text = (theme / "base.html").read_text(encoding="utf-8")
            (folder / "base.html").write_text(text.replace("</head>", '<meta name="x" content="1">\n</head>', 1))
        elif variant == "macros":
            folder.mkdir()
            text = (theme / "_macros.html").read_text(encoding="utf-8")
            (folder / "_macros.html").write_text("{# local edit #}\n" + text)
        elif variant == "broken":
            folder.mkdir()
            (folder / "article.html").write_text('{% extends "base.html" %}{% block main %}{{ nope }}{% endblock %}')

    @rule(label=st.sampled_from(["딥시크", "DeepSeek 딥시크"]))
    def relabel_tag(self, label: str) -> None:
        self.touched = True
        self.events.add(self.root / "content" / "tags.yaml")
        (self.root / "content" / "tags.yaml").write_text(TAGS_YAML.format(label=label), encoding="utf-8")

    @rule(text=st.sampled_from([None, "body { color: red }\n", "body { color: blue }\n"]))
    def edit_static(self, text: str | None) -> None:
        self.touched = True
        path = self.root / "static" / "extra.css"
        self.events.add(path.parent if text is None else path)
        if text is None:
            shutil.rmtree(path.parent, ignore_errors=True)
        else:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")

    @rule(name=names)
    def break_front_matter(self, name: str) -> None:
        """A bad save: the incremental build must refuse it and leave folder A as it was."""
        self.touched = True
        path = self.root / "content" / "articles" / name
        self.events.add(path)
        path.write_text("---\ntitle: [깨진\ndate: 2025-01-01\n---\n본문\n", encoding="utf-8")

    @rule(article=articles)
    def save_hidden_file(self, article: dict) -> None:
        """An editor's hidden file (`.name.md`) is no article: the site does not change."""
        self.counter += 1
        hidden = self.root / "content" / "articles" / f".article-{self.counter}.md"
        self.events.add(hidden)
        hidden.write_text(front_matter(article), encoding="utf-8")

    @rule()
    def save_nothing(self) -> None:
        """A rebuild with no change at all must write and remove nothing."""

    # -- the property ----------------------------------------------------------------------------
    @invariant()
    def incremental_equals_clean(self) -> None:
        a = config.load(self.root, {"output": "out-a"})
        b = config.load(self.root, {"output": "out-b"})
        before, before_mtimes = tree(a.output_dir), mtimes(a.output_dir)
        try:
            clean = site.build(b)
        except SiteError:
            clean = None
        # The listing the preview passes, from the snapshot its poll took (kept sorted between
        # polls): it must be what the build would find itself. The poll looks only where the
        # file-system events point; that must be what a look at every source finds.
        # Between polls, what changed is given (serve.rebuild's `before`): then only the named
        # articles are looked at again, by the listing and by the parsed copies (a Relisted).
        paths = serve.watched_paths(self.root, a)
        seen = watch.snapshot(paths, a.output_dir)
        last_seen = self.preview.seen
        if last_seen:
            touched = [str(p) for p in self.events]
            assert watch.refreshed(last_seen, touched, paths, a.output_dir) == seen, touched
        self.events.clear()
        self.preview.seen = seen
        listing = serve.articles_listing(self.preview, a, watch.changed_files(last_seen, seen), last_seen)
        listed = content.list_articles(a)
        plain = listing.listing if isinstance(listing, content.Relisted) else listing
        assert plain == listed and list(plain) == list(listed)
        folder = str(a.content_dir / "articles")
        if last_seen and last_seen.get(folder, {}).keys() == seen.get(folder, {}).keys():
            assert isinstance(listing, content.Relisted)
        try:
            # The preview's session: its caches outlive builds, as in `serve`.
            incremental = site.build(a, self.state, listing=listing, session=self.preview.session)
        except SiteError:
            assert clean is None, "the incremental build failed where a clean build succeeded"
            assert tree(a.output_dir) == before, "a failed build changed the output folder"
            self._repair()
            return
        assert clean is not None, "the incremental build succeeded where a clean build failed"
        got, want = tree(a.output_dir), tree(b.output_dir)
        assert sorted(got) == sorted(want), (
            f"missing {sorted(set(want) - set(got))}, stale {sorted(set(got) - set(want))}"
        )
        differing = [rel for rel in want if got[rel] != want[rel]]
        assert not differing, f"outdated files: {differing}"
        if self.state is not None:
            # A file whose bytes did not change is not touched, even after a template edit.
            after = mtimes(a.output_dir)
            rewritten = [
                rel for rel, data in before.items() if got.get(rel) == data and after[rel] != before_mtimes[rel]
            ]
            assert not rewritten, f"unchanged files were rewritten: {rewritten}"
        if not self.touched:
            assert (incremental.written, incremental.removed) == (0, 0)
        self.touched = False
        self.state = incremental.state

    def _repair(self) -> None:
        """Undo whatever made the build fail (a broken save, a slug collision, a bad template),
        as an editor's next save would; the next step then checks the incremental build again."""
        slugs: set[str] = set()
        for name, article in self.model.items():
            if article["slug"] in slugs:
                article["slug"] = None  # two articles on one URL: the editor renames one
            elif article["slug"]:
                slugs.add(article["slug"])
            self._save(name)
        shutil.rmtree(self.root / "templates", ignore_errors=True)
        self.events.add(self.root / "templates")


# The suite's run; AI_TIMELINE_LONG=1 runs the long one (200 sequences).
EditedSite.TestCase.settings = settings(
    max_examples=200 if LONG else 18,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestIncrementalBuild = EditedSite.TestCase
