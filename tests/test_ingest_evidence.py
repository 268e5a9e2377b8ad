"""Ingest on pages it has never seen: each kind of evidence and each trap, on small pages written
for these tests (not copied from any outlet). Dates, publishers, authors and headlines come
from what the text prints; what it does not settle is held as a draft with a review list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ingest_helpers import article_path, body, front_matter, ingest_page, make_project, run_ingest

KST = dt.timezone(dt.timedelta(hours=9))
LEDE = "가상의 연구소가 새로운 언어 모델을 공개했다고 밝혔다. 이 모델은 한국어 질문에 더 정확하게 답한다."
MORE = "연구소는 모델을 연구자들에게 먼저 제공하고 내년에 일반에 공개할 계획이라고 설명했다."


ingest = ingest_page


def page(*top: str, trailer: str = "ⓒ 뉴시스 무단전재 및 재배포 금지") -> str:
    return "\n".join([*top, LEDE, MORE, trailer]) + "\n"


# --- dates: every printed form, glued to labels, names and addresses -----------------------


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("입력 2025.01.28 15:54", dt.datetime(2025, 1, 28, 15, 54, tzinfo=KST)),
        ("기사입력 : 2025-01-28 오후 3:54", dt.datetime(2025, 1, 28, 15, 54, tzinfo=KST)),
        ("등록 2025/1/28 09:05:33", dt.datetime(2025, 1, 28, 9, 5, tzinfo=KST)),
        ("승인 2025년 1월 28일 (화) 오전 11:02", dt.datetime(2025, 1, 28, 11, 2, tzinfo=KST)),
        ("송고시간2025-01-28 08:00", dt.datetime(2025, 1, 28, 8, 0, tzinfo=KST)),
        ("게재 일자 : 25.01.28", dt.date(2025, 1, 28)),
        ("발행일 2025.01.28(화)", dt.date(2025, 1, 28)),
        ("작성 2025.01.28 (17:45)", dt.datetime(2025, 1, 28, 17, 45, tzinfo=KST)),
        ("Posted 2025-01-28 07:30", dt.datetime(2025, 1, 28, 7, 30, tzinfo=KST)),
        ("2025.01.28 홍길동 기자", dt.date(2025, 1, 28)),
        ("홍길동 기자 | 2025-01-28 오후 12:10", dt.datetime(2025, 1, 28, 12, 10, tzinfo=KST)),
        ("가상 뉴스 2025.01.28 오후 01:41", dt.datetime(2025, 1, 28, 13, 41, tzinfo=KST)),
    ],
)
def test_printed_date_forms(tmp_path: Path, capsys: pytest.CaptureFixture[str], stamp: str, want) -> None:
    fm, _, _ = ingest(tmp_path, capsys, page("가상 연구소, 한국어 모델 새로 공개", stamp))
    assert fm["date"] == want
    assert "draft" not in fm and "review" not in fm


def test_updated_stamp_becomes_updated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = page("가상 연구소, 한국어 모델 새로 공개", "등록 2025-06-09 18:50수정 2025-06-10 02:11")
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.datetime(2025, 6, 9, 18, 50, tzinfo=KST)
    assert fm["updated"] == dt.datetime(2025, 6, 10, 2, 11, tzinfo=KST)


def test_date_in_a_printed_image_address_places_a_relative_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "가상 연구소, 한국어 모델 새로 공개\n"
        "![모델 발표](https://img.example.co.kr/2025/03/14/photo.jpg)\n"
        "가상의 연구소는 14일 새로운 언어 모델을 공개했다고 밝혔다.\n" + MORE + "\nⓒ 뉴시스\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.date(2025, 3, 14) and "draft" not in fm


def test_event_year_and_printed_month_place_a_relative_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "가상 연구소, 박람회에서 한국어 모델 공개\n"
        "가상의 연구소가 1월 7일(현지시간) 미국 라스베이거스에서 열린 CES 2025에서 새 모델을 공개했다.\n" + MORE + "\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.date(2025, 1, 8)  # 7 January in Las Vegas is 8 January in Korea


# --- traps: capture-time dates and dates of other events ---------------------------------


def test_site_header_and_widget_dates_are_not_the_article_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = page(
        "최종편집 : 2030-05-04 02:54 (토)",
        "2030.05.04 (토) 맑음 12℃ 코스피 2,600",
        "가상 연구소, 한국어 모델 새로 공개",
        "승인 2025.07.03 15:38",
    )
    fm, _, out = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.datetime(2025, 7, 3, 15, 38, tzinfo=KST)
    assert "site header" in out


def test_header_date_alone_holds_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "2030.05.04 (토) 흐림 8℃\n"
        "가상 연구소, 한국어 모델 새로 공개\n"
        "가상의 연구소는 16일(현지시간) 새로운 언어 모델을 공개했다고 밝혔다.\n" + MORE + "\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["draft"] is True
    assert fm["review"][0] == "date: only '16일(현지시간)' in the text, no month or year to place it"
    assert fm["date"] != dt.date(2030, 5, 4)


def test_date_later_than_all_other_evidence_is_held(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "가상 연구소, 한국어 모델 새로 공개\n"
        "2026.02.01\n"
        "모델 발표 장면. [사진=가상 연구소 제공] 2025.03.14\n"
        "가상의 연구소는 14일 새로운 언어 모델을 공개했다고 밝혔다.\n" + MORE + "\n"
    )
    fm, _, out = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.date(2025, 3, 14)  # the photo's day, not the stray later strip
    assert "later than every other date" in out


def test_market_quote_time_is_not_the_publication_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "가상 반도체, 주가 5% 올라\n"
        "입력 2025.11.04\n"
        "가상 반도체 주가는 이날 오후 1시 37분 현재 전 거래일 대비 5% 오른 값에 거래되고 있다.\n" + MORE + "\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["date"] == dt.date(2025, 11, 4)  # a day, with no time taken from the quote


@pytest.mark.parametrize("event", ["지난 5일", "이르면 28일", "오는 20일"])
def test_event_days_in_the_body_are_not_the_report_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], event: str
) -> None:
    text = (
        "가상 연구소, 한국어 모델 새로 공개\n"
        f"가상의 연구소는 {event} 새로운 언어 모델을 공개한다고 밝혔다. 연구소는 준비를 마쳤다고 설명했다.\n"
        "![사진](https://img.example.co.kr/2025/03/10/photo.jpg)\n" + MORE + "\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["draft"] is True  # nothing says which day the story itself ran


# --- publisher ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first_line", "publisher", "author"),
    [
        ("(서울=뉴스1) 홍길동 기자 = " + LEDE, "뉴스1", "홍길동"),
        ("[아시아경제 홍길동 기자] " + LEDE, "아시아경제", "홍길동"),
        ("【 청년일보 】 " + LEDE, "청년일보", None),
        ("[위키트리 광주전남취재본부 노해섭 기자] " + LEDE, "위키트리", "노해섭"),
        ("[뉴욕=뉴스핌] 홍길동 특파원 = " + LEDE, "뉴스핌", "홍길동"),
    ],
)
def test_dateline_brackets_give_publisher_and_author(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first_line: str, publisher: str, author: str | None
) -> None:
    text = f"가상 연구소, 한국어 모델 새로 공개\n입력 2025.03.05 10:20\n{first_line}\n{MORE}\n"
    fm, text_body, _ = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == publisher
    assert fm.get("author") == author
    assert "기자 =" not in text_body and "】" not in text_body


@pytest.mark.parametrize(
    ("trailer", "publisher"),
    [
        ("저작권자 ⓒ 아이뉴스24 무단전재 및 재배포 금지", "아이뉴스24"),
        ("Copyright ⓒ 뉴시스. All rights reserved.", "뉴시스"),
        ("홍길동 기자 hong@etnews.com", "전자신문"),
        ("<ⓒ경향신문(https://www.khan.co.kr), 무단전재 및 재배포 금지>", "경향신문"),
    ],
)
def test_trailer_lines_give_the_publisher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], trailer: str, publisher: str
) -> None:
    fm, text_body, _ = ingest(
        tmp_path, capsys, page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05", trailer=trailer)
    )
    assert fm["publisher"] == publisher
    assert trailer not in text_body


def test_outlet_name_printed_alone_gives_the_publisher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _, _ = ingest(tmp_path, capsys, page("세계일보", "가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05"))
    assert fm["publisher"] == "세계일보"


def test_unknown_outlet_is_taken_as_printed_and_warned(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = page(
        "가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05", trailer="저작권자 ⓒ 가나다뉴스 무단전재 및 재배포 금지"
    )
    fm, _, out = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "가나다뉴스"
    assert "publisher '가나다뉴스' (copyright line) is not in the outlet registry" in out


def test_portal_copy_gets_the_original_outlet_and_photo_credit_is_never_publisher(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = page(
        "가상 연구소, 한국어 모델 새로 공개",
        "다음뉴스",
        "입력 2025.03.05",
        "발표하는 연구소장. 사진=연합뉴스",
        "한국경제",
        trailer="Copyright ⓒ Kakao Corp. 무단전재 및 재배포 금지",
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "한국경제"


def test_no_publisher_printed_holds_the_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05", trailer="")
    fm, _, _ = ingest(tmp_path, capsys, text, name="x.txt")
    assert fm["draft"] is True
    assert fm["review"] == ["publisher: not printed (no dateline, copyright line, e-mail or outlet name)"]


def test_seed_named_after_its_site_gives_the_publisher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05", trailer="")
    fm, _, out = ingest(tmp_path, capsys, text, name="0042_hankyung_model.txt")
    assert fm["publisher"] == "한국경제" and "draft" not in fm
    assert "taken from the seed file name '0042_hankyung_model.txt'" in out


def test_a_seeds_name_is_read_past_its_portals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A portal's copy saved under the portal's name and section: the two words after the portal's are read."""
    text = page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05", trailer="")
    fm, _, _ = ingest(tmp_path, capsys, text, name="0042_daum_it_hankyung_model.txt")
    assert fm["publisher"] == "한국경제" and "draft" not in fm, fm


def test_a_story_word_in_a_seeds_name_is_no_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'cctv' is a broadcaster's domain name and a story's camera: past the name's first two
    words (its site's, a portal's), the words are the story's."""
    text = page("가상 연구소, 터널 CCTV 분석 AI 공개", "입력 2025.03.05", trailer="")
    fm, _, _ = ingest(tmp_path, capsys, text, name="0042_ex_blog_tunnel_ai_cctv.txt")
    assert fm["draft"] is True and not fm.get("publisher"), fm


# --- authors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("홍길동 선임기자", "홍길동"),
        ("기자명 홍길동", "홍길동"),
        ("홍길동·김철수 기자", ["홍길동", "김철수"]),
        ("- 박영희 특파원", "박영희"),
        ("/글·그래픽=홍길동 기자 hong@example.com", "홍길동"),
        ("글·사진=김철수 기자", "김철수"),
    ],
)
def test_bylines_give_authors(tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, author) -> None:
    text = page("가상 연구소, 한국어 모델 새로 공개", line, "입력 2025.03.05")
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["author"] == author


def test_transcript_sign_off_gives_the_reporter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "가상 연구소, 한국어 모델 새로 공개\n입력 2025.03.05 (06:23)\n[앵커]\n"
        "가상의 연구소가 새 언어 모델을 공개했습니다.\n뉴욕에서 홍길동 특파원이 보도합니다.\n[리포트]\n"
        "연구소는 모델을 연구자들에게 먼저 제공한다고 밝혔습니다.\nⓒ 연합뉴스TV\n"
    )
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["author"] == "홍길동"


@pytest.mark.parametrize("line", ["AI리포터", "AI리포터 airepoter@etnews.com", "그래픽=홍길동 기자"])
def test_machine_bylines_and_mail_names_are_not_authors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str
) -> None:
    fm, _, _ = ingest(tmp_path, capsys, page("가상 연구소, 한국어 모델 새로 공개", line, "입력 2025.03.05"))
    assert "author" not in fm


# --- headlines and summaries ------------------------------------------------------------------


def test_weather_widget_above_the_headline_is_not_the_headline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fm, text_body, _ = ingest(tmp_path, capsys, page("• 구름조금서울 -3.5℃", "가상 연구소, 한국어 모델 새로 공개"))
    assert fm["title"] == "가상 연구소, 한국어 모델 새로 공개"
    assert "℃" not in text_body


def test_bracketed_labels_and_site_notes_are_chrome_but_quotes_stay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = "[홍길동/가상대 교수 : 모델이 더 좋아졌습니다.]"
    text = page(
        "가상 연구소, 한국어 모델 새로 공개",
        "입력 2025.03.05",
        "[가상의 주간 칼럼]",
        quote,
        "URL이 복사되었습니다. 원하는 곳에 붙여넣기 해주세요.",
        "[이 기사에 나온 기업에 대한 더 많은 정보는 가상 플랫폼 '데이터방'에서 볼 수 있습니다.]",
    )
    _, text_body, _ = ingest(tmp_path, capsys, text)
    assert "주간 칼럼" not in text_body and "데이터방" not in text_body and "복사되었습니다" not in text_body
    assert "모델이 더 좋아졌습니다." in text_body


def test_outlet_tag_with_a_machine_byline_is_cut(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = f"가상 연구소, 한국어 모델 새로 공개\n입력 2025.03.05\n[디지털투데이 AI리포터] {LEDE}\n{MORE}\n"
    fm, text_body, _ = ingest(tmp_path, capsys, text)
    assert fm["publisher"] == "디지털투데이" and "author" not in fm
    assert "AI리포터" not in text_body and text_body.strip().startswith("가상의 연구소가")


def test_short_headline_above_the_date_line_is_the_headline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, _, _ = ingest(tmp_path, capsys, page("닫기", "모델에 혼났다", "2025-04-05 15:12", "조회수 : 1,662"))
    assert fm["title"] == "모델에 혼났다"


def test_quoted_headline_is_not_taken_for_body(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, text_body, _ = ingest(tmp_path, capsys, page("세계일보", "가상 연구소, 모델 공개한 날 “시장은 하품했다”"))
    assert fm["title"] == "가상 연구소, 모델 공개한 날 “시장은 하품했다”"
    assert "하품했다" not in text_body


def test_headline_written_from_the_lede_when_none_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "(서울=뉴스1) 홍길동 기자 = 중국의 딥시크 띄우기가 한창입니다.\n2025.01.28\n" + MORE + "\n"
    fm, _, _ = ingest(tmp_path, capsys, text)
    assert fm["title"] == "중국, 딥시크 띄우기 한창"
    assert fm["review"] == ["title: written from the lede"]
    assert "draft" not in fm  # a written headline alone does not hold a dated article


def test_written_headline_is_short_and_has_no_sentence_ending(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lede = (
        "가상 그룹의 홍길동 최고경영자가 1일 김철수 회장과 이영희 회장을 차례로 만난 뒤 저녁에 대통령과 "
        "비공개로 접견한다."
    )
    fm, _, _ = ingest(tmp_path, capsys, f"{lede}\n입력 2025.10.01\n{MORE}\nⓒ 뉴시스\n")
    assert len(fm["title"]) <= 40 and not fm["title"].endswith(("다.", "다"))
    assert fm["title"].startswith("홍길동 최고경영자, ")


def test_written_headline_takes_no_verb_after_an_object_for_its_subject(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'지위를 바꾸는 법안이': '바꾸는' tells of the object before it; it is no subject '바꾸'."""
    lede = "AI 교과서 지위를 '교과서'에서 '교육자료'로 바꾸는 법안이 4일 국회 본회의를 통과했다."
    fm, _, _ = ingest(tmp_path, capsys, f"{lede}\n입력 2025.08.04\n{MORE}\nⓒ 뉴시스\n")
    assert not fm["title"].startswith("바꾸"), fm["title"]
    # (A subject in '-이' after an object is still the subject.)
    lede = "오픈AI를 비롯한 미국 AI 기업들이 한국 데이터센터 투자를 잇따라 검토하고 있다."
    fm, _, _ = ingest(tmp_path / "2", capsys, f"{lede}\n입력 2025.03.04\n{MORE}\nⓒ 뉴시스\n")
    assert fm["title"].startswith("미국 AI 기업들, "), fm["title"]
    # (Nor is a noun ending in '던' or '을' a verb's form or an object: '런던', '올가을'.)
    for lede, subject in (
        ("런던 증시가 AI 거품 우려에 이틀째 급락했다.", "런던 증시, "),
        ("올가을 전남 AI 스마트마을이 입주자 모집에 들어갔다.", "전남 AI 스마트마을, "),
    ):
        fm, _, _ = ingest(tmp_path / subject, capsys, f"{lede}\n입력 2025.03.04\n{MORE}\nⓒ 뉴시스\n")
        assert fm["title"].startswith(subject), fm["title"]


def test_summary_never_repeats_title_or_first_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fm, text_body, _ = ingest(tmp_path, capsys, page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05"))
    first = text_body.strip().split("\n\n")[0]
    assert fm.get("summary") not in (fm["title"], first)


# --- rules as data ----------------------------------------------------------------------------


def test_site_lexicon_extends_chrome_spam_and_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (
        "가상 연구소, 한국어 모델 새로 공개\n"
        "올린시각 2025.03.05 10:20\n"
        "오늘의 운세\n"
        f"{LEDE} 행운번호 추천\n{MORE}\nⓒ 뉴시스\n"
    )
    root = make_project(tmp_path, {"a.txt": text})
    (root / "content" / "lexicon.yaml").write_text(
        "chrome:\n  widgets: [오늘의 운세]\nspam:\n  words: [행운번호 추천]\ndates:\n  published: [올린시각]\n",
        encoding="utf-8",
    )
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    path = article_path(root, "a.txt")
    fm, text_body = front_matter(path), body(path)
    assert fm["date"] == dt.datetime(2025, 3, 5, 10, 20, tzinfo=KST)
    assert "오늘의 운세" not in text_body and "행운번호" not in text_body
    assert "spam phrase '행운번호 추천' removed" in out


def test_site_lexicon_adds_the_clock_of_a_city_abroad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A site's own place for its weather widget: the stamp is read in that place's time, shown in Korea's."""
    text = (
        f"가상한인신문\n가상시티 21°C 맑음\n가상 연구소, 한국어 모델 새로 공개\n입력 2025.03.05 10:20\n{LEDE}\n{MORE}\n"
    )
    root = make_project(tmp_path, {"a.txt": text})
    (root / "content" / "lexicon.yaml").write_text(
        "dates:\n  clocks: {가상시티: America/Chicago, 서울: Asia/Seoul}\n", encoding="utf-8"
    )
    code, _, err = run_ingest(root, capsys)
    assert code == 0, err
    assert front_matter(article_path(root, "a.txt"))["date"] == dt.datetime(2025, 3, 6, 1, 20, tzinfo=KST)


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("chrome:\n  widget: [x]\n", "content/lexicon.yaml:2: 'chrome' has no list 'widget' (did you mean 'widgets'?)"),
        ("particles: [요]\n", "content/lexicon.yaml:1: unknown section 'particles'"),
        ("spam:\n  words: x\n", "content/lexicon.yaml:2: 'spam.words' must be a list of words or phrases"),
        ("spam:\n  glosses: {'': ''}\n", "content/lexicon.yaml:2: 'spam.glosses' must map terms to abbreviations"),
        (
            "dates:\n  clocks: {가상시티: Mars/Olympus}\n",
            "content/lexicon.yaml:2: 'dates.clocks' must map places to time zones: no zone 'Mars/Olympus'",
        ),
        ("dates:\n  clocks: [LA]\n", "content/lexicon.yaml:2: 'dates.clocks' must map places to time zones"),
    ],
)
def test_bad_site_lexicon_is_reported_with_path_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], yaml_text: str, message: str
) -> None:
    from site_builder.errors import SiteError

    root = make_project(tmp_path, {"a.txt": page("가상 연구소, 한국어 모델 새로 공개", "입력 2025.03.05")})
    (root / "content" / "lexicon.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(SiteError) as info:
        run_ingest(root, capsys)
    assert message in str(info.value)
