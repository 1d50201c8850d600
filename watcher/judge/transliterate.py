"""Transliterations: find a foreign name that Chinese news writes by its sounds.

Briefings name foreign places and firms in Latin letters (Namibe, Belize, Camaçari); Chinese
news writes them as phonetic transliterations (纳米贝, 伯利兹 or 貝里斯, 卡马萨里) that no briefing
lists. These are not pinyin (see `romanize.py`): the press approximates the foreign sounds with
a small, conventional set of characters (the Xinhua tables: 阿 巴 贝 比 布 达 德 ...). A
`Transliterator` knows the Latin names of a set of questions and marks, in folded Chinese
text, each run of such characters that sounds like one of them: "纳米贝港" becomes
"纳米贝 namibe 港", so the ordinary name patterns match. Only the folded text the judge matches
on is marked; quotes keep the words as written.

How a run is compared with a name: both are turned into one small phonetic alphabet (the
name by spelling rules of the languages briefings write: ç and c before e/i are s, qu is k,
ll is y or l, r and l are one sound, as Chinese has only l; the characters by their pinyin
readings: 贝 bei is "be", 尔 er is "l", the vowel of 斯 si or 克 ke is optional, since the
press uses them for a lone consonant), then aligned by a weighted edit distance in which
near sounds (s/z, e/i, o/u, voiced/voiceless) cost little. A run matches a name when every
character is in the transliteration set, it has at least three characters, and the distance
is small for the name's length.

Precision comes first (a wrong mark makes news of one place bear on a question about
another): only name words of at least five letters take part, not words that read as pinyin
(`romanize.py` reads those: Chinese names are written by their pinyin, not by sound), nor
words the project's glossary knows as ordinary vocabulary ("Construction", "Digital"), which
Chinese news translates rather than transliterates.

This module knows nothing of questions beyond their names, and reads no stage cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import product

from watcher.judge.romanize import insert_marks, marked_document, pinyin_name, readings
from watcher.judge.text import CJK_CHARS, Document, fold, has_cjk

# The characters of the Xinhua transliteration tables (in simplified form: text is folded to
# simplified before marking), with those Taiwan's press uses for the same sounds (贝 for 伯,
# 斯 for 兹). A run with any other character (港, 省, 的) is ordinary Chinese, not a name.
TRANSLITERATION_CHARS = frozenset(
    "阿埃艾爱安昂奥澳欧厄恩鄂"
    "巴拜班邦包保鲍贝本比彼宾波伯博布玻"
    "帕派潘庞佩彭蓬朋皮平珀普蒲"
    "达代戴丹道德登迪蒂丁东杜敦多"
    "塔泰坦汤陶特滕提廷通图托屯"
    "加盖甘冈高戈哥格根贡古瓜圭"
    "卡凯坎康考柯科克肯孔库夸奎昆"
    "法凡方菲费芬丰冯弗伏福夫富"
    "瓦万旺威韦维温文沃乌武"
    "萨赛塞桑森绍苏斯松索"
    "扎赞泽曾济津佐祖宗兹"
    "沙莎尚绍舍申什舒希谢辛欣雄休修西锡"
    "查楚切奇齐琴钱乔丘"
    "贾杰吉基金久朱詹琼"
    "哈海汉杭豪赫亨洪胡华霍"
    "拉莱兰朗劳勒雷黎里利莉林琳隆卢鲁露伦罗洛"
    "马玛迈曼芒毛梅门蒙米明摩莫默姆穆"
    "纳娜奈南瑙内嫩尼妮宁诺努农"
    "亚扬耶叶伊因英尤约延"
    "察采措茨若热日茹儒尔"
)

_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")
_WORD = re.compile(r"^[a-z]+$")
MIN_LETTERS = 5
MIN_CHARS = 3

# --- the phonetic alphabet ---------------------------------------------------------------------
# Consonants p b t d k g f s z h l m n y w, plus S (sh), C (ch, ts) and J (j, zh); vowels a e i
# o u. An upper-case vowel (or H) is optional: an epenthetic vowel of a character used for a
# lone consonant (斯 s, 克 k, 布 b), a silent final e, a silent h. Dropping it costs little.
_VOWELS = frozenset("aeiou")
_OPTIONAL = frozenset("AEIOUH")

# Sounds that transliteration confuses, and what confusing them costs (1 = unrelated).
_NEAR: dict[frozenset[str], float] = {
    frozenset("ei"): 0.4,
    frozenset("ou"): 0.3,  # 福 fu for "fo", 鲁 lu for "ro"
    frozenset("eo"): 0.5,  # 伯 bo for "be", 摩 mo for "ma"...
    frozenset("ae"): 0.6,
    frozenset("ao"): 0.7,
    frozenset("ai"): 0.8,
    frozenset("iu"): 0.8,
    frozenset("ua"): 0.8,
    frozenset("sz"): 0.3,  # Spanish z is s; Portuguese s between vowels is z
    frozenset("sS"): 0.25,  # 沙 sha for "sa", 西 xi for "si"
    frozenset("SC"): 0.4,
    frozenset("CJ"): 0.4,
    frozenset("zJ"): 0.5,
    frozenset("zC"): 0.5,  # 茨 ci is "ts"
    frozenset("bp"): 0.25,  # Mandarin b and p differ by breath: 巴 ba writes "pa" (Paris 巴黎)
    frozenset("dt"): 0.3,  # 大 da writes "da" and "ta"
    frozenset("gk"): 0.3,  # 加 jia writes "ca" (Canada 加拿大)
    frozenset("fw"): 0.5,  # v is written 夫 or 维
    frozenset("bw"): 0.6,  # Spanish v is b
    frozenset("mn"): 0.6,
    frozenset("yi"): 0.3,  # 亚 ya, 伊 yi
    frozenset("wu"): 0.3,  # 乌 wu, 瓦 wa
    frozenset("hk"): 0.7,  # Spanish j, g before e/i
    frozenset("hS"): 0.4,  # 希 xi, 欣 xin write "hi", "hin" (Hilton 希尔顿; round 67, read)
    frozenset("hs"): 0.5,
}


def _sub(a: str, b: str) -> float:
    a, b = a.lower() if a in _OPTIONAL else a, b.lower() if b in _OPTIONAL else b
    if a == b:
        return 0.0
    near = _NEAR.get(frozenset((a, b)))
    if near is not None:
        return near
    return 0.9 if (a in _VOWELS) == (b in _VOWELS) else 1.5


def _indel(a: str) -> float:
    if a in _OPTIONAL:
        return 0.15
    if a in _VOWELS:
        return 0.7
    return 0.5 if a in "hywn" else 1.0


PER_SOUND = 0.12
PREFIX_SLACK = 0.5


def max_distance(tokens: str) -> float:
    """How far a run may sound from a name: about one near sound in every eight sounds, less
    than one unrelated sound in a name of seven (measured: 0.15 let 库内内 pass for Canary)."""
    return PER_SOUND * len(tokens)


# --- Latin spelling -> sounds ------------------------------------------------------------------
# Rules tried longest first at each position; each gives the sounds the spelling may stand for
# in the languages briefings write (English, Spanish, Portuguese). "+" marks a rule that
# applies only before e, i or y.
_SPELLING: dict[str, tuple[str, ...]] = {
    "sch": ("S",), "tch": ("C",), "ch": ("C", "S", "k"), "sh": ("S",), "ph": ("f",),
    "th": ("t",), "gh": ("g",), "nh": ("ny",), "lh": ("ly",), "ll": ("y", "l"), "ny": ("ny", "n"),
    "qu+": ("k",), "qu": ("ku",), "gu+": ("g",), "c+": ("s",), "g+": ("J", "h", "g"),
    "ç": ("s",), "c": ("k",), "k": ("k",), "q": ("k",), "j": ("J", "h"), "x": ("ks", "S", "s"),
    "v": ("w", "b"), "w": ("w",), "r": ("l",), "l": ("l",), "h": ("H",), "z": ("z",),
    "s": ("s",), "b": ("b",), "p": ("p",), "d": ("d",), "t": ("t",), "g": ("g",), "f": ("f",),
    "m": ("m",), "n": ("n",),
}  # fmt: skip
_MAX_VARIANTS = 16


def latin_sounds(word: str) -> list[str]:
    """The ways a Latin name word may sound, in the phonetic alphabet ("Belize" -> "beliz").
    [] for a word with anything but letters."""
    # ç is a sound of its own (s): keep it through the folding of accents.
    plain = fold(word.replace("ç", "\0").replace("Ç", "\0")).replace("\0", "ç")
    if not re.fullmatch("[a-zç]+", plain):
        return []
    plain = re.sub(r"([a-km-z])\1+", r"\1", plain)  # doubled letters are one (rr, ss; not ll)
    choices: list[tuple[str, ...]] = []
    i = 0
    while i < len(plain):
        rest, nxt = plain[i:], plain[i + 1 : i + 3]
        for size in (3, 2, 1):
            chunk = rest[:size]
            soft = len(rest) > size and rest[size] in "eiy"
            if soft and f"{chunk}+" in _SPELLING:
                choices.append(_SPELLING[f"{chunk}+"])
                break
            if len(chunk) == size and chunk in _SPELLING:
                choices.append(_SPELLING[chunk])
                break
        else:
            char = plain[i]
            if char == "y":
                choices.append(("y",) if nxt[:1] in tuple(_VOWELS) else ("i",))
            elif char == "e" and i == len(plain) - 1 and i >= 3:
                choices.append(("E",))  # a final e is often silent (Belize, Formose)
            else:
                choices.append((char,))
            size = 1
        i += size
    variants = ["".join(parts) for parts in product(*choices)]
    return list(dict.fromkeys(variants))[:_MAX_VARIANTS]


# --- Chinese readings -> sounds ----------------------------------------------------------------
# Two-letter initials first, so that "zh" is not read as "z".
_INITIALS: tuple[str, ...] = (
    *("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q"),
    *("x", "r", "z", "c", "s", "y", "w"),
)
_INITIAL_SOUNDS: dict[str, tuple[str, ...]] = {
    "zh": ("J",), "ch": ("C",), "sh": ("S",), "j": ("J", "g", "k"), "q": ("C", "k"),
    "x": ("S", "s"), "r": ("J", "l"), "c": ("C",), "y": ("y", ""), "w": ("w", ""),
}  # fmt: skip
# Finals by how transliteration uses them: 贝 bei is "be", 托 tuo "to", 加 jia "ga" or "gia".
_FINAL_SOUNDS: dict[str, tuple[str, ...]] = {
    "a": ("a",), "o": ("o",), "e": ("E",), "i": ("i",), "u": ("u",), "er": ("l", "El"),
    "ai": ("e", "ai"), "ei": ("e", "ei"), "ao": ("o", "au"), "ou": ("o", "u"),
    "an": ("an",), "en": ("en",), "in": ("in",), "un": ("un",), "ang": ("an",), "eng": ("en", "un"),
    "ing": ("in",), "ong": ("on", "un"), "ia": ("ia", "a"), "ie": ("ie", "e"),
    "iao": ("io", "o"), "iu": ("iu", "u"), "ian": ("ian", "en", "an"), "iang": ("ian", "an"),
    "iong": ("ion", "on"), "ua": ("ua",), "uo": ("o", "uo"), "uai": ("uai",),
    "ui": ("ui", "i"), "uan": ("uan", "an"), "uang": ("uan",), "ue": ("ue",),
}  # fmt: skip
# Characters the press uses for a lone consonant: 斯 s, 兹 z, 克 k, 布 b, 姆 m.
_SILENT_I = frozenset({"z", "c", "s", "zh", "ch", "sh", "r"})
_SILENT_U = frozenset({"b", "p", "f", "m"})


@cache
def syllable_sounds(syllable: str) -> tuple[str, ...]:
    """The sounds a toneless pinyin syllable may stand for in a transliteration."""
    initial = next((i for i in _INITIALS if syllable.startswith(i)), "")
    final = syllable[len(initial) :]
    if initial in _SILENT_I and final == "i":
        finals: tuple[str, ...] = ("I",)
    elif initial in _SILENT_U and final == "u":
        finals = ("U",)
    elif initial == "y" and final in ("i", "in", "ing", "u", "un", "uan", "ue"):
        finals = (final.replace("ng", "n"),)  # 伊 yi is "i", 因 yin "in"
    else:
        finals = _FINAL_SOUNDS.get(final, ())
    starts = _INITIAL_SOUNDS.get(initial, (initial,))
    return tuple(dict.fromkeys(s + f for s in starts for f in finals if s + f))


@cache
def char_sounds(char: str) -> tuple[str, ...]:
    """Every sound of every reading of a transliteration character; () for other characters."""
    if char not in TRANSLITERATION_CHARS:
        return ()
    found = (s for r in sorted(readings().get(char, ())) for s in syllable_sounds(r))
    return tuple(dict.fromkeys(found))


# --- alignment ---------------------------------------------------------------------------------


def _extend(row: list[float], sounds: str, target: str) -> list[float]:
    """Edit-distance row after aligning one more character's `sounds` against `target`."""
    for a in sounds:
        cur = [row[0] + _indel(a)]
        for j, b in enumerate(target, 1):
            cur.append(min(row[j] + _indel(a), cur[j - 1] + _indel(b), row[j - 1] + _sub(a, b)))
        row = cur
    return row


def distance(chars: str, target: str) -> float:
    """How far a run of characters sounds from a name's sounds (inf for a character that is
    not a transliteration character)."""
    row = [0.0]
    for b in target:
        row.append(row[-1] + _indel(b))
    for char in chars:
        options = char_sounds(char)
        if not options:
            return float("inf")
        rows = [_extend(row, s, target) for s in options]
        row = [min(r[j] for r in rows) for j in range(len(target) + 1)]
    return row[-1]


@dataclass(frozen=True)
class _Name:
    word: str  # what is inserted: the name, folded
    sounds: str  # one spelling's sounds
    limit: float  # the largest distance that still matches


# A partial alignment: a name, and the edit-distance row of the characters read so far.
_State = tuple[_Name, tuple[float, ...]]


def _common_words() -> frozenset[str]:
    """Ordinary words of the languages briefings write: the glossary's Latin words and the
    words relevance.py knows from company and institution names (Group, Bank, National)."""
    from watcher.data import glossary
    from watcher.judge.relevance import ordinary_name_words

    words = {w for c in glossary() for phrase in c.words for w in fold(phrase).split()}
    return frozenset(w for w in words | ordinary_name_words() if _WORD.match(w))


def takes_part(word: str, common: frozenset[str]) -> bool:
    """Whether a name word (lower case, as written) may be read in a transliteration (see
    module doc). A word the Romanizer reads as pinyin is left to it (a Chinese name is written
    by its pinyin, not by sound); spelled with a letter pinyin lacks (Camaçari) it is not one.
    A foreign name that happens to spell pinyin (Cunene: cu-ne-ne) is therefore missed."""
    plain = fold(word)
    return (
        len(plain) >= MIN_LETTERS
        and _WORD.match(plain) is not None
        and plain not in common
        and not pinyin_name(word)
    )


_STRETCH = re.compile(f"[{''.join(sorted(TRANSLITERATION_CHARS))}]+")
# Words that join a name's parts, read with them ("Ribeira da Barca").
_LINK_WORDS = frozenset({"de", "da", "do", "dos", "das", "del", "la", "las", "los", "el", "e", "y"})
# A place's kind, which the press translates, and its character (folded, simplified).
_KIND_CHARS = {
    "point": "角", "cape": "角", "bay": "湾", "harbour": "港", "harbor": "港", "port": "港",
    "town": "镇", "city": "市", "island": "岛", "river": "河", "lake": "湖", "beach": "滩",
    "district": "区", "province": "省", "county": "县",
}  # fmt: skip
_KIND_AFTER = re.compile(
    f"([{''.join(sorted(TRANSLITERATION_CHARS))}]{{2,}})"
    f"([{''.join(sorted(set(_KIND_CHARS.values())))}])"
)
# A saint's place ("St. Lucy", "San Isidro", "São Vicente") or a place named with its side
# ("North Andros", "South Caicos"): the press translates the first word (圣, 北) and writes the
# rest by its sounds (圣露西, 北安德罗斯), which may then be as short as two characters.
_PREFIX_CHARS = {
    "st": "圣", "saint": "圣", "san": "圣", "santa": "圣", "santo": "圣", "sao": "圣",
    "north": "北", "south": "南", "east": "东", "west": "西",
}  # fmt: skip
_AFTER_PREFIX = re.compile(
    f"([{''.join(sorted(set(_PREFIX_CHARS.values())))}])"
    f"([{''.join(sorted(TRANSLITERATION_CHARS))}]{{2,4}})"
)
_MEMO_CHARS = 2  # partial alignments are remembered for runs this long (they repeat a lot)


class Transliterator:
    """Marks transliterated foreign names in folded Chinese text. Nothing (pinyin table,
    glossary) is read until Chinese text comes with names, and only once."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names = sorted({n.strip() for n in names if n.strip() and not has_cjk(n)})
        self._compiled: list[_Name] | None = None
        self._by_class: dict[str, list[_Name]] = {}
        self._memo: dict[str, list[_State]] = {}
        self._kinded: dict[str, list[_Name]] | None = None
        self._sainted: dict[str, list[_Name]] | None = None

    @property
    def _targets(self) -> list[_Name]:
        if self._compiled is None:
            common = _common_words()
            self._compiled = [
                _Name(fold(name), sounds, max_distance(sounds))
                for name in self._candidates(common)
                for sounds in _sounds_of(name)
            ]
            for target in self._compiled:
                for key in _opening_classes(target.sounds):
                    self._by_class.setdefault(key, []).append(target)
        return self._compiled

    @property
    def _kinds(self) -> dict[str, list[_Name]]:
        """Names of a place and its kind ("Sandy Point", "Walvis Bay"): the press writes the
        place by its sounds and translates the kind (桑迪角, 沃尔维斯湾). By the character of
        the kind, the sounds of the place word, which may then be as short as two characters
        right before it."""
        if self._kinded is None:
            common = _common_words()
            self._kinded = {}
            for name in self._names:
                words = name.lower().split()
                kind = _KIND_CHARS.get(fold(words[-1])) if len(words) == 2 else None
                if kind is None or not takes_part(words[0], common):
                    continue
                for sounds in _sounds_of(words[0]):
                    target = _Name(fold(name), sounds, max_distance(sounds))
                    self._kinded.setdefault(kind, []).append(target)
        return self._kinded

    def _before_kind(self, run: str) -> list[tuple[tuple[int, int], str, float]]:
        """Place words of `_kinds` written right before their kind's character."""
        found = []
        for m in _KIND_AFTER.finditer(run):
            targets = self._kinds.get(m.group(2), ())
            for size in (2, 3):
                chars = m.group(1)[-size:]
                if len(chars) < size:
                    break
                for target in targets:
                    cost = distance(chars, target.sounds)
                    if cost <= target.limit:
                        found.append(((m.end(1) - size, m.end(1)), target.word, cost))
        return found

    @property
    def _saints(self) -> dict[str, list[_Name]]:
        """Names of a saint's or a side's place, by the character of the first word and the
        sounds of the rest (see `_AFTER_PREFIX`): a word of three letters takes part, the
        character anchoring it."""
        if self._sainted is None:
            common = _common_words()
            self._sainted = {}
            for name in self._names:
                words = [fold(w).rstrip(".") for w in name.split()]
                if len(words) != 2 or words[0] not in _PREFIX_CHARS:
                    continue
                rest = words[1]
                if len(rest) < 3 or not _WORD.match(rest) or rest in common or pinyin_name(rest):
                    continue
                for sounds in _sounds_of(rest):
                    target = _Name(fold(name), sounds, max_distance(sounds))
                    self._sainted.setdefault(_PREFIX_CHARS[words[0]], []).append(target)
        return self._sainted

    def _after_saint(self, run: str) -> list[tuple[tuple[int, int], str, float]]:
        """Places of `_saints` written as their first word's character and the whole run of
        sounds after it (not a part of it: 圣卢西亚 is Saint Lucia, not St. Lucy)."""
        found = []
        for m in _AFTER_PREFIX.finditer(run):
            for target in self._saints.get(m.group(1), ()):
                cost = distance(m.group(2), target.sounds)
                if cost <= target.limit:
                    found.append(((m.start(2), m.end(2)), target.word, cost))
        return found

    def _openers(self, char: str) -> list[_Name]:
        """The names that may start at `char`: those whose opening sound is of a class one
        of its readings opens with. Without this, the first character of every run would be
        aligned with every name, and a watchlist of 10,000 questions would cost 100 times
        one of 100 on each Chinese entry."""
        keys = {k for sounds in char_sounds(char) for k in _opening_classes(sounds)}
        found = {id(t): t for k in sorted(keys) for t in self._by_class.get(k, ())}
        return list(found.values())

    def _candidates(self, common: frozenset[str]) -> Iterator[str]:
        """Each name word that takes part; and a whole name of several words when every word
        is a name word (the press transliterates "Punta Arenilla" whole, but translates the
        "Port of" of "Port of Namibe")."""
        seen: set[str] = set()
        for name in self._names:
            written = name.lower().split()
            for w in written:
                if w not in seen and takes_part(w, common):
                    seen.add(w)
                    yield w
            words = [fold(w) for w in written]
            whole = " ".join(written)
            # (a link word goes with the name: "Ribeira da Barca" is 里贝拉达巴尔卡)
            named = [w for w in words if w not in _LINK_WORDS]
            if (
                len(words) > 1
                and whole not in seen
                and all(_WORD.match(w) for w in words)
                and all(w not in common and len(w) >= 3 for w in named)
                and len(named) > 1
                and any(takes_part(w, common) for w in written)
            ):
                seen.add(whole)
                yield whole

    def __bool__(self) -> bool:
        return bool(self._names) and bool(self._targets or self._saints)

    def mark(self, folded: str) -> str:
        """`folded` with each Chinese run that sounds like a known name followed by it."""
        if not self._names or not has_cjk(folded) or not (self._targets or self._saints):
            return folded
        inserts: list[tuple[int, str]] = []
        for run in _CJK_RUN.finditer(folded):
            spans = self._spans(run.group())
            inserts.extend((run.start() + end, word) for (_, end), word, _ in spans)
        return insert_marks(folded, inserts)

    def mark_document(self, doc: Document) -> Document:
        """The document with its folded sentences, paragraphs and lead context marked."""
        if not self._names or not has_cjk(doc.folded):
            return doc
        return marked_document(doc, self.mark)

    def matches(self, folded: str) -> list[tuple[str, str, float]]:
        """(characters, name, distance) for every mark `mark` would make: for measuring."""
        if not self._names or not has_cjk(folded) or not (self._targets or self._saints):
            return []
        return [
            (run.group()[start:end], word, round(cost, 2))
            for run in _CJK_RUN.finditer(folded)
            for (start, end), word, cost in self._spans(run.group())
        ]

    def _spans(self, run: str) -> list[tuple[tuple[int, int], str, float]]:
        """Where names sound in a run of Chinese characters: ((start, end), name, distance).

        Within a stretch of transliteration characters a name may start anywhere (安哥拉纳米贝
        is Angola, then Namibe) but must end where the stretch ends or where another name
        starts: a name that stops inside a longer transliteration is a part of another name
        (阿布扎 is not Abuja in 阿布扎比, Abu Dhabi). Overlapping names: the closest wins."""
        taken: list[tuple[tuple[int, int], str, float]] = []
        for stretch in _STRETCH.finditer(run):
            chars, at = stretch.group(), stretch.start()
            if len(chars) < MIN_CHARS:
                continue
            found = self._in_stretch(chars)
            ends = {len(chars)}
            valid = []
            for start, end, word, cost in sorted(found, key=lambda f: -f[0]):
                if end in ends:
                    valid.append((cost, start, end, word))
                    ends.add(start)
            chosen: list[tuple[tuple[int, int], str, float]] = []
            for cost, start, end, word in sorted(valid):
                if all(end <= s or start >= e for (s, e), _, _ in chosen):
                    chosen.append(((start, end), word, cost))
            taken += [((s + at, e + at), w, c) for (s, e), w, c in chosen]
        # A place with its saint or side wins over a bare name of the same sounds: 北安德罗斯 is
        # North Andros, though 安德罗斯 alone is Andros.
        sainted: list[tuple[tuple[int, int], str, float]] = []
        for (s, e), w, c in sorted(
            self._after_saint(run) if self._saints else [], key=lambda f: f[2]
        ):
            if all(e <= s2 or s >= e2 for (s2, e2), _, _ in sainted):
                sainted.append(((s, e), w, c))
        for (s, e), _, _ in sainted:
            taken = [t for t in taken if t[0][1] <= s or t[0][0] >= e]
        taken += sainted
        kinded = self._before_kind(run) if self._kinds else []
        for (s, e), w, c in sorted(kinded, key=lambda f: f[2]):
            if all(e <= s2 or s >= e2 for (s2, e2), _, _ in taken):
                taken.append(((s, e), w, c))
        return sorted(taken)

    def _in_stretch(self, chars: str) -> list[tuple[int, int, str, float]]:
        """(start, end, name, distance) of every close alignment in a stretch."""
        best: dict[tuple[int, int, str], float] = {}
        for start in range(len(chars) - MIN_CHARS + 1):
            states: list[_State] = []
            for end in range(start + 1, len(chars) + 1):
                states = self._advance(chars[start:end], states)
                if not states:
                    break
                if end - start < MIN_CHARS:
                    continue
                for name, row in states:
                    if row[-1] <= name.limit:
                        key = (start, end, name.word)
                        best[key] = min(best.get(key, row[-1]), row[-1])
        return [(s, e, w, c) for (s, e, w), c in best.items()]

    def _advance(self, prefix: str, states: list[_State]) -> list[_State]:
        """The alignments still close enough after reading `prefix`'s last character (the
        alignments of the prefix without it are `states`; for the first character, every
        name). Short prefixes are remembered: the same few characters start most runs."""
        if len(prefix) <= _MEMO_CHARS and prefix in self._memo:
            return self._memo[prefix]
        if len(prefix) == 1:
            states = [(name, _start_row(name.sounds)) for name in self._openers(prefix)]
        options = char_sounds(prefix[-1])
        advanced: list[_State] = []
        for name, row in states:
            rows = [_extend(list(row), s, name.sounds) for s in options]
            new = tuple(min(r[j] for r in rows) for j in range(len(row)))
            if _close_so_far(new):
                advanced.append((name, new))
        if len(prefix) <= _MEMO_CHARS:
            self._memo[prefix] = advanced
        return advanced


# Sound classes a transliteration keeps apart: a name and a run that open in different
# classes are not one name (s/z/sh/ch/j are one class, as are b/p/f/w/v, d/t, g/k/h, m/n).
_CLASS = {
    **dict.fromkeys("szSCJ", "s"), **dict.fromkeys("bpfw", "b"), **dict.fromkeys("dt", "d"),
    **dict.fromkeys("gkh", "g"), **dict.fromkeys("mn", "m"), "l": "l", "y": "y",
}  # fmt: skip


def _opening_classes(sounds: str) -> set[str]:
    """The classes a sound string may open with: its first sound's, and while the sounds so
    far are cheap to drop (a vowel, a silent h, a glide, an optional vowel), the next one's
    too; vowels and glides are one class ("v"), so 乌拉 (wu-la) may open Uruguay."""
    found: set[str] = set()
    dropped = 0.0
    for sound in sounds:
        plain = sound.lower() if sound in _OPTIONAL else sound
        found.add("v" if plain in _VOWELS or plain in "yw" else _CLASS.get(plain, plain))
        dropped += _indel(sound)
        if dropped > PREFIX_SLACK + PER_SOUND * 2:
            break
    return found


def _close_so_far(row: tuple[float, ...]) -> bool:
    """Whether the characters read so far sound like the beginning of the name: within the
    share of the distance its first j sounds allow, plus less than one unrelated sound. A
    transliteration is close all along; one that starts far off is not this name, however
    long the name (and this keeps few alignments alive past the first character)."""
    return min(cost - PER_SOUND * j for j, cost in enumerate(row)) <= PREFIX_SLACK


def _start_row(target: str) -> tuple[float, ...]:
    row = [0.0]
    for b in target:
        row.append(row[-1] + _indel(b))
    return tuple(row)


def _sounds_of(name: str) -> list[str]:
    """The sounds of a name: its words' sounds run together (the press writes no spaces)."""
    per_word = [latin_sounds(w) for w in name.split()]
    if not all(per_word):
        return []
    return list(dict.fromkeys("".join(parts) for parts in product(*per_word)))[:_MAX_VARIANTS]
