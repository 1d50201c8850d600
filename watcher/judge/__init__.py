"""The judge: reads entries like an analyst and decides when a question moves.

`Judge(questions).observe(entry)` says which questions an entry bears on, what stage it speaks
of and whether it reports it done (with the quote); `decide` and `replay` turn observations into
status changes or review items. Everything here is pure: no I/O beyond reading the packaged
lexicons once, no clock (`now` is passed in). The judge never decides a change itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC

from watcher.judge.decide import DEFAULT_POLICY, Policy, decide, replay
from watcher.judge.index import CandidateIndex
from watcher.judge.lexicon import Lexicon, load_lexicon
from watcher.judge.pairs import PairMarker
from watcher.judge.relevance import (
    Matter,
    Relevance,
    assess,
    compile_matter,
    goods_pattern,
    has_own_term,
    merge_entities,
    outlet_country,
    particular_terms,
    thing_patterns,
)
from watcher.judge.romanize import Romanizer, marked_document
from watcher.judge.signals import Signal, languages_of, lead_awaits, read_signals
from watcher.judge.text import (
    chinese_script,
    compile_terms,
    fold,
    has_cjk,
    mark_legislatures,
    proper_legislatures,
    read_entry,
)
from watcher.judge.transliterate import Transliterator
from watcher.model import Entry, Ladder, Observation, Polarity, Question

__all__ = ["DEFAULT_POLICY", "Judge", "Lexicon", "Policy", "decide", "load_lexicon", "replay"]


class Judge:
    """Compiles questions and lexicon once; then reads entries one at a time."""

    def __init__(
        self,
        questions: Sequence[Question],
        lexicon: Lexicon | None = None,
        countries: Iterable[str] = (),
    ) -> None:
        """`countries`: those the feeds to be read write from, as an operator set them
        (`Feed.country`); an entry from such a feed carries its own (`Entry.country`)."""
        self.lexicon = lexicon or load_lexicon()
        self._countries = frozenset(countries)
        # A feed's country is looked for among a question's entity names, which are otherwise
        # kept only where the briefing places an outlet: with no feed country, no idle tuples.
        keep_names = bool(self._countries)
        self._matters = {q.id: compile_matter(q, self.lexicon, keep_names) for q in questions}
        loose = [qid for qid, matter in self._matters.items() if matter.own_terms]
        # Questions an entry may bear on while naming only some of their entities: one side
        # acting alone, or an outlet (or a feed) leaving its own country unsaid.
        partial = [
            q
            for q, m in self._matters.items()
            if m.one_sided
            or any(m.homes)
            or any(c in m.entity_names for *_, c in m.outlets)
            or not self._countries.isdisjoint(m.entity_names)
        ]
        self._index = CandidateIndex(questions, loose_terms=loose, one_sided=partial)
        latin_only = latin_only_names(questions)
        self._romanizer = Romanizer(latin_only)
        self._transliterator = Transliterator(latin_only)
        self._pairs = PairMarker(questions)
        self._things: dict[str, tuple[re.Pattern[str], ...]] = {}
        self._words: dict[str, re.Pattern[str] | None] = {}

    def candidates(self, entry: Entry) -> set[str]:
        """Ids of the questions whose names and terms all have a key in the entry."""
        marked = self._transliterator.mark(self._romanizer.mark(fold(entry.text)))
        return self._index.candidates(self._pairs.mark(marked))

    def observe(self, entry: Entry) -> list[Observation]:
        """One observation per question the entry bears on, best signal first chosen."""
        if entry.country is not None and entry.country not in self._countries:
            raise ValueError(
                f"entry {entry.key!r} is from a feed in {entry.country}: "
                "build the Judge with that country in `countries`"
            )
        qids = self.candidates(entry)
        if not qids:
            return []
        doc = self._transliterator.mark_document(self._romanizer.mark_document(read_entry(entry)))
        doc = self._pairs.mark_document(doc)
        legislatures = proper_legislatures()
        if legislatures is not None and legislatures.search(doc.folded):
            doc = marked_document(doc, mark_legislatures)
        langs = languages_of(doc, entry.language, self.lexicon)
        press = _press_language(entry, langs)  # once per entry: the script test converts text
        # The feed's country, set by an operator, wins over where the briefing puts an outlet.
        outlets = {
            q: entry.country
            or outlet_country(self._matters[q], entry.source, entry.url or entry.feed_url)
            for q in sorted(qids)
        }
        bearing = {
            q: relevance
            for q in sorted(qids)
            if (relevance := assess(self._matters[q], doc, press, outlets[q])).best is not None
        }
        found = []
        cue_kinds = self.lexicon.topic_kinds
        published = entry.published.astimezone(UTC).date() if entry.published else None
        awaits = lead_awaits(doc, self.lexicon, langs) if bearing else False
        for qid, relevance in bearing.items():
            matter = self._matters[qid]
            # Pressure's cues are always its topic; only a named project's or decision's
            # reading through cues yields to a sibling's own words.
            yields = relevance.by_cue and matter.question.kind not in cue_kinds
            if yields and _siblings_topic(matter, relevance, bearing, self._matters, cue_kinds):
                continue
            if self._siblings_thing(matter, relevance, bearing):
                continue
            if self._siblings_words(matter, relevance, bearing, doc.folded):
                continue
            if matter.question.kind in cue_kinds and self._siblings_goods(
                matter, relevance, bearing, doc.folded
            ):
                continue
            signals = read_signals(
                matter, doc, relevance, self.lexicon, langs, awaits, outlets[qid], published
            )
            strongest = _party_from_kin(_strongest(signals, matter.question.ladder), signals)
            found.append(_observation(matter, entry, relevance, strongest))
        return _measures_not_setbacks(found, self._matters)

    def _siblings_thing(
        self, matter: Matter, relevance: Relevance, bearing: dict[str, Relevance]
    ) -> bool:
        """A ratification between states only (its entities are countries: a loan, a treaty)
        and a sentence whose subject is the thing a sibling question is about (a firm, its
        park): "Sunbay signs a loan package with two Chinese banks for its Laclo park" is the
        park's financing, not the two states' loan, though it names both states and a loan.
        ("China and Togo sign the loan; Sunbay unveils its park" opens with the states.)"""
        if relevance.best is None or matter.question.kind != "ratification":
            return False
        if self._things_of(matter):
            return False
        text = relevance.best.folded
        first_own = min(
            (m.start() for p in matter.entities for m in p.finditer(text)), default=len(text)
        )
        return any(
            (m := p.search(text)) is not None and m.start() < first_own
            for qid in bearing
            if (other := self._matters[qid]) is not matter
            and other.question.watchlist == matter.question.watchlist
            for p in self._things_of(other)
        )

    def _siblings_words(
        self, matter: Matter, relevance: Relevance, bearing: dict[str, Relevance], entry: str
    ) -> bool:
        """A ratification read in an entry that names no instrument at all and a sentence
        without its own words, only the states and an approval ("Japan's cabinet approved a
        budget that funds a new embassy in Praia"), while a sibling question bearing on the
        entry finds its own words there: the approval is the sibling's (round 68, read).
        `entry`: the entry's folded text ("... to build a plant" over "... signed an
        investment treaty" still tells the treaty)."""
        if relevance.best is None or matter.question.kind != "ratification":
            return False
        if _INSTRUMENT.search(entry) is not None:
            return False
        text = relevance.best.folded
        own = self._words_of(matter)
        if own is None or own.search(text) is not None:
            return False
        return any(
            (words := self._words_of(other)) is not None and words.search(text) is not None
            for qid in bearing
            if (other := self._matters[qid]) is not matter
            and other.question.watchlist == matter.question.watchlist
            and other.question.kind != "ratification"
        )

    def _words_of(self, matter: Matter) -> re.Pattern[str] | None:
        """The words that tell a question's matter from the others between the same parties
        (`particular_terms`), compiled when first asked (rarely) and kept per question."""
        qid = matter.question.id
        if qid not in self._words:
            self._words[qid] = compile_terms(particular_terms(matter.question))
        return self._words[qid]

    def _siblings_goods(
        self, matter: Matter, relevance: Relevance, bearing: dict[str, Relevance], text: str
    ) -> bool:
        """A pressure item over goods of its own ("over catches by Japanese tuna longliners")
        and an entry that never names them but speaks, in its words, of a sibling question's
        matter: "Japan suspends Mozambican avocado imports" is the avocado market's setback,
        not Maputo's pressure over tuna. (An item over ties or a treaty names no goods: a
        measure on any trade between the two may be its pressure.)"""
        goods = self._goods_of(matter)
        if goods is None or relevance.best is None or goods.search(text):
            return False
        best = relevance.best.folded
        return any(
            has_own_term(other, best)
            for qid in bearing
            if (other := self._matters[qid]) is not matter
            and other.question.watchlist == matter.question.watchlist
        )

    def _goods_of(self, matter: Matter) -> re.Pattern[str] | None:
        """The words of the goods (focus concepts) a question's item names."""
        return goods_pattern(matter.question.text)

    def _things_of(self, matter: Matter) -> tuple[re.Pattern[str], ...]:
        """`thing_patterns`, worked out once per question and only for those it is asked of."""
        qid = matter.question.id
        if qid not in self._things:
            self._things[qid] = thing_patterns(matter)
        return self._things[qid]


def _siblings_topic(
    matter: Matter,
    relevance: Relevance,
    bearing: dict[str, Relevance],
    matters: dict[str, Matter],
    cue_kinds: frozenset[str],
) -> bool:
    """The sentence that bears on `matter` only through a stage cue speaks, in its own topic
    words, of another question of the same watchlist: "the vote on the Kalunga cable's landing
    permit was postponed" is the permit decision's delay, not the cable project's. A sibling
    whose cues are its topic (`cue_kinds`: pressure) claims it by bearing as strongly: "the US
    freezes trade talks over the port" is pressure, not the port's works stalling."""
    if relevance.best is None:
        return False
    text = relevance.best.folded
    return any(
        other.question.watchlist == matter.question.watchlist
        and (
            (not found.by_cue and has_own_term(other, text))
            or (other.question.kind in cue_kinds and found.score >= relevance.score)
        )
        for qid, found in bearing.items()
        if (other := matters[qid]) is not matter
    )


def _measures_not_setbacks(
    found: list[Observation], matters: dict[str, Matter]
) -> list[Observation]:
    """An entry that reports a sibling's pressure done as a concrete measure ("the US puts a
    loan on hold over the Chinese port") tells of the measure: a sentence of it that names the
    pressing side tells no setback of the project, which keeps the entry as evidence with no
    stage. (A stall of the works themselves is told in its own sentence, and read so.)"""
    pressing = [
        matters[obs.question_id]
        for obs in found
        if matters[obs.question_id].question.kind == "pressure"
        and obs.stage == "concrete"
        and obs.polarity is Polarity.DONE
    ]
    if not pressing:
        return found

    def measure(obs: Observation, question: Question) -> bool:
        quote = fold(obs.quote)
        return any(
            p.question.watchlist == question.watchlist and p.entities[0].search(quote)
            for p in pressing
            if p.entities
        )

    return [
        replace(obs, stage=None, polarity=Polarity.NONE, rule=None)
        if (q := matters[obs.question_id].question).kind == "project"
        and obs.stage in q.ladder.setbacks
        and measure(obs, q)
        else obs
        for obs in found
    ]


def _press_language(entry: Entry, langs: tuple[str, ...]) -> str | None:
    """The language an entry's press writes, as the gazetteer's `speaks` lists them: Chinese
    by its script (the mainland's press writes simplified, Taiwan's traditional)."""
    if len(langs) != 1:
        return None
    if langs[0] == "zh":
        return chinese_script(" ".join((entry.title, entry.summary)), entry.language)
    return langs[0]


def latin_only_names(questions: Sequence[Question]) -> list[str]:
    """Names of the entities that have no name in Chinese characters: the ones Chinese news
    can only be matched to through their pinyin (see `romanize.py`)."""
    return [
        name
        for q in questions
        for names in merge_entities(q)
        if not any(has_cjk(n) for n in names)
        for name in names
    ]


def _strongest(signals: list[Signal], ladder: Ladder) -> Signal | None:
    """Done beats every hedged reading; then the best-placed sentence; then the furthest stage
    (a setback counting as furthest, since it overrides progress reported alongside it)."""
    if not signals:
        return None

    def reach(s: Signal) -> int:
        return len(ladder.stages) if s.setback else ladder.rank(s.stage)

    def key(s: Signal) -> tuple[bool, float, int, float]:
        # A treaty's headline and lead both name it: "Argentina's chamber approves the pact"
        # over "so both countries have now ratified it". Both are true; the lead's further
        # stage says more. (Only ratification steps add up so; a project's setback in one
        # sentence and progress in another are news to weigh, not to add.)
        named_at = DEFAULT_POLICY.same_sentence_score  # the matter named in the sentence
        named = s.score >= named_at and ladder.kind == "ratification" and not s.setback
        # Of equals, the better-placed sentence quotes it.
        return (s.polarity is Polarity.DONE, named_at if named else s.score, reach(s), s.score)

    return max(signals, key=key)


# An instrument named by its kind, in any of the four languages (on folded text).
_INSTRUMENT = re.compile(
    r"(?<![0-9a-z])(?:treat(?:y|ies)|agreements?|pacts?|deals?|accords?|conventions?|protocols?"
    r"|loans?|tratados?|acuerdos?|convenios?|protocolos?|acordos?|convencao|convencion"
    r"|prestamos?|emprestimos?)(?![0-9a-z])|协定|协议|条约|公约|议定书|贷款"
)


def _party_from_kin(chosen: Signal | None, signals: list[Signal]) -> Signal | None:
    """The chosen report of a ratification step names no party ("the Senate approved the
    agreement between Brazil and Guinea-Bissau"), and another sentence of the entry tells the
    same step done with its party ("Senado aprova acordo ... com a Guiné-Bissau", Brazil's):
    one act, so the party is that one (round 61, read)."""
    if chosen is None or chosen.party is not None or chosen.polarity is not Polarity.DONE:
        return chosen
    parties = {
        s.party
        for s in signals
        if s.stage == chosen.stage and s.party is not None and s.polarity is Polarity.DONE
    }
    return replace(chosen, party=parties.pop()) if len(parties) == 1 else chosen


def _observation(
    matter: Matter, entry: Entry, relevance: Relevance, signal: Signal | None
) -> Observation:
    sentence = signal.sentence if signal else relevance.best
    cue = signal.cue if signal else None
    return Observation(
        question_id=matter.question.id,
        entry_key=entry.key,
        feed_url=entry.feed_url,
        url=entry.url,
        title=entry.title,
        published=entry.published or entry.updated,
        stage=signal.stage if signal else None,
        polarity=signal.polarity if signal else Polarity.NONE,
        quote=sentence.text if sentence else "",
        score=signal.score if signal else relevance.score,
        party=signal.party if signal else None,
        rule=f"{cue.lang}:{matter.question.kind}:{signal.stage}:{cue.text}"
        if signal and cue
        else None,
        language=cue.lang if cue else entry.language,
        source=entry.source,
    )
