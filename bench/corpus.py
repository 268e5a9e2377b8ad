"""A deterministic synthetic corpus: N Korean AI-news articles in our front-matter format.

Shared by the benchmarks (bench/rebuild.py here; the comparison with Pelican and Hugo of
issue 7 can reuse `write_corpus` and convert the same articles). The same `n` and `seed`
always give the same bytes, so figures from different runs and machines compare.

Shape, chosen to look like the real seeds: bodies of 3-8 KB of UTF-8 Korean (headings,
lists, bold names followed by particles, links), 1-6 tags per article from 40 tags with a
skewed (Zipf-like) popularity, dates spread over 2019-2025 with times of day.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path

# (name, slug, Korean label, kind): the 40 tags; earlier ones are used far more often.
TAGS = [
    ("OpenAI", "openai", "오픈AI", "company"),
    ("Nvidia", "nvidia", "엔비디아", "company"),
    ("Google", "google", "구글", "company"),
    ("DeepSeek", "deepseek", "딥시크", "company"),
    ("Microsoft", "microsoft", "마이크로소프트", "company"),
    ("Meta", "meta", "메타", "company"),
    ("Samsung", "samsung", "삼성전자", "company"),
    ("Anthropic", "anthropic", "앤트로픽", "company"),
    ("Naver", "naver", "네이버", "company"),
    ("SK hynix", "sk-hynix", "SK하이닉스", "company"),
    ("LLM", "llm", "대형언어모델", "topic"),
    ("AI 반도체", "ai-chips", "AI 반도체", "topic"),
    ("Apple", "apple", "애플", "company"),
    ("Amazon", "amazon", "아마존", "company"),
    ("Kakao", "kakao", "카카오", "company"),
    ("LG AI Research", "lg-ai-research", "LG AI연구원", "organization"),
    ("Upstage", "upstage", "업스테이지", "company"),
    ("Sam Altman", "sam-altman", "샘 알트먼", "person"),
    ("Jensen Huang", "jensen-huang", "젠슨 황", "person"),
    ("ChatGPT", "chatgpt", "챗GPT", "product"),
    ("Gemini", "gemini", "제미나이", "product"),
    ("Claude", "claude", "클로드", "product"),
    ("Llama", "llama", "라마", "product"),
    ("HBM", "hbm", "고대역폭메모리", "product"),
    ("AI 규제", "ai-regulation", "AI 규제", "topic"),
    ("오픈소스", "open-source", "오픈소스", "topic"),
    ("로보틱스", "robotics", "로보틱스", "topic"),
    ("자율주행", "autonomous-driving", "자율주행", "topic"),
    ("Tesla", "tesla", "테슬라", "company"),
    ("xAI", "xai", "xAI", "company"),
    ("Mistral", "mistral", "미스트랄", "company"),
    ("Perplexity", "perplexity", "퍼플렉시티", "company"),
    ("Hugging Face", "hugging-face", "허깅페이스", "company"),
    ("TSMC", "tsmc", "TSMC", "company"),
    ("과학기술정보통신부", "msit", "과학기술정보통신부", "organization"),
    ("EU", "eu", "유럽연합", "organization"),
    ("CES", "ces", "CES", "event"),
    ("GTC", "gtc", "GTC", "event"),
    ("Elon Musk", "elon-musk", "일론 머스크", "person"),
    ("Demis Hassabis", "demis-hassabis", "데미스 허사비스", "person"),
]
LABELS = {name: label for name, _, label, _ in TAGS}
WEIGHTS = [1 / (rank + 1) ** 1.1 for rank in range(len(TAGS))]  # Zipf-like: a few tags dominate

PUBLISHERS = ["AI타임스", "전자신문", "지디넷코리아", "디지털데일리", "매일경제", "한국경제", "조선비즈", "블로터"]
AUTHORS = ["임대준", "박찬", "김동원", "조예주", "장세민", "이해원", "정병일", "박수빈"]
PARTICLES = [("이", "가"), ("은", "는"), ("도", "도")]  # (after a final consonant, after a vowel)
THINGS = [
    "추론 모델",
    "멀티모달 모델",
    "AI 칩",
    "데이터센터",
    "클라우드 서비스",
    "AI 에이전트",
    "학습 데이터",
    "오픈소스 모델",
]
NUMBERS = ["17%", "3배", "1조원", "6000억달러", "90% 이상", "두 자릿수", "10만건", "20억 달러"]
SENTENCES = [
    "{ap} 새로운 {t}을 공개하며 시장의 관심을 끌었다.",
    "업계에 따르면 {a}의 {t}은 경쟁 제품보다 비용이 {n} 저렴한 것으로 알려졌다.",
    "**{a}**{pp} 이번 발표가 {bw}의 경쟁 구도를 바꿀 것이라고 강조했다.",
    "전문가들은 {t} 분야에서 {aw} {b}의 격차가 빠르게 줄고 있다고 분석했다.",
    "이 소식이 전해지자 {b}의 주가는 하루 만에 {n} 움직였다.",
    '{a} 관계자는 "{t}의 성능과 효율을 동시에 끌어올리는 것이 목표"라고 말했다.',
    "한편 {bp} 다음 달 {t} 관련 전략을 발표할 예정이다.",
    "국내 기업들도 {t} 개발에 속도를 내며 {a}의 움직임을 주시하고 있다.",
    "미국과 중국의 기술 경쟁이 격화되면서 {t} 공급망에 대한 우려도 커지고 있다.",
    "[관련 보도](https://www.example.com/news/{i})에 따르면 {ap} 이미 시험 운영을 마쳤다.",
]
HEADINGS = ["## 배경", "## 시장 반응", "## 업계 전망", "## 남은 과제", "## 국내 영향"]
TITLES = [
    "{a}, {t} 전격 공개",
    "{a}·{b} {t} 경쟁 본격화",
    "{a} {t}에 업계 '술렁'",
    '"{t} 판도 바뀐다"…{a}의 승부수',
    "{b}, {a} 견제 나서",
]


@dataclass(frozen=True)
class Article:
    name: str  # file name in content/articles/
    text: str  # the whole file: front matter and body


def josa(word: str, pair: tuple[str, str]) -> str:
    """The particle that fits the word's last syllable: 딥시크가, 구글이, 오픈AI는."""
    last = word[-1]
    closed = "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 != 0
    return pair[0] if closed else pair[1]


def pick_tags(rng: random.Random) -> list[str]:
    count = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6])
    chosen: list[str] = []
    while len(chosen) < count:
        name = rng.choices(TAGS, weights=WEIGHTS)[0][0]
        if name not in chosen:
            chosen.append(name)
    return chosen


def body(rng: random.Random, tags: list[str], index: int) -> str:
    """Paragraphs until the body reaches its drawn size of 3-8 KB (UTF-8)."""
    target = rng.randint(3 * 1024, 8 * 1024)
    names = [LABELS[t] for t in tags] + [LABELS[rng.choices(TAGS, weights=WEIGHTS)[0][0]]]
    parts: list[str] = []
    size = 0
    while size < target:
        roll = rng.random()
        if roll < 0.1 and parts:
            block = rng.choice(HEADINGS)
        elif roll < 0.18:
            block = "\n".join(f"- {rng.choice(names)}의 {rng.choice(THINGS)}: {rng.choice(NUMBERS)}" for _ in range(3))
        else:
            sentences = []
            for _ in range(rng.randint(2, 4)):
                a, b = rng.choice(names), rng.choice(names)
                pa, pb = rng.choice(PARTICLES), rng.choice(PARTICLES)
                sentence = rng.choice(SENTENCES).format(
                    a=a,
                    b=b,
                    ap=a + josa(a, pa),
                    bp=b + josa(b, pb),
                    pp=josa(a, pa),
                    aw=a + josa(a, ("과", "와")),
                    bw=b + josa(b, ("과", "와")),
                    t=rng.choice(THINGS),
                    n=rng.choice(NUMBERS),
                    i=index,
                )
                sentences.append(sentence)
            block = " ".join(sentences)
        parts.append(block)
        size += len(block.encode()) + 2
    return "\n\n".join(parts) + "\n"


def front_matter(fields: dict[str, object]) -> str:
    lines = []
    for key, value in fields.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(str(v) for v in value)}]")
        else:
            lines.append(f"{key}: {value}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def make_article(index: int, seed: int = 0) -> Article:
    rng = random.Random(f"{seed}:{index}")
    tags = pick_tags(rng)
    start = dt.datetime(2019, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    when = start + dt.timedelta(minutes=rng.randrange(7 * 365 * 24 * 60))
    a = LABELS[tags[0]]
    b = LABELS[rng.choice(tags[1:] or [rng.choices(TAGS, weights=WEIGHTS)[0][0]])]
    title = rng.choice(TITLES).format(a=a, b=b, t=rng.choice(THINGS))
    text = body(rng, tags, index)
    summary = text.split("\n\n")[0].split(". ")[0].replace("**", "")[:120]
    fields: dict[str, object] = {
        "title": "'" + title.replace("'", "''") + "'",
        "date": when.isoformat(timespec="seconds"),
        "publisher": rng.choice(PUBLISHERS),
        "author": rng.choice(AUTHORS),
        "tags": tags,
        "summary": "'" + summary.replace("'", "''") + "'",
        "slug": f"a{index:05d}-{rng.choice(TAGS)[1]}",
    }
    return Article(f"a{index:05d}.md", front_matter(fields) + text)


def tags_yaml() -> str:
    lines = ["# Synthetic corpus tags (bench/corpus.py)"]
    for name, slug, label, kind in TAGS:
        lines += [f"{name}:", f"  slug: {slug}", f"  label: {label}", f"  kind: {kind}"]
    return "\n".join(lines) + "\n"


def write_corpus(root: Path, n: int, seed: int = 0, base_url: str = "https://example.github.io/ai-timeline/") -> Path:
    """Write a complete project (site.yaml, content/tags.yaml, N articles) under `root`."""
    articles = root / "content" / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(
        f"title: AI 타임라인 (벤치마크)\nbase_url: {base_url}\ntimezone: Asia/Seoul\npage_size: 20\n", encoding="utf-8"
    )
    (root / "content" / "tags.yaml").write_text(tags_yaml(), encoding="utf-8")
    # An archive's articles were saved long before the build that is measured: dated an hour
    # back, none is read again as one saved just before the build (content.RACY_NS).
    saved = time.time_ns() - 3600 * 10**9
    for index in range(n):
        article = make_article(index, seed)
        path = articles / article.name
        path.write_text(article.text, encoding="utf-8")
        os.utime(path, ns=(saved, saved))
    return root


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="write a synthetic ai-timeline project")
    parser.add_argument("root", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.root, args.n, args.seed)
    print(f"wrote {args.n} articles to {args.root}")
