"""Turn a parsed briefing into a watchlist: one tracked question per "What to watch" item.

For each item it picks a slug id, a kind and its ladder, the baseline the briefing establishes,
the entities an entry must name (with aliases in English, Spanish, Portuguese and Chinese from
the gazetteer), the topic terms (from the glossary), the parties when the item speaks of "both
parliaments", and a deadline when the item sets one. It reads only the briefing and the bundled
data; it never reads or writes watchlist files (see `watchlist.py`) and never judges news.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache

from watcher.briefing import host_of
from watcher.data import (
    GENERIC_LEGISLATURES,
    STOPWORDS,
    Concept,
    GazetteerEntry,
    content_words,
    demonym_forms,
    gazetteer,
    gazetteer_index,
    glossary,
    ministry_translations,
    phrase_pattern,
)
from watcher.ladders import LADDERS, baseline_for, choose_kind, instances_named
from watcher.model import Briefing, Entity, Question, Source, WatchItem, Watchlist

WATCHLIST_SLUG_MAX = 40
QUESTION_SLUG_MAX = 30
_QUESTION_SLUG_WORDS = 4

# "both parliaments", "each party", "ambos países", "雙方": the item concerns several actors.
_PARTIES = re.compile(
    r"(?<!\w)(?:both|each|the two|ambos|ambas|os dois|las dos|los dos)\s+"
    r"(parliaments?|legislatures?|congress(?:es)?|chambers?|countries|governments?|sides?|"
    r"part(?:y|ies)|nations?|parlamentos?|congresos?|países|partes|lados)(?!\w)|雙方|双方|兩國|两国"
    # "ratified by A's parliament and by B": each named party must act, said without "both".
    r"|(?<!\w)(?:by|por|pelo|pela)\s.+?\s(?:and|y|e)\s(?:by|por|pelo|pela)\s",
    re.IGNORECASE,
)
_LEGISLATURE_WORDS = re.compile(r"parliament|legislature|congres|chamber|parlament", re.I)

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan", "enero", "janeiro"),
            ("february", "feb", "febrero", "fevereiro"),
            ("march", "mar", "marzo", "março"),
            ("april", "apr", "abril"),
            ("may", "mayo", "maio"),
            ("june", "jun", "junio", "junho"),
            ("july", "jul", "julio", "julho"),
            ("august", "aug", "agosto"),
            ("september", "sep", "sept", "septiembre", "setembro"),
            ("october", "oct", "octubre", "outubro"),
            ("november", "nov", "noviembre", "novembro"),
            ("december", "dec", "diciembre", "dezembro"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_BY = r"(?:by|before|until|no later than|antes de|hasta|até)\s+(?:the\s+)?"
# Deadline phrases, most specific first: (pattern, how to turn its groups into a date).
_DEADLINES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), shape)
    for pattern, shape in (
        (r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", "ymd"),
        (
            rf"{_BY}(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})",
            "dmy",
        ),
        (rf"{_BY}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", "mdy"),
        (
            rf"{_BY}(?:end of\s+|end-|fin de\s+|finales de\s+)?{_MONTH},?\s+(?:de\s+)?(\d{{4}})",
            "my",
        ),
        (rf"{_BY}(?:end of\s+)?q([1-4])\s+(\d{{4}})", "qy"),
        (rf"{_BY}(?:middle of|mid-?)\s*(\d{{4}})", "mid"),
        (rf"(?:{_BY}|a\s+)(?:end of|end-|year-end|fin de|finales de|final de)\s*(\d{{4}})", "y"),
        (rf"{_BY}(\d{{4}})(?!\d)", "y"),
        (r"(?<!\w)(?:in|during|within)\s+(\d{4})(?!\d)", "y"),
    )
)

# "first Kumamoto fab" -> "fab1", "Phase 1" -> "phase1": short, telling words for question ids.
_NUMBERED = re.compile(
    r"(?<!\w)(first|second|third)\s+(?:[\w'’-]+\s+){0,2}?(fab|plant|factory|phase|site|line)s?"
    r"(?!\w)|(?<!\w)(phase|fase|stage)\s+(\d)(?!\d)",
    re.IGNORECASE,
)
_ORDINAL_NUMBERS = {"first": "1", "second": "2", "third": "3"}
_CAPITALISED_RUN = re.compile(r"(?<=\s)([A-Z][\w'’.-]+(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]+)+)")
# A public body's name keeps its connecting words ("Ministry of Mines and Energy", "Instituto
# do Meio Ambiente"), where a plain capitalised run would stop at "and".
_LINK = r"(?:of|for|de|do|da|dos|das|del|and|e|y|&|the|la|el|los|las)"
_BODY_RUN = re.compile(
    r"(?<!\w)((?:Ministry|Ministerio|Ministério|Department|Secretariat|Secretaría|Secretaria|"
    r"Instituto|Institute|Agency|Agencia|Agência|Council|Consejo|Conselho|Superintendencia|"
    r"Superintendência|Bureau|Commission|Comisión|Comissão|Office)"
    rf"(?:\s+{_LINK})*\s+[A-Z][\w'’-]+(?:(?:\s+{_LINK})*\s+[A-Z][\w'’-]+)*)"
)
_NAME_EDGES = re.compile(r"^[\s\"'“”‘’«»(\[*_]+|[\s\"'“”‘’«».,;:!?)\]*_]+$")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
# Where a title's main clause ends: "Guatemala and Taiwan sign a treaty as Beijing watches".
_CLAUSE_BREAK = re.compile(
    r"[,;:(]| [—–-] | (?:as|while|amid|after|despite|over|with|including|but)\s", re.IGNORECASE
)


def build_watchlist(briefing: Briefing, watchlist_id: str | None = None) -> Watchlist:
    """The watchlist of a briefing: its metadata and one question per watch item."""
    actors = main_actors(briefing)
    wl_id = watchlist_id or watchlist_slug(briefing, actors)
    outlets = cited_outlets(briefing.sources)
    taken: set[str] = set()
    questions = []
    for item in briefing.watch_items:
        slug = unique_slug(question_slug(item.text), taken)
        taken.add(slug)
        questions.append(_question(item, briefing, f"{wl_id}/{slug}", wl_id, actors, outlets))
    questions = [with_neighbours(q, questions) for q in questions]
    return Watchlist(
        id=wl_id,
        title=briefing.title,
        date=briefing.date,
        canonical_url=briefing.canonical_url,
        briefing=briefing.source,
        entities=briefing.entities,
        sources=briefing.sources,
        questions=tuple(questions),
    )


def _question(
    item: WatchItem,
    briefing: Briefing,
    qid: str,
    wl_id: str,
    actors: Sequence[GazetteerEntry],
    outlets: tuple[str, ...],
) -> Question:
    kind = choose_kind(item.text)
    entities, context = item_entities(item.text, briefing, actors)
    if kind == "pressure":
        entities, context = pressure_entities(item.text, briefing, entities, context)
    elif kind == "decision":
        entities, context = decided_entities(item.text, briefing, actors, entities, context)
    qualifiers, other_instances = instance_terms(item.text, entities)
    if kind == "decision":
        qualifiers = (*qualifiers, *scheme_acronyms(item.text, (*entities, *context)))
    return Question(
        id=qid,
        watchlist=wl_id,
        text=item.text,
        kind=kind,
        ladder=LADDERS[kind],
        baseline=baseline_for(kind, item.text, briefing),
        entities=pressing_actor_named(entities) if kind == "pressure" else entities,
        terms=_topic(item.text, kind, qualifiers, [n for e in entities for n in e.names]),
        exclude=other_instances,
        parties=item_parties(item.text, signatories(item.text, briefing)),
        deadline=deadline_in(item.text),
        since=briefing.date,
        cited_outlets=outlets,
        line=item.line,
        qualifiers=qualifiers,
        stage_cues=item_stage_cues(item.text, kind),
        context=context,
    )


def with_neighbours(question: Question, siblings: Sequence[Question]) -> Question:
    """The question excluding the words of neighbouring matters its siblings name and it does
    not (a water-use exemption, for the data centre's construction): a ruling on one is no
    setback of the other."""
    own = {c.key for c in glossary() if c.neighbour and _mentions(question.text, c)}
    words = [
        w
        for c in glossary()
        if c.neighbour and c.key not in own
        if any(_mentions(q.text, c) for q in siblings if q.id != question.id)
        for w in c.words
    ]
    if not words:
        return question
    return replace(question, exclude=tuple(dict.fromkeys((*question.exclude, *words))))


# --- ids --------------------------------------------------------------------------------------


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Peña's plan" -> "pena-s-plan")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _clip(words: Iterable[str], limit: int, max_words: int | None = None) -> str:
    """Join slug words while they fit within `limit` characters."""
    slug = ""
    for count, word in enumerate(w for w in (slugify(w) for w in words) if w):
        if max_words is not None and count >= max_words:
            break
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug


def watchlist_slug(briefing: Briefing, actors: Sequence[GazetteerEntry] | None = None) -> str:
    """The actors the title names (else its first key words), then the briefing's date."""
    actors = main_actors(briefing) if actors is None else actors
    words = [a.name for a in actors]
    if len(words) < 2:
        actor_words = {w for a in actors for w in content_words(" ".join(a.names))}
        words += [w for w in content_words(briefing.title) if w not in actor_words][
            : 3 - len(words)
        ]
    slug = _clip(words, WATCHLIST_SLUG_MAX) or "briefing"
    return f"{slug}-{briefing.date.isoformat()}" if briefing.date else slug


def question_slug(item_text: str) -> str:
    """A short id from the item's key words: "mla-treaty-ratified", "fab1-mass-production"."""
    text = _NUMBERED.sub(_numbered_token, item_text)
    for concept in (c for c in glossary() if c.slug):
        # Only the first form found: "mutual legal assistance treaty" keeps its "treaty".
        found = next((w for w in concept.words if phrase_pattern(w).search(text)), None)
        if found:
            text = phrase_pattern(found).sub(f" {concept.slug} ", text)
    return _clip(content_words(text), QUESTION_SLUG_MAX, _QUESTION_SLUG_WORDS) or "question"


def _numbered_token(match: re.Match[str]) -> str:
    ordinal, thing, phase, number = match.groups()
    if phase:
        return f"{phase.lower()}{number}"
    return f"{thing.lower()}{_ORDINAL_NUMBERS[ordinal.lower()]}"


def unique_slug(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`... whichever is not taken yet."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


# --- entities and parties ---------------------------------------------------------------------


def named_entries(text: str) -> list[GazetteerEntry]:
    """Gazetteer entries `text` names, in order of mention; longer names win overlaps
    ("Republic of China" is Taiwan, not China)."""
    covered = [False] * len(text)
    hits: list[tuple[int, GazetteerEntry]] = []
    for alias, entry in _telling_aliases():
        for found in phrase_pattern(alias).finditer(text):
            if not any(covered[found.start() : found.end()]):
                covered[found.start() : found.end()] = [True] * (found.end() - found.start())
                hits.append((found.start(), entry))
    hits.sort(key=lambda hit: hit[0])
    return list({entry.name: entry for _, entry in hits}.values())


@cache
def _telling_aliases() -> tuple[tuple[str, GazetteerEntry], ...]:
    """Every alias that names one entry only, longest first: "Congreso Nacional" is left out,
    since it cannot tell which country's congress a text means."""
    owners: dict[str, set[str]] = {}
    for entry in gazetteer():
        for alias in entry.names:
            owners.setdefault(alias.lower(), set()).add(entry.name)
    pairs = [
        (alias, entry)
        for entry in gazetteer()
        for alias in entry.names
        if len(owners[alias.lower()]) == 1 and alias not in GENERIC_LEGISLATURES
    ]
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def clean_name(name: str) -> str:
    """A name without quotes, possessive or trailing punctuation ("Acme's." -> "Acme")."""
    bare = _NAME_EDGES.sub("", name)
    return _NAME_EDGES.sub("", _POSSESSIVE.sub("", bare))


def main_actors(briefing: Briefing) -> list[GazetteerEntry]:
    """The countries, places and organisations the title names: the matter's actors."""
    return named_entries(briefing.title)


# Entry types that situate a matter rather than identify it: news of "a data centre in Chile"
# is about a company's project, and the local press rarely writes the country's name.
_CONTEXT_TYPES = frozenset({"country", "bloc"})


def item_entities(
    item_text: str, briefing: Briefing, actors: Sequence[GazetteerEntry]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """(entities, context) of an item. Its specific names (companies, institutions, places
    below a country) identify the matter and are required; countries are then context. An
    item naming only countries requires them all; one naming no actor takes the title's.
    Several specific names fold into one entity that any of them satisfies (`any_of`)."""
    entries = named_entries(item_text)
    others = _other_names(item_text, briefing, entries)
    if not entries and not others:
        entries = list(actors)
    merged = _merged_entities(entries)
    specific = [e for entry, e in merged if entry.type not in _CONTEXT_TYPES] + others
    countries = [e for entry, e in merged if entry.type in _CONTEXT_TYPES]
    taught = taught_aliases(briefing)
    if not specific:
        return tuple(_with_taught(e, taught) for e in countries), ()
    known = {e.name for e in countries}
    title_countries = [e for entry, e in _merged_entities(actors) if entry.type in _CONTEXT_TYPES]
    context = countries + [e for e in title_countries if e.name not in known]
    return (any_of([_with_taught(e, taught) for e in specific]),), tuple(context)


def any_of(names: Sequence[Entity]) -> Entity:
    """One entity answering to every name of `names`: news of a project writes "the Camaçari
    refinery" or its consortium's name, rarely both, so any one of them identifies it."""
    first, rest = names[0], names[1:]
    extra = [n for e in rest for n in e.names]
    return Entity(first.name, tuple(dict.fromkeys((*first.aliases, *extra))))


def _other_names(
    item_text: str, briefing: Briefing, known: Sequence[GazetteerEntry]
) -> list[Entity]:
    """Briefing entities and capitalised names the item mentions that the gazetteer lacks;
    a briefing entity also counts when the item uses its short form ("the Yunhai plant")."""
    known_names = {name.lower() for entry in known for name in entry.names}
    glossary_words = {w.lower() for concept in glossary() for w in concept.words}
    shorts = short_forms(briefing)
    candidates = [
        n
        for n in briefing.entities
        if phrase_pattern(clean_name(n)).search(item_text)
        or (n in shorts and phrase_pattern(shorts[n]).search(item_text))
    ]
    bodies = _BODY_RUN.findall(item_text)
    runs = [r for r in _CAPITALISED_RUN.findall(item_text) if not any(r in b for b in bodies)]
    kept = {clean_name(c) for c in (*candidates, *bodies)}
    candidates += bodies + runs  # a run is never the item's first word
    names = [
        name
        for name in dict.fromkeys(clean_name(c) for c in candidates)
        if name
        if name.lower() not in known_names
        and not _generic_name(name, glossary_words, keep_some=name in kept)
        and not named_entries(name)
    ]
    return [Entity(name, _own_aliases(name, shorts)) for name in names]


def _generic_name(name: str, glossary_words: set[str], keep_some: bool) -> bool:
    """True for a capitalised run of topic words ("Free Trade Agreement"). A briefing entity
    or a public body is a name unless every word is a topic or function word: the "Andes
    Lithium Consortium" stays a name though lithium is a topic."""
    words = [w.lower() for w in name.split()]
    if keep_some:
        return all(w in glossary_words or w in STOPWORDS for w in words)
    return any(w in glossary_words for w in words)


def _own_aliases(name: str, shorts: dict[str, str]) -> tuple[str, ...]:
    short = (shorts[name],) if name in shorts else ()
    return tuple(dict.fromkeys((*_acronyms(name), *short, *ministry_translations(name))))


def _acronyms(name: str) -> tuple[str, ...]:
    """Initials of a name of three or more capitalised words ("Formosa Advanced Packaging" ->
    "FAP"): the news shortens such names once they are introduced."""
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    return ("".join(initials),) if len(initials) >= 3 and len(initials) == len(name.split()) else ()


# A word that cannot stand for a company on its own ("National", "Banco").
_GENERIC_FIRST_WORDS = frozenset({
    "national", "general", "united", "first", "new", "central", "international", "global",
    "royal", "state", "federal", "people", "ministry", "department", "bank", "banco", "grupo",
    "group", "compañía", "companhia", "empresa", "instituto", "institute", "the", "el", "la",
    "o", "a", "asian", "american", "european", "african",
})  # fmt: skip


def short_forms(briefing: Briefing) -> dict[str, str]:
    """Briefing entities the briefing itself also calls by their first word ("Yunhai Digital"
    ... "Yunhai has asked"): that word alone then names them."""
    prose = "\n".join((briefing.title, briefing.dek, briefing.body))
    forms: dict[str, str] = {}
    for name in briefing.entities:
        words = clean_name(name).split()
        first = words[0] if words else ""
        if len(words) < 2 or len(first) < 3 or not first[:1].isupper():
            continue
        if first.lower() in _GENERIC_FIRST_WORDS or named_entries(first):
            continue
        alone = re.compile(rf"(?<!\w){re.escape(first)}(?!\w)(?!\s+{re.escape(words[1])})")
        if alone.search(prose):
            forms[name] = first
    return forms


# How a briefing introduces a short name or a parent: "Japan Advanced Semiconductor
# Manufacturing (JASM)", "JASM, TSMC's majority-owned joint venture", "X, a unit of Y",
# "X, filial de Y". Names: a capitalised run, or an acronym.
_NAME = r"[A-Z][\w&.-]*(?:\s+(?:of\s+|de\s+|do\s+|da\s+)?[A-Z][\w&.-]*)*"
_ACRONYM = r"[A-Z][A-Z0-9&]{1,7}"
_PAREN_ACRONYM = re.compile(rf"({_NAME})\s+\(({_ACRONYM})\)")
_OWNED_BY = re.compile(
    rf"({_NAME})\)?,?\s+(?:is|was|es|é)?\s*(?:an?\s+|una?\s+|the\s+)?({_NAME})['’]s\s+"
    r"(?:[\w-]+\s+){0,2}(?:joint venture|subsidiary|unit|affiliate|arm)"
)
_UNIT_OF = re.compile(
    rf"({_NAME}),\s+(?:is\s+)?(?:an?\s+|una?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}"
    r"(?:unit|subsidiary|affiliate|arm|filial|subsidiaria|subsidiária|unidad|unidade)\s+"
    rf"(?:of|de|da|do|del)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?({_NAME})"
)

# "X, a joint venture of A and B", "X, controlled by A", "X, consorcio de A y B".
_VENTURE_OF = re.compile(
    rf"({_NAME}),\s+(?:is\s+)?(?:an?\s+|una?\s+|the\s+|o\s+|el\s+)?(?:[\w-]+\s+){{0,2}}?"
    r"(?:joint venture|consortium|venture|consorcio|consórcio|empresa conjunta|controlled|owned|"
    r"controlada|controlado|propiedad)\s+"
    r"(?:of|between|by|formed by|led by|de|da|do|del|entre|por|formado por|liderado por)\s+"
    rf"(?:the\s+)?({_NAME})(?:,?\s+(?:and|e|y)\s+(?:the\s+)?({_NAME}))?"
)


def taught_aliases(briefing: Briefing) -> dict[str, tuple[str, ...]]:
    """Names the briefing teaches, by the lower-cased name they extend: an acronym and its
    long form name each other; a subsidiary also answers to its parent's name (the news
    writes "TSMC's Kumamoto plant" of the joint venture that runs it)."""
    prose = "\n".join((briefing.dek, briefing.body))
    taught: dict[str, list[str]] = {}
    for long_form, acronym in _PAREN_ACRONYM.findall(prose):
        long_form = _trim_name(long_form)
        taught.setdefault(long_form.lower(), []).append(acronym)
        taught.setdefault(acronym.lower(), []).append(long_form)
    for pattern in (_OWNED_BY, _UNIT_OF):
        for child, parent in pattern.findall(prose):
            taught.setdefault(_trim_name(child).lower(), []).append(_trim_name(parent))
    for child, *parents in _VENTURE_OF.findall(prose):
        names = [_trim_name(p) for p in parents if p]
        taught.setdefault(_trim_name(child).lower(), []).extend(names)
    return {k: tuple(dict.fromkeys(v)) for k, v in taught.items()}


def _trim_name(name: str) -> str:
    """A harvested name without a sentence-opening article or trailing possessive."""
    words = clean_name(name).split()
    while len(words) > 1 and words[0].lower() in ("the", "el", "la", "o", "a"):
        words = words[1:]
    return " ".join(words)


def _with_taught(entity: Entity, taught: dict[str, tuple[str, ...]]) -> Entity:
    """The entity with the names the briefing taught for any of its names (one step, and the
    parent's own taught acronym: "JASM" -> "TSMC" -> "Taiwan Semiconductor ...")."""
    extra = [a for n in entity.names for a in taught.get(n.lower(), ())]
    extra += [
        a for n in extra if n.lower() != entity.name.lower() for a in taught.get(n.lower(), ())
    ]
    new = [a for a in dict.fromkeys(extra) if a.lower() not in {n.lower() for n in entity.names}]
    return Entity(entity.name, (*entity.aliases, *new)) if new else entity


def _merged_entities(entries: Sequence[GazetteerEntry]) -> list[tuple[GazetteerEntry, Entity]]:
    """One Entity per actor: a part named with its whole folds into it; a whole answers to
    its parts' names (news of a plant "in Kumamoto" is news of Japan); a part named alone also
    answers to its whole's names (news of "TSMC in Japan" speaks of JASM in Kumamoto)."""
    index = gazetteer_index()
    present = {entry.name for entry in entries}
    entities = []
    for entry in entries:
        if entry.part_of in present:
            continue
        whole = index.get(entry.part_of or "")
        extra = [*_part_names(entry.name), *(whole.names if whole else ())]
        aliases = tuple(a for a in dict.fromkeys((*entry.aliases, *extra)) if a != entry.name)
        entities.append((entry, Entity(entry.name, aliases)))
    return entities


@cache
def _part_names(whole: str) -> tuple[str, ...]:
    """Every name of the gazetteer's parts of `whole`, except names many legislatures share."""
    return tuple(
        name
        for entry in gazetteer()
        if entry.part_of == whole
        for name in entry.names
        if name not in GENERIC_LEGISLATURES
    )


# What a country's state does through: "the Chinese embassy" names the state, where a bare
# "Chinese" often qualifies a firm or a tourist. Each body with the demonym form it takes
# (0 masculine, 1 feminine, 2 masculine plural, 3 feminine plural; English has one form).
_STATE_BODIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": tuple((b, 0) for b in ("government", "embassy", "ambassador", "foreign ministry",
                "officials", "authorities", "customs", "diplomats", "state media", "spokesman",
                "spokeswoman", "spokesperson")),
    "es": (("gobierno", 0), ("embajada", 1), ("embajador", 0), ("cancillería", 1),
           ("autoridades", 3), ("aduanas", 3), ("diplomáticos", 2), ("portavoz", 0)),
    "pt": (("governo", 0), ("embaixada", 1), ("embaixador", 0), ("chancelaria", 1),
           ("autoridades", 3), ("alfândega", 1), ("diplomatas", 2), ("porta-voz", 0)),
}  # fmt: skip


_DECISION_VERB = re.compile(
    r"(?<!\w)(?:approves?|decides?|grants?|awards?|authori[sz]es?|aprueba|aprueben|aprova|"
    r"aprovar|decide|decida|concede|conceda|otorga|otorgue|autoriza|autorize)(?!\w)|批准|核准|核定|決定|决定",
    re.IGNORECASE,
)


def decided_entities(
    item_text: str,
    briefing: Briefing,
    actors: Sequence[GazetteerEntry],
    entities: tuple[Entity, ...],
    context: tuple[Entity, ...],
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """(entities, context) of a decision item: the thing decided on identifies the matter, the
    body that decides only situates it. A ministry names many decisions; "the ministry approves
    another refinery" must not answer a question on this one, so when the item names a specific
    thing after its verb, that thing is required and the decider becomes context."""
    verb = _DECISION_VERB.search(item_text)
    if verb is None:
        return entities, context
    tail, _ = item_entities(item_text[verb.end() :], briefing, ())
    if not tail or tail == entities or not _specific(item_text[verb.end() :], briefing):
        return entities, context
    deciders, head_context = item_entities(item_text[: verb.start()], briefing, actors)
    known = {e.name for e in tail}
    rest = [e for e in (*deciders, *head_context, *context) if e.name not in known]
    return tail, tuple({e.name: e for e in rest}.values())


def _specific(text: str, briefing: Briefing) -> bool:
    entries = named_entries(text)
    return bool(_other_names(text, briefing, entries)) or any(
        e.type not in _CONTEXT_TYPES for e in entries
    )


_SCHEME_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{3,}(?![\w-])")


def scheme_acronyms(item_text: str, named: Sequence[Entity]) -> tuple[str, ...]:
    """Acronyms of a decision item that name no actor: the scheme or status decided on ("under
    the REIDI regime"). A ruling under another scheme, or a grant of something else (a licence
    for the same plant), is another decision; news of this one writes the acronym."""
    names = {n.casefold() for e in named for n in e.names}
    found = (a for a in _SCHEME_ACRONYM.findall(item_text) if a.casefold() not in names)
    return tuple(dict.fromkeys(found))


_PRESSURE_WORD = re.compile(r"pressure|presi[oó]n|press[aã]o|施壓|施压|coerc", re.IGNORECASE)


def pressure_entities(
    item_text: str, briefing: Briefing, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """(entities, context) of a pressure item: the countries that press (any one of them, as
    news of "Brazil warns" need not name Argentina) and the first one pressed are required; the
    matter pressed over (a refinery, a trade deal, a bloc) situates it and is context."""
    cut = _PRESSURE_WORD.search(item_text)
    if cut is None:
        return entities, context
    taught = taught_aliases(briefing)
    before = _country_entities(item_text[: cut.start()], taught)
    after = _country_entities(item_text[cut.end() :], taught)
    pressed = [e for e in after if e.name not in {b.name for b in before}][:1]
    if not before or not pressed:
        return entities, context
    chosen = {e.name for e in (*before, *pressed)}
    rest = [e for e in (*entities, *context) if e.name not in chosen]
    return (any_of(before), *pressed), tuple(rest)


def _country_entities(text: str, taught: dict[str, tuple[str, ...]]) -> list[Entity]:
    countries = [e for entry, e in _merged_entities(named_entries(text)) if entry.type == "country"]
    return [_with_taught(e, taught) for e in countries]


def pressing_actor_named(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """A pressure question's first entity (the one that presses) without its bare demonyms,
    which name its people and firms, not its state; its state's bodies stand in for them."""
    entry = gazetteer_index().get(entities[0].name) if entities else None
    if entry is None or not entry.demonym:
        return entities
    bare = {form.lower() for lang, word in entry.demonym for form in demonym_forms(lang, word)}
    kept = [a for a in entities[0].aliases if a.lower() not in bare]
    bodies = [_state_body(lang, word) for lang, word in entry.demonym]
    actor = Entity(entities[0].name, tuple(dict.fromkeys((*kept, *(b for x in bodies for b in x)))))
    return (actor, *entities[1:])


def _state_body(language: str, demonym: str) -> list[str]:
    """ "Chinese embassy", "embajada china", "governo chinês": English puts the demonym first."""
    forms = demonym_forms(language, demonym)
    if language == "en":
        return [f"{demonym} {body}" for body, _ in _STATE_BODIES["en"]]
    return [
        f"{body} {forms[i] if i < len(forms) else demonym}"
        for body, i in _STATE_BODIES.get(language, ())
    ]


def signatories(item_text: str, briefing: Briefing) -> list[GazetteerEntry]:
    """The countries whose act the item awaits: those it names (a legislature counts for its
    country), else those of the title's main clause ("A and B sign ... as C watches")."""
    named = _countries(named_entries(item_text))
    if len(named) >= 2:
        return named
    title = briefing.title
    cut = _CLAUSE_BREAK.search(title)
    main = _countries(named_entries(title[: cut.start()] if cut else title))
    merged = named + [c for c in main if c not in named]
    return (
        merged
        if len(merged) >= 2
        else named + [c for c in _countries(named_entries(title)) if c not in named]
    )


def _countries(entries: Sequence[GazetteerEntry]) -> list[GazetteerEntry]:
    index = gazetteer_index()
    found = [e if e.type == "country" else index.get(e.part_of or "") for e in entries]
    countries = [e for e in found if e is not None and e.type == "country"]
    return list({e.name: e for e in countries}.values())


def item_parties(item_text: str, countries: Sequence[GazetteerEntry]) -> tuple[Entity, ...]:
    """The two (or more) actors that must each act, when the item says "both"/"each": the
    signatories, or their legislatures when it speaks of parliaments. Names the parties share
    ("Cámara de Diputados") are dropped: they cannot tell which one acted."""
    found = _PARTIES.search(item_text)
    countries = [c for c in countries if c.type == "country"]
    if not found or len(countries) < 2:
        return ()
    index = gazetteer_index()
    # Only the "both parliaments" form asks for legislatures; "by A's parliament and by B"
    # names a country's act, whichever of its bodies performs it.
    wants_legislature = bool(found.group(1) and _LEGISLATURE_WORDS.search(found.group(1)))
    chosen = [
        (index.get(c.legislature or "") if wants_legislature else None) or c for c in countries
    ]
    counts: dict[str, int] = {}
    for entry in chosen:
        for alias in {a.lower() for a in entry.aliases}:
            counts[alias] = counts.get(alias, 0) + 1
    return tuple(
        Entity(e.name, tuple(a for a in e.aliases if counts[a.lower()] == 1)) for e in chosen
    )


# --- terms, deadline, outlets -----------------------------------------------------------------


def _topic(
    item_text: str, kind: str, qualifiers: tuple[str, ...], names: Iterable[str] = ()
) -> tuple[str, ...]:
    """A project question is about the thing itself: when the item names which instance of
    it, that instance's names are its topic. Other kinds act on the thing ("subsidies to a
    second fab"): their topic stays the act, and `qualifiers` tells the instance apart."""
    if qualifiers and kind == "project":
        return qualifiers
    return item_terms(item_text, kind, names)


def item_terms(item_text: str, kind: str, names: Iterable[str] = ()) -> tuple[str, ...]:
    """Topic words of the item in four languages: every glossary concept it mentions, and
    the concepts of its kind; and the item's own key words. When the
    item names a focus concept (a product: "poultry"), only that concept's words count: news
    of the same trade in another product does not bear on it. The item's own nouns always
    count (`own_nouns`), except words of `names`, the entities it requires."""
    if kind == "pressure":
        # Pressure is an act: the item's matter ("over the treaty") is why, not what, and
        # news naming both countries and that matter is often no act of pressure at all.
        return tuple(dict.fromkeys(w for c in glossary() if kind in c.kinds for w in c.words))
    unnamed = _without_names(item_text, names)
    mentioned = [c for c in glossary() if _mentions(unnamed, c)]
    focus = [c for c in mentioned if c.focus]
    if focus:
        return tuple(dict.fromkeys(w for c in focus for w in c.words))
    specific = [c for c in mentioned if not c.broad]
    by_kind = [c for c in glossary() if kind in c.kinds and c not in specific]
    own = own_nouns(item_text, names)
    return tuple(dict.fromkeys([*own, *(w for c in (*specific, *by_kind) for w in c.words)]))


# The frame of a watch item: verbs and vague words that say what may happen, not what about.
_ITEM_FRAME = frozenset(
    """
    obtain obtains obtained get gets got receive receives received win wins won secure secures
    secured is built build builds start starts started open opens opened approve approves
    approved ratify ratifies ratified step steps up sign signs signed complete completes
    completed reach reaches reached become becomes go goes move moves take takes make makes
    hold holds held announce announces announced grant grants granted begin begins began
    actually first new end later soon next two three both country countries government
    """.split()  # noqa: SIM905
)


def own_nouns(item_text: str, names: Iterable[str] = ()) -> list[str]:
    """The item's own content words the glossary does not cover: neither frame nor a word of
    a name the item requires, which would make any mention of the name on topic."""
    named = {w for e in named_entries(item_text) for n in e.names for w in content_words(n)}
    named |= {w for n in names for w in content_words(n)}
    rest = _without_concepts(item_text)
    return [w for w in content_words(rest) if w not in named and w not in _ITEM_FRAME]


def _without_concepts(text: str) -> str:
    """The text without the glossary phrases it uses: "investment protection treaty" is
    heard through its concept's phrases, while a lone "investment" would hear any bank."""
    for concept in glossary():
        for word in sorted(concept.words, key=len, reverse=True):
            text = phrase_pattern(word).sub(" ", text)
    return text


def _without_names(text: str, names: Iterable[str]) -> str:
    """The text without the names it requires: the "Mines" of a ministry's name is no mine."""
    for name in sorted(names, key=len, reverse=True):
        text = phrase_pattern(name).sub(" ", text)
    return text


def _mentions(text: str, concept: Concept) -> bool:
    return any(phrase_pattern(w).search(text) for w in concept.words)


def item_stage_cues(item_text: str, kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a stage means for this item, when the item says so: "begins mass production"
    makes `operational` a matter of mass production words, not of an opening ceremony."""
    stages: dict[str, list[str]] = {}
    for concept in glossary():
        if concept.stage in LADDERS[kind].all_stages and _mentions(item_text, concept):
            stages.setdefault(concept.stage, []).extend(concept.words)
    return tuple((stage, tuple(dict.fromkeys(words))) for stage, words in stages.items())


# Instance phrases: an ordinal word, an optional modifier, a thing ("second chip plant"),
# English first; Spanish and Portuguese put the modifier after the thing, so none is added.
_ORDINAL_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "1": (("first", "1st"), ("primera", "primer", "primeira", "primeiro")),
    "2": (("second", "2nd"), ("segunda", "segundo")),
    "3": (("third", "3rd"), ("tercera", "tercer", "terceira", "terceiro")),
    "later": (("another", "follow-on", "additional"), ("otra", "outra", "nueva", "nova")),
}
_INSTANCE_THINGS = (
    ("fab", "plant", "factory", "facility", "site", "campus", "unit", "line", "project", "phase",
     "data centre", "data center", "mine", "reactor", "tranche"),
    ("planta", "fábrica", "fase", "unidad", "unidade", "centro de datos", "centro de dados",
     "proyecto", "projeto", "etapa", "usina"),
)  # fmt: skip
_INSTANCE_MODIFIERS = ("chip", "wafer", "semiconductor", "manufacturing", "production", "new")
_NUMBERED_THINGS = ("fab", "plant", "phase", "unit", "fase", "tranche", "planta", "etapa")
_ROMAN = {"1": "I", "2": "II", "3": "III"}
_CJK_ORDINALS = {"1": "一", "2": "二", "3": "三"}
_CJK_THINGS = ("廠", "厂", "工廠", "工厂", "工場", "座", "期", "號廠", "号厂", "晶圓廠", "晶圆厂")


def instance_terms(
    item_text: str, entities: Sequence[Entity]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(qualifiers, exclude) for an item about one numbered instance of a thing.

    An item about a second (or later) instance gets that instance's names as qualifiers; an
    item about the first one excludes the names of later ones. Neither, for other items.
    """
    wanted = instances_named(item_text)
    if not wanted:
        return (), ()
    modifiers = ("", *_INSTANCE_MODIFIERS, *_short_names(entities, item_text))
    if wanted <= {"1"}:
        others = ("2", "3", "later")
        return (), tuple(dict.fromkeys(p for o in others for p in _instance_phrases(o, modifiers)))
    chosen = sorted(wanted - {"1"})
    return tuple(dict.fromkeys(p for o in chosen for p in _instance_phrases(o, modifiers))), ()


def _short_names(entities: Sequence[Entity], item_text: str) -> list[str]:
    """One-word Latin names of the question's entities: their main names, and the aliases the
    item itself uses ("a second Kumamoto fab")."""
    one_word = re.compile(r"[A-Za-z][\w-]*")
    names = [e.name for e in entities if one_word.fullmatch(e.name)]
    used = [a for e in entities for a in e.aliases if one_word.fullmatch(a)]
    return list(dict.fromkeys([*names, *(a for a in used if phrase_pattern(a).search(item_text))]))


def _instance_phrases(ordinal: str, modifiers: Sequence[str]) -> list[str]:
    english, iberian = _ORDINAL_FORMS[ordinal]
    phrases = [
        " ".join(w for w in (word, modifier, thing) if w)
        for word in english
        for modifier in modifiers
        for thing in _INSTANCE_THINGS[0]
    ]
    phrases += [f"{word} {thing}" for word in iberian for thing in _INSTANCE_THINGS[1]]
    if ordinal in _ROMAN:
        numbers = (ordinal, _ROMAN[ordinal])
        phrases += [f"{thing} {n}" for thing in _NUMBERED_THINGS for n in numbers]
        cjk = _CJK_ORDINALS[ordinal]
        phrases += [f"{p}{n}{t}" for p in ("第", "") for n in (cjk, ordinal) for t in _CJK_THINGS]
    return phrases


def deadline_in(item_text: str) -> date | None:
    """The date an item sets ("by the end of 2024" -> 2024-12-31), or None."""
    for pattern, shape in _DEADLINES:
        found = pattern.search(item_text)
        if found and (deadline := _deadline_date(shape, found.groups())):
            return deadline
    return None


def _deadline_date(shape: str, groups: Sequence[str]) -> date | None:
    try:
        if shape == "ymd":
            return date(int(groups[0]), int(groups[1]), int(groups[2]))
        if shape == "dmy":
            return date(int(groups[2]), _MONTHS[groups[1].lower()], int(groups[0]))
        if shape == "mdy":
            return date(int(groups[2]), _MONTHS[groups[0].lower()], int(groups[1]))
        if shape == "my":
            return _month_end(int(groups[1]), _MONTHS[groups[0].lower()])
        if shape == "qy":
            return _month_end(int(groups[1]), int(groups[0]) * 3)
        if shape == "mid":
            return date(int(groups[0]), 6, 30)
        return date(int(groups[0]), 12, 31)
    except (ValueError, KeyError):
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def cited_outlets(sources: Sequence[Source]) -> tuple[str, ...]:
    """The briefing's outlets by name, then the hosts of their links (no duplicates)."""
    hosts = (host_of(s.url) for s in sources)
    return tuple(dict.fromkeys([*(s.outlet for s in sources), *(h for h in hosts if h)]))
