"""Seeds in every shape Korean pages come in: encodings, line ends, empty, binary, HTML."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from ingest_helpers import ARTICLE, article_path, body, front_matter, ledger_names, make_project, run_ingest

from tests.conftest import REPO


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("cp949"), id="cp949"),
        pytest.param(lambda t: t.encode("euc-kr"), id="euc-kr"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"), id="bom-crlf"),
        # Decomposed Hangul, as some copies on a Mac give it.
        pytest.param(lambda t: unicodedata.normalize("NFD", t).encode("utf-8"), id="nfd"),
        # Line breaks of other kinds: a word processor's manual one, a page break, Unicode's own.
        pytest.param(lambda t: t.replace("\n", "\x0b").encode("utf-8"), id="vertical-tab"),
        pytest.param(lambda t: t.replace("\n", "\x0c", 3).encode("utf-8"), id="form-feed"),
        pytest.param(lambda t: t.replace("\n", "\u2028").encode("utf-8"), id="line-separator"),
        pytest.param(lambda t: t.replace("\n", "\x85").encode("utf-8"), id="next-line"),
        # Bidirectional marks and overrides pasted with the text.
        pytest.param(lambda t: t.replace("새 추론", "\u202e새 추론\u202c\u200f").encode("utf-8"), id="bidi-controls"),
    ],
)
def test_encodings_give_the_same_article(tmp_path: Path, capsys: pytest.CaptureFixture[str], encode) -> None:
    text = ARTICLE.replace("©", "ⓒ")  # '©' is not in CP949; 'ⓒ' is what Korean pages use there
    reference = make_project(tmp_path / "a", {"x.txt": text})
    assert run_ingest(reference, capsys)[0] == 0
    root = make_project(tmp_path / "b", {"x.txt": encode(text)})
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    got = article_path(root, "x.txt").read_text(encoding="utf-8")
    assert got == article_path(reference, "x.txt").read_text(encoding="utf-8")
    assert "\r" not in got and "\ufeff" not in got
    assert front_matter(article_path(root, "x.txt"))["title"] == "가상의 AI 연구소, 새 추론 모델 공개"


def test_synthetic_article_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    run_ingest(root, capsys)
    path = article_path(root, "x.txt")
    fm = front_matter(path)
    assert " ".join(fm) == "title date updated publisher author tags summary slug seed date_source ingest_hash"
    assert str(fm["date"]) == "2025-03-05 10:20:00+09:00"
    assert "date: 2025-03-05T10:20:00+09:00\n" in path.read_text(encoding="utf-8")
    assert fm["publisher"] == "AI타임스" and fm["author"] == "홍길동"
    assert fm["tags"] == ["Nvidia", "OpenAI"]
    assert fm["date_source"] == "byline '입력 2025.03.05 10:20'"
    text = body(path)
    for chrome in ("최종편집", "기자명", "입력", "본문 글씨", "hong@aitimes.com", "무단전재"):
        assert chrome not in text
    assert "회사는 다음 달 일반 사용자에게도 모델을 공개할 계획이다." in text


@pytest.mark.parametrize("content", [b"", b"   \n\r\n\t  \n", codecs.BOM_UTF8 + b"\n \n"])
def test_empty_seed_is_skipped_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    root = make_project(tmp_path, {"empty.txt": content, "x.txt": ARTICLE})
    code, out, _ = run_ingest(root, capsys)
    assert code == 0
    assert "seeds/empty.txt: empty seed, skipped" in out
    assert "1 skipped" in out
    assert not article_path(root, "empty.txt").exists()
    assert article_path(root, "x.txt").exists()


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", bytes(range(256)) * 4, b"\xff\xfe\xfd\xfc" * 50 + b"\x80\x80"],
)
def test_binary_seed_fails_clearly_and_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    root = make_project(tmp_path, {"image.txt": content, "x.txt": ARTICLE})
    code, out, err = run_ingest(root, capsys)
    assert code == 1
    assert "seeds/image.txt: " in err
    assert any(word in err for word in ("binary", "cannot decode"))
    assert "Traceback" not in err + out
    assert article_path(root, "x.txt").exists()
    assert "1 failed" in out


def test_a_seed_that_stops_being_utf8_is_named_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A UTF-8 seed with one line pasted from a CP949 page reads as neither: the line is named."""
    mixed = ARTICLE.encode("utf-8") + "한국어 한 줄\n".encode("cp949")
    root = make_project(tmp_path, {"mixed.txt": mixed})
    code, _, err = run_ingest(root, capsys)
    line = ARTICLE.count("\n") + 1
    assert code == 1 and f"seeds/mixed.txt:{line}: cannot decode as UTF-8 or CP949/EUC-KR text" in err


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_told_from_a_binary_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    root = make_project(tmp_path, {"wide.txt": ARTICLE.encode(encoding), "zeros.txt": bytes(4000)})
    code, _, err = run_ingest(root, capsys)
    assert code == 1 and "seeds/wide.txt: UTF-16 text without a byte order mark: save it as UTF-8" in err
    assert "seeds/zeros.txt: binary file (contains NUL bytes), not text" in err


def test_html_in_a_seed_is_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = ARTICLE.replace(
        "이 모델은 기존 모델보다",
        '<script>alert("x")</script> <img src=x onerror=alert(1)> <a href="javascript:alert(2)">링크</a> '
        "R&D 비용과 &lt;b&gt; 표기, <오징어 게임> 제목도 있다. <국내 AI 칩 비교>와 <2025 결산>, <EU AI법 일정>,"
        " <홍길동@gasang.kr>도 있다. <!-- 주석 --> 이 모델은 기존 모델보다",
    )
    root = make_project(tmp_path, {"x.txt": hostile})
    assert run_ingest(root, capsys)[0] == 0
    raw = article_path(root, "x.txt").read_text(encoding="utf-8")
    lowered = raw.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<a " not in lowered
    assert "javascript:" not in lowered
    assert "&lt;script>" in raw and "R&D" in raw and "&amp;lt;b&amp;gt;" in raw
    # A '<' that opens no tag, comment or autolink stays as written (the file is read by hand too);
    # one before a Latin letter would open a tag, and one of an address an e-mail link.
    assert "<오징어 게임>" in raw and "<국내 AI 칩 비교>" in raw and "<2025 결산>" in raw
    assert "&lt;EU AI법 일정>" in raw and "&lt;홍길동@gasang.kr>" in raw
    assert "</" not in raw and "<!--" not in raw  # (a closing tag, a comment)

    import markdown

    html = markdown.markdown(body(article_path(root, "x.txt")))
    assert "<script" not in html and "onerror=" not in html.replace("onerror=alert(1)&gt;", "")
    assert "<img" not in html and "<a " not in html
    assert "&lt;국내 AI 칩 비교&gt;" in html and "&lt;EU AI법 일정&gt;" in html and "mailto" not in html


def test_markdown_syntax_in_text_stays_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = ARTICLE.replace("회사는 다음 달", "# 1. 이것은 제목이 아니다. **굵게** 아님. 회사는 다음 달")
    root = make_project(tmp_path, {"x.txt": seed})
    run_ingest(root, capsys)
    import markdown

    html = markdown.markdown(body(article_path(root, "x.txt")))
    assert "<h1>" not in html and "<strong>" not in html and "<ol>" not in html
    assert "# 1. 이것은 제목이 아니다." in html


def test_hidden_seeds_are_an_editors_or_systems_files_and_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A backup '.a.txt', macOS's '._a.txt' and Emacs's lock '.#a.txt' (a link to nowhere) are
    no seeds: an article named so would never be built (the build skips hidden names), and a
    copy of a real seed would have made it a duplicate of one."""
    root = make_project(tmp_path, {"a.txt": ARTICLE, ".a.txt": ARTICLE, "._a.txt": ARTICLE})
    (root / "seeds" / ".#a.txt").symlink_to("user@host.1234:1700000000")
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    assert sorted(p.name for p in (root / "content" / "articles").iterdir()) == [".ingested", "a.md"]
    assert "duplicate_of" not in article_path(root, "a.txt").read_text(encoding="utf-8")


def test_what_in_the_seeds_folder_is_not_read_is_named_with_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A month's folder of seeds, '기사.TXT' as Windows saves it, a saved page, a .md: each a
    warning line saying what to do, and the exit code of a good run. Hidden and scratch files,
    seeds.yaml and a folder with no seed in it (a saved page's 'x_files/') are no one's business."""
    root = make_project(
        tmp_path,
        {"a.txt": ARTICLE, "연합 기사.TXT": ARTICLE, "yonhap.html": ARTICLE, "b.md": ARTICLE, "seeds.yaml": ""},
    )
    seeds = root / "seeds"
    (seeds / "2025-02").mkdir()
    (seeds / "2025-02" / "yonhap.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "yonhap_files").mkdir()
    (seeds / "yonhap_files" / "style.css").write_text("", encoding="utf-8")
    for name in (".a.txt", "a.txt~", "a.txt.swp", ".DS_Store"):
        (seeds / name).write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_ingest(root, capsys)
    assert code == 0, err
    assert [line for line in out.splitlines() if line.startswith("warning: seeds/")] == [
        "warning: seeds/2025-02/: seeds in folders are not read; move them into seeds/",
        "warning: seeds/b.md: not read: a seed is the page's text in a file whose name ends in .txt",
        "warning: seeds/yonhap.html: not read: a seed is the page's text (.txt); copy the text, not the saved page",
        "warning: seeds/연합 기사.TXT: not read: a seed's name ends in .txt (lower case)",
    ], out
    assert sorted(p.name for p in (root / "content" / "articles").iterdir()) == [".ingested", "a.md"]


def test_a_seed_name_no_list_can_hold_is_refused_and_the_others_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CP949 name a Windows zip leaves, and a name with a line break (the ledger of ingested
    seeds is one name a line): each named as it is, with what to do."""
    root = make_project(tmp_path, {"x.txt": ARTICLE})
    (root / "seeds" / "a\nb.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "seeds" / os.fsdecode("딥시크".encode("cp949") + b".txt")).write_text(ARTICLE, encoding="utf-8")
    code, out, err = run_ingest(root, capsys)
    assert code == 1 and "Traceback" not in err and "2 failed" in out, err
    assert "seeds/a\\nb.txt: the file name holds a line break or another control character: rename the file" in err
    assert "seeds/\\xb5\\xf6\\xbd\\xc3ũ.txt: the file name is not UTF-8" in err, err
    assert ledger_names(root) == ["x.txt"]


def test_a_page_copied_without_its_line_breaks_is_refused_saying_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = "AI타임스 전체기사 산업 정책 로그인 " + ARTICLE.replace("\n", " ") * 3
    root = make_project(tmp_path, {"flat.txt": page, "x.txt": ARTICLE})
    code, out, err = run_ingest(root, capsys)
    assert code == 1 and article_path(root, "x.txt").exists(), err
    assert "seeds/flat.txt: the page's text has no line breaks" in err and "copy the page again" in err, err


def test_a_correction_finds_a_seed_whose_name_a_mac_saved_decomposed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """seeds.yaml's name, typed, is composed (NFC); the file's name saved on a Mac may not be."""
    root = make_project(tmp_path, {unicodedata.normalize("NFD", "딥시크 기사.txt"): ARTICLE})
    (root / "seeds" / "seeds.yaml").write_text("딥시크 기사.txt: {date: 2025-03-01}\n", encoding="utf-8")
    code, out, err = run_ingest(root, capsys)
    assert code == 0 and "not a seed" not in out, out
    written = next((root / "content" / "articles").glob("*.md"))
    assert str(front_matter(written)["date"]) == "2025-03-01", written.read_text(encoding="utf-8")


def test_a_terminal_that_cannot_show_hangul_gets_escapes_not_a_traceback(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"a.txt": ARTICLE})
    result = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "ingest", "--root", str(root)],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        timeout=300,
    )
    out, err = result.stdout.decode("ascii"), result.stderr.decode("ascii")
    assert result.returncode == 0 and "Traceback" not in err, err
    assert "1 written" in out and "\\u" in out


@pytest.mark.parametrize(
    "text",
    [
        "가" * 600_000,
        "a" * 600_000,
        "1." * 300_000,
        "가\n" * 100_000,
        "[가] [오전 8:47] 안녕\n[나] [오전 8:48] 네\n" + "\n" * 300_000 + "끝\n",
        "제목\n" + "\n" * 600_000 + "끝\n",
    ],
    ids=[
        "a line of one syllable",
        "a line of one letter",
        "a line of one number",
        "lines of one syllable",
        "a chat over blank lines",
        "blank lines between two lines",
    ],
)
def test_a_seed_that_is_no_page_is_named_in_seconds_not_minutes(tmp_path: Path, text: str) -> None:
    """Within the size limit, a file no copy of a page makes (a run with no space or line end)
    once kept ingest busy for half an hour: patterns tried from every letter of a long run. The
    timeout guards that kind of fault, a hundred times the few seconds it takes; it is no benchmark."""
    root = make_project(tmp_path, {"odd.txt": text, "x.txt": ARTICLE})
    proc = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "ingest", "--root", str(root)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    # Refused, or held as a draft whose headline was written from its text, for an editor to see.
    refused = ("seeds/odd.txt: no article text found", "seeds/odd.txt: the page's text has no line breaks")
    assert any(why in proc.stderr for why in refused) or "title: written from the lede" in proc.stdout
    assert article_path(root, "x.txt").exists()
