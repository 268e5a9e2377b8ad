"""Dates: explicit stamps win; relative days resolve against anchors; never invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_helpers import ARTICLE, article_path, front_matter, make_project, run_ingest

from tests.conftest import run_cli

UNDATED = """가상의 스타트업, 새 서비스 출시
가상의 스타트업이 12일 새 AI 서비스를 내놓았다고 밝혔다.
회사는 서비스를 무료로 제공할 계획이라고 설명했다.
"""


def test_undatable_seed_is_written_as_a_draft_for_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"undated.txt": UNDATED, "x.txt": ARTICLE})
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    fm = front_matter(article_path(root, "undated.txt"))
    assert fm["draft"] is True
    assert fm["review"][0] == "date: only '12일' in the text, no month or year to place it"
    assert fm["date_source"].startswith("candidate: ")
    assert "draft" not in front_matter(article_path(root, "x.txt"))
    # ingest ends with the list of drafts and what each needs
    listing = out[out.index("검토 목록:") :]
    assert "undated.txt: 가상의 스타트업, 새 서비스 출시" in listing
    assert "- date: only '12일' in the text" in listing and "x.txt" not in listing


def test_seeds_yaml_override_sets_date_and_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"undated.txt": UNDATED, "x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text(
        "undated.txt:\n  date: 2024-06-12\n  publisher: 가상일보\n  url: https://example.com/a/1\n"
        "x.txt:\n  title: 고친 제목\n  tags: [Google]\n  author: [갑돌이, 갑순이]\n  date: 2025-03-06T09:00:00+09:00\n",
        encoding="utf-8",
    )
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    undated = front_matter(article_path(root, "undated.txt"))
    assert undated["date"] == dt.date(2024, 6, 12) and undated["date_source"] == "override"
    assert undated["publisher"] == "가상일보" and undated["source_url"] == "https://example.com/a/1"
    x = front_matter(article_path(root, "x.txt"))
    assert x["title"] == "고친 제목" and x["tags"] == ["Google"] and x["author"] == ["갑돌이", "갑순이"]
    assert x["date_source"] == "override" and x["date"].hour == 9


def test_seeds_yaml_tags_are_written_as_articles_name_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A tag given as the site shows it (a label, an alias, other case) would fail the build."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text(
        "x.txt: {tags: [딥시크, 오픈AI, openai, 양자컴퓨팅]}\n", encoding="utf-8"
    )
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    assert front_matter(article_path(root, "x.txt"))["tags"] == ["DeepSeek", "OpenAI", "양자컴퓨팅"]


def test_bad_seeds_yaml_is_reported_with_path_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from site_builder.errors import SiteError

    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text("x.txt:\n  date: 2025-01-01\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(SiteError) as info:
        run_ingest(root, capsys)
    assert str(info.value.problems[0]).startswith("seeds/seeds.yaml:")
    assert info.value.problems[0].line is not None

    (root / "seeds" / "seeds.yaml").write_text("x.txt:\n  dat: 2025-01-01\n", encoding="utf-8")
    with pytest.raises(SiteError) as info:
        run_ingest(root, capsys)
    assert "seeds/seeds.yaml:1: 'x.txt': unknown field 'dat' (did you mean 'date'?)" in str(info.value)


def test_site_header_date_is_not_the_article_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    fm = front_matter(article_path(root, "x.txt"))
    assert fm["date"].year == 2025 and fm["updated"].minute == 45  # not the 2030 '최종편집' header


def test_relative_day_resolved_against_a_milestone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = (
        "딥시크 후속 보도\n"
        "가상 매체는 3일(현지시간) 딥시크가 지난 20일 공개한 R1을 두고 업계가 분주하다고 보도했다.\n"
        "딥시크는 추가 모델을 준비하고 있는 것으로 알려졌다.\n"
    )
    root = make_project(tmp_path, {"r.txt": seed})
    code, out, _ = run_ingest(root, capsys)
    assert code == 0
    fm = front_matter(article_path(root, "r.txt"))
    assert fm["date"] == dt.date(2025, 2, 4)  # 3 Feb in the US is 4 Feb in Korea
    assert fm["date_source"] == "text: 3일(현지시간) + deepseek-r1"
    assert "date inferred" in out


def test_milestone_cue_without_its_company_is_no_anchor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = "전기차 소식\n가상 자동차 회사가 지난 20일 소형 모델 R1을 공개했고 3일 판매를 시작했다.\n"
    root = make_project(tmp_path, {"r.txt": seed})
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    fm = front_matter(article_path(root, "r.txt"))
    assert fm["draft"] is True and fm["review"][0].startswith("date: only '3일'")


@pytest.mark.parametrize("already", ["", "이미 "])
def test_a_milestone_told_as_done_already_is_no_anchor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], already: str
) -> None:
    """Blind set 207: a September story whose day (22) is, by chance, the day after January's Stargate
    announcement, named in passing as what OpenAI has already done, was dated January: published wrong."""
    seed = (
        "엔비디아, 오픈AI에 최대 1000억 달러 투자\n"
        "가상 반도체 기업과 오픈AI는 22일(현지시간) 전략적 파트너십을 맺었다고 밝혔다.\n"
        "업계는 이번 투자가 AI 인프라 경쟁을 더 키울 것으로 본다.\n"
        f"오픈AI는 {already}소프트뱅크·오라클과 '스타게이트' 프로젝트를 발표했다.\n"
    )
    root = make_project(tmp_path, {"s.txt": seed})
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    fm = front_matter(article_path(root, "s.txt"))
    if already:  # held for an editor, not dated by the milestone
        assert fm["draft"] is True and fm["review"][0].startswith("date: only '22일(현지시간)'"), fm
    else:  # (the rule it guards: the milestone named as the story's own dates it)
        assert fm["date"] == dt.date(2025, 1, 23) and fm["date_source"].endswith("+ stargate"), fm


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        # A column's own day, named as today, after the event's: the day it was written.
        (
            "13일(현지시간) 오픈AI가 새 모델 GPT-4o를 공개했다. 이 글을 쓰는 오늘(16일)까지도 화제다.",
            ("2024-05-16", "text: 오늘(16일) + gpt-4o"),
        ),
        # A day with its month in the story's text is an event looked back on, weeks later: held (blind set 246).
        ("네이버가 8월 24일 하이퍼클로바X를 공개하자 언론계의 시선이 쏠렸다. 논쟁은 이어지고 있다.", None),
        # ... unless the story opens with it, as a wire's translated copy does.
        (
            "[베이징=가상통신] 홍길동 기자 = 8월 24일, 네이버가 하이퍼클로바X를 공개했다. 반응이 뜨겁다.",
            ("2023-08-24", "text: 8월 24일 + hyperclova-x"),
        ),
    ],
)
def test_the_day_a_story_names_as_its_own_against_a_milestone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lede: str, expected: tuple[str, str] | None
) -> None:
    seed = f"AI 업계 소식\n{lede}\n업계는 후속 발표를 기다리고 있다.\n"
    root = make_project(tmp_path, {"c.txt": seed})
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    fm = front_matter(article_path(root, "c.txt"))
    if expected is None:
        assert fm["draft"] is True and fm["review"][0].startswith("date: only '8월 24일'"), fm
    else:
        assert (str(fm["date"]), fm["date_source"]) == expected, fm


@pytest.mark.parametrize(
    ("stamps", "fields"),
    [
        ("입력 2025-01-28 10:00\n수정 2025-01-28 09:58", ""),  # a typo on the page, minutes apart
        ("입력 2025-01-28 10:00\n수정 2025-01-29 09:00", "x.txt: {date: 2025-02-05}\n"),  # a date set by hand
    ],
)
def test_an_update_earlier_than_the_date_is_dropped_and_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stamps: str, fields: str
) -> None:
    """The build refuses an article updated before its date: ingest never writes one."""
    text = ARTICLE.replace("입력 2025.03.05 10:20\n수정 2025.03.05 11:45", stamps)
    root = make_project(tmp_path, {"x.txt": text})
    if fields:
        (root / "seeds" / "seeds.yaml").write_text(fields, encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "updated: dropped" in out
    assert "updated" not in front_matter(article_path(root, "x.txt"))
    assert run_cli("build", root=root).returncode == 0


def test_a_seeds_yaml_update_earlier_than_the_pages_date_is_dropped_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text("x.txt: {updated: 2020-01-01}\n", encoding="utf-8")
    code, out, _ = run_ingest(root, capsys)
    assert code == 0 and "seeds/seeds.yaml: 'x.txt': updated: dropped 2020-01-01" in out
    assert "updated" not in front_matter(article_path(root, "x.txt"))
    assert run_cli("build", root=root).returncode == 0


def test_an_empty_title_in_seeds_yaml_is_refused(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text("x.txt: {title: ''}\n", encoding="utf-8")
    proc = run_cli("ingest", root=root)
    assert proc.returncode != 0 and "seeds/seeds.yaml:1: 'x.txt': title must not be empty" in proc.stderr


def test_a_seeds_yaml_update_earlier_than_its_date_is_refused(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text("x.txt: {date: 2025-02-05, updated: 2025-02-01}\n", encoding="utf-8")
    proc = run_cli("ingest", root=root)
    assert proc.returncode != 0 and "seeds/seeds.yaml:1: 'x.txt': updated is earlier than date" in proc.stderr
