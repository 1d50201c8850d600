"""Focus: what a watch item singles out, so that news about a neighbouring matter is told apart.

Two things are read from the question's text and `qualifiers`, using the lexicon's data:

- contrast members: the item speaks of the *first* fab, of *pork*, of an *extradition* treaty.
  A sentence that names another member of the same set (the second fab, chicken, a tax treaty)
  and none of the question's own is about a neighbour; a stage cue whose nearest member is
  another one reports the neighbour's progress, not this question's.
- acts: the item names its target act ("begins mass production"); the stages that act governs
  then need a report that speaks of it (an inauguration is not the start of mass production).

The question builder's own `qualifiers` (the instance's names) and `stage_cues` (words a stage
needs) are compiled here too and apply alongside. This module only reads folded text; it knows
nothing of polarity, events or decisions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from watcher.judge.lexicon import Act, ContrastSet, Lexicon
from watcher.judge.text import compile_terms, fold
from watcher.model import Question


@dataclass(frozen=True)
class Focus:
    """The contrast members a question names (by set) and the acts it names; the question's
    own `qualifiers` and `stage_cues` (from the question builder), compiled."""

    members: Mapping[str, frozenset[str]] = field(default_factory=dict)
    sets: tuple[ContrastSet, ...] = ()
    acts: tuple[Act, ...] = ()
    qualifiers: re.Pattern[str] | None = None
    stage_words: Mapping[str, re.Pattern[str]] = field(default_factory=dict)

    cue_terms: tuple[re.Pattern[str], ...] = ()
    # Pressure is an act: what it is over ("against the opening to Argentine beef") is why,
    # not what, so the members the item names are no topic of its own.
    members_are_terms: bool = True

    def term_patterns(self) -> tuple[re.Pattern[str], ...]:
        """Patterns that count as topic terms: the question's own members (in sets whose
        members do) and, for kinds whose cues are their topic (pressure), every stage cue."""
        return (
            self.cue_terms
            + self.topic_patterns()
            + tuple(
                pattern
                for cset in self.sets
                if cset.as_term and self.members_are_terms
                for member in self.members.get(cset.name, ())
                for pattern in cset.members[member]
            )
        )

    def topic_patterns(self) -> tuple[re.Pattern[str], ...]:
        """What an entry must speak of to bear on the question: the cues of its topic acts."""
        return tuple(p for act in self.acts if act.topic for p in act.cues)

    def reports(self, stage: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """Extra cues of a (lexicon) stage brought by the acts the question names."""
        return tuple(cue for act in self.acts for cue in act.reports.get(stage, ()))


NO_FOCUS = Focus()


def compile_focus(question: Question, lexicon: Lexicon | None) -> Focus:
    """The members and acts named by the question's text and qualifiers."""
    qualifiers = compile_terms(question.qualifiers)
    stage_words = {
        stage: pattern
        for stage, words in question.stage_cues
        if (pattern := compile_terms(words)) is not None
    }
    if lexicon is None:
        return Focus(qualifiers=qualifiers, stage_words=stage_words)
    text = fold(" \n ".join((question.text, *question.qualifiers)))
    members = {
        cset.name: named
        for cset in lexicon.contrasts
        if not cset.kinds or question.kind in cset.kinds
        if (named := frozenset(m for m, _ in mentions(cset, text)))
    }
    sets = tuple(c for c in lexicon.contrasts if c.name in members)
    acts = tuple(a for a in lexicon.acts if question.kind in a.kinds and a.named_in(text))
    cue_terms = lexicon.kind_patterns(question.kind) if _cues_are_topic(question, lexicon) else ()
    return Focus(
        members,
        sets,
        acts,
        qualifiers,
        stage_words,
        cue_terms,
        members_are_terms=question.kind != "pressure",
    )


def mentions(cset: ContrastSet, text: str) -> list[tuple[str, int]]:
    """Every (member, position) of the set named in folded `text`."""
    return [
        (member, m.start())
        for member, patterns in cset.members.items()
        for pattern in patterns
        for m in pattern.finditer(text)
    ]


# Kinds whose matter, once named by its own name, needs no topic word beside a stage cue: a
# report that "Jinhe signed the contract to repair Santa Rufina" or "works began at Baía das
# Gaivotas" names the project itself, in whatever words the item used for the work.
_NAMED_MATTER_KINDS = frozenset({"project", "decision"})


def _cues_are_topic(question: Question, lexicon: Lexicon) -> bool:
    """Pressure's cues are always its topic; a project's or a decision's when the question is
    identified by a name of its own (a firm, a site: then its countries are only `context`)."""
    if question.kind in lexicon.topic_kinds:
        return True
    if question.kind not in _NAMED_MATTER_KINDS or not question.context:
        return False
    # An entity that also answers to a context country ("TaiwanICDF" or "Taiwan") is named by
    # any news of that country: only a name of the project's own may stand for it.
    places = {fold(n) for e in question.context for n in e.names}
    return not any(fold(n) in places for e in question.entities for n in e.names)


def names_neighbour(focus: Focus, text: str) -> bool:
    """True when `text` names another member of a set the question singles out, and not its own."""
    for cset in focus.sets:
        named = {member for member, _ in mentions(cset, text)}
        if named and not named & focus.members[cset.name]:
            return True
    return False


def own_member_named(focus: Focus, text: str) -> bool:
    """True when `text` names one of the question's own contrast members."""
    return any(
        member in focus.members[cset.name]
        for cset in focus.sets
        for member, _ in mentions(cset, text)
    )


def nearest_is_neighbour(focus: Focus, text: str, at: int) -> bool:
    """True when, in some set, the member named closest to position `at` is not the question's."""
    for cset in focus.sets:
        found = mentions(cset, text)
        if found:
            member, _ = min(found, key=lambda mp: abs(mp[1] - at))
            if member not in focus.members[cset.name]:
                return True
    return False


def act_allows(focus: Focus, stage: str, clause: str, sentence: str) -> bool:
    """False when the item names an act governing `stage` and the report does not speak of it,
    or when the question's own `stage_cues` give words for `stage` and the sentence has none.
    A report in the very words of an act the item names speaks of its object itself: "a
    preliminary determination of dumping" is the anti-dumping duty's signal, no duty named."""
    words = focus.stage_words.get(stage)
    if (
        words is not None
        and words.search(sentence) is None
        and not any(p.search(sentence) for _, p in focus.reports(stage))
    ):
        return False
    governing = [a for a in focus.acts if stage in a.stages]
    return not governing or any(
        p.search(sentence if act.scope == "sentence" else clause)
        for act in governing
        for p in act.cues
    )
