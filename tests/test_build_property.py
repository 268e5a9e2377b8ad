"""An incremental command-line build equals a clean build, whatever a user changed (issue 12).

Random sequences of the changes users make: site.yaml settings, `--base-url` and `--output`
from the command line, a site's own templates (one that shows bodies, one that applies `url`
to a literal), static files, the data files and the articles. After each change the project is
built by `build.py build` in a process of its own, with the caches the earlier builds left,
and the output is compared byte for byte with a `--no-cache` build of a fresh copy of the
project with the same flags.

The suite runs EXAMPLES changes; `AI_TIMELINE_LONG=1` runs LONG_EXAMPLES. A failure names the
seed and the changes that led to it, so `AI_TIMELINE_SEED=N` replays it.
"""

from __future__ import annotations

import os
import random
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from tests.conftest import LONG, REPO, run_cli, write_article
from tests.test_build_identity import article_text, copy_project, differences

EXAMPLES = 20
LONG_EXAMPLES = 240
SEQUENCE = 15  # changes per sequence; each sequence starts from a new project
ARTICLES = 8
THEME = REPO / "themes" / "default"

SETTINGS: dict[str, list[str]] = {
    "base_url": ["http://127.0.0.1:8000/", "https://example.github.io/ai-timeline/", "https://news.example.kr/"],
    "title": ["AI 타임라인", "인공지능 연표"],
    "page_size": ["2", "3", "20"],
    "permalink": ["/{year}/{month}/{day}/{slug}/", "/news/{slug}/", "/{year}/{slug}/"],
    "timezone": ["Asia/Seoul", "UTC", "America/New_York"],
    "drafts": ["true", "false"],
    "related_count": ["0", "2", "5"],
    "stories": ["true", "false"],
}
FLAGS: list[list[str]] = [
    [],
    ["--base-url", "https://example.github.io/ai-timeline/"],
    ["--output", "other"],
    ["--base-url", "https://mirror.example.com/sub/", "--output", "other"],
]


def set_setting(root: Path, key: str, value: str) -> None:
    path = root / "site.yaml"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith(f"{key}:")]
    path.write_text("\n".join([*lines, f"{key}: {value}"]) + "\n", encoding="utf-8")


def theme_template(name: str) -> str:
    return (THEME / "templates" / name).read_text(encoding="utf-8")


def _edited(name: str, old: str, new: str) -> str:
    text = theme_template(name)
    assert old in text, f"the theme's {name} changed: update this test's override"
    return text.replace(old, new, 1)


def full_content_feed(n: int) -> str:
    """A site's own feed that shows every article's body (the shipped one shows summaries)."""
    summary = "<summary>{{ a.summary or a.title }}</summary>"
    return _edited("atom.xml", summary, f'{summary}<content type="html">{n}{{{{ a.body | markdown }}}}</content>')


def base_with_url_literal(n: int) -> str:
    """A site's own base template applying `url` to a literal, which Jinja folds at compile time."""
    return _edited("base.html", "</body>", f"<a href=\"{{{{ 'tags/' | url }}}}\">태그 {n}</a></body>")


class Project:
    """A project under test, with the changes applied so far (to name them when a check fails)."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng = root, rng
        self.flags: list[str] = []
        self.log: list[str] = []
        self.next_article = ARTICLES

    def articles(self) -> list[Path]:
        return sorted((self.root / "content" / "articles").glob("*.md"))

    # -- the changes ----------------------------------------------------------------------------

    def setting(self) -> str:
        key = self.rng.choice(sorted(SETTINGS))
        value = self.rng.choice(SETTINGS[key])
        set_setting(self.root, key, value)
        return f"site.yaml {key}: {value}"

    def flags_change(self) -> str:
        self.flags = self.rng.choice(FLAGS)
        return f"flags {' '.join(self.flags) or '(none)'}"

    def template(self) -> str:
        folder = self.root / "templates"
        folder.mkdir(exist_ok=True)
        n = self.rng.randrange(1000)
        kind = self.rng.choice(["feed", "base", "remove"])
        if kind == "feed":
            (folder / "atom.xml").write_text(full_content_feed(n), encoding="utf-8")
        elif kind == "base":
            (folder / "base.html").write_text(base_with_url_literal(n), encoding="utf-8")
        else:
            for path in folder.glob("*"):
                path.unlink()
        return f"template {kind} {n}"

    def static(self) -> str:
        folder = self.root / "static"
        folder.mkdir(exist_ok=True)
        kind = self.rng.choice(["add", "override", "remove"])
        if kind == "add":
            (folder / "extra.css").write_text(f"p {{ margin: {self.rng.randrange(9)}px }}\n", encoding="utf-8")
        elif kind == "override":
            css = (THEME / "static" / "style.css").read_text(encoding="utf-8")
            (folder / "style.css").write_text(css + f"\n/* {self.rng.randrange(1000)} */\n", encoding="utf-8")
        else:
            shutil.rmtree(folder)
        return f"static {kind}"

    def data_file(self) -> str:
        content = self.root / "content"
        kind = self.rng.choice(["tags", "milestones", "outlets"])
        n = self.rng.randrange(1000)
        if kind == "tags":
            path = content / "tags.yaml"
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace("label: 엔비디아", f"label: 엔비디아{n % 3 or ''}", 1), encoding="utf-8")
        elif kind == "milestones":
            text = (content / "milestones.yaml").read_text(encoding="utf-8")
            with (content / "milestones.yaml").open("a", encoding="utf-8") as f:
                f.write(
                    # (a slug of its own: two milestones may not share one)
                    f"- slug: test-{n}-{text.count('- slug:')}\n  date: 2024-0{1 + n % 9}-1{n % 10}\n"
                    f"  title: 시험 사건 {n}\n  tags: [OpenAI]\n"
                )
        else:
            with (content / "outlets.yaml").open("a", encoding="utf-8") as f:
                f.write(f"테스트일보{n}:\n  kind: daily\n  domains: [test{n}.example]\n")
        return f"{kind}.yaml {n}"

    def article(self) -> str:
        paths = self.articles()
        kind = self.rng.choice(["body", "tags", "title", "draft", "add", "delete"])
        if kind == "add" or not paths:
            front, body = article_text(self.next_article)
            write_article(self.root, f"a{self.next_article:03d}.md", front, body)
            self.next_article += 1
            return "article add"
        path = self.rng.choice(paths)
        text = path.read_text(encoding="utf-8")
        n = self.rng.randrange(1000)
        if kind == "delete" and len(paths) > 2:
            path.unlink()
        elif kind == "body":
            path.write_text(text + f"\n편집된 문장 {n}.\n", encoding="utf-8")
        elif kind == "tags":
            path.write_text(text.replace("tags: [OpenAI", "tags: [Meta, OpenAI", 1), encoding="utf-8")
        elif kind == "title":
            path.write_text(text.replace("title: '기사", f"title: '새 기사 {n}", 1), encoding="utf-8")
        elif kind == "draft":
            flip = text.replace("---\ndraft: true\n", "---\n", 1)
            path.write_text(flip if flip != text else text.replace("---\n", "---\ndraft: true\n", 1), encoding="utf-8")
        return f"article {kind} {path.name}"

    def story(self) -> str:
        """Another outlet's report of an article's event (same headline, lede, tags and date),
        which makes or grows a story; or `story: none` on an article, put on or taken off."""
        path = self.rng.choice(self.articles())
        text = path.read_text(encoding="utf-8")
        if self.rng.random() < 0.5:
            copy = self.root / "content" / "articles" / f"a{self.next_article:03d}.md"
            outlet = f"publisher: 다른일보{self.next_article}"
            copy.write_text(re.sub(r"^publisher: .*$", outlet, text, count=1, flags=re.M), encoding="utf-8")
            self.next_article += 1
            return f"story {copy.name} joins {path.name}"
        mark = "story: none\n"
        flip = text.replace(mark, "", 1) if mark in text else text.replace("publisher:", mark + "publisher:", 1)
        path.write_text(flip, encoding="utf-8")
        return f"story none {'off' if mark in text else 'on'} {path.name}"

    def change(self) -> None:
        changes: list[Callable[[], str]] = [
            self.setting,
            self.flags_change,
            self.template,
            self.static,
            self.data_file,
            self.article,
            self.story,
        ]
        self.log.append(self.rng.choice(changes)())

    # -- the check ------------------------------------------------------------------------------

    def output(self, root: Path) -> Path:
        name = self.flags[self.flags.index("--output") + 1] if "--output" in self.flags else "public"
        return root / name

    def check(self, scratch: Path, seed: int) -> None:
        built = run_cli("build", *self.flags, root=self.root)
        fresh = copy_project(self.root, scratch)
        clean = run_cli("build", "--no-cache", *self.flags, root=fresh)
        where = f"seed {seed}, after: {'; '.join(self.log)}"
        assert (built.returncode == 0) == (clean.returncode == 0), f"{where}\n{built.stderr}\n{clean.stderr}"
        if clean.returncode == 0:
            assert differences(self.output(self.root), self.output(fresh)) == [], where
        shutil.rmtree(scratch)


def new_project(root: Path, rng: random.Random) -> Project:
    (root / "content" / "articles").mkdir(parents=True)
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    for name in ("tags.yaml", "milestones.yaml"):
        shutil.copy(REPO / "content" / name, root / "content" / name)
    (root / "content" / "outlets.yaml").write_text("", encoding="utf-8")
    for i in range(ARTICLES):
        write_article(root, f"a{i:03d}.md", *article_text(i))
    return Project(root, rng)


def run_property(tmp_path: Path, examples: int, seed: int) -> int:
    """Run `examples` changes from `seed`; the number checked."""
    checked = 0
    for start in range(0, examples, SEQUENCE):
        rng = random.Random(seed + start)
        project = new_project(tmp_path / f"project-{start}", rng)
        assert run_cli("build", root=project.root).returncode == 0
        for _ in range(min(SEQUENCE, examples - start)):
            project.change()
            project.check(tmp_path / "fresh", seed)
            checked += 1
        shutil.rmtree(project.root)
    return checked


def test_incremental_command_line_builds_equal_clean_builds(tmp_path: Path) -> None:
    examples = LONG_EXAMPLES if LONG else EXAMPLES
    seed = int(os.environ.get("AI_TIMELINE_SEED", "0"))
    assert run_property(tmp_path, examples, seed) == examples
