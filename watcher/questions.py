"""Turn a parsed briefing into a watchlist: one tracked question per "What to watch" item.

For each item it picks a slug id, a kind and its ladder, the baseline the briefing establishes,
the entities and parties (from `naming.py`), the topic terms (the item's own words and the
glossary's translations), qualifiers for one instance of several (a second plant), and a
deadline when the item sets one. It reads only the briefing and the bundled
data; it never reads or writes watchlist files (see `watchlist.py`) and never judges news.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from watcher.briefing import host_of
from watcher.data import (
    COMPOUND_PARTICIPLES,
    Concept,
    GazetteerEntry,
    content_words,
    countries_by_name,
    every_demonym,
    gazetteer,
    gazetteer_index,
    glossary,
    phrase_pattern,
)
from watcher.ladders import LADDERS, baseline_for, choose_kind, instances_named, main_clause
from watcher.model import Briefing, Entity, Question, Source, WatchItem, Watchlist
from watcher.naming import (
    AGENT_OF_PARTICIPLE,
    DECISION_ACTS,
    decided_entities,
    firm_site,
    has_han,
    item_entities,
    item_parties,
    legislature_names,
    main_actors,
    market_firm,
    market_origin,
    named_entries,
    named_not_by_demonym,
    presses_on_goods,
    pressing_actor_named,
    pressure_entities,
    scheme_acronyms,
    seats_named,
    shared_names_taught,
    signatories,
    with_names,
    with_shared_names,
)

WATCHLIST_SLUG_MAX = 40
QUESTION_SLUG_MAX = 30
_QUESTION_SLUG_WORDS = 4

# "both parliaments", "each party", "ambos países", "雙方": the item concerns several actors.

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
# A public body's name keeps its connecting words ("Ministry of Mines and Energy", "Instituto
# do Meio Ambiente"), where a plain capitalised run would stop at "and".
# Where a title's main clause ends: "Guatemala and Taiwan sign a treaty as Beijing watches".


def build_watchlist(
    briefing: Briefing, watchlist_id: str | None = None, kinds: Mapping[str, str] | None = None
) -> Watchlist:
    """The watchlist of a briefing: its metadata and one question per watch item. `kinds`
    maps a question's slug to the kind a person chose for it (its ladder, baseline, entities
    and terms are then built for that kind)."""
    wl_id = watchlist_id or watchlist_slug(briefing)
    # A briefing about Türkiye that calls it "Turkey" is read with the country's own name, and
    # its questions' entities answer to "Turkey" too; the items keep their words.
    taught = shared_names_taught(briefing)
    resolved = _with_shared_names(briefing, taught)
    actors = main_actors(resolved)
    outlets = cited_outlets(briefing.sources)
    homes = outlet_countries(briefing.sources)
    taken: set[str] = set()
    questions = []
    for item, read in zip(briefing.watch_items, resolved.watch_items, strict=True):
        slug = unique_slug(question_slug(item.text), taken)
        taken.add(slug)
        kind = (kinds or {}).get(slug) or choose_kind(item.text)
        question = _question(read, resolved, f"{wl_id}/{slug}", wl_id, actors, outlets, kind)
        questions.append(_taught_names(replace(question, text=item.text), taught))
    questions = [with_siblings_site(q, questions) for q in questions]
    questions = [replace(with_neighbours(q, questions), outlet_countries=homes) for q in questions]
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


def _with_shared_names(briefing: Briefing, taught: Mapping[str, str]) -> Briefing:
    """The briefing as read for names: each taught shared name written as its country's."""
    if not taught:
        return briefing
    return replace(
        briefing,
        title=with_shared_names(briefing.title, taught),
        dek=with_shared_names(briefing.dek, taught),
        body=with_shared_names(briefing.body, taught),
        entities=tuple(with_shared_names(e, taught) for e in briefing.entities),
        watch_items=tuple(
            replace(i, text=with_shared_names(i.text, taught)) for i in briefing.watch_items
        ),
    )


def _taught_names(question: Question, taught: Mapping[str, str]) -> Question:
    """The question's countries also answering to the shared names the briefing taught, and
    their legislatures to the same names written that way ("Turkey's parliament")."""
    if not taught:
        return question

    def named(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
        # (a people's word, "indio", is the country's own: not a name to write its names with)
        return tuple(
            with_names(
                e,
                [
                    *(
                        n.replace(country, shared)
                        for shared, country in taught.items()
                        if not shared[:1].islower()
                        for n in e.names
                        if country in n
                    ),
                    *(s for s, country in taught.items() if s[:1].islower() and e.name == country),
                ],
            )
            for e in entities
        )

    return replace(
        question,
        entities=named(question.entities),
        context=named(question.context),
        parties=named(question.parties),
    )


def _question(
    item: WatchItem,
    briefing: Briefing,
    qid: str,
    wl_id: str,
    actors: Sequence[GazetteerEntry],
    outlets: tuple[str, ...],
    kind: str,
) -> Question:
    entities, context = item_entities(item.text, briefing, actors)
    if kind != "pressure":
        entities, context = _asked_countries(item.text, entities, context)
    if kind == "ratification":
        entities, context = _court_as_step(item.text, entities, context)
        entities, context = _borrower(item.text, entities, context)
    if kind == "market":
        entities, context = market_origin(item.text, entities, context)
        entities, context = market_firm(item.text, entities, context)
        entities, context = _trade_not_its_grantor(item.text, entities, context)
    if kind == "pressure":
        entities, context = pressure_entities(item.text, briefing, entities, context, actors)
        # "How hard Washington leans on Santo Domingo over the Chinese-built terminal": who
        # presses whom is asked; the country of what it is over is only where it happens.
        asked, _ = _asked_countries(item.text, entities, ())
        context = (*context, *(e for e in entities if e not in asked and e not in context))
        entities = asked
    elif kind == "decision":
        entities, context = decided_entities(item.text, briefing, actors, entities, context)
        entities = _country_body(item.text, entities)
        entities, context = _owner_of_request(item.text, entities, context)
    qualifiers, other_instances = instance_terms(item.text, entities)
    if kind == "decision":
        schemes = scheme_acronyms(item.text, (*entities, *context))
        qualifiers = (*qualifiers, *schemes, *_concept_words(schemes))
    goods = _goods_named(item.text) if kind == "pressure" else ()
    if kind == "pressure" and (
        presses_on_goods(entities, item.text)
        or (
            goods
            and _AGAINST_GOODS.search(item.text)
            and any(presses_on_goods((e,), item.text) for e in (*entities, *context))
        )
    ):
        # Shoemakers against Vietnamese footwear: only news of the goods is theirs; Vietnam's
        # other trade with the same partner is not this pressure. So for whichever country's
        # goods a campaign is against: growers who press their own capital ("pushes Quito")
        # against "Malaysian palm olein" press over the olein (round 85, read). (Pressure "over
        # the Japanese longliners' access" is over fishing, and its acts, a payment held back,
        # seldom name the boats.)
        qualifiers = (*qualifiers, *goods)
    elif kind == "pressure":
        qualifiers = (*qualifiers, *_grievance_named(item.text))
    return Question(
        id=qid,
        watchlist=wl_id,
        text=item.text,
        kind=kind,
        ladder=LADDERS[kind],
        baseline=baseline_for(kind, item.text, briefing),
        entities=pressing_actor_named(entities, item.text) if kind == "pressure" else entities,
        terms=_with_briefings_instrument(
            _topic(
                item.text, kind, qualifiers, [n for e in entities for n in e.names], bool(context)
            ),
            item.text,
            briefing,
            kind,
        ),
        exclude=other_instances,
        parties=item_parties(item.text, signatories(item.text, briefing)),
        deadline=deadline_in(item.text),
        since=briefing.date,
        cited_outlets=outlets,
        line=item.line,
        qualifiers=qualifiers,
        stage_cues=item_stage_cues(item.text, kind, [n for e in entities for n in e.names]),
        context=context,
        site=firm_site(item.text, briefing, entities, context) if kind == "project" else None,
    )


# A court's name: "Constitutional Court of Colombia", "Tribunal Constitucional", "Corte Suprema".
_COURT = re.compile(r"\b(?:Court|Tribunal|Corte|Supremo|Conseil constitutionnel)\b")


def _court_as_step(
    item_text: str, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """A court that must clear a treaty ("get through Colombia's Congress and Constitutional
    Court"), or a body the item gives a country of the treaty ("Palau's Olbiil Era Kelulau"),
    is one more step of the countries' ratification, as their legislatures are: news of the
    treaty seldom names it, so the countries are the matter."""
    owners = {n.casefold() for c in context for n in c.names}

    def step(e: Entity) -> bool:
        if _COURT.search(e.name):
            return True
        found = re.search(rf"([\w-]+(?:\s[\w-]+)?)['’]s\s+{re.escape(e.name)}\b", item_text)
        return found is not None and (
            found.group(1).casefold() in owners or found.group(1).split()[-1].casefold() in owners
        )

    if context and entities and all(step(e) for e in entities):
        return context, ()
    return entities, context


# "the US$ 250 million Korean EDCF loan": a lender's or a fund's name before the loan.
_LENDER_LOAN = re.compile(
    r"(?:[A-Z][\w'’.&-]*\s+){1,4}(?:loans?|credit|credit line|financing|facility)\b"
)


_FINANCED = re.compile(
    r"\b(?:loans?|credit|credit line|financing|facility) (?:for|to build|to finance) (?:the )?"
    r"((?:[A-Z][\w'’-]*\s*)+)"
)


def _borrower(
    item_text: str, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """A loan a legislature must approve is the borrowing country's: its press calls the
    lender's fund by other names ("crédito coreano", "Exim coreano" for the "Korean EDCF
    loan"), so the fund's name gives way to the country whose legislature the item names."""
    if not context or not _LENDER_LOAN.search(item_text):
        return entities, context
    lender_words = {w for m in _LENDER_LOAN.finditer(item_text) for w in m.group().split()}
    # ... and what it pays for is the loan's object, not another matter ("the Korean EDCF loan
    # for the Nkhata Bay road", once "Korean" names the lender's country)
    lender_words |= {w for m in _FINANCED.finditer(item_text) for w in m.group(1).split()}
    # The lender may go by its short name: "the Hengtong loan" (Hengtong Export Credit Bank),
    # "the Korean EDCF loan" (the gazetteer's Economic Development Cooperation Fund).
    if not all(
        any(set(n.split()) <= lender_words or n.split()[0] in lender_words for n in e.names)
        for e in entities
    ):
        return entities, context
    # the countries the item names, by name or by their legislature (not the lender's, named
    # in the loan's name: "the Korean EDCF loan")
    outside = _LENDER_LOAN.sub(" ", item_text)
    legislatures = {e.name if e.type == "country" else e.part_of for e in named_entries(outside)}
    borrowers = tuple(c for c in context if c.name in legislatures)
    if not borrowers:
        return entities, context
    return borrowers, tuple(c for c in context if c not in borrowers)


# "How Gecex rules in Brazil's anti-dumping case": a country named as the owner of the matter.
_OWNER_COUNTRY = re.compile(r"([A-Z][\w-]+(?:[ -][A-Z][\w-]+)?)['’]s\b")
# A body's name, or a short acronym: what a country decides through.
_BODY_NAME = re.compile(
    r"^[A-Z][A-Za-z]{2,7}$|\b(?:Ministry|Board|Council|Committee|Agency|Authority|Commission"
    r"|Regulator|Secretariat|Office|Ministerio|Consejo|Comité|Comitê|Agencia|Agência"
    r"|Autoridad|Autoridade|Comisión|Comissão|Secretaría|Secretaria)\b"
)


def _country_body(item_text: str, entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """A decider the gazetteer does not know ("Gecex", "the Trade Remedies Board"), in an item
    that names one country as the matter's owner ("Brazil's anti-dumping case"): the news
    reports its decision as the country's ("巴西对印尼粘胶纱线征收反倾销税", "Brasil fixa
    direito"), so the body also answers to the country's names (its demonyms excepted: a
    "Brazilian exporter" is no decision of Brazil's)."""
    if len(entities) != 1 or named_entries(entities[0].name):
        return entities
    if not _BODY_NAME.search(entities[0].name):
        return entities
    # (where the body acts on another country's request, only the owner named before its verb
    # is its own: "Brazil's committee Gecex grants Turkey's request")
    verb = _ACTS_ON.search(item_text)
    cut = verb.start() if verb is not None else len(item_text)
    owners = {country.name: country for at, country in _owners_named(item_text) if at < cut}
    if len(owners) != 1:
        return entities
    country = next(iter(owners.values()))
    # (the country's own name stays, though a demonym is spelt the same: Spanish "argentina",
    # round 70, read)
    adjectives = {n.casefold() for n in every_demonym(country)} - {country.name.casefold()}
    names = [n for n in country.names if n.casefold() not in adjectives]
    return (with_names(entities[0], names),)


def _owners_named(item_text: str) -> list[tuple[int, GazetteerEntry]]:
    """The countries named as owners ("Angola's planned bond"), with where each is named. The
    run may take in the word before the name: "Whether Japan's JBIC" names Japan."""
    found = []
    for m in _OWNER_COUNTRY.finditer(item_text):
        for name in dict.fromkeys((m.group(1), m.group(1).split()[-1])):
            if (country := countries_by_name().get(name.casefold())) is not None:
                found.append((m.start(), country))
    return found


# The verb of a body's act on what another owns: what comes before it is the body's side.
_ACTS_ON = re.compile(
    rf"\b(?:{DECISION_ACTS}|agrees?|accepts?|rejects?|issues?|lifts?|imposes?|guarantees?"
    r"|says? (?:yes|no))\b"
)


def _owner_of_request(
    item_text: str, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """A decision by a body on what a country owns ("JBIC agrees to guarantee Angola's planned
    samurai bond", "China agrees to Tonga's request"): the owner is part of the matter, as the
    body decides the same for others (a guarantee for Kenya's bond is another decision). The
    body's own country ("Japan's JBIC") stays where it happens."""
    if not entities or not context:
        return entities, context
    # (nor the country of a body that only describes the thing: "registrations granted by
    # Brazil's ANVISA" are not Brazil's to ask for; blanked, so positions hold)
    item_text = AGENT_OF_PARTICIPLE.sub(lambda m: " " * len(m.group()), item_text)
    # (nor the two ends of a route or a link: "launch direct flights between Cabo Verde and
    # Brazil" is the airline's decision, asked of by neither country)
    item_text = _BETWEEN.sub(lambda m: " " * len(m.group()), item_text)
    verb = _ACTS_ON.search(item_text)
    if verb is None:
        return entities, context
    # (a thing decided on that has a name of its own says which it is: "base the system on
    # India's UPI through an agreement with NPCI International" needs no "India" beside it)
    tail_text = item_text[verb.end() :]
    if any(phrase_pattern(n).search(tail_text) for e in entities for n in e.names):
        return entities, context
    # (an owner named before the verb is the body's: "Japan's JBIC", "Brazil's committee Gecex";
    # one named after it by its name is the one the act is for: "agrees to lend Guatemala the
    # US$120 million", "the loan Maputo has requested")
    after = {country.name for at, country in _owners_named(item_text) if at >= verb.start()}
    # (not "as Rabat has asked", nor the country of a "China-led" bank, nor where it happens:
    # "registration of generic medicines in Paraguay" is the decider's own country)
    tail = _LED_BY.sub(" ", _WANTED_BY.sub("", item_text[verb.end() :]))
    tail = _WHERE.sub(" ", tail)
    after |= {
        e.name for e in named_entries(tail) if e.type == "country" and named_not_by_demonym(e, tail)
    }
    owned = [c for c in context if c.name in after]
    if not owned:
        return entities, context
    return (*entities, *owned), tuple(c for c in context if c not in owned)


_WHERE = re.compile(r"\b(?:in|en|em|at|within)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_PLACE_NAME = r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|da|do|del))*"
_BETWEEN = re.compile(
    rf"\b(?:between|entre)\s+(?:the\s+)?{_PLACE_NAME}\s+(?:and|y|e)\s+(?:the\s+)?{_PLACE_NAME}"
)
_LED_BY = re.compile(rf"[\w'’]+-(?:{COMPOUND_PARTICIPLES})\b", re.IGNORECASE)
# (those who ask may take several words: "that Chinese buyers and Chinese trade officials have
# asked it to lift", round 70, read)
_WANTED_BY = re.compile(
    r"\b(?:that|which|as|who|que)\s+(?:[\w'’-]+\s+){0,7}?(?:wants?|want(?:ed)?|seeks?|sought"
    r"|demands?|demanded|urges?|urged|has asked|have asked|asks?|asked|lobb\w+|presses|pressed"
    r"|quieren|quiere|piden|pide|querem|quer|pedem|pede)\b[^,;]*",
    re.IGNORECASE,
)


_INSTEAD = re.compile(
    r"\b(?:instead of|rather than|en lugar de|en vez de|em vez de|em lugar de|ao inv[ée]s de)\b"
    r"[^,;.]*",
    re.IGNORECASE,
)
_ONE_OF_MANY = re.compile(
    r"\b[A-Z][\w-]+\s+(?:and|or|y|e|u|ou)\s+(?:other|otros|otras|outros|outras)\b"
)


# The instrument a trade goes under, to the next comma: "under the sanitary approval granted by
# Morocco's food safety office ONSSA".
_UNDER = re.compile(r"\b(?:under|bajo|sob|ao abrigo d[eoa]s?)\s[^,;]*", re.IGNORECASE)
# The ladder an item spells out, to the next comma: "from a first ship out of Vila do Conde
# (Pará) to regular volumes" names the port the goods leave from, not the trade (round 71).
_ROUTE = re.compile(
    r"\b(?:from|de|desde)\s+(?:a|an|the|its|um|uma|o|el|la|su|seu|sua)\s+(?:very\s+)?"
    r"(?:first|primer|primera|primeiro|primeira)\b[^,;]*",
    re.IGNORECASE,
)


def _trade_not_its_grantor(
    item_text: str, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """A market item whose one specific name is the body that granted the instrument the
    trade goes under ("Cabo Verdean canned tuna exports to Morocco ... under the sanitary
    approval granted by Morocco's food safety office ONSSA"): the trade is between the
    countries, whose news seldom names the regulator again; the countries are required, as
    for an item naming only countries (round 57, read). So for a port the item names only in
    the ladder it spells out ("from a first ship out of Vila do Conde to regular volumes")."""
    found = [*_UNDER.finditer(item_text), *_ROUTE.finditer(item_text)]
    if not found or len(entities) != 1 or len(context) < 2:
        return entities, context
    details = " ".join(m.group(0) for m in found)
    # (the two clauses may overlap: blank every character either covers)
    covered = {i for m in found for i in range(m.start(), m.end())}
    rest = "".join(" " if i in covered else ch for i, ch in enumerate(item_text))
    names = [phrase_pattern(n) for n in entities[0].names]
    if not any(p.search(details) for p in names) or any(p.search(rest) for p in names):
        return entities, context
    index = gazetteer_index()
    countries = tuple(c for c in context if (g := index.get(c.name)) and g.type == "country")
    if len(countries) != len(context):
        return entities, context
    return countries, ()


def _asked_countries(
    item_text: str, entities: tuple[Entity, ...], context: tuple[Entity, ...]
) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """An item naming only countries requires those its question names, not those of a clause
    that only says who wants it: in "whether Maputo decides to raise the surcharge, as the
    Vietnamese investor wants", news of the surcharge need not name Vietnam."""
    if context or len(entities) < 2:
        return entities, context
    # (a clause saying who wants it need not stand between commas: "the surtax on raw cashew
    # nuts that Vietnamese processors want cut")
    main = _WANTED_BY.sub("", main_clause(item_text))
    # (nor a country whose people are one example of many: "lets Indian and other foreign
    # buyers purchase raw cashew" is about foreign buyers)
    main = _ONE_OF_MANY.sub("", main)
    # (nor the alternative the item sets aside: "open an embassy in Praia instead of covering
    # Cabo Verde from Dakar" is not about Senegal)
    main = _INSTEAD.sub("", main)
    # (nor the peoples of a compound that says where a thing comes from: "adopts the
    # Japanese-Brazilian ISDB-Tb standard" asks what Timor-Leste decides, not Japan or Brazil)
    main = _origin_compounds(main, entities)
    seats = {c.name for c in seats_named(main, [g for g in gazetteer() if g.shared_seats])}
    asked = [
        e
        for e in entities
        if e.name in seats or any(phrase_pattern(n).search(main) for n in e.names)
    ]
    if not asked or len(asked) == len(entities):
        return entities, context
    # Nor are they where the matter happens (`context`): they only want it.
    return tuple(asked), ()


# Two peoples joined by a hyphen ("Japanese-Brazilian", "Sino-Mauritian"); the combining forms
# stand for their country as its people's word does.
_COMPOUND = re.compile(r"(?<![\w-])([A-Z][a-z]+)-([A-Z][a-z]+)(?![\w-])")
_COMBINING_FORMS = {"sino": "China", "nipo": "Japan", "luso": "Portugal", "indo": "India"}


def _origin_compounds(text: str, entities: Sequence[Entity]) -> str:
    """`text` without the hyphenated compounds both of whose halves are peoples or countries
    of `entities` (round 59, read)."""

    def country_of(word: str) -> str | None:
        if (name := _COMBINING_FORMS.get(word.lower())) is not None:
            return name
        return next(
            (e.name for e in entities if any(n.lower() == word.lower() for n in e.names)), None
        )

    def strip(found: re.Match[str]) -> str:
        first, second = country_of(found.group(1)), country_of(found.group(2))
        return "" if first and second and first != second else found.group(0)

    return _COMPOUND.sub(strip, text)


def with_siblings_site(question: Question, siblings: Sequence[Question]) -> Question:
    """A decision or ratification item on the facility a sibling project item tracks ("the
    loan the Uyuni plant depends on") names it by its place alone; the press names it as
    the project item does, by its developer too ("Karadeniz Enerji's lithium plant"). Its
    entity for that place also answers to the project entity's names."""
    if question.kind not in _ACTS_ON_THINGS:
        return question
    projects = [q for q in siblings if q.kind == "project" and q.id != question.id]
    countries = countries_by_name()

    def grown(entity: Entity) -> Entity:
        if entity.name.casefold() in countries:
            return entity
        own = {n.casefold() for n in entity.names}
        # (not the place the project item puts its facility in: "near Monterrey" says where,
        # and the city's other decisions are not this one)
        more = [
            n
            for q in projects
            for e in q.entities
            if own & {x.casefold() for x in e.names}
            for n in e.names
            if not _placed_in(n, q.text) and not _a_place(n)
        ]
        return with_names(entity, more) if more else entity

    entities = tuple(grown(e) for e in question.entities)
    return question if entities == question.entities else replace(question, entities=entities)


def _a_place(name: str) -> bool:
    """A name the gazetteer knows as a country's or a place's (in any script)."""
    return any(e.type in ("country", "place") for e in named_entries(name))


def _placed_in(name: str, item_text: str) -> bool:
    """The item puts something in, at or near the place `name`."""
    place = rf"(?<!\w)(?:in|at|near)\s+(?:the\s+)?{re.escape(name)}(?!\w)"
    return re.search(place, item_text) is not None


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


# --- terms, deadline, outlets -----------------------------------------------------------------


def _topic(
    item_text: str,
    kind: str,
    qualifiers: tuple[str, ...],
    names: Iterable[str] = (),
    named_thing: bool = False,
) -> tuple[str, ...]:
    """A project question is about the thing itself: when the item names which instance of
    it, that instance's names are its topic. Other kinds act on the thing ("subsidies to a
    second fab"): their topic stays the act, and `qualifiers` tells the instance apart."""
    if qualifiers and kind == "project":
        return qualifiers
    return item_terms(item_text, kind, names, named_thing)


# "build into a steady trade", "builds up volumes": growth, not construction.
_GROWTH_IDIOM = re.compile(r"(?<!\w)build(?:s|ing)? (?:into|up)(?!\w)", re.IGNORECASE)
# The approval words of the decision concept: a ratification item that speaks of approval
# keeps them ("aprobó el acuerdo"), not the rest ("decided", "authorised", "决定").
_APPROVAL = re.compile(r"approv|aprob|aprueb|aprov|核准", re.IGNORECASE)
# "clearing the way for it to take effect": what follows, not a topic word ("clearing bank").
_WAY_IDIOM = re.compile(
    r"(?<!\w)(?:clear|pav|smooth|open)(?:s|es|ed|ing)? the way(?!\w)", re.IGNORECASE
)


def _concept_words(words: Iterable[str]) -> tuple[str, ...]:
    """Every word of the glossary concepts these words belong to: an item's "LNG" is written
    "GNL" or "gas natural licuado" in the Spanish press."""
    wanted = {w.casefold() for w in words}
    return tuple(
        dict.fromkeys(
            w for c in glossary() if wanted & {x.casefold() for x in c.words} for w in c.words
        )
    )


# A campaign against goods: "against imports of", "against cheap", "against duty-free".
_AGAINST_GOODS = re.compile(r"\b(?:against|imports? of|cheap)\b", re.IGNORECASE)


def _goods_named(item_text: str) -> tuple[str, ...]:
    """The words of the products (the glossary's `focus` concepts) an item names."""
    return tuple(
        dict.fromkeys(w for c in glossary() if c.focus and _mentions(item_text, c) for w in c.words)
    )


# "turns its complaints about Vietnamese boats fishing illegally into concrete enforcement":
# the grievance a pressure item follows from words to acts.
_GRIEVANCE = re.compile(
    r"\bturns? (?:its|their|his|her) (?:concerns?|complaints?|worries|misgivings|objections"
    r"|criticisms?|grievances) (?:about|over|on|at)\s",
    re.IGNORECASE,
)


def _grievance_named(item_text: str) -> tuple[str, ...]:
    """For a pressure item on a grievance turned into acts, the words of what the grievance
    is about, anywhere in the item (fishing, a loan): news of the same two parties
    on another matter (a chamber urging a vote on their treaty, a ban on coffee for a pest)
    is not this pressure (round 79, read). Nothing when the item says no such grievance, or
    when it is about a built thing (a port, an airport): pressure over a facility falls on its
    builder, its officials or its money as often as on the thing itself. What pressure aims at
    (a country's new ties) is no grievance's matter either (round 80, read): a union's threats
    over crew safety seldom speak of diplomacy."""
    if not _GRIEVANCE.search(item_text):
        return ()
    concepts = [
        c
        for c in glossary()
        if not (c.kinds or c.broad or c.generic or c.aim) and _mentions(item_text, c)
    ]
    if any(c.thing for c in concepts):
        return ()
    return tuple(dict.fromkeys(w for c in concepts for w in c.words))


# What an instrument is called in English: a concept with such a word is a kind of treaty.
_INSTRUMENT_WORD = re.compile(r"\b(?:treaty|agreement|convention|protocol|pact)$", re.IGNORECASE)


def _instrument(concept: Concept) -> bool:
    return not (concept.generic or concept.kinds or concept.broad or concept.thing) and any(
        _INSTRUMENT_WORD.search(w) for w in concept.words
    )


def _with_briefings_instrument(
    terms: tuple[str, ...], item_text: str, briefing: Briefing, kind: str
) -> tuple[str, ...]:
    """A ratification item that calls its instrument only "the treaty" or "the agreement"
    means the one its briefing's title names ("sign an investment treaty"): the press writes
    that one's own name ("el acuerdo de inversiones"), seldom the bare word."""
    if kind != "ratification":
        return terms
    if any(_instrument(c) and _mentions(item_text, c) for c in glossary()):
        return terms
    headline = f"{briefing.title}. {briefing.dek}"
    found = [c for c in glossary() if _instrument(c) and _mentions(headline, c)]
    return tuple(dict.fromkeys([*terms, *(w for c in found for w in c.words)]))


# "the investment and digital trade agreement": one instrument that is an investment agreement
# and a digital trade agreement; its press names it by either part ("acuerdo de inversiones").
_COORDINATED = re.compile(
    r"(?<![\w-])([a-z][\w-]+) (?:and|&) (?:[a-z][\w-]+ ){1,2}?"
    r"(agreement|treaty|pact|deal|accord|convention|protocol)s?(?![\w-])"
)


# "agrees to lend El Salvador US$ 180 million": the item's act is a loan, whose words its
# press uses (préstamo, 贷款); the verb itself is no topic word of the news ("agreed to lend
# most of the cost" is any loan).
_LENDING = re.compile(r"(?<![\w-])lend(?:s|ing)?(?![\w-])")


# "a solar-and-storage park", "a cold-and-dry store": a compound of two parts, each with the
# noun ("solar park").
_HYPHENATED = re.compile(r"(?<![\w-])([a-z]+)-(?:and|&)-[a-z]+ ([a-z]+)(?![\w-])")


def _distributed(text: str) -> list[str]:
    """The first part of each coordinated instrument or compound with the head noun it
    shares: "investment and digital trade agreement" -> "investment agreement",
    "solar-and-storage park" -> "solar park"."""
    return [f"{m[1]} {m[2]}" for p in (_COORDINATED, _HYPHENATED) for m in p.finditer(text)]


# Kinds whose item acts on a facility (a decree granting it, a loan financing it).
_ACTS_ON_THINGS = frozenset({"decision", "ratification"})

# A firm bought: the deal a decision on it is about, whatever the firm's trade ("the purchase
# of the palm-oil processor", not "lets foreign buyers purchase raw cashew").
_DEAL_CONCEPTS = frozenset({"acquisition"})
_A_FIRM_BOUGHT = re.compile(r"\b(?:purchase|acquisition|takeover|buyout)\s+of\b", re.IGNORECASE)


def item_terms(
    item_text: str, kind: str, names: Iterable[str] = (), named_thing: bool = False
) -> tuple[str, ...]:
    """Topic words of the item in four languages: every glossary concept it mentions, and
    the concepts of its kind; and the item's own key words. When the
    item names a focus concept (a product: "poultry"), only that concept's words count: news
    of the same trade in another product does not bear on it. The item's own nouns always
    count (`own_nouns`), except words of `names`, the entities it requires. `named_thing`:
    the item names its matter (a company, a port), not only countries."""
    if kind == "pressure":
        # Pressure is an act: the item's matter ("over the treaty") is why, not what, and
        # news naming both countries and that matter is often no act of pressure at all.
        return tuple(dict.fromkeys(w for c in glossary() if kind in c.kinds for w in c.words))
    item_text = _WAY_IDIOM.sub(" ", item_text)  # (for the concepts and the own nouns alike)
    unnamed = _GROWTH_IDIOM.sub(" ", _without_names(item_text, names))
    lending = ["loan"] if _LENDING.search(unnamed) else []
    unnamed = " ".join((unnamed, *_distributed(unnamed), *lending))
    # A concept of another kind's acts is no topic here: "the visa it demands" is no
    # pressure, and a treaty "approved by both legislatures" is no decision ("decided",
    # "authorised"), though its press says "approved" as often as "ratified".
    mentioned = [c for c in glossary() if _mentions(unnamed, c)]
    if kind == "project" and not any(c.thing for c in mentioned):
        # The kind of facility a required name says it is stays a topic word when the item
        # names no other: "to rebuild and run the port of La Unión" is about a port, and
        # "aprueba la concesión del puerto de La Unión" speaks of it though "La Unión" alone
        # names the town too (round 57, read). ("a plant at the port of Nacala" is a plant.)
        mentioned += [c for c in glossary() if c.thing
                      and any(_kind_of_name(n, c) for n in names)]  # fmt: skip
    approval = [w for c in mentioned if kind == "ratification" and "decision" in c.kinds
                for w in c.words if _APPROVAL.match(w)]  # fmt: skip
    mentioned = [c for c in mentioned if not c.kinds or kind in c.kinds]
    focus = [c for c in mentioned if c.focus]
    if focus:
        # A project item naming a facility as well ("the first maize taken in at the silo
        # complex") is about that facility too: its words count beside the product's.
        things = [c for c in mentioned if c.thing and kind == "project"]
        # A decision on a deal over a product's business ("authorises the purchase of the
        # palm-oil processor") is told by the deal's words as often: "approved the
        # acquisition of 80% of Oleaginosas" names no palm oil (round 84, read).
        deals = [
            c
            for c in mentioned
            if kind == "decision" and c.key in _DEAL_CONCEPTS and _A_FIRM_BOUGHT.search(item_text)
        ]
        return tuple(dict.fromkeys(w for c in (*focus, *things, *deals) for w in c.words))
    specific = [c for c in mentioned if not c.broad]
    if named_thing and kind in _ACTS_ON_THINGS and any(not c.thing for c in specific):
        # "grants the Namibe terminal's concession", "the loan for the Namibe terminal": the
        # name says which terminal, the act is the topic; news of the terminal itself is the
        # project question's. Without a name ("subsidies to the fab") the facility is what
        # tells this act from the decider's others, and stays.
        specific = [c for c in specific if not c.thing]
    by_kind = [c for c in glossary() if kind in c.kinds and c not in specific]
    if kind == "decision" and any(_decision_object(c) for c in specific):
        # "grants the concession by decree": the concession is what a report must speak of;
        # "approves" alone, on the same port, is another decision (the loan's).
        by_kind = []
    own = own_nouns(item_text, names)
    words = [w for c in (*specific, *by_kind) for w in c.words]
    return tuple(dict.fromkeys([*own, *words, *approval]))


# The frame of a watch item: verbs and vague words that say what may happen, not what about.
_ITEM_FRAME = frozenset(
    """
    obtain obtains obtained get gets got receive receives received win wins won secure secures
    secured is built build builds start starts started open opens opened approve approves
    approved ratify ratifies ratified step steps up sign signs signed complete completes
    completed reach reaches reached become becomes go goes move moves take takes make makes
    hold holds held announce announces announced grant grants granted begin begins began
    actually first new end later soon next two three both country countries government
    through between effect fast faster slowly bring brings brought eventually quietly newly
    working requested request relieve envisages envisaged stuck finding shuts shut door idea
    follows follow drops drop progress way carried carry whether how steady again promised
    clear clears cleared actually million millions billion billions look looks itself
    promise stays stay
    enter enters entering entered force volumes volume regular regularly announcement
    announcements reaching going beyond now run runs running need needs say says said rely
    relies track becoming effective effectively studying study studies above dropped support
    supports plan plans pledge switch squeeze written expect expects expected possibly unless
    offer offers big bigger share one failed fail fails check ahead ask asked asking
    supplying moving signal signals finally turn turns push pushes back relent relents directly
    within hand along raise raises local want wants wanted landing quantity quantities trouble
    angry deepening far keep keeps floating grow grows growing flowing formal particular settle
    settles they them accept ordinary statements words against near really quickly long longer
    still yet once soon sooner late early any some more less much many
    watch watches watching show shows showing data path eye test tests sought seek seeks
    governments mw gw kw mwp mwh gwh kv
    """.split()  # noqa: SIM905
)
# A sum of money says how much, not what about: "the US$120 million loan".
_AMOUNT = re.compile(
    r"(?<!\w)(?:[A-Z]{1,3}\$|\$|€|£|¥)\s?[\d.,]+(?:\s*(?:million|billion|bn|mn|m|trillion"
    r"|millones|milhões|mil millones))?(?!\w)"
)


def own_nouns(item_text: str, names: Iterable[str] = ()) -> list[str]:
    """The item's own content words the glossary does not cover: neither frame nor a word of
    a name the item requires, which would make any mention of the name on topic."""
    named = {w for e in named_entries(item_text) for n in e.names for w in content_words(n)}
    named |= {w for n in (*names, *legislature_names(item_text)) for w in content_words(n)}
    rest = _without_concepts(_AMOUNT.sub(" ", item_text))
    return [w for w in content_words(rest) if w not in named and w not in _ITEM_FRAME]


def _without_concepts(text: str) -> str:
    """The text without the glossary phrases it uses: "investment protection treaty" is
    heard through its concept's phrases, while a lone "investment" would hear any bank."""
    for concept in glossary():
        for word in sorted(concept.words, key=len, reverse=True):
            text = phrase_pattern(word).sub(" ", text)
    return text


# The links between a facility's kind and its name: "Port of La Unión", "Puerto de Acajutla".
_KIND_LINKS = ("of", "de", "do", "da", "del")


def _kind_of_name(name: str, concept: Concept) -> bool:
    """The name is one of the concept's kind: "Port of La Unión", "Bagbe Dam" (not "Minas
    Gerais" nor a firm's "Rimal Mining")."""
    low = " ".join(name.casefold().split())
    return any(
        low.endswith(f" {w}") or any(low.startswith(f"{w} {link} ") for link in _KIND_LINKS)
        for w in (word.casefold() for word in concept.words)
        # (a Chinese word has no edges to anchor on; an "-ing" word is a firm's sector)
        if not has_han(w) and not w.endswith("ing")
    )


def _without_names(text: str, names: Iterable[str]) -> str:
    """The text without the names it requires: the "Mines" of a ministry's name is no mine."""
    for name in sorted(names, key=len, reverse=True):
        text = phrase_pattern(name).sub(" ", text)
    return text


def _mentions(text: str, concept: Concept) -> bool:
    return any(phrase_pattern(w).search(text) for w in concept.words)


def _decided_things(item_text: str, names: Iterable[str]) -> list[str]:
    """The item's own names for what a decision is about: a code ("KON-9") or a word the item
    capitalises. A common noun of the item ("power" of "independent power producer licence")
    names no particular thing: "awarded the power station's contract" is another decision."""
    # (the item's first word is capitalised by its place, not as a name)
    written = {w.lower(): w for w in re.findall(r"[\w-]+", item_text)[1:]}
    return [
        w
        for w in own_nouns(item_text, names)
        if any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in written.get(w, w))
    ]


def _decision_object(concept: Concept) -> bool:
    """A concept a decision can be about (a concession, a licence): not a facility, a kind's
    own words, a stage or a word too broad to be a topic."""
    return not (concept.thing or concept.kinds or concept.broad or concept.stage)


def item_stage_cues(
    item_text: str, kind: str, names: Iterable[str] = ()
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What a stage means for this item, when the item says so: "begins mass production"
    makes `operational` a matter of mass production words, not of an opening ceremony.
    `names`: the entities the item requires, never words of what a decision is about."""
    stages: dict[str, list[str]] = {}
    for concept in glossary():
        if concept.stage in LADDERS[kind].all_stages and _mentions(item_text, concept):
            stages.setdefault(concept.stage, []).extend(concept.words)
    if kind == "decision":
        # A decision is about its object ("grants the concession by decree"): a report of
        # another decision on the same matter (parliament approving the loan) is not it.
        mentioned = [c for c in glossary() if _decision_object(c) and _mentions(item_text, c)]
        objects = [w for c in mentioned for w in c.words]
        # ... but a `done` the item ties to its instrument ("by presidential decree") takes
        # the instrument's words only: a contract signed for the concession is not the decree.
        named_form = set(stages)
        # The item's own name for what is decided counts as well: "awards block KON-9 ...
        # or shelves the bid" is answered by "decree awards block KON-9", no bid named.
        things = _decided_things(item_text, names) if objects else []
        for stage in ("signaled", "done", "ruled-out") if objects else ():
            if stage not in named_form:
                stages.setdefault(stage, []).extend([*objects, *things])
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


def country_named(name: str) -> str | None:
    """The gazetteer's own name for the country `name` stands for: any of its names, in any
    language or case ("kenia", "Quênia", "肯尼亚" -> "Kenya"); None when no country has it."""
    entry = countries_by_name().get(unicodedata.normalize("NFC", name).strip().casefold())
    return entry.name if entry else None


def outlet_countries(sources: Sequence[Source]) -> tuple[tuple[str, str], ...]:
    """(outlet name or web host, country) for each source whose region is a country the
    gazetteer knows ("Diario La Rambla (Uruguay, es)"); a continent ("Asia") places nothing."""
    index = countries_by_name()
    pairs: list[tuple[str, str]] = []
    for source in sources:
        parts = [source.region or "", *(source.region or "").split(",")]
        country = next((index[k] for p in parts if (k := p.strip().casefold()) in index), None)
        if country is None:
            continue
        pairs.append((source.outlet, country.name))
        if host := host_of(source.url):
            pairs.append((host, country.name))
    return tuple(dict.fromkeys(pairs))


def cited_outlets(sources: Sequence[Source]) -> tuple[str, ...]:
    """The briefing's outlets by name, then the hosts of their links (no duplicates)."""
    hosts = (host_of(s.url) for s in sources)
    return tuple(dict.fromkeys([*(s.outlet for s in sources), *(h for h in hosts if h)]))
