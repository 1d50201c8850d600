"""Text plumbing for the judge: folding, sentence and paragraph splitting, term patterns.

Folding makes matching insensitive to case, accents, full-width forms and traditional versus
simplified Chinese; splitting turns an entry into placed sentences (title, lead, body) so the
judge can quote one. This module knows nothing of questions, stages or languages' grammar.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

import opencc

from watcher.data import bare_name_guards, gazetteer
from watcher.model import Entry

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{CJK_CHARS}]")
_KANA = re.compile("[\u3040-\u30ff]")
_LATIN_MARKS = re.compile("[\u0300-\u036f]")
_JOINERS = re.compile(r"[\-\u2010-\u2015_/]+")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
_CJK_STOP = re.compile(r"(?<=[。！？；])")
_LATIN_STOP = re.compile(r"(?<=[.!?])\s+(?=[\"'“‘(\[¿¡]?[A-Z0-9\u00c0-\u00de])")
# Words whose trailing dot does not end a sentence: titles, company forms, months ("Feb. 24").
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "sr", "sra", "no", "gen", "gov", "u.s", "co", "corp", "inc"}
    | {"ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    # (a minister's style: "the Minister of International Relations, Hon. Kagiso Moremi")
    | {"hon", "rt", "prof", "sen", "rep", "amb", "lic", "ing", "arq", "eng", "exmo", "exma"}
)
BOUNDARY = "[0-9a-z]"

PLACE_TITLE, PLACE_LEAD, PLACE_BODY = "title", "lead", "body"


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    # Building the converter reads its dictionaries: do it once per process.
    return opencc.OpenCC("t2s")


_TRADITIONAL_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
_SIMPLIFIED_TAGS = ("zh-hans", "zh-cn", "zh-sg")


def chinese_script(text: str, declared: str | None = None) -> str | None:
    """`zh-Hant` or `zh-Hans` for Chinese text: by the declared tag (zh-TW, zh-Hans...), else
    by the characters (text the t2s converter changes is traditional; text it leaves alone
    and the traditional converter would change is simplified). None when it cannot tell."""
    tag = (declared or "").lower()
    if tag.startswith(_TRADITIONAL_TAGS):
        return "zh-Hant"
    if tag.startswith(_SIMPLIFIED_TAGS):
        return "zh-Hans"
    han = "".join(_CJK.findall(text))
    if not han:
        return None
    if _converter().convert(han) != han:
        return "zh-Hant"
    return "zh-Hans" if _to_traditional().convert(han) != han else None


@lru_cache(maxsize=1)
def _to_traditional() -> opencc.OpenCC:
    # Hong Kong standard: it keeps 台, which Taiwan's press writes too, where s2t makes 臺.
    return opencc.OpenCC("s2hk")


def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


def has_kana(text: str) -> bool:
    return _KANA.search(text) is not None


def fold(text: str) -> str:
    """Case, accents, width, traditional Chinese and dashes folded away; spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    if has_cjk(text):
        text = _converter().convert(text)
    # Strip only Latin diacritics: kana voicing marks carry meaning and must be recomposed.
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFKD", text))
    text = unicodedata.normalize("NFC", text).casefold()
    text = _DOLLARS.sub(lambda m: f"{m.group(1)}d{m.group(2)}", text)
    text = _SILENT_C.sub(lambda m: m.group(1) or "", text)
    return _SPACES.sub(" ", _JOINERS.sub(" ", text)).strip()


# Portuguese as written before the 1990 agreement, still current in Mozambique, Angola and
# much of Portugal's press: "protecção", "projecto", "acção" read as "proteção", "projeto",
# "ação". Only forms no other language spells alike, so English and Spanish never change.
_SILENT_C = re.compile(
    r"(?<=[a-z])c(?=c(?:ao|oes)(?![a-z]))|(?<![a-z])(proje|obje)c(?=t(?:o|os|ivo|ivos)(?![a-z]))"
)

# "US$ 1.500 millones" is a sum, not the United States (nor "HK$" Hong Kong): dollars written
# with a country's letters read as a currency code ("usd"), so no alias matches them.
_DOLLARS = re.compile(r"(?<![0-9a-z])(us|hk|nt)(\s?)\$")


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n+", text) if p.strip()]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; CJK stops always split, Latin ones before a capital."""
    pieces: list[str] = []
    for chunk in _CJK_STOP.split(paragraph):
        pieces.extend(_merge_abbreviations(_LATIN_STOP.split(chunk)))
    return [p.strip() for p in pieces if p.strip()]


_INITIALS = re.compile(r"^(?:[A-Z]\.)*[A-Z]$")


def _merge_abbreviations(parts: list[str]) -> list[str]:
    merged: list[str] = []
    for part in parts:
        last_word = merged[-1].rsplit(" ", 1)[-1].rstrip(".") if merged else ""
        # A single capital before the dot is an initial ("C. C. Wei"), not a sentence's end;
        # so are dotted initials run together ("V.C. Bird International Airport").
        initial = _INITIALS.match(last_word) is not None
        if last_word.lower() in _ABBREVIATIONS or initial:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


# British and American spellings of one word: a question written "labour" hears "labor
# ministry", "centre" hears "center". (stem, ending, the regex of both endings, the key ending)
_SPELLINGS = (
    (re.compile(r"^([a-z]{3,})our(s|ed|ing)?$"), r"\1ou?r\2", r"\1or\2"),
    # (named stems only: "entre", "sobre", "cobre" are Spanish and Portuguese words)
    (
        re.compile(r"^((?:kilo|centi|milli)?met|cent|theat|lit|fib|calib)re(s)?$"),
        r"\1(?:re|er)\2",
        r"\1er\2",
    ),
    (re.compile(r"^([a-z]*(?:licen|defen|offen))ce(s)?$"), r"\1[cs]e\2", r"\1se\2"),
    (re.compile(r"^([a-z]{3,})isation(s)?$"), r"\1i[sz]ation\2", r"\1ization\2"),
    (re.compile(r"^(program)me(s)?$"), r"\1(?:me)?\2", r"\1\2"),
)


def spelling_key(word: str) -> str:
    """A folded Latin word in American spelling ("labour" -> "labor"): an index key."""
    for pattern, _, key in _SPELLINGS:
        if pattern.match(word):
            return pattern.sub(key, word)
    return word


def _word_regex(word: str) -> str:
    for pattern, either, _ in _SPELLINGS:
        if pattern.match(word):
            return pattern.sub(either, word)
    return re.escape(word)


def term_regex(term: str) -> str:
    """A regex for one folded term: word boundaries for Latin edges, substrings for CJK.

    A Latin term also matches its plural (`centre` -> `centres`, `treaty` -> `treaties`) and
    its other English spelling (`labour` -> `labor`). Never its singular: the glossary says
    when one is a word of its own ("lulas" is squid, "Lula" a president).
    """
    folded = fold(term)
    if not folded:
        return "(?!)"
    body = r"\s+".join(_word_regex(word) for word in folded.split(" "))
    head = f"(?<!{BOUNDARY})" if re.match(BOUNDARY, folded[0]) else ""
    if folded[-1].isascii() and folded[-1].isalpha():
        body = body[:-1] + "(?:y|ies)" if folded.endswith("y") else body + "(?:e?s)?"
    tail = f"(?!{BOUNDARY})" if re.match(BOUNDARY, folded[-1]) else ""
    before, after = bare_name_guards(folded)
    return f"{before}{head}{body}{tail}{after}"


def compile_terms(terms: tuple[str, ...] | list[str]) -> re.Pattern[str] | None:
    """One pattern matching any of `terms`, longest first; None when there are none."""
    regexes = [term_regex(t) for t in sorted(set(terms), key=len, reverse=True) if t.strip()]
    return re.compile("|".join(regexes)) if regexes else None


@dataclass(frozen=True)
class Sentence:
    """One sentence as written (`text`, for quotes) and folded (for matching), with its place."""

    text: str
    folded: str
    paragraph: int
    place: str


@dataclass(frozen=True)
class Document:
    """An entry cut into placed sentences; paragraph 0 is the title, then lead, then body."""

    sentences: tuple[Sentence, ...]
    paragraphs: tuple[str, ...]
    lead_context: str
    title: str
    url: str

    @cached_property
    def folded(self) -> str:
        """Every paragraph, folded, in one string: what whole-entry checks search (once per
        entry, not once per candidate question)."""
        return "\n".join(self.paragraphs)


def read_entry(entry: Entry) -> Document:
    """Cut an entry into title, lead and body sentences (body minus any repeat of the lead)."""
    body = entry.content
    if entry.summary and body.startswith(entry.summary):
        body = body[len(entry.summary) :]
    elif body and body in entry.summary:
        body = ""
    lead = entry.summary or ""
    if not lead and body:
        first, _, body = body.strip().partition("\n")
        lead = first
    blocks = [(PLACE_TITLE, [entry.title])] if entry.title.strip() else []
    blocks += [(PLACE_LEAD, split_paragraphs(lead)), (PLACE_BODY, split_paragraphs(body))]
    return _assemble(blocks, entry)


def _assemble(blocks: list[tuple[str, list[str]]], entry: Entry) -> Document:
    sentences: list[Sentence] = []
    paragraphs: list[str] = []
    for place, paras in blocks:
        for para in paras:
            for text in split_sentences(para):
                sentences.append(Sentence(text, fold(text), len(paragraphs), place))
            paragraphs.append(fold(para))
    lead_paras = [s.folded for s in sentences if s.place == PLACE_TITLE]
    first_lead = next((s.paragraph for s in sentences if s.place != PLACE_TITLE), None)
    lead_paras += [paragraphs[first_lead]] if first_lead is not None else []
    url = (entry.url or "").lower()
    return Document(
        tuple(sentences), tuple(paragraphs), " \n ".join(lead_paras), fold(entry.title), url
    )


# Words that already say "a legislature" in a legislature's name ("National Assembly"): the
# lexicons' cues list them. Names without one ("Maneaba ni Maungatabu", "Storting") do not.
_SAYS_LEGISLATURE = re.compile(
    r"parliament|congress|assembly|senate|house|chamber|diet|council|yuan|legisla|lawmaker"
    r"|deput|diputad|senator|senador|parlamento|parlamentar|congreso|congresso|asamblea"
    r"|assembleia|senado|camara|cortes|member|committee|npc"
)


@lru_cache(maxsize=1)
def proper_legislatures() -> re.Pattern[str] | None:
    """The folded Latin names of legislatures known by a name of their own, which say nothing
    of a legislature to a reader who does not know them."""
    names = {
        fold(n)
        for e in gazetteer()
        if e.type == "legislature"
        for n in (e.name, *e.aliases)
        if not has_cjk(n) and n.lower() != n.upper() and len(n) > 3
    }
    names = {n for n in names if not _SAYS_LEGISLATURE.search(n)}
    return compile_terms(sorted(names)) if names else None


def mark_legislatures(folded: str) -> str:
    """`folded` with "parliament" written after each such name ("the maneaba parliament"), so
    that a stage cue about a legislature ("tabled in parliament") reads it as one."""
    pattern = proper_legislatures()
    if pattern is None:
        return folded
    return pattern.sub(lambda m: f"{m.group()} parliament", folded)
