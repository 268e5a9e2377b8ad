"""Small shared helpers for Korean news text: sentence ends, names, quotes."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from ..lexicon import Lexicon, packaged, phrase_pattern

HANGUL = "가-힣ᄀ-ᇿ㄰-㆏"
KOREAN = re.compile(f"[{HANGUL}]")  # a Hangul letter anywhere in a text
CLOSERS = "'\"’”」』)）]〉》"
# A body sentence ends with a period (optionally inside quotes or brackets), or with the name of
# who wrote it after it, as a live page signs each update: '… 말했다. (홍길동)'.
# (Or signed after its full stop, as an editor's note is: '… 들어봤다. /편집자'.)
_SENTENCE_END = re.compile(
    r"[.。](?:[" + re.escape(CLOSERS) + r"]*)$|다[" + re.escape(CLOSERS) + r"]?$|[.。]\s?\([가-힣]{2,4}\)$"
    r"|[.。]\s?/\s?편집자(?:\s?주)?$"
)
_SPLIT = re.compile(r"(?<=[.!?。])(?:[" + re.escape(CLOSERS) + r"]*)\s+")
# A printed date, the one pattern ingest reads dates with: 2025.01.28, 2025-01-28, 2025/1/28,
# 2025년 1월 28일, a Japanese page's 2025年1月28日 (dates.py adds times, weekdays and two-digit years
# around it).
DATE = (
    r"(?<![\d.])(?P<y>20\d{2}|19\d{2})\s*(?:[.\-/]|[년年])\s*(?P<m>\d{1,2})\s*(?:[.\-/]|[월月])\s*"
    r"(?P<d>\d{1,2})(?![\d%])"
)
# The same in English, as a few Korean sites print their stamp: 'Posted : Mar. 04, 2025 14:22', the
# day maybe ordinal: 'Mar 6th 2025'.
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*\.?"
ENGLISH_DATE = rf"\b{_MONTH_NAME}\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>20\d{{2}})\b"
# The day first, as British and European pages print it: 'Tue 10 Jun 2025 19.30 BST', '4th March 2025'.
ENGLISH_DAY_FIRST = rf"\b(?P<md>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME},?\s+(?P<my>20\d{{2}})\b"
# What stands around an English date in a stamp: its weekday before it, shortened, and its time and a
# zone that can be read after it ('Wed, April 16, 2025 at 1:17 PM PDT', '… 09:00 AM Eastern Daylight Time';
# a British page's '19.30 BST'). (An event's line names the day in full: 'Tuesday, May 20, 2025 at 10:00 AM'.)
ENGLISH_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?(?![a-z])"
ENGLISH_TIME = (
    r",?\s*(?:at\s+|[-–]\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?i:[ap]\.?m\.?))?"
    r"(?:\s*(?:E[SD]?T|P[SD]?T|CDT|M[SD]T|BST|GMT|UTC|KST|(?:Eastern|Pacific|Central|Mountain)\s(?:Daylight|Standard)\sTime))?"
)
# RSS's and e-mail's time ('Tue, 03 Mar 2026 23:40:00 GMT'), as feed readers print it.
FEED_DATE = re.compile(
    r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+(?P<d>\d{1,2})\s+(?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
    r"[a-z]*\s+(?P<y>20\d{2})\s+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::\d{2})?\s*(?P<zone>GMT|UTC|Z|[+-]\d{4})\b"
)
# (Tried from the start of a run of its letters only: from each letter, a long run with no '@'
# would take time as the square of its length.)
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "″": '"', "`": "'"})


def cells(text: str) -> int:
    """The columns `text` takes in a terminal or a fixed-width view: a Hangul or Han letter takes two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def is_sentence(line: str) -> bool:
    """True for a line that reads as running text rather than a headline or label."""
    return bool(_SENTENCE_END.search(line.strip()))


def sentences(text: str) -> list[str]:
    """Split on sentence-final punctuation, keeping closing quotes with their sentence."""
    parts, start = [], 0
    for m in _SPLIT.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        parts.append(text[start:end].strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def fold(text: str) -> str:
    """Comparison key: straight quotes, single spaces."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()


@dataclass(frozen=True)
class Bylines:
    """Regex parts for reporters' names and roles, from the lexicon's byline roles."""

    role: str  # '(?:선임기자|기자|특파원…)'
    name: str  # one name, never the first half of a role ('선임기자')
    names: str  # several names: '홍길동·김철수', '임은진 홍국기 오규진'


# A Korean name as English-language outlets print it, with the given name hyphenated
# ('Choi Ha-eun', 'Park Jin-seo'): the hyphen keeps 'Seoul Korea' out.
ROMAN_NAME = re.compile(r"[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-[a-z]{2,5}")
# Korea's family names as they are spelt in Latin letters ('Lee', 'Rhee', 'Choi', 'Hur').
_ROMAN_SURNAME_WORDS = (
    "Kim Lee Yi Rhee Park Pak Bak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han "
    "Oh Seo Suh Shin Kwon Hwang Ahn An Song Ryu Yoo Yu Jeon Jun Chun Hong Ko Koh Moon Mun Yang Son Sohn "
    "Bae Baek Paik Heo Hur Huh Nam Shim Sim Noh Roh Ha Kwak Sung Seong Cha Joo Woo Koo Ku Min Jin Um Eom "
    "Chae Won Cheon Bang Kong Hyun Ham Byun Yeom Yeo Choo Seok Seol Yeon Pyo Myung Ban Wang Keum Yook"
)
ROMAN_SURNAMES = frozenset(_ROMAN_SURNAME_WORDS.split())


# A desk's head signing alone, the name right before the title, an address at most after it:
# '홍길동 디지털뉴스부장', '홍길동 편집국장 gildong@…'. (Not '김철수 가상방송 보도국장' under a quote,
# nor a company's '사업부장'.)
DESK_BYLINE = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?:[가-힣]{0,6}(?:뉴스|정치|경제|사회|국제|산업|문화|과학|디지털|편집|사진|영상|취재)부장"
    r"|(?:편집|보도)국장)\s*(?:\(?[\w.+-]+@[\w.-]+\)?)?$"
)


@functools.lru_cache(maxsize=4)  # one lexicon per site; a preview may see a few
def bylines(lex: Lexicon | None = None) -> Bylines:
    # A specialist's title glues the field to the role: '의학전문기자', 'IT전문기자'. A senior
    # reporter's '대기자' is also people waiting ('입주 대기자 3만명'): a role only where a byline ends.
    end = r"(?=\s*(?:$|[\w.+-]+@|[=\])】|]))"
    role = rf"(?:[가-힣A-Za-z]{{1,6}}전문기자|대기자{end}|" + phrase_pattern((lex or packaged()).roles) + ")"
    name = rf"(?!{role})[가-힣]{{2,4}}"
    # (Names one or two spaces apart: a menu's entries stand wider apart, '여행   호텔·리조트   에디터 추천'.)
    # (The middle dot is also typed as the Hangul letter ㆍ or the Japanese ・: '홍길동ㆍ김철수 기자'.)
    return Bylines(role, name, name + r"(?:(?:\s*[,·ㆍ・]\s*|\s{1,2})" + name + r")*")


def name_alone(text: str, lex: Lexicon | None = None) -> bool:
    """Whether `text` is one reporter's name and nothing else: '홍길동', or 'Choi Ha-eun'."""
    if _BUTTON.fullmatch(text):
        return False
    return bool(re.fullmatch(bylines(lex).name, text) or ROMAN_NAME.fullmatch(text))


# A button's word, a verb's '-기' form, which no one is named: '바로가기', '복사하기', '더보기'; or
# its plain form, as a machine translation words an English page's buttons ('따르다' for 'Follow',
# '공유하다' for 'Share'; not a name of three syllables, '이하다').
_BUTTON = re.compile(r"[가-힣]+(?:하|가|보|듣|읽)기|[가-힣]{2,}하다|[가-힣]*(?:르|듣|읽)다")


# Japan's common family names (some 400: most people bear one): a name of Han characters standing
# alone by a Japanese page's stamp, or in brackets under its story, is a writer's only when it opens
# with one, not a section's, a note's or a place's ('経済', '（随時更新）', '（東京都港区）').
_JP_SURNAME_ROWS = (
    "三上 三井 三宅 三浦 上原 上田 上野 下田 中井 中原 中尾 中山 中島 中嶋 中川 中村 中条",
    "中沢 中澤 中田 中西 中谷 中野 丸山 久保 久保田 久野 五十嵐 井上 今井 今村 今田 仲村 伊藤",
    "佐々木 佐久間 佐伯 佐藤 佐野 倉田 元木 児玉 八木 内山 内田 内藤 冨田 前原 前川 前田 加藤",
    "北 北島 北川 北村 北野 千田 千葉 南 原 原口 原田 古屋 古川 古田 吉原 吉岡 吉川 吉村",
    "吉永 吉沢 吉田 吉野 和田 国井 土井 土屋 坂上 坂井 坂口 坂本 坂田 堀 堀内 堀口 堀川 堀田",
    "塚本 増井 増田 大久保 大井 大内 大坪 大塚 大山 大島 大川 大森 大橋 大石 大竹 大西 大谷",
    "大野 太田 奥村 奥田 宇野 安井 安田 安藤 安部 室井 宮下 宮内 宮原 宮崎 宮川 宮本 宮田",
    "富田 寺島 寺田 小倉 小寺 小山 小島 小川 小松 小林 小池 小沢 小泉 小澤 小田 小西 小野",
    "小野寺 尾崎 山下 山中 山内 山口 山岸 山崎 山川 山本 山村 山根 山田 岡 岡崎 岡本 岡村",
    "岡田 岩井 岩崎 岩本 岩瀬 岩田 岸 島田 川上 川口 川島 川崎 川村 工藤 市川 平井 平山 平田",
    "平野 広瀬 広田 廣瀬 後藤 徳永 志村 成田 戸田 斉藤 斎藤 新井 新田 新谷 早坂 早川 星 星野",
    "服部 望月 木下 木内 木村 末次 本多 本田 本間 杉山 杉本 杉浦 杉田 村上 村井 村松 村田 東",
    "松下 松井 松原 松尾 松山 松岡 松本 松村 松永 松浦 松田 林 林田 柏木 柳田 柴田 栗原 根本",
    "桑原 桜井 桜田 梅田 森 森下 森山 森川 森本 森田 植田 榎本 樋口 横井 横山 横川 横田 橋本",
    "橘 武田 水谷 水野 永井 永田 永野 江口 江藤 池田 沢田 河合 河村 河野 津田 浅井 浅田 浅野",
    "浜口 浜田 深田 清水 渡辺 渡邉 渡邊 渡部 湯浅 溝口 滝口 滝沢 澤田 濱田 瀧澤 熊谷 片山",
    "片岡 牧野 玉木 田中 田代 田口 田島 田村 田辺 畑中 白井 白石 真鍋 矢野 石井 石原 石塚",
    "石山 石川 石橋 石田 石黒 福井 福士 福島 福本 福田 秋元 秋山 稲垣 立石 竹下 竹中 竹内",
    "竹村 竹田 笠原 笹木 篠原 米山 米田 細川 細田 羽田 芦田 若松 若林 茂木 荒井 荒木 荻野",
    "菅原 菅野 菊地 菊池 藤井 藤原 藤川 藤本 藤田 藤野 西 西山 西岡 西川 西本 西村 西田 西野",
    "谷 谷口 谷川 谷本 赤坂 赤木 辻 辻本 近藤 遠藤 酒井 酒巻 野中 野口 野崎 野村 野沢 野田",
    "金井 金子 金田 鈴木 鈴村 鎌田 長尾 長田 長谷川 長谷部 関 関口 関根 阿部 青山 青木 須田",
    "須藤 飯田 馬場 高山 高木 高松 高橋 高瀬 高田 高見 高野 黒川 黒田 齋藤",
)
JP_SURNAMES = frozenset(name for row in _JP_SURNAME_ROWS for name in row.split())


def japanese_family_named(name: str) -> bool:
    """Whether `name` reads as a Japanese person's: a common family name, then a given name of one to
    three characters, a space between them or none ('佐藤 由紀', '山田航平')."""
    family, space, given = name.partition(" ")
    if space:
        return family in JP_SURNAMES and 1 <= len(given) <= 3
    # (Unspaced, a family name of one character would read places as names: '東京', '北海道'.)
    return any(name[:k] in JP_SURNAMES and 1 <= len(name) - k <= 3 for k in (2, 3))


# Korea's common family names (nine in ten people bear one of the first thirty): a word that
# opens with none is a place or a title before a role ('워싱턴 특파원'), no one's name.
SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"
)


def family_named(word: str) -> bool:
    """Whether `word` reads as a Korean's name: two to four Hangul syllables led by a family name."""
    return bool(re.fullmatch(r"[가-힣]{2,4}", word)) and word[0] in SURNAMES


def names_alone(text: str, lex: Lexicon | None = None) -> list[str]:
    """The names when `text` is one reporter's name, or a few set apart by commas ('홍길동, 김철수',
    as a portal prints a foreign outlet's writers), and nothing else; else []."""
    names = re.split(r"\s*[,·]\s*", text.strip())
    if len(names) == 1:
        return names if name_alone(names[0], lex) else []
    # (Several are people's names of three syllables, each led by a family name: not places, '대구·경북'.)
    people = all(len(name) == 3 and family_named(name) for name in names)
    return names if len(names) <= 4 and people else []


def correspondents(names: list[str], role: str) -> list[str]:
    """A correspondent's place is set apart from the name by a space: '워싱턴 홍길동 특파원' (no family
    name opens a place); two reporters may be too, '나현준 김지훈 기자'."""
    if role == "특파원" and len(names) == 2 and not family_named(names[0]) and family_named(names[1]):
        return names[1:]
    return names


def split_names(names: str, lex: Lexicon | None = None) -> list[str]:
    name = bylines(lex).name
    words = re.findall(r"([^\s,·ㆍ・]+)([\s,·ㆍ・]*)", names)
    found = [n for n, _ in words if re.fullmatch(name, n)]
    # Words of a sentence before the name ('현장에 나가 있는 김태원 기자'): only the last is a name.
    # (Not a name in a list, whatever it ends with: '박성은·이효정 기자'.)
    listed = {n for n, after in words if re.search(r"[,·ㆍ・]", after)}
    if any(re.search(r"(?:에|의|을|를|는|은|던|된|난)$", n) and n not in listed for n in found[:-1]):
        return found[-1:]
    return found
