"""Markdown rendering: Korean-safe emphasis, escaped HTML, and the plain-paragraph fast path."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from site_builder import markdown

# Characters that news text is made of, plus every character Markdown gives a meaning to.
ALPHABET = st.sampled_from(list("딥시크가 오픈AI는 엔비디아의 abc XYZ 123 .,'\"()?%“”‘’…·-+=*_#>!<&[]|~`\\:\t\n 　"))


@settings(max_examples=400, deadline=None)
@given(st.text(ALPHABET, max_size=80))
def test_fast_path_matches_python_markdown_or_declines(text: str) -> None:
    fast = markdown._plain_paragraphs(text)
    if fast is not None:
        assert fast == markdown._converter.reset().convert(text)


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
