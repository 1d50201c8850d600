"""Bundled reference data: the gazetteer (entities and aliases) and the glossary (topic terms).

Reads the YAML files shipped inside this package, once per process, into frozen records, and
says how their words are matched against text (`phrase_pattern`). It does not decide which
entities or terms a question gets: `watcher.questions` does that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any

import opencc
from ruamel.yaml import YAML

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class GazetteerEntry:
    """One entity of the gazetteer: its English name, kind of thing and every alias."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    legislature: str | None = None
    part_of: str | None = None
    local: tuple[tuple[str, str], ...] = ()  # (language, the name in it), countries only
    demonym: tuple[tuple[str, str], ...] = ()  # (language, masculine singular)
    speaks: tuple[str, ...] = ()  # (countries) languages of its own press
    # (countries) the capital's name when other places share it ("Santiago", "San José"): it
    # stands for the country only in a briefing about that country (`naming.seats_named`)
    shared_seats: tuple[str, ...] = ()
    # (countries) the country's everyday English name when it is also a common word or another
    # place's ("Turkey"): never an alias; in a briefing about that country it names it
    # (`naming.shared_names_taught`)
    shared_names: tuple[str, ...] = ()
    # (countries) the character the mainland press abbreviates the country by in a pair ("中利
    # 投资协定", Liberia), when `local` (Taiwan's usage) begins with another ("賴比瑞亞")
    zh_short: tuple[str, ...] = ()
    # (countries) the names of the chamber that votes first on a treaty when a second must
    # follow it (Brazil's Câmara, then its Senado): its vote alone is not the country's approval
    first_chamber: tuple[str, ...] = ()

    def local_name(self, language: str) -> str:
        """The entity's name in `language` (es, pt, zh); the English name when unknown."""
        return dict(self.local).get(language, self.name)

    def demonym_in(self, language: str) -> str | None:
        return dict(self.demonym).get(language)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Concept:
    """One glossary concept: its words in every language, and how questions use it."""

    key: str
    words: tuple[str, ...]
    slug: str | None = None
    kinds: tuple[str, ...] = ()
    broad: bool = False
    focus: bool = False
    stage: str | None = None
    neighbour: bool = False
    generic: bool = False
    thing: bool = False
    aim: bool = False


def _read(name: str) -> Any:
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return YAML(typ="safe", pure=True).load(text)


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Every gazetteer entry, in file order, then the legislatures derived for countries.

    Countries gain their demonyms in every inflection; every country gains a legislature entry
    (or its listed one gains aliases) so "the Dominican Congress" or "Senado dominicano" name
    it even when the file does not list that legislature.
    """
    rows = [_entry(row) for row in _read("gazetteer.yaml")["entities"]]
    entries = {entry.name: entry for entry in (_with_demonyms(e) for e in rows)}
    for country in [e for e in entries.values() if e.type == "country"]:
        _add_legislature(entries, country)
    return tuple(entries.values())


def _entry(row: dict[str, Any]) -> GazetteerEntry:
    return GazetteerEntry(
        name=str(row["name"]),
        type=str(row.get("type", "organisation")),
        aliases=tuple(str(a) for a in row.get("aliases") or ()),
        legislature=row.get("legislature"),
        part_of=row.get("part_of"),
        local=tuple((str(k), str(v)) for k, v in (row.get("local") or {}).items()),
        demonym=tuple((str(k), str(v)) for k, v in (row.get("demonym") or {}).items()),
        speaks=tuple(str(x) for x in row.get("speaks") or ()),
        shared_seats=tuple(str(x) for x in row.get("shared_seats") or ()),
        shared_names=tuple(str(x) for x in row.get("shared_names") or ()),
        zh_short=tuple(str(x) for x in row.get("zh_short") or ()),
        first_chamber=tuple(str(x) for x in row.get("first_chamber") or ()),
    )


def _with_demonyms(entry: GazetteerEntry) -> GazetteerEntry:
    # (a local name other places share, "Granada", is taught like the other shared names)
    local = [name for _, name in entry.local if name not in entry.shared_names]
    aliases = _unique([*entry.aliases, *local, *every_demonym(entry)], entry.name)
    return replace(entry, aliases=aliases)


def _add_legislature(entries: dict[str, GazetteerEntry], country: GazetteerEntry) -> None:
    """Build names for the country's legislature. A listed one keeps its own generic names
    (Paraguay's "Senado") and gains only names that say the country: the file knows better
    which generic words apply; a derived one takes them all."""
    listed = entries.get(country.legislature or "")
    built = legislature_aliases(country)
    if listed is not None:
        telling = [a for a in built if _both_scripts(a)[0] not in GENERIC_LEGISLATURES]
        entries[listed.name] = replace(
            listed, aliases=_unique([*listed.aliases, *telling], listed.name)
        )
        return
    name = f"{country.name} legislature"
    entries[name] = GazetteerEntry(name, "legislature", _unique(built, name), part_of=country.name)
    entries[country.name] = replace(country, legislature=name)


def _unique(names: list[str], own: str) -> tuple[str, ...]:
    return tuple(n for n in dict.fromkeys(names) if n and n != own)


# How a demonym inflects: (language, ending, replacement endings). First matching row wins;
# the masculine singular itself is always kept. Irregular forms belong in the aliases.
_INFLECTIONS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("en", "ese", ()),
    ("en", "sh", ()),
    ("en", "ch", ()),
    ("en", "i", ()),
    ("en", "", ("s",)),
    ("es", "ense", ("enses",)),
    ("es", "o", ("a", "os", "as")),
    ("es", "és", ("esa", "eses", "esas")),
    ("es", "án", ("ana", "anes", "anas")),
    ("es", "í", ("íes",)),
    ("es", "e", ("es",)),
    ("es", "a", ("as",)),
    ("es", "", ("a", "es", "as")),
    ("pt", "ense", ("enses",)),
    ("pt", "ão", ("ã", "ães", "ãs")),
    ("pt", "o", ("a", "os", "as")),
    ("pt", "ês", ("esa", "eses", "esas")),
    ("pt", "e", ("es",)),
    ("pt", "a", ("as",)),
    ("pt", "i", ("is",)),
    ("pt", "", ("a", "as")),
)


def every_demonym(entry: GazetteerEntry) -> list[str]:
    """Every inflected form of an entry's demonyms, in every language it lists."""
    return [form for lang, word in entry.demonym for form in demonym_forms(lang, word)]


def demonym_short_forms(entry: GazetteerEntry) -> list[str]:
    """The aliases that are a demonym's shorter form: "Korean" of "South Korean", "coreano" of
    "surcoreano". They say whose a thing is, as the demonym does, not that the country acts."""
    forms = [f.casefold() for f in every_demonym(entry)]
    return [
        a
        for a in entry.aliases
        if any(f != a.casefold() and f.endswith(a.casefold()) for f in forms)
    ]


# A participle that makes a name an adjective: "the China-led bank", "a Daejin-backed group".
COMPOUND_PARTICIPLES = r"led|backed|owned|controlled|run|based|funded|financed|built"


def demonym_forms(language: str, word: str) -> list[str]:
    """A demonym and its feminine and plural forms ("dominicano" -> dominicana, -os, -as)."""
    for lang, ending, replacements in _INFLECTIONS:
        if lang == language and word.endswith(ending):
            stem = word[: len(word) - len(ending)]
            return [word, *(stem + r for r in replacements)]
    return [word]


# Legislature words: `{d}` is the masculine singular demonym, `{dp}` its plural, `{n}` the
# country's name in that language ("the" added where the English name wants it). Generic names
# ("Congreso Nacional", a bare "Senado") are shared by many countries: they help read local news
# ("el Senado rechazó...") about a country's legislature but never identify which country a
# briefing means, and a country's own entity does not answer to them.
_LEGISLATURE_FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        "National Transitional Council",
        "Congress",
        "Senate",
        "National Assembly",
        "Legislative Assembly",
        "parliament",
        "lawmakers",
        "legislators",
        "senators",
        "{d} Congress",
        "{d} Parliament",
        "{d} Senate",
        "{d} legislature",
        "{d} lawmakers",
        "{d} legislators",
        "{d} senators",
        "{d} National Assembly",
        "{n}'s Congress",
        "{n}'s parliament",
        "{n}'s Senate",
        "{n}'s legislature",
        "{n}'s lawmakers",
        "{n} Congress",
        "{n} parliament",
        "{n} Senate",
        "Congress of {n}",
        "Parliament of {n}",
        "Senate of {n}",
        "National Assembly of {n}",
        "{n}'s National Assembly",
        "{n} lawmakers",
    ),
    "es": (
        "Consejo Nacional de Transición",
        "Congreso",
        "Senado",
        "senadores",
        "diputados",
        "legisladores",
        "Congreso {d}",
        "Senado {d}",
        "Parlamento {d}",
        "legisladores {dp}",
        "senadores {dp}",
        "diputados {dp}",
        "Congreso de {n}",
        "Senado de {n}",
        "Parlamento de {n}",
        "Asamblea Nacional de {n}",
        "Congreso Nacional",
        "Cámara de Diputados",
        "Cámara de Senadores",
        "Asamblea Nacional",
        "Congreso de la República",
        # round 66 (read): El Salvador's and Costa Rica's single chamber
        "Asamblea Legislativa",
    ),
    "pt": (
        "Conselho Nacional de Transição",
        "Congresso",
        "Senado",
        "senadores",
        "deputados",
        "parlamentares",
        "Congresso {d}",
        "Senado {d}",
        "Parlamento {d}",
        "parlamentares {dp}",
        "Congresso de {n}",
        "Congresso do {n}",
        "Congresso da {n}",
        "Parlamento de {n}",
        "Assembleia Nacional de {n}",
        "deputados {dp}",
        "Congresso Nacional",
        "Câmara dos Deputados",
        "Senado Federal",
        "Assembleia Nacional",
        # (Portugal's and Mozambique's; "Parlamento Nacional" is Timor-Leste's own name)
        "Assembleia da República",
    ),
    # traditional script; the simplified twin of each name is added alongside
    "zh": ("{n}國會", "{n}議會", "{n}參議院", "{n}眾議院", "{n}參院", "{n}眾院", "{n}立法機構"),
}
GENERIC_LEGISLATURES = frozenset(
    form for forms in _LEGISLATURE_FORMS.values() for form in forms if "{" not in form
)
_ARTICLE_NAMES = re.compile(
    r"\b(?:Republic|United|Islands|Kingdom|States|Netherlands|Philippines)\b"
)


def legislature_aliases(country: GazetteerEntry) -> list[str]:
    """Ways the news names a country's legislature, in every language we read."""
    aliases: list[str] = []
    for language, forms in _LEGISLATURE_FORMS.items():
        word = country.demonym_in(language)
        forms_of = demonym_forms(language, word) if word else []
        fills = {
            "d": forms_of[:1],
            "dp": [f for f in forms_of if f.endswith("s")][:1],
            "n": _local_names(country, language),
        }
        for form in forms:
            slot = next((key for key in ("dp", "d", "n") if f"{{{key}}}" in form), None)
            values = fills[slot] if slot else [""]
            aliases += [form.format(**{slot or "n": value}) for value in values]
    return [form for alias in aliases for form in _both_scripts(alias)]


def _both_scripts(name: str) -> list[str]:
    """A name, and its simplified-script twin when it is written in traditional Chinese."""
    if not _CJK.search(name):
        return [name]
    return list(dict.fromkeys([name, _to_simplified().convert(name)]))


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _local_names(country: GazetteerEntry, language: str) -> list[str]:
    """The country's name in `language`; for Chinese, the listed one or its first CJK alias."""
    if language == "zh":
        listed = dict(country.local).get("zh")
        cjk = [a for a in country.aliases if _CJK.search(a)]
        return [listed] if listed else cjk[:1]
    name = country.local_name(language)
    if language == "en" and _ARTICLE_NAMES.search(name):
        return [name, f"the {name}"]
    return [name]


@cache
def countries_by_name() -> dict[str, GazetteerEntry]:
    """Every gazetteer country by each of its names, case-folded ("kenia", "肯尼亚" -> Kenya);
    built once: each load of a watchlist places its sources with it."""
    return {n.casefold(): e for e in gazetteer() if e.type == "country" for n in e.names}


@cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """Gazetteer entries by canonical name."""
    return {entry.name: entry for entry in gazetteer()}


@cache
def glossary() -> tuple[Concept, ...]:
    """Every glossary concept, in file order; `words` lists en, es, pt, zh in that order."""
    return tuple(
        Concept(
            key=str(row["key"]),
            words=_concept_words(row),
            slug=row.get("slug"),
            kinds=tuple(row.get("kinds") or ()),
            broad=bool(row.get("broad", False)),
            focus=bool(row.get("focus", False)),
            stage=row.get("stage"),
            neighbour=bool(row.get("neighbour", False)),
            generic=bool(row.get("generic", False)),
            thing=bool(row.get("thing", False)),
            aim=bool(row.get("aim", False)),
        )
        for row in _read("glossary.yaml")["concepts"]
    )


def _concept_words(row: dict[str, Any]) -> tuple[str, ...]:
    words = [str(row["key"])]
    for language in ("en", "es", "pt", "zh"):
        words.extend(str(w) for w in row.get(language) or ())
    return tuple(dict.fromkeys(words))


# Bare names a longer name (or a common phrase) holds: "Korean" is the South's ("Korean
# exporters", "the Korean market") except in "North Korean"; "Corea" except in "Corea del Norte".
# (before, after) guards, keyed by the lower-case, unaccented name.
_BARE_NAMES = {
    **dict.fromkeys(["korea", "korean", "koreans"], (r"(?<!north )(?<!north-)", "")),
    **dict.fromkeys(["corea", "coreia"], ("", r"(?!\s+d[eo]l?\s+norte)")),
    # "França" folds to "franca", the free of "zona franca", "porto franco": no France there
    "franca": (r"(?<!zona )(?<!zonas )(?<!area )(?<!areas )(?<!porto )(?<!puerto )", ""),
    # Togo's Chinese name runs across words before Colombia's: "许多哥伦比亚人" (many Colombians)
    "多哥": ("", "(?!伦|倫|哥)"),
}


def bare_name_guards(name: str) -> tuple[str, str]:
    """The lookbehind and lookahead that keep a bare name out of another country's longer one
    (for patterns matched case-insensitively or on folded text)."""
    return _BARE_NAMES.get(name.lower(), ("", ""))


@cache
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """How a gazetteer or glossary phrase is found in text.

    Chinese has no spaces, so CJK phrases match anywhere; other phrases match as whole words.
    Phrases written in capitals ("WHO", "US", "AI") match only in capitals, because their
    lower-case forms are ordinary words, and not before a dollar sign ("US$" is a currency).
    """
    if _CJK.search(phrase):
        before, after = bare_name_guards(phrase)
        return re.compile(f"{before}{re.escape(phrase)}{after}")
    # A compound may be written with a hyphen or without: "double-taxation convention" is
    # the glossary's "double taxation convention".
    body = r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", phrase.strip()))
    before, after = bare_name_guards(phrase)
    body = f"{before}{body}{after}"
    if phrase.isupper():
        # Capitals before a dollar sign name a currency ("US$120 million", "HK$"), not a place.
        return re.compile(rf"(?<!\w){body}(?![\w$])")
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


# Words that carry no topic: function words, the "Whether ..." frame of watch items, and vague
# qualifiers. Used to pick an item's key words (for ids) and to relate sentences to items.
# Kept as one block of text: a word table reads better than a list of quoted strings.
STOPWORDS = frozenset(
    """a an the and or nor but of in on at to for from by with into onto over under about as
    is are was were be been being has have had do does did it its it's this that these those
    their there here than then so such not no any all some each both either whether if when
    which who whom whose what how why after before during since until while per via up out
    off also only more most much many very just yet again further once same other own
    will would could should may might must can shall actual actually measurable concrete
    response respond visit formally any real really progresses progress translates translate
    increases increase begins begin finishes finish commits commit used use using
    promised schedule end year time de del la las el los en y o un una por para con
    que se su sus da do das dos em e um uma""".split()  # noqa: SIM905
)

_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` that carry a topic, in order, possessives stripped."""
    words = []
    for match in _WORD.finditer(text):
        word = re.sub(r"['’]s?$", "", match.group(0).lower()).strip("-")
        if len(word) > 1 and word not in STOPWORDS:
            words.append(word)
    return words


@dataclass(frozen=True)
class Portfolio:
    """A ministry's portfolio: its English words, its Spanish and Portuguese (preposition,
    name) pairs and its Chinese name (traditional script)."""

    en: tuple[str, ...]
    es: tuple[str, str]
    pt: tuple[str, str]
    zh: str


@cache
def portfolios() -> tuple[Portfolio, ...]:
    """Every portfolio the glossary lists."""
    return tuple(
        Portfolio(
            en=tuple(str(w).lower() for w in row["en"]),
            es=_preposition_pair(str(row["es"])),
            pt=_preposition_pair(str(row["pt"])),
            zh=str(row["zh"]),
        )
        for row in _read("glossary.yaml").get("portfolios") or ()
    )


def _preposition_pair(text: str) -> tuple[str, str]:
    preposition, _, name = text.partition("|")
    return preposition, name


_MINISTRY = re.compile(r"^(?:the\s+)?Ministry\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def ministry_translations(name: str) -> tuple[str, ...]:
    """The Spanish, Portuguese and Chinese names of an English "Ministry of A and B", when
    the glossary knows every portfolio; () otherwise (a guess would match the wrong body)."""
    found = _MINISTRY.match(name.strip())
    if not found:
        return ()
    parts = [p.strip().lower() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", found.group(1))]
    by_word = {w: p for p in portfolios() for w in p.en}
    chosen = [by_word.get(p) for p in parts if p]
    if not chosen or any(p is None for p in chosen):
        return ()
    known = [p for p in chosen if p is not None]
    es = "Ministerio " + known[0].es[0] + " " + _joined([p.es[1] for p in known], "y")
    pt = "Ministério " + known[0].pt[0] + " " + _joined([p.pt[1] for p in known], "e")
    zh = ["".join(p.zh for p in known) + "部", "和".join(p.zh for p in known) + "部"]
    # (a ministry of one portfolio is also named by its minister: "the Saudi finance
    # minister", "el ministro de Hacienda", "财政部长")
    ministers: list[str] = []
    if len(known) == 1:
        only = known[0]
        ministers = [
            *(f"{w} minister" for w in only.en),
            *(f"{title} {only.es[0]} {only.es[1]}" for title in ("ministro", "ministra")),
            *(f"{title} {only.pt[0]} {only.pt[1]}" for title in ("ministro", "ministra")),
            *_both_scripts(only.zh + "部長"),
        ]
    return tuple(dict.fromkeys([es, pt, *(z for w in zh for z in _both_scripts(w)), *ministers]))


def _joined(words: list[str], conjunction: str) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {conjunction} {words[-1]}"
