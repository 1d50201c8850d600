"""Relevance: does an entry bear on a question, how strongly, and which sentence says so.

An entry bears on a question when one sentence names every entity of the question (through any
alias; the title and lead paragraph may supply an entity the sentence leaves implicit) and at
least one topic term, with no `exclude` term in that sentence. A paragraph that does the same
scores lower. Scores are fixed levels times a placement weight, so the decider can read them:

    1.0  every entity and a term in the sentence itself
    0.75 a term and some entity in the sentence, the other entities in the title or lead
    0.7  a term in the sentence, the entities only in the title or lead
    0.5  only the paragraph as a whole names them all
    x 1.0 in the title, x 0.95 in the lead, x 0.9 in the body

So a score of at least 0.9 means "the matter is named in the sentence", and at least 0.95
"...and that sentence is the title or lead". A member of a contrast set the question singles
out (its `pork`, see `focus.py`) counts as a topic term; a sentence naming only a neighbour
(chicken, the second plant) does not bear. Entity names are read leniently: a trailing dot or
possessive is dropped, duplicates merge, and a long proper name also answers to its initials
(AIIB) and a company name to its first word (Yunhai for Yunhai Digital).
A country left unsaid by its own press (a Guatemalan paper on "el préstamo taiwanés": see
`unsaid_home`) counts as named in every sentence that names another entity of the question or
a legislature by its plain name ("el Congreso").
A question's `context` (the countries its matter happens in) is never required: it only rules
an entry out when the entry names none of those countries (nor a city or port the gazetteer
places in them) and names another one or one of its places instead (news of the same company's
plant abroad).
This module does not read stage cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from watcher.briefing import host_of
from watcher.data import (
    COMPOUND_PARTICIPLES,
    GENERIC_LEGISLATURES,
    GazetteerEntry,
    demonym_short_forms,
    every_demonym,
    gazetteer,
    gazetteer_index,
    glossary,
    phrase_pattern,
)
from watcher.judge.focus import (
    NO_FOCUS,
    Focus,
    compile_focus,
    names_neighbour,
    own_member_named,
)
from watcher.judge.lexicon import Lexicon, stage_of
from watcher.judge.romanize import pinyin_name
from watcher.judge.text import (
    CJK_CHARS,
    PLACE_LEAD,
    PLACE_TITLE,
    Document,
    Sentence,
    compile_terms,
    fold,
    has_cjk,
)
from watcher.judge.transliterate import TRANSLITERATION_CHARS
from watcher.model import Entity, Question

SAME_SENTENCE = 1.0
WITH_CONTEXT = 0.75
CONTEXT_ONLY = 0.7
SAME_PARAGRAPH = 0.5
PLACEMENT = {PLACE_TITLE: 1.0, PLACE_LEAD: 0.95}
BODY_WEIGHT = 0.9


@dataclass(frozen=True)
class Matter:
    """A question compiled for matching: one pattern per entity, terms, excludes, parties."""

    question: Question
    entities: tuple[re.Pattern[str], ...]
    terms: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    parties: tuple[tuple[str, re.Pattern[str]], ...]
    focus: Focus = NO_FOCUS
    own_terms: tuple[re.Pattern[str], ...] = ()
    required: tuple[re.Pattern[str], ...] = ()
    context: tuple[re.Pattern[str], ...] = ()
    located: tuple[re.Pattern[str], ...] = ()
    located_by_name: tuple[re.Pattern[str], ...] = ()
    places_elsewhere: tuple[re.Pattern[str], ...] = ()
    elsewhere: tuple[re.Pattern[str], ...] = ()
    # a site's country (names, demonyms, places) and the other context countries' places
    site_home: tuple[re.Pattern[str], ...] = ()
    site_away: tuple[re.Pattern[str], ...] = ()
    one_sided: tuple[re.Pattern[str], ...] = ()
    homes: tuple[frozenset[str], ...] = ()
    foreign: tuple[re.Pattern[str], ...] = ()
    distinct: re.Pattern[str] | None = None
    party_homes: tuple[frozenset[str], ...] = ()
    entity_names: tuple[str, ...] = ()
    # (outlet name or web host folded, the same only lower-cased, the country it writes from)
    outlets: tuple[tuple[str, str, str], ...] = ()
    # per entity, its Chinese pair abbreviations ("中斯"), or None (`pair_abbreviations`)
    pairs: tuple[re.Pattern[str] | None, ...] = ()


@dataclass(frozen=True)
class Relevance:
    """How an entry bears on a question: the best score and sentence, and every sentence's.
    `one_sided`: indexes of the sentences that bear only as a one-sided act (see `ONE_SIDED`).
    `by_cue`: the best sentence bears through a stage cue standing for the topic (a named
    project's "works began"), with no topic word of the question's own."""

    score: float
    best: Sentence | None
    scores: tuple[float, ...]
    one_sided: frozenset[int] = frozenset()
    by_cue: bool = False


# Stages one party performs alone: a government sends the agreement to its own legislature, so
# the report names that side only. Such a sentence bears on a two-party ratification question
# when it names one side, the agreement by its own topic terms, and a cue of these stages.
ONE_SIDED = {"ratification": ("submitted",)}


def compile_matter(
    question: Question, lexicon: Lexicon | None = None, keep_names: bool = False
) -> Matter:
    """The question ready for matching; `lexicon` supplies the contrast sets and acts.
    `keep_names`: keep `entity_names` though no source places an outlet (a feed's country)."""
    focus = compile_focus(question, lexicon)
    pairs = pair_abbreviations(question)
    compiled = [(e, p) for e in merge_entities(question) if (p := _entity_pattern(e)) is not None]
    entities = [e for e, _ in compiled]
    homes = home_languages(entities, question.context, alone=question.kind == "decision")
    sides = _sides(question)
    parties = [
        (party.name, pattern)
        for party in question.parties
        if (pattern := _entity_pattern(_with_its_country(party, question, sides))) is not None
    ]
    site_home, site_away = site_countries(question)
    return Matter(
        question=question,
        entities=tuple(p for _, p in compiled),
        terms=compile_terms(topic_terms(_decisive_terms(question), entities)),
        exclude=compile_terms(question.exclude),
        parties=tuple(parties),
        party_homes=home_languages([(_party_country(name),) for name, _ in parties]),
        # (only where an outlet may leave one unsaid: 10,000 questions carry no idle tuples)
        entity_names=tuple(_country_of_names(names) for names in entities)
        if question.outlet_countries or keep_names
        else (),
        outlets=_outlet_keys(question.outlet_countries),
        focus=focus,
        own_terms=focus.term_patterns(),
        required=focus.topic_patterns(),
        context=tuple(p for p in (_entity_pattern(e) for e in question.context) if p),
        located=located_in(question.context),
        located_by_name=located_in(question.context, adjectives=False),
        places_elsewhere=places_elsewhere(question) if question.context else (),
        elsewhere=(*other_countries(question), *places_elsewhere(question))
        if question.context
        else (),
        site_home=site_home,
        site_away=site_away,
        one_sided=one_sided_cues(question, lexicon),
        homes=homes,
        foreign=other_countries(question, adjectives=True) if any(homes) else (),
        distinct=compile_terms(particular_terms(question)) if any(homes) else None,
        pairs=tuple(
            re.compile(pair_pattern(found)) if (found := pairs_of(e, pairs)) else None
            for e, _ in compiled
        )
        if pairs
        else (),
    )


# A thing concept that names any plant or site ("plant", "facility") says no kind of its own.
_GENERIC_FACILITY = frozenset(
    {"plant", "plants", "factory", "factories", "facility", "facilities", "site", "sites"}
)


@lru_cache(maxsize=4096)
def _plant_marks(terms: tuple[str, ...]) -> frozenset[str]:
    """The pairs of characters of the Chinese words for the kind of facility a project's item
    names (a glossary `thing` among its terms: 海水淡化厂 gives 海水, 水淡, 淡化), without the
    word for plant itself; empty when it names none. Worked out only for a sentence that names
    a plant in Chinese, and kept per set of terms, not on every matter (10,000 questions)."""
    terms_set = set(terms)
    words = [
        fold(w).removesuffix("厂")
        for c in glossary()
        if c.thing
        and terms_set.intersection(c.words)
        and not _GENERIC_FACILITY.intersection(c.words)
        for w in c.words
        if has_cjk(w)
    ]
    return frozenset(w[i : i + 2] for w in words for i in range(len(w) - 1))


def _country_of_names(names: Sequence[str]) -> str:
    """The entity's first name, or the country among its names when it is a country's own body
    ("Council of Ministers", named also by Mozambique's names): the outlet whose country that
    is may leave it unsaid ("o Governo vai eliminar a taxa", round 56, read)."""
    index = gazetteer_index()
    if (first := index.get(names[0])) is not None and first.type == "country":
        return names[0]
    return next(
        (n for n in names if (e := index.get(n)) is not None and e.type == "country"), names[0]
    )


@cache
def _common_words() -> frozenset[str]:
    """Folded words of the concepts every question of a kind carries, and of the generic ones
    (a treaty, a plant): what many matters between the same two countries share."""
    return frozenset(fold(w) for c in glossary() if c.kinds or c.generic for w in c.words)


def _decisive_terms(question: Question) -> tuple[str, ...]:
    """The terms an entry must name. A decision between two countries is told from their other
    decisions by what is decided (the seasonal-worker scheme), not by "approved": every act
    between them is approved by someone. Its kind's words stay stage cues."""
    if question.kind != "decision" or question.context:
        return question.terms
    return particular_terms(question) or question.terms


def particular_terms(question: Question) -> tuple[str, ...]:
    """The terms that tell this matter from the others between the same parties, and for a
    decision the shared thing it decides, if any: "the resident embassy in Rabat ... a decree
    that creates it" is told apart by the embassy, though embassies speak in many stories (a
    treaty's neighbours are other treaties: its words never tell it apart)."""
    if question.kind != "decision":
        return distinct_terms(question.terms)
    named = [
        w
        for c in glossary()
        if c.generic and not (c.kinds or c.thing or c.broad)
        if any(phrase_pattern(w).search(question.text) for w in c.words)
        for w in c.words
    ]
    return tuple(dict.fromkeys([*distinct_terms(question.terms), *named]))


@lru_cache(maxsize=16384)
def goods_pattern(item_text: str) -> re.Pattern[str] | None:
    """Every word of the focus concepts (goods: tuna, avocados) an item names; None if none.
    Kept per item: the judge asks it of a question once per entry it reads."""
    return compile_terms(
        [
            w
            for c in glossary()
            if c.focus and any(phrase_pattern(w).search(item_text) for w in c.words)
            for w in c.words
        ]
    )


def distinct_terms(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The terms that tell this matter from the others between the same parties."""
    common = _common_words()
    return tuple(t for t in terms if fold(t) not in common)


def one_sided_cues(question: Question, lexicon: Lexicon | None) -> tuple[re.Pattern[str], ...]:
    """The cues of the stages one party performs alone, for a question with two parties."""
    stages = ONE_SIDED.get(question.kind, ())
    if lexicon is None or not stages or len(question.parties) < 2:
        return ()
    return tuple(
        cue.pattern
        for (_, kind, key), group in lexicon.stages.items()
        if kind == question.kind and stage_of(key) in stages
        for cue in group.cues
    )


@cache
def _country_patterns(
    adjectives: bool = False,
) -> tuple[tuple[str, frozenset[str], re.Pattern[str]], ...]:
    """Every gazetteer country: its name, its folded names, one pattern of its names.

    Without `adjectives` the pattern leaves demonyms out: "Chinese executives" or "executivos
    chineses" at a ceremony in Bahia say who came, not where the matter is; "in China" does."""
    found = []
    for entry in gazetteer():
        if entry.type != "country":
            continue
        names = [n for n in entry.names if adjectives or fold(n) not in _adjectives(entry)]
        if pattern := compile_terms(names):
            found.append((entry.name, frozenset(fold(n) for n in entry.names), pattern))
    return tuple(found)


@cache
def _country_names() -> frozenset[str]:
    """Every name of every gazetteer country, demonyms too, folded."""
    return frozenset(n for _, names, _ in _country_patterns(adjectives=True) for n in names)


def _adjectives(entry: GazetteerEntry) -> frozenset[str]:
    """A country's demonyms in every inflection, folded; a form that is also one of its names
    stays a name (Spanish "china" is both)."""
    proper = {fold(entry.name), *(fold(name) for _, name in entry.local)}
    # (with the demonym's shorter forms: "the Korean firm" says whose, not where)
    forms = {fold(f) for f in (*every_demonym(entry), *demonym_short_forms(entry))}
    return frozenset(forms - proper)


def other_countries(question: Question, adjectives: bool = False) -> tuple[re.Pattern[str], ...]:
    """Patterns of the countries a question neither requires nor is situated in (a country
    one of its entities answers to, as Kumamoto answers to Japan, is not another country).
    With `adjectives` (demonyms too) the context countries count as other countries as well:
    a Taiwanese paper on Guatemala's treaty names Taiwan, and is not Chinese press."""
    context = () if adjectives else question.context
    own = {fold(n) for e in (*question.entities, *context) for n in e.names}
    mine = frozenset(name for name, _, _ in _country_patterns(adjectives) if fold(name) in own)
    return _countries_but(mine | _lenders_countries(question.entities), adjectives)


def _lenders_countries(entities: tuple[Entity, ...]) -> frozenset[str]:
    """Countries a state body of the question carries in its name ("Export-Import Bank of
    India"): the report that names India beside the bank names the lender's own country, not
    another (the bank is no part of India in the gazetteer: a report naming India alone is no
    report of the bank)."""
    index = gazetteer_index()
    found: set[str] = set()
    for entity in entities:
        entry = index.get(entity.name)
        if entry is None or entry.type != "organisation":
            continue
        found.update(m.group(1) for m in _OF_COUNTRY.finditer(entity.name) if m.group(1) in index)
    return frozenset(c for c in found if index[c].type == "country")


# "Bank of India", "Bank of the Republic of China": the country an organisation is of.
_OF_COUNTRY = re.compile(r"\bof (?:the )?([A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$")


@lru_cache(maxsize=1024)
def _countries_but(mine: frozenset[str], adjectives: bool) -> tuple[re.Pattern[str], ...]:
    # Shared by every question on the same countries: ~200 patterns each, so one tuple per
    # question would grow the judge by ~1.6 KiB a question (16 MiB at 10,000 questions).
    return tuple(p for name, _, p in _country_patterns(adjectives) if name not in mine)


# Right before a country's name: it says where goods come from ("imports of raw cashew from Côte
# d'Ivoire", "importaciones de anacardo procedentes de Vietnam", "来自越南的腰果").
_ORIGIN = re.compile(
    r"(?:(?<![0-9a-z])(?:from|de|desde|da|do|das|dos|procedentes? de|provenientes? de"
    r"|originari[oa]s? de|oriund[oa]s? de)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?|来自|从|自)$"
)


def origin_elsewhere(matter: Matter, clause: str) -> bool:
    """A market's news whose clause names the goods' origin, and it is another country, never
    one of the question's own: "suspended import permits for raw cashew nuts from Côte
    d'Ivoire" is no setback of Guinea-Bissau's cashew (round 66, read)."""

    def from_one(patterns: Iterable[re.Pattern[str]]) -> bool:
        return any(
            _ORIGIN.search(clause[max(0, m.start() - 24) : m.start()])
            for p in patterns
            for m in p.finditer(clause)
        )

    return from_one(other_countries(matter.question)) and not from_one(matter.entities)


# Right before the place goods are sent to (folded text).
_DESTINATION = re.compile(
    r"(?:(?<![0-9a-z])(?:to|towards|bound for|destined for|for|hacia|rumbo a|con destino a"
    r"|destino a|para|rumo a|com destino a|destinad[oa]s? a)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?"
    r"|运往|运抵|销往|发往|输往|出口到|出口至)$"
)


def destination_elsewhere(matter: Matter, clause: str) -> bool:
    """A market's news whose clause sends the goods to another country and never to one of
    the question's own: "salió el primer contenedor de limón tucumano hacia Filipinas" is no
    first shipment to Vietnam (round 70, read)."""

    def to_one(patterns: Iterable[re.Pattern[str]]) -> bool:
        return any(
            _DESTINATION.search(clause[max(0, m.start() - 24) : m.start()])
            for p in patterns
            for m in p.finditer(clause)
        )

    return to_one(other_countries(matter.question)) and not to_one(matter.entities)


# A word for a country's people as travellers: its nationals, its passports' holders.
_PEOPLE = (
    r"(?:holders?|citizens?|nationals?|visitors?|travell?ers?|tourists?|passports?|cidadaos"
    r"|nacionais|portadores|ciudadanos|nacionales|titulares|turistas|visitantes|viajeros"
    r"|viajantes|pasaportes?|passaportes?)"
)
_PEOPLE_AFTER = re.compile(rf"\s*(?:[^\s]+\s+)?{_PEOPLE}(?![0-9a-z])|公民|国民|游客|旅客|护照")
_PEOPLE_BEFORE = re.compile(rf"(?<![0-9a-z]){_PEOPLE}\s+(?:[^\s]+\s+){{0,2}}$")


def _people_named(matter: Matter, text: str) -> set[int]:
    """Indexes of the entities named as a people beside a word for them: "Thai nationals",
    "os cidadãos tailandeses", "holders of ordinary Timorese passports", "泰国公民"."""
    return {
        i
        for i, p in enumerate(matter.entities)
        for m in p.finditer(text)
        if _PEOPLE_AFTER.match(text, m.end()) or _PEOPLE_BEFORE.search(text[: m.start()])
    }


def other_people(matter: Matter, sentence: str) -> bool:
    """A decision on one side's people (visas for "holders of ordinary Timorese passports")
    and a sentence whose people are the other side's only: "dispensa de visto os cidadãos
    tailandeses" is Timor-Leste's waiver for Thais, not Thailand's for Timorese (round 67,
    read)."""
    wanted = _people_named(matter, fold(matter.question.text))
    if len(wanted) != 1:
        return False
    said = _people_named(matter, sentence)
    return bool(said) and not said & wanted


# English is every wire service's language: an English report says nothing of where it is from.
_LINGUA_FRANCA = frozenset({"en"})


@cache
def _home_languages() -> dict[str, frozenset[str]]:
    """Folded country name -> the languages of its own press (English left out)."""
    return {
        fold(e.name): frozenset(e.speaks) - _LINGUA_FRANCA
        for e in gazetteer()
        if set(e.speaks) - _LINGUA_FRANCA
    }


def home_languages(
    entities: list[tuple[str, ...]], context: tuple[Entity, ...] = (), alone: bool = False
) -> tuple[frozenset[str], ...]:
    """Per entity: the languages in which news may leave it unsaid, being the country the
    outlet writes from. Only a question with two or more entities has any (with one, nothing
    would be left to name), unless `alone`: a government's own decision, which its press
    tells as "o Governo decidiu" (round 60, read)."""
    if len(entities) < 2 and not alone:
        return tuple(frozenset() for _ in entities)
    homes = _home_languages()
    # A language also spoken by the press of a context country cannot tell whose press it is
    # (Chinese for a question on China's pressure over a Taiwanese treaty).
    shared = frozenset(x for e in context for x in homes.get(fold(e.name), ()))
    return tuple(homes.get(fold(names[0]), frozenset()) - shared for names in entities)


@cache
def _places_by_country() -> dict[str, re.Pattern[str]]:
    """Folded country name -> one pattern of the gazetteer's places in it (cities, ports)."""
    grouped: dict[str, list[str]] = {}
    countries = {e.name for e in gazetteer() if e.type == "country"}
    for entry in gazetteer():
        if entry.type == "place" and entry.part_of in countries:
            grouped.setdefault(fold(entry.part_of), []).extend(entry.names)
    return {key: p for key, names in grouped.items() if (p := compile_terms(names))}


@lru_cache(maxsize=1024)  # a watchlist's questions share their context countries
def located_in(context: tuple[Entity, ...], adjectives: bool = True) -> tuple[re.Pattern[str], ...]:
    """What places an entry in a context country: its names and demonyms ("the Brazilian unit
    that owns the refinery" is the plant in Brazil), and its cities and ports (Barranquilla
    is in Colombia). Without `adjectives`, its names and places only."""
    places = _places_by_country()
    index = gazetteer_index()

    def named(e: Entity) -> Entity:
        entry = index.get(e.name)
        if adjectives or entry is None:
            return e
        bare = _adjectives(entry)
        return Entity(e.name, tuple(a for a in e.aliases if fold(a) not in bare))

    found = [p for p in (_entity_pattern(named(e)) for e in context) if p is not None]
    found += [places[key] for e in context if (key := fold(e.name)) in places]
    # A seat other places share ("São Tomé", "Santiago") is no alias, but it still says where
    # the report is: "a Chinese builder for the São Tomé plant" is not news from China.
    seats = [
        Entity(entry.shared_seats[0], entry.shared_seats[1:])
        for e in context
        if (entry := index.get(e.name)) is not None and entry.shared_seats
    ]
    found += [p for p in map(_entity_pattern, seats) if p is not None]
    return tuple(found)


def places_elsewhere(question: Question) -> tuple[re.Pattern[str], ...]:
    """Patterns of the gazetteer's places in countries the question is not about."""
    own = {fold(n) for e in (*question.entities, *question.context) for n in e.names}
    return tuple(p for country, p in _places_by_country().items() if country not in own)


def site_countries(question: Question) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """For a matter at a site the gazetteer places in one of the question's countries (Paita,
    Peru; Nacala, Mozambique): what names that country (its names, its people's word, its
    places), and the places of the question's other countries. Both empty otherwise."""
    countries = {e.name for e in question.context}
    if len(countries) < 2:
        return (), ()
    if question.site in countries:
        return _firm_abroad(question)
    index = gazetteer_index()
    homes = {
        entry.part_of
        for e in question.entities
        for name in e.names
        if (entry := index.get(name)) is not None
        and entry.type == "place"
        and entry.part_of in countries
    }
    if len(homes) != 1:
        return (), ()
    home = tuple(c for c in question.context if c.name in homes)
    places = _places_by_country()
    away = tuple(
        places[key]
        for c in question.context
        if c.name not in homes and (key := fold(c.name)) in places
    )
    return (located_in(home), away) if away else ((), ())


def _firm_abroad(question: Question) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """`site_countries` for a firm's facility whose country the watchlist gives (`site`): the
    site's country and the item's own words for the site (its town, "Yapacaní", an alias of
    the firm's entity); and the firm's
    home, by its names and places ("Cuu Long Agritech opens seed plant in Can Tho", "starts up
    new dyeing complex in northern Vietnam", round 76-77, read: its plants at home)."""
    home = tuple(c for c in question.context if c.name == question.site)
    away = tuple(c for c in question.context if c.name != question.site)
    # (the aliases that are not the firm's own names, its initials or its name in Chinese:
    # the item's site words)
    site_words = [
        n
        for e in question.entities
        for n in e.aliases
        if not set(fold(n).split()) & set(fold(e.name).split())
        and not n.isupper()
        and not has_cjk(n)
    ]
    own = compile_terms(site_words)
    return (*located_in(home), *((own,) if own else ())), located_in(away, adjectives=False)


def speaks_of_elsewhere(matter: Matter, doc: Document) -> bool:
    """True when the entry places itself in none of the question's context countries (by name
    or by one of their places) but names another country or one of its places; or, for a
    matter at a site in one of them, names none of that country and says it is in another's
    town ("Samudera starts up tuna plant in Sandakan, Sabah", round 74, read: the Malaysian
    firm's plant at home, not its plant in Paita; not "bound for Shanghai", "a lab from Pune")."""
    if not matter.context:
        return False
    text = doc.folded
    if (
        matter.site_away
        and not any(p.search(text) for p in matter.site_home)
        and any(
            _said_where(text, m) and not _address_of_own(matter, text, m.start())
            for p in matter.site_away
            for m in p.finditer(text)
        )
    ):
        return True
    if any(_placed_in(p, text, matter) for p in matter.located_by_name):
        return False
    # A demonym places the matter ("the Brazilian unit", "baterías mexicanas" beside a tariff
    # "Estados Unidos cobra"), unless a city or port elsewhere is named: "a empresa chinesa
    # Hengyuan iniciou as obras no porto de Nacala" is in Mozambique.
    # So does another country written as where it is: "la siderúrgica turca pone en marcha su
    # planta en Senegal".
    located = (
        m for p in matter.located for m in p.finditer(text) if not _heads_own_name(matter, text, m)
    )
    if next(located, None) is not None:
        return any(_placed(p, text, matter) for p in matter.places_elsewhere) or any(
            (_said_where(text, m) or _in_town_of(text, m))
            and not _address_of_own(matter, text, m.start())
            for p in matter.elsewhere
            for m in p.finditer(text)
        )
    return any(_placed(p, text, matter) for p in matter.elsewhere)


# Right before a country's name: the place is anywhere but there ("its third plant outside
# Thailand", round 69, read: a Thai firm's feed mill in Vietnam is not its plant in Paraguay).
_OUTSIDE = re.compile(r"(?<![0-9a-z])(?:outside(?: of)?|beyond|fuera de|fora d[eo]a?s?)\s+$")


def _placed_in(pattern: re.Pattern[str], text: str, matter: Matter) -> bool:
    """The text names the country of `pattern` (or one of its places) other than as where the
    thing is not, or as the first word of the matter's own firm ("江苏恒润纺织集团在科特迪瓦",
    round 72, read: Jiangsu Hengrun's mill in Côte d'Ivoire is not in China)."""
    return any(
        not _OUTSIDE.search(text, 0, m.start()) and not _heads_own_name(matter, text, m)
        for m in pattern.finditer(text)
    )


def _heads_own_name(matter: Matter, text: str, found: re.Match[str]) -> bool:
    """A place below a country (not a country: "古巴马列尔" is Cuba's Mariel) right before one
    of the matter's own names, or one or two words of the same run before it (a romanized
    mark: "江苏 jiangsu 恒润 hengrun", whose own name is marked too)."""
    if found.group() in _country_names():
        return False
    end = found.end()
    starts = [end]
    for _ in range(3):
        space = text.find(" ", starts[-1], starts[-1] + 24)
        if space < 0:
            break
        starts.append(space + 1)
    return any(p.match(text, at) for p in matter.entities for at in starts)


# Between the matter's own site and the place that follows it in its address: "Ribeira da
# Barca, em Santa Catarina", "Cañas Dulces de Liberia" (a town sharing a name with a state).
# (set off by a comma, or joined by "de"; not "the Canelones refinery in China", abroad)
_ADDRESS_GAP = re.compile(r"(?:,\s*(?:(?:em|en|in|no|na|near)\s+)?|\s+(?:de|da|do|del)\s+)$")


def _address_of_own(matter: Matter, text: str, at: int) -> bool:
    """The place named at `at` comes right after one of the question's own names: it is that
    site's address (its town or county), not somewhere else."""
    gap = _ADDRESS_GAP.search(text, 0, at)
    if gap is None:
        return False
    return any(
        m.end() == gap.start() for p in matter.entities for m in p.finditer(text, 0, gap.start())
    )


# Right before a name: it says where ("en Senegal", "in Ghana", "no Quénia", "在肯尼亚", "at
# Phnom Penh dry port": round 78, read; "at" before a possessive says whose, `_said_where`).
# (also with the part of it: "in central Vietnam", "en el norte de Chile", "no sul do Brasil")
_LOCATIVE = re.compile(
    r"(?:(?<![0-9a-z])(?:in|at|en|em|no|na|near|cerca de|perto de)\s+"
    r"(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-eastern"
    r"|north-western|south-eastern|south-western|northeastern|northwestern|southeastern"
    r"|southwestern)\s+|(?:el\s+|o\s+)?(?:centro|norte|sur|sul|este|leste|oeste|noreste"
    r"|nordeste|noroeste|sureste|sudeste|suroeste|sudoeste)\s+(?:de|del|do|da)\s+)?"
    r"|[在于於])$"
)
# ... or after the town or state it is in, the country set off as an apposition ("its new
# plant in Nuevo León, Mexico, the firm's first abroad"; not "en la ceremonia, China firmó").
_LOCATIVE_TOWN = re.compile(r"(?<![0-9a-z])(?:in|en|em|near)\s+(?:[a-z'-]+\s){0,2}[a-z'-]+,\s*$")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _said_where(text: str, found: re.Match[str]) -> bool:
    """The name found is written as where something is ("in Ghana", "at Phnom Penh", "in
    Cambodia's Kampong Thom"), not as whose ("at China's request")."""
    before = _LOCATIVE.search(text, 0, found.start())
    return before is not None and not (
        before.group().startswith("at") and text.startswith(("'s", "’s"), found.end())
    )


def _in_town_of(text: str, found: re.Match[str]) -> bool:
    """The country named after the town it is in, as an apposition: "in Nuevo León, Mexico,"."""
    return bool(
        _LOCATIVE_TOWN.search(text, 0, found.start()) and _APPOSITION_END.match(text, found.end())
    )


def _placed(pattern: re.Pattern[str], text: str, matter: Matter) -> bool:
    """A country or place named as where something is, not as whose: "China's Huayuan Port
    Construction Group", the contractor of a terminal in Mozambique, places nothing in China;
    nor as the address of the matter's own site (`_address_of_own`)."""
    return any(
        # ("in Laos's Savannakhet" is where: a possessive after "in" names a place in it)
        (not text.startswith("'s", m.end()) or _said_where(text, m))
        and not _address_of_own(matter, text, m.start())
        and not _inside_own_name(matter, text, m)
        for m in pattern.finditer(text)
    )


_SOUNDS_TAIL = re.compile(f"[{''.join(sorted(TRANSLITERATION_CHARS))}]{{1,6}}")


def _inside_own_name(matter: Matter, text: str, found: re.Match[str]) -> bool:
    """A Chinese name found inside a longer run of characters that the transliterator read as
    one of the matter's own names ("比绍夫图 bishoftu": Bishoftu, not 比绍, Bissau): the rest of
    the run is of its sound characters, and the mark right after it is an own name."""
    tail = _SOUNDS_TAIL.match(text, found.end())
    if tail is None:
        return False
    at = tail.end() + 1
    return text.startswith(" ", tail.end()) and any(p.match(text, at) for p in matter.entities)


def topic_terms(terms: tuple[str, ...], entities: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The terms that are not an entity's name: "Manila" names a party, not the topic."""
    names = {fold(n) for names in entities for n in names}
    return tuple(t for t in terms if fold(t) not in names)


# A trailing possessive or punctuation, or the participle of "the Tonghe Rail-led consortium".
_NAME_NOISE = re.compile(rf"(?:-(?:{COMPOUND_PARTICIPLES}))?(?:['\u2019]s)?[\s.,;:]*$")
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z]*$")
# Last words that mark a company name, whose first word is then how the news calls it.
_COMPANY_TAILS = frozenset({
    "digital", "packaging", "group", "holdings", "technologies", "technology", "semiconductor",
    "electronics", "energy", "industries", "corporation", "corp", "inc", "ltd", "company",
    "systems", "solutions", "motors", "networks", "cloud", "lithium", "mining", "metals",
    "minerals", "steel", "chemicals", "chemical", "power", "petroleum", "shipping", "logistics",
    "telecom", "pharmaceutical", "pharmaceuticals", "automotive", "materials", "resources",
    "rail", "railway", "railways", "engineering", "construction", "infrastructure", "ports",
    "terminals", "airlines", "airways", "foods", "trading", "capital", "partners", "ventures",
    "investments", "fisheries", "seafood", "textiles", "cement", "renewables", "shipyards",
    "shipbuilding", "lifesciences", "pharma", "biotech", "healthcare", "labs", "laboratories",
    "mobility", "motion", "agro", "agribusiness",
    # round 67 (read): a firm named for its metal or its trade ("Huatuo Aluminium", 华拓铝业)
    "aluminium", "aluminum", "copper", "nickel", "cobalt", "bauxite", "gold", "refining",
    "sugar", "dairy", "paper", "glass", "tyres", "tires", "auto", "autos", "machinery",
    "electric", "industrial", "agri",
    # round 81 (read): a potash producer (鸿澜钾业); not "bank" ("World" of the World Bank)
    "potash", "fertilizer", "fertiliser", "fertilizers", "fertilisers",
})  # fmt: skip


def clean_name(name: str) -> str:
    """A name without a trailing dot, punctuation or possessive ("Bank." -> "Bank")."""
    return _NAME_NOISE.sub("", name.strip())


def pairs_of(names: tuple[str, ...], pairs: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The pair abbreviations of the country a merged name tuple stands for, if any."""
    return next((found for country, found in pairs.items() if country in names), ())


def merge_entities(question: Question) -> list[tuple[str, ...]]:
    """The question's entities as name tuples, cleaned; one that repeats another is dropped."""
    merged: list[tuple[str, ...]] = []
    for entity in question.entities:
        names = tuple(dict.fromkeys(n for n in map(clean_name, entity.names) if n))
        if names and not any(set(names) <= set(other) for other in merged):
            merged = [m for m in merged if not set(m) < set(names)] + [names]
    return merged


# Chinese headlines name a pair of countries by one character each, "中斯自贸协定" (China and
# Sri Lanka), "台吐海巡协定" (Taiwan and Tuvalu). Two such characters side by side are read as
# both names only before a word of what two states share (a treaty, their relations): "中安"
# in "会议中安排" is no China and Angola. Folded (simplified) forms.
_PAIR_NOUNS = (
    "自贸|自由贸易|投资|贸易|经贸|关系|合作|双边|两国|友好|建交|协定|协议|条约|海巡|引渡|司法|"
    "数字|经济|伙伴|联合|外长|元首|领导人|会谈|峰会|渔业|航线|直航|货币|本币|互换|签|战略|"
    "互免|互认|互设|互派|免签"
)


def pair_abbreviations(question: Question) -> dict[str, tuple[str, ...]]:
    """For each of the question's countries with a Chinese name, the pair abbreviations that
    name it with another of its countries ("中斯", "斯中"); empty with fewer than two."""
    initials = {e.name: found for e in question.entities if (found := _initials(e.name))}
    pairs: dict[str, tuple[str, ...]] = {}
    for name, mine in initials.items():
        theirs = {c for other, chars in initials.items() if other != name for c in chars}
        both = {a + b for a in mine for b in theirs} | {b + a for a in mine for b in theirs}
        if both:
            pairs[name] = tuple(sorted(both))
    return pairs


@lru_cache(maxsize=4096)
def _initials(name: str) -> frozenset[str]:
    """The characters a country goes by in Chinese pair abbreviations: its local name's
    initial, and an alias's written like it ("图瓦卢" beside "吐瓦鲁"), never another name's
    ("南韩" is Korea, but "南" is no abbreviation of it). Empty for anything but a country."""
    entry = gazetteer_index().get(name)
    if entry is None or entry.type != "country":
        return frozenset()
    local = fold(entry.local_name("zh"))
    if not local or not _CJK_START.match(local):
        return frozenset()
    forms = {fold(n) for n in entry.names} | {local}
    # (a two-character short name that opens a longer one stands whole in the pair: "中埃塞",
    # China and Ethiopia (埃塞俄比亚), where "中埃" is China and Egypt)
    short = {
        f
        for f in forms
        if len(f) == 2 and _CJK_START.match(f) and any(g != f and g.startswith(f) for g in forms)
    }
    return frozenset(f[0] for f in forms if _written_like(f, local)) | short


def _written_like(form: str, local: str) -> bool:
    """A Chinese form of the local name: itself, or as long and sharing a later character."""
    if form == local:
        return True
    return (
        len(form) == len(local)
        and _CJK_START.match(form) is not None
        and any(a == b for a, b in zip(form[1:], local[1:], strict=True))
    )


def pair_pattern(abbreviations: tuple[str, ...]) -> str:
    """The regex of a country's pair abbreviations, before a word of what two states share."""
    return f"(?:{'|'.join(abbreviations)})(?=(?:{_PAIR_NOUNS}))"


_CJK_START = re.compile(f"[{CJK_CHARS}]")


def name_variants(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names plus their short forms: the first word of a company name ("Xinyuan" for Xinyuan
    Lithium, unless that word is a place: not "Taiwan" for Taiwan Semiconductor), and, for a
    lone name (one the gazetteer gave no aliases), the initials of a long proper name."""
    extra: list[str] = []
    for name in names:
        words = name.split()
        capitals = [w for w in words if _CAPITALISED.match(w)]
        if len(names) == 1 and len(capitals) >= 3 and len(words) - len(capitals) <= 1:
            extra.append("".join(w[0] for w in capitals))
        if (
            len(words) >= 2
            and words[-1].lower() in _COMPANY_TAILS
            and len(words[0]) >= 4
            and fold(words[0]) not in _gazetteer_words()
        ):
            extra.append(words[0])
        elif len(words) >= 3 and words[-1].lower() == "bank" and pinyin_name(words[0]):
            # "Yunling Commercial Bank" is 云岭商业银行 in Chinese, "Yunling" in a headline
            # (round 81, read); not "World" of the World Bank: only a pinyin first word
            extra.append(words[0])
    return tuple(dict.fromkeys((*names, *extra)))


@cache
def _gazetteer_words() -> frozenset[str]:
    """Every folded name the gazetteer knows (countries, places, institutions)."""
    return frozenset(fold(n) for e in gazetteer() for n in e.names)


@cache
def country_folds() -> frozenset[str]:
    """Every name of every country, folded."""
    return frozenset(fold(n) for e in gazetteer() if e.type == "country" for n in e.names)


def thing_patterns(matter: Matter) -> tuple[re.Pattern[str], ...]:
    """The patterns of a matter's entities that are not countries (a firm, its park); none for
    a question between states only. Worked out when asked (rarely: see `Judge`), not kept on
    every matter: 10,000 questions would carry 10,000 more tuples."""
    names = merge_entities(matter.question)
    if len(names) != len(matter.entities):
        return ()  # a name that compiled to nothing: the slots do not line up
    return tuple(
        p for n, p in zip(names, matter.entities, strict=True) if fold(n[0]) not in country_folds()
    )


def _sides(question: Question) -> dict[str, tuple[str, ...]]:
    """For each party country, "the X side" in Chinese ("加方", "埃方") when its initial is no
    other party's: among the question's own parties it is no longer ambiguous (加方 is Ghana's
    beside China, though the gazetteer cannot list it, Canada's too; round 67, read)."""
    initials = {
        name: {c for c in _initials(_party_country(name)) if len(c) == 1}
        for name in (p.name for p in question.parties)
    }
    return {
        name: tuple(
            f"{c}方"
            for c in sorted(mine)
            if not any(c in theirs for other, theirs in initials.items() if other != name)
        )
        for name, mine in initials.items()
    }


def _with_its_country(
    party: Entity, question: Question, sides: dict[str, tuple[str, ...]] | None = None
) -> Entity:
    """A legislature party also answers to its country's own names, as the question has them
    ("Turkey completes ratification": the country acts through its legislature), not to its
    people's ("Turkish exporters" act for no one); and to its side's name (`_sides`)."""
    extra = [s for s in (sides or {}).get(party.name, ()) if s not in party.names]
    if extra:
        party = Entity(party.name, (*party.aliases, *extra))
    country = _party_country(party.name)
    if country == party.name:
        return party
    own = next((e for e in (*question.entities, *question.context) if e.name == country), None)
    entry = gazetteer_index().get(country)
    if own is None or entry is None:
        return party
    adjectives = _adjectives(entry)
    return Entity(
        party.name, (*party.aliases, *(n for n in own.names if fold(n) not in adjectives))
    )


def _entity_pattern(entity: Entity | tuple[str, ...]) -> re.Pattern[str] | None:
    names = entity.names if isinstance(entity, Entity) else name_variants(entity)
    plain = compile_terms([n for n in names if n.strip()])
    extra = [r for n in names for r in institution_regexes(n)]
    if not extra:
        return plain
    return re.compile("|".join([*([plain.pattern] if plain else []), *extra]))


# An institution's head noun and how Spanish and Portuguese news write it, folded. The news
# puts it first and adapts the distinctive words: "Pan-Pacific Development Bank" is "Banco de
# Desarrollo Pan-Pacífico", "Banco de Desenvolvimento Pan-Pacífico", "Banco Pan-Pacífico".
_HEADS: dict[str, str] = {
    "bank": "banco",
    "fund": "fondo|fundo",
    "agency": "agencia",
    "organization": "organizacion|organizacao",
    "organisation": "organizacion|organizacao",
    "institute": "instituto",
    "council": "consejo|conselho",
    "commission": "comision|comissao",
    "corporation": "corporacion|corporacao",
    "authority": "autoridad|autoridade",
    "university": "universidad|universidade",
    "foundation": "fundacion|fundacao",
}
# Words of such names that every language translates (so they tell nothing once translated).
_INSTITUTION_WORDS = frozenset({
    "development", "investment", "infrastructure", "national", "international", "new", "the",
    "of", "for", "and", "trade", "economic", "financial", "reconstruction", "cooperation",
    "monetary", "central", "export", "import", "world", "multilateral", "regional", "bank",
    "fund", "agency",
})  # fmt: skip


def ordinary_name_words() -> frozenset[str]:
    """Words of company and institution names that are ordinary vocabulary ("Group",
    "Bank", "National", "banco"): none of them identifies a firm or a body."""
    heads = {w for head, forms in _HEADS.items() for w in (head, *forms.split("|"))}
    return _COMPANY_TAILS | _INSTITUTION_WORDS | heads


def institution_regexes(name: str) -> list[str]:
    """Patterns for an institution's name as Spanish and Portuguese news write it: the head
    noun ("banco"), up to four words, then the distinctive words by their stems ("pan pacif…").
    None for a name that is not an institution or has nothing distinctive ("New Development
    Bank" is all translated words: only the gazetteer can list its other names)."""
    words = fold(name).split()
    if len(words) < 2 or words[-1] not in _HEADS:
        return []
    distinctive = [w for w in words[:-1] if w not in _INSTITUTION_WORDS and w.isalpha()]
    # One short word ("Asian") is too little to tell the Asian Development Bank from another.
    if not distinctive or (len(distinctive) == 1 and len(distinctive[0]) < 6):
        return []
    stems = r"\s*".join(re.escape(_stem(w)) + "[a-z]*" for w in distinctive)
    return [rf"(?<![0-9a-z])(?:{_HEADS[words[-1]]})(?:\s+[a-z]+){{0,4}}?\s+{stems}(?![0-9a-z])"]


def institution_keys(name: str) -> tuple[str, ...]:
    """The index keys of those patterns: the head nouns."""
    words = fold(name).split()
    if not institution_regexes(name):
        return ()
    return tuple(_HEADS[words[-1]].split("|"))


def _stem(word: str) -> str:
    """Enough of an English word to find its Romance form: "pacific" -> "pacif" (Pacífico),
    "american" -> "ameri" (americano), "asian" -> "asia" (asiático)."""
    return word[:5] if len(word) >= 6 else word[:4] if len(word) == 5 else word


@lru_cache(maxsize=256)  # one per watchlist: its questions share the briefing's sources
def _outlet_keys(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    return tuple((fold(key), key.casefold(), country) for key, country in pairs)


def outlet_country(matter: Matter, source: str | None, url: str | None) -> str | None:
    """The country the entry's outlet writes from, when the briefing's sources say so: by the
    outlet's name (a feed's title may add a section: "Diario La Rambla - Economía") or by the
    host of its link."""
    if not matter.outlets:
        return None
    name = fold(source or "")
    host = host_of(url)
    for key, raw, country in matter.outlets:
        if name and (name == key or name.startswith(f"{key} ")):
            return country
        if host and (host == raw or host.endswith(f".{raw}")):
            return country
    return None


def assess(
    matter: Matter, doc: Document, language: str | None = None, outlet: str | None = None
) -> Relevance:
    """Score every sentence of `doc` against the matter; 0 means the sentence does not bear.
    `language`: the one the entry is read in, and `outlet`: the country its outlet writes
    from (`outlet_country`), for a country its own press leaves unsaid."""
    if speaks_of_elsewhere(matter, doc):
        return Relevance(0.0, None, tuple(0.0 for _ in doc.sentences))
    # (a name the lead gives only to set the matter apart says nothing: "not linked to X")
    lead_context = _without_disclaimers(doc.lead_context)
    context = [bool(p.search(lead_context)) for p in matter.entities]
    if (home := unsaid_home(matter, doc, context, language, outlet)) is not None:
        # The outlet's own country: as if the title or lead named it, and as if each sentence
        # naming another side of the matter (or the legislature) named it too.
        context = [named or i == home for i, named in enumerate(context)]
        said = [named and i != home for i, named in enumerate(context)]
    else:
        said = context
    if matter.pairs:
        # (after the outlet's own country: "台巴合作的园区" in a Taiwanese paper still leaves
        # Taiwan unsaid in each of its sentences, as its full name would not)
        paired = [p is not None and p.search(lead_context) is not None for p in matter.pairs]
        context = [c or q for c, q in zip(context, paired, strict=True)]
        said = [s or (q and i != home) for i, (s, q) in enumerate(zip(said, paired, strict=True))]
    paragraph_ok = [
        _paragraph_bears(matter, _without_disclaimers(text), context) for text in doc.paragraphs
    ]
    qualified = [
        q and a for q, a in zip(_qualified(matter, doc), _on_act(matter, doc), strict=True)
    ]
    if _headline_is_a_neighbours(matter, doc):
        qualified = [
            q and own_member_named(matter.focus, s.folded)
            for q, s in zip(qualified, doc.sentences, strict=True)
        ]
    if matter.question.kind == "project" and _its_facility_elsewhere(matter, lead_context):
        # (the lead says which plant: "... for its smelter in Gujarat"; the title's "supply
        # deal" is that plant's too)
        qualified = [
            q and s.place != PLACE_TITLE for q, s in zip(qualified, doc.sentences, strict=True)
        ]
    if matter.question.kind == "project" and _another_firms(matter.question, doc):
        # (the lead's firm is another's: "Pesquera Bahía Colán has started operating a squid
        # plant in Paita" is not Tan Phong's plant in Paita; only a sentence naming the
        # question's own firm still bears)
        own = _own_firm_pattern(matter.question)
        qualified = [
            q and own is not None and own.search(s.folded) is not None
            for q, s in zip(qualified, doc.sentences, strict=True)
        ]
    scores = tuple(
        _sentence_score(matter, s, (said, context), paragraph_ok, lead_context) if ok else 0.0
        for s, ok in zip(doc.sentences, qualified, strict=True)
    )
    if not scores or max(scores) <= 0:
        return Relevance(0.0, None, scores)
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    one_sided = frozenset(
        i
        for i, s in enumerate(doc.sentences)
        if scores[i] > 0 and not _every_side(matter, s.folded, said) and _one_side(matter, s.folded)
    )
    chosen = doc.sentences[best]
    topic = doc.lead_context if chosen.place == PLACE_TITLE else chosen.folded
    by_cue = bool(matter.focus.cue_terms) and not has_own_term(matter, topic)
    return Relevance(scores[best], chosen, scores, one_sided, by_cue)


def unsaid_home(
    matter: Matter,
    doc: Document,
    context: list[bool],
    language: str | None,
    outlet: str | None = None,
) -> int | None:
    """The entity an entry leaves unsaid because it is the outlet's own country, if any.

    A Paraguayan paper writes "el Senado aprobó el tratado con Taiwán": Paraguay goes without
    saying. That reading holds only when every other entity is named in the title or lead,
    the one missing is a country whose press writes in the entry's language, it is named
    nowhere in the entry, and no other country (name or demonym) is named either: a
    Guatemalan paper's "tratado con Taiwán" usually says "Guatemala" or "guatemalteco"
    somewhere, and then it is not ours.

    When the briefing's sources say which country the outlet writes from (`outlet`), that
    decides instead of the language: a Kenyan paper writes "China pact vote put off" in
    English, and an Argentine one is not Uruguayan press though both write Spanish."""
    missing = [i for i, named in enumerate(context) if not named]
    if len(missing) != 1:
        return None
    if outlet is not None:
        if matter.entity_names[missing[0]] != outlet:
            return None
    elif language is None or not matter.homes or language not in matter.homes[missing[0]]:
        return None
    text = doc.folded
    if matter.entities[missing[0]].search(text):
        return None
    if outlet is not None and len(matter.entities) == 1:
        # (a government's own paper on its decision may name whose request it meets: "os
        # compradores estrangeiros, incluindo os indianos")
        return missing[0]
    # "El Congreso aprobó un convenio con Taiwán" may be any of many agreements: the report must
    # name what is particular to this one (extradition, the trade pact) when it has such words.
    # (Asked first: one pattern, where the next test runs some two hundred.)
    if matter.distinct is not None and not matter.distinct.search(doc.lead_context):
        return None
    # The named entities' own words name no other country: "la República de China (Taiwán)"
    # is Taiwan, though "China" is in it.
    for pattern in matter.entities:
        text = pattern.sub(" ", text)
    if any(p.search(text) for p in matter.foreign):
        return None
    return missing[0]


def _headline_is_a_neighbours(matter: Matter, doc: Document) -> bool:
    """The title and lead name a neighbour the question is told apart from (the second plant,
    chicken) and never its own member: a bare "the Japan plant" there is the neighbour's, so
    only sentences naming the question's own member may bear."""
    if not matter.focus.sets:
        return False
    return _excluded(matter, doc.lead_context)


def _on_act(matter: Matter, doc: Document) -> list[bool]:
    """Per sentence: does it, or the title and lead, speak of the act the question is about?"""
    if not matter.required:
        return [True] * len(doc.sentences)
    in_lead = any(p.search(doc.lead_context) for p in matter.required)
    return [in_lead or any(p.search(s.folded) for p in matter.required) for s in doc.sentences]


def _qualified(matter: Matter, doc: Document) -> list[bool]:
    """Per sentence: does it, the sentence before it, or the title and lead name the question's
    instance (a qualifier, or its own contrast member)? Always true without qualifiers."""
    pattern = matter.focus.qualifiers
    if pattern is None:
        return [True] * len(doc.sentences)
    in_lead = pattern.search(doc.lead_context) is not None
    named = [
        pattern.search(s.folded) is not None or own_member_named(matter.focus, s.folded)
        for s in doc.sentences
    ]
    return [in_lead or here or (i > 0 and named[i - 1]) for i, here in enumerate(named)]


def _sentence_score(
    matter: Matter,
    sentence: Sentence,
    contexts: tuple[list[bool], list[bool]],
    paragraph_ok: list[bool],
    lead_context: str,
) -> float:
    # A headline is read with its lead (`lead_context` holds both): "Kalunga cable goes live"
    # over a lead about the subsea cable names the matter as plainly as one sentence would.
    topic = lead_context if sentence.place == PLACE_TITLE else None
    level = _sentence_level(matter, sentence.folded, *contexts, topic=topic)
    if level == 0 and paragraph_ok[sentence.paragraph]:
        level = SAME_PARAGRAPH
    return round(level * PLACEMENT.get(sentence.place, BODY_WEIGHT), 4)


def _sentence_level(
    matter: Matter, text: str, said: list[bool], context: list[bool], topic: str | None = None
) -> float:
    """`said`: entities the title or lead name; `context`: the same plus an outlet's own
    country left unsaid (`unsaid_home`), which never makes a sentence name every side.
    `topic`: where the sentence's topic terms may be found (a title's: title and lead)."""
    if not _has_term(matter, topic or text) or _excluded(matter, text):
        return 0.0
    present = [bool(p.search(text)) for p in matter.entities]
    # The outlet's own country, left unsaid (`unsaid_home` checked that nothing names another),
    # goes without saying in each of its sentences: a Guatemalan paper's "el préstamo taiwanés
    # cobra vigencia" names the matter as fully as a foreign paper's "Guatemala's loan from
    # Taiwan takes effect". So does its legislature's plain name ("el Senado aprobó...").
    home = [c and not s for s, c in zip(said, context, strict=True)]
    if any(home) and (any(present) or _home_body().search(text) or _HOME_GOVERNMENT.search(text)):
        present = [p or h for p, h in zip(present, home, strict=True)]
    if all(present):
        return SAME_SENTENCE
    if not _every_side(matter, text, said):
        named = any(present) or any(said)
        if named and _one_side(matter, text):
            return SAME_SENTENCE
        if not _every_side(matter, text, context):
            return WITH_CONTEXT if _paired(matter, text, present) else 0.0
    if any(present) or _paired(matter, text, present):
        return WITH_CONTEXT
    return CONTEXT_ONLY


def _paired(matter: Matter, text: str, present: list[bool]) -> bool:
    """Every side named, some by a Chinese pair abbreviation ("台吐海巡协定"). Never more than
    `WITH_CONTEXT`: a headline of abbreviations often holds others too ("史国参议院通过台史
    协定"), and a sentence that names the sides in full is read first."""
    return bool(matter.pairs) and all(
        named or (pair is not None and pair.search(text) is not None)
        for named, pair in zip(present, matter.pairs, strict=True)
    )


# A government's plain name in its own press ("o Conselho de Ministros aprovou o decreto", "el
# Gobierno autorizó"): as the legislature's plain name, it says the country without naming it.
_HOME_GOVERNMENT = re.compile(
    r"(?<!\w)(?:council of ministers|conselho de ministros|consejo de ministros|the cabinet"
    r"|the government|o governo|el gobierno|o executivo|el ejecutivo)(?!\w)"
    r"|内阁会议|行政院会|国务院"
)


@cache
def _home_body() -> re.Pattern[str]:
    """A legislature's plain name, in any language ("el Senado", "Congress", "deputados")."""
    pattern = compile_terms(sorted(GENERIC_LEGISLATURES))
    assert pattern is not None  # the list is data of the package, never empty
    return pattern


def _every_side(matter: Matter, text: str, context: list[bool]) -> bool:
    """Every entity is named in the sentence or in the title and lead."""
    return all(bool(p.search(text)) or c for p, c in zip(matter.entities, context, strict=True))


def _one_side(matter: Matter, text: str) -> bool:
    """A one-sided act reported with the agreement named by its own topic terms (the caller
    checks that one side is named, and whether the other is), and not as an agreement with a
    partner the question does not name ("submitted its partnership agreement with the
    European Union to parliament" is another agreement)."""
    if not matter.one_sided or not any(p.search(text) for p in matter.one_sided):
        return False
    own = matter.own_terms or ((matter.terms,) if matter.terms is not None else ())
    return any(p.search(text) for p in own) and not _with_other_partner(matter.question, text)


def _with_other_partner(question: Question, text: str) -> bool:
    """`text` (folded) speaks of an agreement with a country or bloc the question does not
    name: "with the European Union", "con Chile", "与欧盟"."""
    found = [m.group("name") for m in _partner_pattern().finditer(text)]
    if not found:
        return False
    own = {fold(n) for e in (*question.entities, *question.context, *question.parties)
           for n in e.names}  # fmt: skip
    return any(name not in own for name in found)


@cache
def _partner_pattern() -> re.Pattern[str]:
    """ "with <a country or bloc>" in the four languages, on folded text."""
    names = sorted(
        {fold(n) for e in gazetteer() if e.type in ("country", "bloc") for n in e.names},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(re.escape(n) for n in names if len(n) > 1)
    return re.compile(
        rf"(?:(?<![0-9a-z])(?:with|con|com)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?|[与和同])"
        rf"(?P<name>{alternatives})(?![0-9a-z])"
    )


def _paragraph_bears(matter: Matter, text: str, context: list[bool]) -> bool:
    if not _has_term(matter, text) or _excluded(matter, text):
        return False
    return all(bool(p.search(text)) or c for p, c in zip(matter.entities, context, strict=True))


def has_own_term(matter: Matter, text: str) -> bool:
    """A topic word of the question's own in `text`: a term, a topic act or a contrast member,
    not a stage cue standing for the topic."""
    if matter.terms is not None and matter.terms.search(text) is not None:
        return True
    cues = len(matter.focus.cue_terms)
    return any(p.search(text) for p in matter.own_terms[cues:])


def _has_term(matter: Matter, text: str) -> bool:
    if matter.terms is None or matter.terms.search(text) is not None:
        return True
    return any(p.search(text) for p in matter.own_terms)


def _excluded(matter: Matter, text: str) -> bool:
    """The sentence is about another matter: it names an excluded word (a later plant) or a
    neighbour in a contrast set, and not the question's own member. A sentence naming both
    ("the inauguration of its first fab ... subsidies for the second") still bears; which
    one a stage cue speaks of is the signal reader's call (`focus.nearest_is_neighbour`)."""
    both = own_member_named(matter.focus, text)
    if matter.question.kind == "project" and not both and _ANOTHER_FACILITY.search(text):
        return True
    if matter.question.kind == "project" and _its_facility_elsewhere(matter, text):
        return True
    if matter.question.kind == "project" and "厂" in text and _another_plant(matter, text):
        return True
    if matter.question.kind == "project" and "terminal" in text and _another_terminal(matter, text):
        return True
    if _disclaimed(matter, text):
        return True
    if matter.exclude is not None:
        for found in matter.exclude.finditer(text):
            # An excluded word that is itself another member of a contrast set ("second fab")
            # yields to the own member named beside it; any other (an analyst's) never does.
            if not (both and names_neighbour(matter.focus, found.group())):
                return True
    return not both and names_neighbour(matter.focus, text)


# "Another sugar mill in Merauke starts up", "otra planta en la misma provincia", "另一座糖厂":
# another facility of the same place, not the question's project (on folded text).
_ANOTHER_FACILITY = re.compile(
    r"(?<![0-9a-z])(?:another|otra|otro|outra|outro)\s+(?:[a-z-]+\s+){0,2}?(?:plants?|factor(?:y|ies)"
    r"|mills?|refiner(?:y|ies)|terminals?|parks?|ports?|plantas?|fabricas?|usinas?|ingenios?"
    r"|refinerias?|refinarias?|parques?|puertos?|portos?|terminal(?:es)?|central(?:es)?)(?![0-9a-z])"
    r"|另一(?:座|家|个|個|间|間|处|處)[^，。,]{0,6}?(?:厂|廠|电站|電站|港|码头|碼頭|园|園)"
)


# A plant named in Chinese by what it makes, up to four characters before 厂 ("配套硫酸厂"); a
# bare "工厂" or "该厂" names none.
_CJK_PLANT = re.compile(r"([\u4e00-\u9fff]{1,4}?)工?厂")
_NO_PLANT_NAME = frozenset("该此这本新其全座家个一两各的之了在")


def _another_plant(matter: Matter, text: str) -> bool:
    """The sentence names, in Chinese, a plant of another kind than the project's and never
    its own kind: "中资企业承建的铀矿配套硫酸厂正式投产" is not the desalination plant's
    start-up, though both are Chinese-built in the same country (round 63, read)."""
    marks = _plant_marks(matter.question.terms)
    if not marks or any(mark in text for mark in marks):
        return False
    # (a name sharing a character with the project's kind or its topic words may be its own
    # plant by a short or local name or by its product: "淡化厂" of a desalination plant,
    # "氢氧化锂工厂" of a lithium refinery)
    own = {ch for word in (*marks, *matter.question.terms) for ch in fold(word) if has_cjk(ch)}
    for found in _CJK_PLANT.finditer(text):
        name = found.group(1)
        if len(name) >= 2 and name[-1] not in _NO_PLANT_NAME and not own & set(name):
            return True
    return False


# What a terminal handles, by the word each language qualifies it with ("cruise terminal",
# "terminal de cruzeiros", "terminal de cruceros"): one family per trade (on folded text).
_TERMINAL_TRADES = {
    "cruise": ("cruise", "cruzeiros", "cruceros"),
    "container": ("container", "containers", "contentores", "contenedores", "conteineres"),
    "passenger": ("passenger", "passageiros", "pasajeros", "ferry", "ferries"),
    "grain": ("grain", "granos", "graos", "cereais", "cereales"),
    "fuel": ("fuel", "fuels", "oil", "combustiveis", "combustibles", "petroleo"),
    "gas": ("lng", "gas", "gnl"),
    "cement": ("cement", "cimento", "cemento"),
    "coal": ("coal", "carvao", "carbon"),
    "fertiliser": ("fertiliser", "fertilizer", "fertilizantes"),
    "fish": ("fish", "fishing", "fish-landing", "cold-storage", "pesca", "pesqueiro", "pesquero",
             "frio", "frigorifico", "frigorifica"),
    "vehicle": ("car", "vehicle", "ro-ro", "veiculos", "vehiculos", "automoveis", "automoviles"),
}  # fmt: skip
_TRADE_OF = {word: trade for trade, words in _TERMINAL_TRADES.items() for word in words}
_TRADE_WORDS = "|".join(sorted(map(re.escape, _TRADE_OF), key=len, reverse=True))
_TRADED_TERMINAL = re.compile(
    rf"(?<![0-9a-z-])({_TRADE_WORDS})\s+terminals?(?![0-9a-z])"
    rf"|(?<![0-9a-z])terminal(?:es)?\s+(?:de|do|da|dos|das|para)\s+({_TRADE_WORDS})(?![0-9a-z-])"
)


def _another_terminal(matter: Matter, text: str) -> bool:
    """The sentence speaks of a terminal for another trade than the question's, and never of
    one for its own: "o terminal de cruzeiros do Porto Grande" is not the cold-storage and
    fish-landing terminal at the same port (round 68, read). A question whose terminal says
    no trade cannot tell."""
    own = _terminal_trades(fold(matter.question.text))
    if not own:
        return False
    said = {_TRADE_OF[a or b] for a, b in _TRADED_TERMINAL.findall(text)}
    return bool(said) and not said & own


@lru_cache(maxsize=1024)
def _terminal_trades(folded_item: str) -> frozenset[str]:
    """The trades of the terminal an item names: the trade words among its own words, when
    it names a terminal."""
    if "terminal" not in folded_item:
        return frozenset()
    words = set(re.findall(r"[0-9a-z-]+", folded_item))
    words |= {w for compound in list(words) for w in compound.split("-")}
    return frozenset(trade for word, trade in _TRADE_OF.items() if word in words)


# "(ore) for its smelter in Gujarat": what the firm buys or signs for its facility in a place
# the gazetteer knows ("para reanudar su planta en Nuevo León" is the plant itself).
_ITS_FACILITY_IN = re.compile(
    r"(?<![0-9a-z])(?:for|para)\s+(?:its|their|su|sus|sua|suas|seu|seus)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:plants?|factor(?:y|ies)|mills?|refiner(?:y|ies)|smelters?|terminals?|plantas?|fabricas?"
    r"|usinas?|refinerias?|refinarias?|fundicion|fundicao)\s+(?:in|at|en|em|no|na|near)\s+"
    # round 59 (read): what the firm did at a site of its own: "una nueva línea en su complejo
    # de Ain Sojna", "at its complex in Ain Sokhna"
    r"|(?<![0-9a-z])(?:in|at|en|em|no|na)\s+(?:its|their|su|sus|sua|suas|seu|seus)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:complex|complejo|complexo|plants?|plantas?|site|sitio|works"
    r"|unidade|fabricas?)\s+(?:in|at|en|em|no|na|near|de|of|da|do)\s+"
)


# A firm the lead names by the word for a firm before its name ("seafood company Pesquera
# Bahía Colán", "la pesquera Bahía Colán") or with one after it ("Mekong Potash Resources, a
# Chinese-owned miner"), on the text as written: capitals tell a name from other words.
_FIRM_NOUN = (
    r"(?:company|firm|group|miner|processor|producer|maker|operator|exporter|manufacturer|packer"
    r"|distributor|conglomerate|empresa|compa[ñn][íi]a|companhia|grupo|pesquera|minera"
    r"|mineradora|processadora|procesadora|fabricante|productora|produtora)"
)
_NAME_RUN = r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:de |del |da |do )?[A-Z][\w'’.&-]*){0,4}"
# ... or by a name that ends in a firm's word ("China's Huaxin Textile Group", round 83, read).
_FIRM_NAMED = re.compile(
    rf"\b{_FIRM_NOUN}\s+(?P<before>{_NAME_RUN})"
    rf"|(?P<after>{_NAME_RUN}),\s+(?:a|an|una?|uma?)\s+(?:[\w-]+\s+){{0,3}}?{_FIRM_NOUN}\b"
    r"|(?P<tail>(?:[A-Z][\w'’.&-]*\s+){1,4}(?:Group|Company|Corporation|Holdings|Industries"
    # (a trade's word as the name's last: "a Ndlovu Pharma ... inaugurou", round 85, read)
    r"|Limited|Ltd|Pharma|Pharmaceuticals|Laboratories|Foods|Textiles|Motors|Cement|Mining))"
    r"(?![\w-])"
)


def _another_firms(question: Question, doc: Document) -> bool:
    """The title and lead name, as a firm, one that is none of the question's own names, and
    name none of the question's own firms: another firm's plant at the same site or in the same
    trade (rounds 78 and 81, read). False when the question names no firm of its own."""
    text = "\n".join(s.text for s in doc.sentences if s.place in (PLACE_TITLE, PLACE_LEAD))
    named = _firms_named(text)
    own = _own_firm_pattern(question) if named else None
    if own is None or own.search(fold(text)):
        return False
    # (a firm called by the first word of its name is the same firm: "producer Honglan")
    firsts = {name.split()[0] for name in own.pattern_names}
    return any(not own.search(name) and name.split()[0] not in firsts for name in named)


@lru_cache(maxsize=1024)
def _firms_named(text: str) -> tuple[str, ...]:
    """The folded names `text` gives as firms' that the gazetteer does not know. Cached: every
    project question an entry may bear on asks it of the same title and lead."""
    known = _gazetteer_words()
    found = (
        fold(m.group("before") or m.group("after") or m.group("tail"))
        for m in _FIRM_NAMED.finditer(text)
    )
    return tuple(name for name in found if name not in known)


@dataclass(frozen=True)
class _OwnFirm:
    """The folded names of a question's own firm, and one pattern for them."""

    pattern_names: tuple[str, ...]
    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


@lru_cache(maxsize=16384)
def _own_firm_pattern(question: Question) -> _OwnFirm | None:
    """The question's names that are its firm's, not its site's: the gazetteer does not know
    them, and the item does not place the plant in them ("plant in Nongbok district")."""
    known = _gazetteer_words()
    item = fold(question.text)
    names = [
        n
        for e in question.entities
        for n in e.names
        if fold(n) not in known and not re.search(rf"{_SITE_BEFORE}{re.escape(fold(n))}", item)
    ]
    pattern = compile_terms(names)
    return _OwnFirm(tuple(fold(n) for n in names), pattern) if pattern is not None else None


_SITE_BEFORE = r"(?<![0-9a-z])(?:in|at|near|en|em|no|na|cerca de|perto de)\s+(?:the\s+)?"


def _its_facility_elsewhere(matter: Matter, text: str) -> bool:
    """The sentence speaks of the firm's facility in a known place ("copper for its smelter in
    Gujarat") that none of the question's names is: another of the firm's plants, not the
    one the question tracks ("its refinery in Ilo")."""
    return any(not any(p.match(text, at) for p in matter.entities) for at in _facility_sites(text))


# A town then its country: "near Ismailia, Egypt" (the town unknown to the gazetteer).
_TOWN_THEN = re.compile(r"[a-z][a-z-]+(?:\s[a-z][a-z-]+)?,\s+")


def facility_elsewhere(matter: Matter, text: str, lo: int, hi: int) -> bool:
    """Between `lo` and `hi`, the firm's own facility told in another country or one of its
    places ("began commercial production at its noodle plant near Ismailia, Egypt", round 84,
    read): what is said there is that plant's, though the sentence goes on to the tracked one."""
    if not matter.elsewhere:
        return False
    for found in _ITS_FACILITY_IN.finditer(text, lo, hi):
        town = _TOWN_THEN.match(text, found.end())
        for at in (found.end(), *((town.end(),) if town else ())):
            if any(p.match(text, at) for p in (*matter.entities, *matter.context)):
                return False
            if any(p.match(text, at) for p in matter.elsewhere):
                return True
    return False


@lru_cache(maxsize=1024)
def _facility_sites(text: str) -> tuple[int, ...]:
    """Where the text names a firm's own facility's known place (`_ITS_FACILITY_IN`, then a
    gazetteer place). Cached: every candidate question asks it of the same title and lead."""
    places = _places_by_country().values()
    return tuple(
        found.end()
        for found in _ITS_FACILITY_IN.finditer(text)
        if any(p.match(text, found.end()) for p in places)
    )


# "the project is unrelated to the Brazilian group's plant", "não tem ligação com a usina de
# Airai", "与巴西企业的乙醇项目无关": the sentence names the matter only to set it apart.
_UNRELATED = re.compile(
    r"(?<![0-9a-z])(?:unrelated to|not linked to|has no links? (?:to|with)|has nothing to do"
    r" with|separate from|no connection (?:to|with)|nao tem (?:ligacao|relacao) com"
    # "a separate instrument from the investment treaty", "um entendimento separado do acordo"
    r"|a separate (?:[a-z-]+ ){0,2}?from|separad[oa] d[oa]s?|independente d[oa]s?"
    r"|separad[oa] del?|distint[oa] del?|independiente del?"
    r"|sem (?:ligacao|relacao) com|nada tem a ver com|no tiene (?:relacion|vinculo) con"
    r"|sin (?:relacion|vinculo) con|nada tiene que ver con)(?P<after>.{0,80})"
    r"|[与與同和跟](?P<between>[^，。,;；]{0,30}?)(?:无关|無關|没有关系|沒有關係)"
)


@lru_cache(maxsize=256)
def _without_disclaimers(text: str) -> str:
    """`text` without the spans that set a matter apart ("não tem ligação com a usina de X").
    Cached: every question an entry may bear on asks it of the same title and lead."""
    return _UNRELATED.sub(" ", text)


def _disclaimed(matter: Matter, text: str) -> bool:
    """The sentence names the question's matter (an entity, or its topic) only to say it is not
    about it: "与巴西企业在当地的乙醇项目无关" sets the Brazilian ethanol project apart."""
    for span in _disclaimer_spans(text):
        if any(p.search(span) for p in matter.entities) or (
            matter.terms is not None and matter.terms.search(span)
        ):
            return True
    return False


@lru_cache(maxsize=1024)
def _disclaimer_spans(text: str) -> tuple[str, ...]:
    """What each disclaimer in `text` sets apart; cached, as every candidate question asks."""
    return tuple(m.group("after") or m.group("between") or "" for m in _UNRELATED.finditer(text))


# A party written right after "with" is the other side of the treaty ("parliament approved the
# pact with the Emirates"), not the one that acted; so is a name it gives in parentheses ("con
# la República de China (Taiwán)").
_COUNTERPART = re.compile(
    # (Portuguese "as" too: "o acordo ... com as Filipinas", round 69, read)
    r"(?:(?<!\w)(?:with|con|com|junto a|junto com)\s+"
    r"(?:the\s+|los\s+|las\s+|el\s+|la\s+|os\s+|as\s+|a\s+|o\s+)?(?:[^()\n]{1,40}\(\s*)?"
    # "the treaty between Paraguay and Taiwan" names the treaty's sides, not who acted
    r"|(?<!\w)(?:between|entre)\s+(?:[^\s,;]+\s+){0,2}?(?:(?:and|y|e)\s+(?:[^\s,;]+\s+){0,2}?)?"
    # ... nor does the one told of the act: "Malasia notificó a Guatemala que completó sus
    # trámites", "informed Peru that it had ratified" (round 79, read)
    r"|(?<!\w)(?:notific\w+|inform\w+|comunic\w+|avis\w+|notified|notifies|informed|informs"
    r"|told|tells|assured|assures)\s+(?:a\s+|ao\s+|à\s+|al\s+)?(?:the\s+|el\s+|la\s+|o\s+)?"
    r"|[与與和同跟])$"
)


def named_as_counterpart(head: str) -> bool:
    """The words before a party's name make it the pact's other side, not an actor: "with",
    "between A and", "与" (`head` is the folded text up to the name)."""
    return _COUNTERPART.search(head) is not None


# A party written after the verb acts only when the words before it say so ("ratified by
# Honduras"); otherwise it qualifies the object ("lawmakers ratify China free trade agreement").
_AGENT = re.compile(
    r"(?:(?<!\w)(?:by|por|pelo|pela|pelos|pelas)\s+(?:the\s+|el\s+|la\s+)?|[由被])$"
)


def _party_country(name: str) -> str:
    """The country a party stands for: itself, or the one whose legislature it is."""
    entry = gazetteer_index().get(name)
    return entry.part_of if entry and entry.type == "legislature" and entry.part_of else name


def home_party(matter: Matter, language: str, outlet: str | None = None) -> str | None:
    """The party the outlet's country is (`outlet`, when known); else the one party whose own
    press writes in `language`, if exactly one is."""
    if outlet is not None:
        return next((name for name, _ in matter.parties if _party_country(name) == outlet), None)
    homes = [
        name
        for (name, _), h in zip(matter.parties, matter.party_homes, strict=True)
        if language in h
    ]
    return homes[0] if len(homes) == 1 else None


def acting_party(
    matter: Matter, text: str, near: int, language: str, outlet: str | None = None
) -> str | None:
    """The party that performed the act whose cue is at `near`. One named as its subject or
    agent; else, when a legislature goes by its plain name before the cue ("el Congreso
    aprobó el tratado con Corea", "La Asamblea Nacional aprobó el acuerdo con Pekín; ahora
    falta que el Gobierno chino..."), or no party is named at all, the one whose own press
    writes in the entry's language (or, where the briefing's sources say which country the
    outlet writes from, that country's): a Paraguayan paper's Congress is Paraguay's."""
    named = parties_named(matter, text, near)
    home = home_party(matter, language, outlet)
    if home is None and not named:
        return _the_other_side(matter, text)
    if home is None or (named and named[0] == home):
        return named[0] if named else home
    head = text[:near]
    subject = any(
        not _COUNTERPART.search(head[: m.start()])
        for _, p in matter.parties
        for m in p.finditer(head)
    )
    # The plain name may open the cue itself ("Senate passes the China pact").
    plain = _home_body().search(head) or _home_body().match(text, near)
    if plain and _body_of_party(matter, text, plain.end()):
        plain = None  # "O Senado das Filipinas aprovou": that party's, not the press's own
    if not named or (not subject and plain):
        return home
    return named[0]


# "Senado das Filipinas", "Senate of the Philippines", "Congreso de Corea": the word that makes
# a body a named country's (folded text, right after the body's plain name).
_OF_PARTY = re.compile(r"\s+(?:of(?: the)?|de(?: la| las| los)?|del|da|das|do|dos)\s+")


def _body_of_party(matter: Matter, text: str, end: int) -> bool:
    """A legislature's plain name ending at `end` is followed by "of <a party>"."""
    found = _OF_PARTY.match(text, end)
    return found is not None and any(p.match(text, found.end()) for _, p in matter.parties)


def _the_other_side(matter: Matter, text: str) -> str | None:
    """Of two parties, the one the sentence leaves unnamed when it names the other only as the
    pact's partner: "Senado aprova acordo de investimentos com a Guiné-Bissau" is Brazil's
    Senate (round 61, read; a language both parties' press writes gives no home)."""
    if len(matter.parties) != 2:
        return None
    partners = [
        name
        for name, p in matter.parties
        if (found := list(p.finditer(text)))
        and all(_COUNTERPART.search(text[: m.start()]) for m in found)
    ]
    unnamed = [name for name, p in matter.parties if p.search(text) is None]
    return unnamed[0] if len(partners) == 1 and len(unnamed) == 1 else None


# A party's name that only says whose the instrument is: "ratifies the Chinese loan", "ratificó
# el préstamo chino" (folded text).
_INSTRUMENT_NOUN = (
    r"(?:loan|loans|treaty|agreement|pact|deal|accord|convention|protocol|credit|prestamo"
    r"|prestamos|tratado|acuerdo|convenio|protocolo|credito|emprestimo|acordo)"
)
_OWNER_AFTER = re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?{_INSTRUMENT_NOUN}(?!\w)")  # `match`ed
_OWNER_BEFORE = re.compile(rf"(?<!\w){_INSTRUMENT_NOUN}\s+$")


def _names_the_instrument(text: str, found: re.Match[str], near: int) -> bool:
    """A name after the cue that qualifies the instrument, not its actor."""
    return found.start() > near and bool(
        _OWNER_AFTER.match(text, found.end()) or _OWNER_BEFORE.search(text[: found.start()])
    )


# A party written as the owner of what the cue completes: "completing Viet Nam's domestic
# procedures" (folded text; at most three words after the cue's start), and what it owns: the
# act itself, not the instrument ("ratify Guatemala's entry" is no act of Guatemala's).
_CLOSE_AFTER_CUE = re.compile(r"^\S+(?:\s+\S+){0,3}?\s+$")
_OWNED_ACT = re.compile(
    r"['’]s\s+(?:own\s+)?(?:(?:domestic|internal|legal|constitutional|ratification)\s+)?"
    r"(?:procedures|procedure|formalities|requirements|process|ratification|approval)(?![0-9a-z])"
)


def _owner_of_act(text: str, m: re.Match[str], near: int) -> bool:
    """The party's name follows the cue closely and owns its object ("completing Viet Nam's
    domestic procedures" is Viet Nam's act though the pact's name before it names both;
    round 70, read)."""
    return (
        m.start() > near
        and _OWNED_ACT.match(text, m.end()) is not None
        and _CLOSE_AFTER_CUE.match(text[near : m.start()]) is not None
    )


def parties_named(matter: Matter, text: str, near: int) -> list[str]:
    """Parties named in `text`, the likeliest actor of the cue at position `near` first: one
    named before it (its subject), or after it as its agent, nearest first; then the rest; a
    name after the cue that only qualifies the instrument ("the Chinese loan") comes last."""
    found: list[tuple[bool, bool, bool, int, str]] = []
    # In Chinese a country's name written right before a body's makes the body its own: "古巴
    # 全国人大" is Cuba's assembly, though 全国人大 alone is China's.
    matches = [(name, list(p.finditer(text))) for name, p in matter.parties]
    ends = {m.end(): name for name, found_here in matches for m in found_here}
    for name, found_here in matches:
        acting = [
            m
            for m in found_here
            if not _COUNTERPART.search(text[: m.start()])
            and not (ends.get(m.start(), name) != name and has_cjk(m.group()[:1]))
        ]
        ranks = [
            (
                not _owner_of_act(text, m, near),
                _names_the_instrument(text, m, near),
                m.start() > near and not _AGENT.search(text[: m.start()]),
                abs(m.start() - near),
            )
            for m in acting
        ]
        if ranks:
            found.append((*min(ranks), name))
    return [name for *_, name in sorted(found)]
