"""Stories: articles of several outlets on one event, as `build.py stories` lists them."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_cli, write_article

# Three outlets on one (invented) event, and an unrelated article on the same day and tag.
LAUNCH = {
    "a_yonhap.md": (
        "2025-03-05T10:00:00+09:00",
        "연합뉴스",
        "네이버, 초거대 AI '하이퍼클로바X 2' 공개…\"한국어 성능 최고\"",
        "네이버가 5일 차세대 초거대 인공지능 모델 '하이퍼클로바X 2'를 공개했다. 한국어 이해 성능이 가장 높다고 밝혔다.",
        "[Naver, LLM]",
    ),
    "b_etnews.md": (
        "2025-03-05T14:30:00+09:00",
        "전자신문",
        "네이버 하이퍼클로바X 2 출시…한국어 벤치마크 1위",
        "네이버는 5일 개발자 행사에서 하이퍼클로바X 2를 선보였다. 한국어 벤치마크에서 1위를 차지했다.",
        "[Naver]",
    ),
    "c_hankyung.md": (
        "2025-03-06T09:00:00+09:00",
        "한국경제",
        "베일 벗은 '하이퍼클로바X 2'…네이버, 기업용 AI 시장 공략",
        "네이버가 초거대 AI 하이퍼클로바X 2를 공개하고 기업용 AI 시장 공략에 나섰다.",
        "[Naver, LLM]",
    ),
}
WEBTOON = (
    "2025-03-05T11:00:00+09:00",
    "매일경제",
    "네이버웹툰, 미국 나스닥 상장 추진…기업가치 4조원 거론",
    "네이버웹툰이 미국 나스닥 상장을 추진한다. 업계는 기업가치를 4조원 이상으로 본다.",
    "[Naver]",
)


def _write(root: Path, name: str, fields: tuple[str, str, str, str, str], extra: str = "") -> None:
    date, publisher, title, summary, tags = fields
    write_article(
        root,
        name,
        f"title: {json.dumps(title, ensure_ascii=False)}\ndate: {date}\npublisher: {publisher}\ntags: {tags}\n"
        f"summary: {json.dumps(summary, ensure_ascii=False)}\n{extra}",
    )


def _stories(root: Path, *options: str) -> list[dict]:
    result = run_cli("stories", "--json", *options, root=root)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["stories"]


def _groups(root: Path) -> list[tuple[str, list[str]]]:
    return [(s["id"], [Path(m["source"]).name for m in s["members"]]) for s in _stories(root)]


def test_three_outlets_on_one_event_are_one_story(empty_project: Path) -> None:
    for name, fields in LAUNCH.items():
        _write(empty_project, name, fields)
    _write(empty_project, "d_webtoon.md", WEBTOON)
    (story,) = _stories(empty_project)
    assert [Path(m["source"]).name for m in story["members"]] == ["a_yonhap.md", "b_etnews.md", "c_hankyung.md"]
    assert story["lead"] == "content/articles/a_yonhap.md"
    assert story["id"] == "a_yonhap"
    text = run_cli("stories", root=empty_project).stdout
    assert "story a_yonhap (3 articles)" in text
    assert "* 2025-03-05  content/articles/a_yonhap.md  연합뉴스" in text


def test_unrelated_articles_on_one_day_and_tag_stay_apart(empty_project: Path) -> None:
    _write(empty_project, "a_yonhap.md", LAUNCH["a_yonhap.md"])
    _write(empty_project, "d_webtoon.md", WEBTOON)
    assert _stories(empty_project) == []
    assert "stories: 0 stories of 2 or more articles, 0 copies" in run_cli("stories", root=empty_project).stdout


def test_articles_further_apart_than_the_window_stay_apart(empty_project: Path) -> None:
    _write(empty_project, "a_yonhap.md", LAUNCH["a_yonhap.md"])
    later = ("2025-03-12T09:00:00+09:00", *LAUNCH["c_hankyung.md"][1:])
    _write(empty_project, "c_hankyung.md", later)
    assert _stories(empty_project) == []
    (empty_project / "site.yaml").write_text(
        (empty_project / "site.yaml").read_text(encoding="utf-8") + "story_window: 7\n", encoding="utf-8"
    )
    assert _groups(empty_project) == [("a_yonhap", ["a_yonhap.md", "c_hankyung.md"])]


def test_story_id_stays_when_a_later_article_joins(empty_project: Path) -> None:
    _write(empty_project, "a_yonhap.md", LAUNCH["a_yonhap.md"])
    _write(empty_project, "b_etnews.md", LAUNCH["b_etnews.md"])
    assert _groups(empty_project) == [("a_yonhap", ["a_yonhap.md", "b_etnews.md"])]
    _write(empty_project, "c_hankyung.md", LAUNCH["c_hankyung.md"])
    assert _groups(empty_project) == [("a_yonhap", ["a_yonhap.md", "b_etnews.md", "c_hankyung.md"])]


def _same_event(day: str, slug: str, more: str) -> dict[str, tuple[tuple[str, str, str, str, str], str]]:
    """LAUNCH's first two reports moved to `day`, the lead with `slug`, the second with `more`."""
    return {
        f"{slug}_{day}_1.md": ((f"{day}T10:00:00+09:00", *LAUNCH["a_yonhap.md"][1:]), f"slug: {slug}\n"),
        f"{slug}_{day}_2.md": ((f"{day}T14:30:00+09:00", *LAUNCH["b_etnews.md"][1:]), f"slug: {more}\n"),
    }


def test_story_ids_hang_on_their_lead_alone_and_are_no_articles_slug(empty_project: Path) -> None:
    """Two stories whose leads share a hand-written slug ('ai') take their lead's day, so a third,
    older, moves neither; and no id is another article's slug ('ai-2'), which a pin would bring along."""
    for day, more in (("2025-01-10", "ai-2"), ("2025-06-10", "ai-3")):
        for name, (fields, extra) in _same_event(day, "ai", more).items():
            _write(empty_project, name, fields, extra)
    before = {story_id for story_id, _ in _groups(empty_project)}
    assert before == {"ai-20250110", "ai-20250610"}
    for name, (fields, extra) in _same_event("2024-03-10", "ai", "ai-4").items():
        _write(empty_project, name, fields, extra)
    assert {story_id for story_id, _ in _groups(empty_project)} == before | {"ai-20240310"}


def test_an_id_names_one_article_and_a_pin_of_it_brings_along_no_other(empty_project: Path) -> None:
    """A lead whose slug another article has ('launch', six months later, in no story) is shown with
    its day, and a report pinned to that id joins its story alone; a draft of that slug, which the
    preview shows and the site does not, changes no id."""
    for name, (fields, extra) in _same_event("2025-03-05", "launch", "launch-more").items():
        _write(empty_project, name, fields, extra)
    later = ("2025-09-01T09:00:00+09:00", *WEBTOON[1:])
    _write(empty_project, "webtoon.md", later, "slug: launch\ndraft: true\n")
    assert [s["id"] for s in _stories(empty_project)] == [s["id"] for s in _stories(empty_project, "--drafts")]
    assert [story_id for story_id, _ in _groups(empty_project)] == ["launch"]
    _write(empty_project, "webtoon.md", later, "slug: launch\n")
    assert [story_id for story_id, _ in _groups(empty_project)] == ["launch-20250305"]
    # An editor's pick, on another subject, joins by the id shown: the lead comes along, not its namesake.
    _write(empty_project, "pick.md", ("2025-03-05T16:00:00+09:00", *WEBTOON[1:]), "story: launch-20250305\n")
    [(story_id, members)] = _groups(empty_project)
    assert story_id == "launch-20250305" and "webtoon.md" not in members, members
    assert {"pick.md", "launch_2025-03-05_1.md"} <= set(members), members


def test_story_overrides_join_and_leave(empty_project: Path) -> None:
    for name, fields in LAUNCH.items():
        _write(empty_project, name, fields, "story: none\n" if name == "b_etnews.md" else "")
    # The webtoon article joins by naming the story's id; an editor's id would win over it.
    _write(empty_project, "d_webtoon.md", WEBTOON, "story: a_yonhap\n")
    assert _groups(empty_project) == [("a_yonhap", ["a_yonhap.md", "d_webtoon.md", "c_hankyung.md"])]
    _write(empty_project, "c_hankyung.md", LAUNCH["c_hankyung.md"], "story: hyperclova-x-2\n")
    assert sorted(_groups(empty_project)) == [
        ("a_yonhap", ["a_yonhap.md", "d_webtoon.md"]),
    ]


def test_pinned_id_wins_and_unlike_pins_never_merge(empty_project: Path) -> None:
    for name, fields in LAUNCH.items():
        _write(empty_project, name, fields, "story: hyperclova-x-2\n" if name == "c_hankyung.md" else "")
    assert _groups(empty_project) == [("hyperclova-x-2", ["a_yonhap.md", "b_etnews.md", "c_hankyung.md"])]
    _write(empty_project, "a_yonhap.md", LAUNCH["a_yonhap.md"], "story: other-launch\n")
    groups = _groups(empty_project)
    assert groups  # b_etnews.md, like both, joins the one it is closer to
    for story_id, members in groups:
        assert story_id in ("other-launch", "hyperclova-x-2")
        assert not {"a_yonhap.md", "c_hankyung.md"} <= set(members)


def test_stories_can_be_turned_off(empty_project: Path) -> None:
    for name, fields in LAUNCH.items():
        _write(empty_project, name, fields)
    (empty_project / "site.yaml").write_text(
        (empty_project / "site.yaml").read_text(encoding="utf-8") + "stories: false\n", encoding="utf-8"
    )
    assert _stories(empty_project) == []
    assert "(stories are off in site.yaml)" in run_cli("stories", root=empty_project).stdout


def test_a_guessed_date_joins_no_story(empty_project: Path) -> None:
    for name, fields in LAUNCH.items():
        guessed = "draft: true\ndate_source: 'candidate: the day the seed was saved'\n"
        _write(empty_project, name, fields, guessed if name == "c_hankyung.md" else "")
    (story,) = _stories(empty_project, "--drafts")
    assert [Path(m["source"]).name for m in story["members"]] == ["a_yonhap.md", "b_etnews.md"]


def test_bad_story_fields_name_file_and_line(empty_project: Path) -> None:
    _write(empty_project, "a.md", LAUNCH["a_yonhap.md"], "story: [x]\n")
    _write(empty_project, "b.md", LAUNCH["b_etnews.md"], "duplicate_of: ../a.md\n")
    _write(empty_project, "c.md", LAUNCH["c_hankyung.md"], "also_at: {Daum: 1}\n")
    result = run_cli("stories", root=empty_project)
    assert result.returncode == 1
    assert "content/articles/a.md:7: 'story' must be a story id such as deepseek-r1-launch, or none" in result.stderr
    assert "content/articles/b.md:7: 'duplicate_of' must be the file name of another article" in result.stderr
    assert "content/articles/c.md:7: 'also_at' must be an outlet name or a list of them" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_story_settings_name_site_yaml_and_line(empty_project: Path) -> None:
    site = empty_project / "site.yaml"
    lines = len(site.read_text(encoding="utf-8").splitlines())
    site.write_text(
        site.read_text(encoding="utf-8") + "story_similarity: 1.5\nstory_window: -2\nstories: maybe\n", encoding="utf-8"
    )
    result = run_cli("stories", root=empty_project)
    assert result.returncode == 1
    assert f"site.yaml:{lines + 3}: 'stories' must be true or false, not 'maybe'" in result.stderr
    site.write_text(site.read_text(encoding="utf-8").replace("stories: maybe\n", ""), encoding="utf-8")
    result = run_cli("stories", root=empty_project)
    assert f"site.yaml:{lines + 1}: 'story_similarity' must be a number above 0 and at most 1" in result.stderr
    assert f"site.yaml:{lines + 2}: 'story_window' must be a number of days" in result.stderr


def test_a_window_of_a_century_or_more(empty_project: Path) -> None:
    """'No limit' written as a huge window is refused at its line, and the largest window over an
    article dated in the calendar's second year reaches back past its first: no traceback."""
    site = empty_project / "site.yaml"
    lines = len(site.read_text(encoding="utf-8").splitlines())
    site.write_text(site.read_text(encoding="utf-8") + "story_window: 1000000\n", encoding="utf-8")
    result = run_cli("build", root=empty_project)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"site.yaml:{lines + 1}: 'story_window' must be a number of days from 0 to 36,500" in result.stderr
    site.write_text(site.read_text(encoding="utf-8").replace("1000000", "36500"), encoding="utf-8")
    write_article(empty_project, "old.md", "title: 오픈AI 옛 기사\ndate: 0002-01-01T10:00:00+09:00\ntags: [OpenAI]")
    write_article(empty_project, "new.md", "title: 오픈AI 새 기사\ndate: 0400-01-01T10:00:00+09:00\ntags: [OpenAI]")
    result = run_cli("build", root=empty_project)
    assert result.returncode == 0, result.stderr
