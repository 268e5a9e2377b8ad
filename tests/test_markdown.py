"""Markdown rendering: Korean-safe emphasis, escaped HTML, and the shortcuts for plain text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.inlinepatterns import LinkInlineProcessor

from site_builder import markdown

REPO = Path(__file__).resolve().parent.parent

# Characters that news text is made of, plus every character Markdown gives a meaning to.
ALPHABET = st.sampled_from(list("딥시크가 오픈AI는 엔비디아의 abc XYZ 123 .,'\"()?%“”‘’…·-+=*_#>!<&[]|~`\\:\t\n 　"))

_plain_python_markdown = markdown._make(shortcuts=False)


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_fast_path_matches_python_markdown_or_declines(text: str) -> None:
    fast = markdown._plain_paragraphs(text)
    if fast is not None:
        assert fast == _plain_python_markdown.reset().convert(text)


# Pieces of Markdown that each start an inline pattern, between runs of plain text.
FRAGMENTS = st.sampled_from(
    [
        "딥시크가 ",
        "오픈AI는",
        "\n",
        "\n\n",
        "  \n",
        "\t\n",
        "**굵게**",
        "*기울임*",
        "_밑줄_",
        "`코드`",
        "\\*",
        "[링크](/a)",
        "![그림](b.png)",
        "[참조][r]",
        "[r]",
        "\n\n[r]: /x\n",
        "<https://a.kr>",
        "<a@b.kr>",
        "&amp;",
        "&",
        "<b>",
        "- ",
        "## ",
        "> ",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "\n```\ncode\n```\n",
        "\n~~~\ncode\n~~~\n",
        "    ",
        "1. ",
        "\x02",
        # Lines a block processor claims, also once a quote's or a list's mark is cut off them.
        "\n- - -",
        "\n***",
        "\n_ _ _",
        "\n===",
        "\n---",
        "\n- ---",
        "\n> ===",
        "\r",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(ALPHABET, max_size=6)), max_size=30).map("".join))
def test_shortcuts_change_no_output(text: str) -> None:
    assert markdown.convert(text) == _plain_python_markdown.reset().convert(text)


@settings(max_examples=600, deadline=None)
@given(st.text(st.sampled_from(list("[]ab\\(!")), max_size=40))
def test_bracket_ends_are_python_markdowns(text: str) -> None:
    assert markdown.bracket_ends(text) == LinkInlineProcessor._findBracketEnds(text)


def test_the_converter_finds_brackets_the_quick_way() -> None:
    # The equality above is worth nothing if the converter does not use it.
    assert markdown._shared().inlinePatterns["link"]._findBracketEnds is markdown.bracket_ends


def test_shortcuts_see_marks_that_removed_control_characters_join() -> None:
    # Python-Markdown deletes STX and ETX first: what is left can be a line break, an image
    # or a reference definition.
    for text in ["가  \x02\n나", "!\x02[그림](b.png)", "[r]\n\n[r]\x02: /x\n"]:
        assert markdown.convert(text) == _plain_python_markdown.reset().convert(text)


def test_shortcuts_see_every_kind_of_fence_and_marks_without_spaces() -> None:
    fences = ["가\n\n~~~\n# 코드\n~~~\n", "가\n\n```python\n> 코드\n```\n", "~~~~\n| a |\n~~~~"]
    for text in [*fences, ">인용", "가\n\n[r]:/x\n\n[r]", "|a|b|\n|-|-|", "가\n\n_ _  _\n"]:
        assert markdown.convert(text) == _plain_python_markdown.reset().convert(text)


def test_shortcuts_see_lines_a_lone_carriage_return_ends() -> None:
    # Python-Markdown reads a CR alone as a line break: a heading's underline or a rule stands there.
    for text in ["제목\r===\r본문", "가\r\r- - -\r나", "제목\r\n---\r\n"]:
        assert markdown.convert(text) == _plain_python_markdown.reset().convert(text)


def test_plain_news_paragraphs_take_the_fast_path() -> None:
    text = "첫 문단입니다. “인용”도 있다.\n\n둘째 문단 (괄호) 50% 'o1'.\n"
    assert markdown._plain_paragraphs(text) == "<p>첫 문단입니다. “인용”도 있다.</p>\n<p>둘째 문단 (괄호) 50% 'o1'.</p>"


def test_bold_before_a_hangul_particle_stays_bold() -> None:
    assert markdown.to_html("**오픈AI(OpenAI)**는 발표했다.") == "<p><strong>오픈AI(OpenAI)</strong>는 발표했다.</p>"


def test_raw_html_and_script_urls_are_neutralised() -> None:
    html = markdown.to_html('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)"> [a](javascript:alert(3))\n')
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_root_relative_links_get_the_base_path() -> None:
    html = markdown.to_html("[태그](/tags/deepseek/) ![그림](/static/a.png) [밖](https://a.kr/x)", "/ai-timeline/")
    assert 'href="/ai-timeline/tags/deepseek/"' in html and 'src="/ai-timeline/static/a.png"' in html
    assert 'href="https://a.kr/x"' in html
    assert 'href="/tags/deepseek/"' in markdown.to_html("[태그](/tags/deepseek/)")


def test_a_backslash_in_a_link_is_read_as_a_browser_reads_it() -> None:
    """In a browser '\\\\evil.example' opens another site, and '\\evil.example' a path at the root,
    which gets the base path as any root-relative link does (so `check` sees where it goes)."""
    html = markdown.to_html("[a](\\\\\\\\evil.example/x) [b](\\\\evil.example?q=\\\\x)\n", base_path="/repo/")
    assert 'href="//evil.example/x"' in html and 'href="/repo/evil.example?q=\\x"' in html, html


def test_code_blocks_take_keyboard_focus_and_a_written_pre_stays_text() -> None:
    """A wide code block scrolls sideways on a phone; a keyboard reaches it only with tabindex."""
    html = markdown.to_html("글 <pre>x</pre>\n\n```python\nprint('<a>')\n```\n\n    들여 쓴 코드\n")
    assert html.count('<pre tabindex="0"><code') == 2 and "&lt;pre&gt;x&lt;/pre&gt;" in html


# Run in a process of its own, so that nothing an earlier test converted is left in the parser.
NESTED = """
from site_builder import markdown
before = markdown.to_html("- 가\\n    - 나\\n\\n다")
deep = "\\n".join("    " * level + "- 항목" for level in range(400))
try:
    markdown.to_html(deep)
    print("rendered")
except ValueError as exc:
    print(exc)
print(markdown.to_html("- 가\\n    - 나\\n\\n다") == before)
"""


def test_a_text_nested_past_the_recursion_limit_is_a_value_error_saying_so() -> None:
    """(An article is refused before: content.MAX_LIST_DEPTH; a template's own text may still nest so.)
    And it leaves nothing behind: the next text renders as it did before."""
    proc = subprocess.run([sys.executable, "-c", NESTED], capture_output=True, text=True, cwd=REPO, timeout=120)
    said = proc.stdout.splitlines()
    # (Python-Markdown 3.11.4 renders it: it no longer goes deeper than the stack allows. Before, it
    # raised RecursionError, said here as a ValueError.)
    refused = said[0].startswith("a text nests too deep for Markdown")
    assert (refused or said[0] == "rendered") and said[1] == "True", proc.stdout + proc.stderr
