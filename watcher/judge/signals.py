"""Stage signals: which stage a relevant sentence speaks of, and whether it reports it done.

For every sentence that bears on a question, the lexicon's cues for the question's kind are
tried in the languages the text is written in; a cue's clause is then read for negation,
hearsay, possibility and plans (the hedges), and the whole entry for signs of commentary.
A cue counts only when it speaks of the question's own focus (`focus.py`): its nearest contrast
member is the question's, and the act the item names is in the cue's clause.
The result is one `Signal` per cue hit. This module does not decide whether a question moves.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from watcher.data import gazetteer_index
from watcher.judge.dates import latest_day_named, names_later_date
from watcher.judge.focus import act_allows, nearest_is_neighbour
from watcher.judge.lexicon import Cue, Hedge, Lexicon, StageCues, stage_of
from watcher.judge.relevance import (
    ONE_SIDED,
    Matter,
    Relevance,
    acting_party,
    destination_elsewhere,
    facility_elsewhere,
    goods_pattern,
    named_as_counterpart,
    origin_elsewhere,
    other_people,
)
from watcher.judge.text import (
    CJK_CHARS,
    PLACE_LEAD,
    PLACE_TITLE,
    Document,
    Sentence,
    compile_terms,
    has_kana,
)
from watcher.model import Polarity

LATIN_LANGUAGES = ("en", "es", "pt")
# Stages whose event *is* a statement of intent: "announced plans to build" reports them done.
ANNOUNCEMENT_STAGES = frozenset({"announced", "signaled", "signal"})
# The generic ladder borrows the decision cues under its own stage names.
BORROWED_KINDS = {
    "generic": (
        "decision",
        {"signaled": "signal", "done": "resolved-yes", "ruled-out": "resolved-no"},
    )
}
_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_LATIN_LETTER = re.compile("[a-z]")
_PRECEDENCE = (Polarity.NEGATED, Polarity.SPECULATIVE, Polarity.INTENT)


@dataclass(frozen=True)
class Signal:
    """One cue hit in one sentence, read for polarity, with the party that acted if any."""

    stage: str
    polarity: Polarity
    cue: Cue
    sentence: Sentence
    score: float
    party: str | None = None
    setback: bool = False


def languages_of(doc: Document, declared: str | None, lexicon: Lexicon) -> tuple[str, ...]:
    """The lexicon language to read an entry in: by script, then declared, then by stopwords.

    One language only: hedges of one language must not be skipped by cues of a neighbour
    (Portuguese cues would read Spanish `podría ratificar` as done).
    """
    text = " ".join(s.folded for s in doc.sentences[:8])
    script = ("ja",) if has_kana(text) else ("zh",) if _mostly_cjk(text) else LATIN_LANGUAGES
    known = [x for x in script if x in lexicon.languages]
    lang = (declared or "").split("-")[0].lower()
    if lang in known or len(known) <= 1:
        return (lang,) if lang in known else tuple(known)
    words = text.split()
    counts = {x: sum(w in lexicon.stopwords.get(x, ()) for w in words) for x in known}
    return (max(known, key=lambda x: counts[x]),)


def _mostly_cjk(text: str) -> bool:
    """A Chinese name in an English story does not make it Chinese: compare the scripts' shares."""
    cjk = len(_CJK_CHAR.findall(text))
    return cjk > 0 and cjk * 3 >= len(_LATIN_LETTER.findall(text))


def is_opinion(doc: Document, lexicon: Lexicon) -> bool:
    return any(p.search(doc.title) for p in lexicon.opinion_titles) or any(
        fragment in doc.url for fragment in lexicon.opinion_urls
    )


def read_signals(
    matter: Matter,
    doc: Document,
    relevance: Relevance,
    lexicon: Lexicon,
    langs: tuple[str, ...],
    awaits: bool | None = None,
    outlet: str | None = None,
    published: date | None = None,
) -> list[Signal]:
    """Every stage signal in the sentences that bear on the matter. `awaits`: whether the lead
    says another chamber must still vote (`lead_awaits`), when the caller knows it already
    (it is the same for every question an entry bears on). `outlet`: the country the entry's
    outlet writes from, if known (`relevance.outlet_country`). `published`: the entry's day,
    against which a date its sentence names is read (`_DATED_STAGES`)."""
    opinion = is_opinion(doc, lexicon)
    signals: list[Signal] = []
    for i, (sentence, score) in enumerate(zip(doc.sentences, relevance.scores, strict=True)):
        if score <= 0:
            continue
        found = [
            sig
            for lang in langs
            for sig in _sentence_signals(
                matter, sentence, score, lexicon, lang, opinion, outlet, published
            )
        ]
        if i in relevance.one_sided:  # it names one side: only what one side does alone counts
            found = [s for s in found if s.stage in ONE_SIDED.get(matter.question.kind, ())]
        signals.extend(_drop_overridden(found))
    if any(s.sentence.place == PLACE_TITLE for s in signals) and (
        awaits if awaits is not None else lead_awaits(doc, lexicon, langs)
    ):
        signals = [
            s if _awaits_another_party(matter, doc, lexicon, langs, s.party) else _awaiting(s)
            for s in signals
        ]
    return signals


def _awaits_another_party(
    matter: Matter, doc: Document, lexicon: Lexicon, langs: tuple[str, ...], party: str | None
) -> bool:
    """The lead's vote still to come is another party's ("completes Saudi ratification ...;
    Ecuador's National Assembly has yet to vote"): the headline's party did act in full."""
    if party is None:
        return False
    others = [p for name, p in matter.parties if name != party]
    own = [p for name, p in matter.parties if name == party]
    for text, found in _awaiting_hedges(doc, lexicon, langs):
        # the part of the sentence that says who is still to vote
        start = max(text.rfind(c, 0, found.start()) for c in ";,") + 1
        clause = text[start : found.end()]
        if any(_acting(p, clause) for p in others) and not any(p.search(clause) for p in own):
            return True
    return False


def _acting(party: re.Pattern[str], clause: str) -> bool:
    """The clause names the party other than as the pact's partner ("passed the agreement with
    Taiwan and sent it to the Senate": Taiwan is not the one still to vote)."""
    return any(not named_as_counterpart(clause[: m.start()]) for m in party.finditer(clause))


# The approvals a headline may report of one chamber when its lead says the other must still vote.
_CHAMBER_STAGES = frozenset({"ratified-partial", "ratified-all"})


def lead_awaits(doc: Document, lexicon: Lexicon, langs: tuple[str, ...]) -> bool:
    """The lead says another chamber must still vote (a hedge that `reaches_title`)."""
    return next(_awaiting_hedges(doc, lexicon, langs), None) is not None


def _awaiting_hedges(
    doc: Document, lexicon: Lexicon, langs: tuple[str, ...]
) -> Iterator[tuple[str, re.Match[str]]]:
    """Each lead sentence's text with a match of a hedge that `reaches_title`."""
    for s in doc.sentences:
        if s.place != PLACE_LEAD:
            continue
        for lang in langs:
            for h in lexicon.hedges.get(lang, ()):
                if h.reaches_title and (found := h.pattern.search(s.folded)) is not None:
                    yield s.folded, found


def _awaiting(signal: Signal) -> Signal:
    """A headline's approval read with a lead that says the other chamber has yet to vote: one
    chamber's step, not the country's ratification."""
    if (
        signal.sentence.place != PLACE_TITLE
        or signal.stage not in _CHAMBER_STAGES
        or signal.polarity is not Polarity.DONE
    ):
        return signal
    return dataclasses.replace(signal, polarity=Polarity.INTENT)


def _sentence_signals(
    matter: Matter,
    sentence: Sentence,
    score: float,
    lexicon: Lexicon,
    lang: str,
    opinion: bool,
    outlet: str | None = None,
    published: date | None = None,
) -> list[Signal]:
    question = matter.question
    kind, names = BORROWED_KINDS.get(question.kind, (question.kind, {}))
    out: list[Signal] = []
    for key, stage_cues in lexicon.stage_groups(lang, kind):
        raw_stage = stage_of(key)
        if key == "concrete~home" and _state_measures_asked(question.text):
            # the group's own blockades and strikes are its campaign, when what the item asks
            # of the pressure is the state's measure ("pushes Quito into applying duties")
            raw_stage = "rhetorical"
        stage = names.get(raw_stage, raw_stage)
        # An act's report cues join the stage's main group only (with its vetoes), not its
        # variant groups ("done~bond" vetoes other things).
        extra = tuple(
            Cue(lang, kind, raw_stage, text, pattern)
            for text, pattern in matter.focus.reports(raw_stage)
            if key == raw_stage
        )
        cues = dataclasses.replace(stage_cues, cues=stage_cues.cues + extra)
        hits = _hits(matter, stage, cues, sentence.folded, lexicon, lang)
        if (hit := next(hits, None)) is None:
            continue
        polarity, asked = read_polarity(lexicon, lang, sentence.folded, hit[1])
        cue, match = hit
        resolved, party = _resolve_stage(matter, stage, sentence, match, lang, outlet)
        if polarity is not Polarity.DONE and lang != "zh":
            # A plain telling before it in the sentence is what it reports; the first was only
            # a name or an aside: "El Senado aprobó el proyecto de ley que aprueba el acuerdo".
            # Not a cue over the same words ("sources say ... plans to grant" holds its hedge),
            # nor one after it (a plan's "will lay the stone, starting works" is all plan), nor
            # one the sentence then takes back ("the House approved the treaty, but it cannot
            # be ratified until the Senate votes"), nor one that would say more. Not in
            # Chinese, whose commas part a plan from its own verbs ("将于九月举行奠基仪式，正式
            # 开工建设") and whose "仍须…批准" speaks for the whole sentence.
            for other_cue, other in hits:
                if other.end() > match.start():
                    continue
                if _contrast_between(lang, sentence.folded, other.end(), match.start()):
                    continue
                read = read_polarity(lexicon, lang, sentence.folded, other)
                if read[0] is not Polarity.DONE:
                    continue
                if _resolve_stage(matter, stage, sentence, other, lang, outlet) == (
                    resolved,
                    party,
                ):
                    cue, match, (polarity, asked) = other_cue, other, read
                    break
        stage = resolved
        if stage not in question.ladder.all_stages:
            continue
        if stage == "ratified-partial" and party and _first_chamber_only(party, sentence.folded):
            polarity = Polarity.INTENT  # one chamber of two: the second still has to vote
        polarity = polarity if asked else _adjust(polarity, stage, opinion)
        setback = stage in question.ladder.setbacks
        if polarity is Polarity.DONE and not setback and published is not None:
            polarity = _dated_later(
                stage, lexicon, lang, sentence.folded, match, published, question.since
            )
        out.append(Signal(stage, polarity, cue, sentence, score, party, setback))
    return out


# A pressure item whose concrete stage is the state's measure, not the pressing group's acts:
# "growers' campaign ... pushes Quito into applying duties or other curbs", "... turns into
# actual import curbs by Angola's Ministry of Industry" (rounds 84 and 85, read).
_STATE_MEASURES = re.compile(
    r"\b(?:push|pushes|press|presses|force|forces|drive|drives|lead|leads|get|gets)\s+"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:into|to)\s+(?:apply|applying|impose|imposing|adopt|adopting"
    r"|introduce|introducing|set|setting)\b"
    r"|\binto\s+(?:actual\s+|formal\s+|concrete\s+)?(?:import\s+)?(?:curbs|duties|tariffs"
    r"|quotas|restrictions|measures)\s+(?:by|from)\s+(?:[A-Z]|the\s+[A-Z])"
)


@cache
def _state_measures_asked(item_text: str) -> bool:
    return _STATE_MEASURES.search(item_text) is not None


# The second chamber, or a vote told as completing the approval (folded text).
_SECOND_CHAMBER = re.compile(
    r"(?<![0-9a-z])(?:senate|senado|senat|senators|senadores|upper house|both (?:chambers|houses)"
    r"|ambas (?:as )?(?:casas|camaras)|concluding|completing|concluindo|concluyendo|completando"
    # (a one-chamber assembly's last debate, told beside an earlier one: "en tercer debate, tras
    # el segundo debate de octubre")
    r"|tercer debate|third debate"
    r")(?![0-9a-z])|参议院|參議院|上院|上议院|两院|兩院|至此"
)


@cache
def _first_chamber_pattern(party: str) -> re.Pattern[str] | None:
    entry = gazetteer_index().get(party)
    return compile_terms(list(entry.first_chamber)) if entry and entry.first_chamber else None


def _first_chamber_only(party: str, text: str) -> bool:
    """The sentence tells the party's first chamber's vote, and not the second's: "科特迪瓦国民
    议会…通过授权总统批准…条约的法案" is a step when the Sénat must follow (round 80, read)."""
    pattern = _first_chamber_pattern(party)
    return bool(pattern and pattern.search(text) and not _SECOND_CHAMBER.search(text))


# Steps a report dates ahead when they are still to come: "the first container may leave in
# June", "the foundation stone will be laid on 29 September", "自贸协定2月1日生效" told in
# January. (A treaty's vote is often told beside the later day it takes effect, and a volume
# beside the month it covers: not these.)
_DATED_STAGES = frozenset(
    {"first-shipment", "preparing", "construction", "operational", "in-force"}
)
_PUBLISHED = re.compile(
    r"publicad|publico|published|gazette|gaceta|diario oficial|boletin oficial|公报|刊登|刊载"
)


def _dated_later(
    stage: str,
    lexicon: Lexicon,
    lang: str,
    text: str,
    match: re.Match[str],
    published: date,
    since: date | None = None,
) -> Polarity:
    """INTENT when the cue's clause names a day after the entry's own; NONE when it dates the
    step on or before `since`, the briefing's day (the first agreement "于2021年1月1日正式生效",
    recalled in a piece on its upgrade: the state the briefing starts from, not news); else DONE.

    A Chinese clause that names the thing and says nothing done of it hands its subject on to
    the next: "首批番木瓜正在进行检疫处理，预计7月上旬运抵广州" dates the first shipment in
    July. So there the rest of the sentence counts too, unless the cue's clause tells an act of
    its own (a verb of shipping or of works, a day, 已, 了: "首批…27日装船启航，预计9月初抵达"
    sailed) or the rest speaks of another batch."""
    if stage not in _DATED_STAGES:
        return Polarity.DONE
    # (a decree published that fixes the day is the entry into force's own act: done, as the
    # gazette cues read it)
    if stage == "in-force" and _PUBLISHED.search(text):
        return Polarity.DONE
    begin, finish = clause_bounds(lexicon, lang, text, match.start(), match.end())
    own = text[begin:finish]
    if since is not None and (day := latest_day_named(own, published)) and day <= since:
        return Polarity.NONE
    if lang == "zh" and not _ZH_ACT.search(own) and not _ZH_OTHER_BATCH.search(text[finish:]):
        finish = len(text)
    return Polarity.INTENT if names_later_date(text[begin:finish], published) else Polarity.DONE


# What makes a Chinese clause tell an act of its own: done markers, a day or a month, a verb of
# shipping, of arrival or of works.
_ZH_ACT = re.compile(
    r"已|了|日前|此前|\d+\s*[日月号]|[一二三四五六七八九十]+[日月]"
    # (not a verb before 前: "出口前检疫处理" is a step before the export)
    r"|(?:运抵|抵达|出口|出货|装船|装运|启运|起运|发运|发货|到港|启航|运往|输往|通关|上架"
    r"|动工|动土|开工|奠基|举行|启用|投产|运营|完工|竣工|施工|展开|开始)(?!之?前)"
)
_ZH_OTHER_BATCH = re.compile(r"第[二三四五六七八九十\d]+批|下一批|后续|另一批|其余")


# Words that set a clause against the one before it, in folded text.
_CONTRASTS = {
    "en": re.compile(r"(?<![a-z])(?:but|however|although|though|yet|whereas)(?![a-z])"),
    "es": re.compile(r"(?<![a-z])(?:pero|sin embargo|aunque|no obstante)(?![a-z])"),
    "pt": re.compile(r"(?<![a-z])(?:mas|porem|contudo|embora|no entanto|todavia)(?![a-z])"),
}


def _contrast_between(lang: str, text: str, start: int, end: int) -> bool:
    """A word of contrast between text[start:end] (empty when `end` comes first)."""
    contrast = _CONTRASTS.get(lang)
    return contrast is not None and start < end and contrast.search(text, start, end) is not None


def _hits(
    matter: Matter, stage: str, stage_cues: StageCues, text: str, lexicon: Lexicon, lang: str
) -> Iterator[tuple[Cue, re.Match[str]]]:
    """The cue occurrences not vetoed by a blocker, with what their group needs in the
    sentence, and speaking of the question's focus; in cue order, then text order."""
    if stage_cues.needs and not any(n.search(text) for n in stage_cues.needs):
        return
    for cue in stage_cues.cues:
        for match in cue.pattern.finditer(text):
            clause = clause_bounds(lexicon, lang, text, match.start(), match.end())
            whole = stage_cues.blocker_scope == "sentence"
            window = text if whole else text[clause[0] : clause[1]]
            if any(b.search(window) for b in stage_cues.blockers):
                continue
            if _in_focus(matter, stage, text, clause, match.start()):
                yield cue, match


def _in_focus(matter: Matter, stage: str, text: str, clause: tuple[int, int], at: int) -> bool:
    """The cue speaks of this question's own thing (not the neighbour's) and of its act."""
    if nearest_is_neighbour(matter.focus, text, at):
        return False
    if _named_only_as_still_open(matter, text, at):
        return False
    if matter.question.kind == "decision" and (
        _counterpart_decides(matter, text, at)
        or other_people(matter, text)
        or _goods_past_contrast(matter, text, at)
    ):
        return False
    if matter.question.kind == "project" and facility_elsewhere(matter, text, at, clause[1]):
        return False
    if matter.question.kind == "market" and (
        origin_elsewhere(matter, text[clause[0] : clause[1]])
        or destination_elsewhere(matter, text[clause[0] : clause[1]])
    ):
        return False
    return act_allows(matter.focus, stage, text[clause[0] : clause[1]], text)


_WORD = re.compile(r"\S+")

# A clause that says its matter is still to come (folded text).
_STILL_OPEN = re.compile(
    r"(?<!\w)(?:still (?:not|no|has no|have no|without|awaits|awaiting)|not yet|yet to"
    r"|aun no|todavia no|sigue sin|siguen sin|ainda nao|ainda sem|segue sem|seguem sem)(?!\w)"
    r"|仍未|尚未|还未|仍然没有|还没有|仍待|尚待"
)


def _named_only_as_still_open(matter: Matter, text: str, at: int) -> bool:
    """The cue comes before a "but" after which alone the matter is named, as still to come:
    in "…鸿澜钾业农波项目已开工建设，条约也已获两国立法机构批准，但云岭商业银行万象分行的正式牌照
    仍未落地", the approval is the treaty's, not the bank's licence (round 81, read)."""
    contrast = next((c for c in _CONTRAST.finditer(text) if c.start() > at), None)
    if contrast is None or not _STILL_OPEN.search(text, contrast.end()):
        return False
    return all(
        all(m.start() > contrast.start() for m in p.finditer(text))
        for p in matter.entities
        if p.search(text)
    ) and any(p.search(text) for p in matter.entities)


# A contrast between two clauses of one sentence, in folded text.
_CONTRAST = re.compile(
    r"(?<!\w)(?:but|however|yet|mas|pero|porem|contudo|no entanto|sin embargo)(?!\w)"
    r"|但是|但|不过|然而"
)


def _goods_past_contrast(matter: Matter, text: str, at: int) -> bool:
    """The decision's goods are named only across a contrast from the cue: "Gecex zera tarifa
    de 12 insumos industriais, mas óleo de palma fica para depois" decides on other goods
    (round 71, read). A sentence that does not name the goods is left to relevance."""
    goods = goods_pattern(matter.question.text)
    if goods is None:
        return False
    spots = [m.start() for m in goods.finditer(text)]
    return bool(spots) and all(
        _CONTRAST.search(text[min(at, spot) : max(at, spot)]) for spot in spots
    )


def _counterpart_decides(matter: Matter, text: str, at: int) -> bool:
    """ "The bank approves Colombia's membership bid": the thing decided on acts, on the
    decider's request. That is the counterpart's step, not the decider's decision: the nearest
    actor named before the cue is the matter, not the decider, and the decider is named right
    after the cue (within two words), as the object of an active clause."""
    if not matter.context:
        return False
    after = " ".join(_WORD.findall(text[at:])[1:3])
    if not any(p.search(after) for p in matter.context):
        return False
    head = text[:at]
    last_matter = max((m.end() for p in matter.entities for m in p.finditer(head)), default=-1)
    last_decider = max((m.end() for p in matter.context for m in p.finditer(head)), default=-1)
    return last_matter > last_decider


def _resolve_stage(
    matter: Matter,
    stage: str,
    sentence: Sentence,
    match: re.Match[str],
    lang: str,
    outlet: str | None = None,
) -> tuple[str, str | None]:
    """`ratified` becomes ratified-partial or ratified-all, by the parties that acted; where
    no party is named as the actor, the one whose own press writes in `lang` acted."""
    if stage != "ratified":
        return stage, None
    if len(matter.parties) < 2:
        return "ratified-all", None
    if _BOTH_PARTIES.search(sentence.folded):
        return "ratified-all", None  # "both sides have completed their domestic procedures"
    # (an exchange of instruments is read by its own rules: the stage it dates, not who acted)
    if not _EXCHANGE.search(match.group()) and _joint_subject(
        matter, sentence.folded, match.start()
    ):
        return "ratified-all", None  # "Colombia y Corea del Sur concluyeron los trámites"
    return "ratified-partial", acting_party(matter, sentence.folded, match.start(), lang, outlet)


def _joint_subject(matter: Matter, text: str, at: int) -> bool:
    """Both parties named together as the subject of the cue: "Colombia and Korea complete
    ratification", "Colombia y Corea del Sur concluyeron los trámites internos" (folded). The
    pair ends the text before the cue (a word or two between), and is joined by "and"."""
    head = text[max(0, at - 80) : at]
    ends = []
    for _, pattern in matter.parties[:2]:
        found = list(pattern.finditer(head))
        if not found:
            return False
        ends.append(found[-1])
    first, second = sorted(ends, key=lambda m: m.start())
    between = head[first.end() : second.start()]
    tail = head[second.end() :]
    # (not the pact's two sides: "el protocolo con Vietnam y Chile completa", "between china
    # and fiji 投资协定…斐方已完成"; nothing but a word or two, no clause break, before the cue)
    return (
        bool(_JOINED.fullmatch(between))
        and not _sides_before(head[: first.start()])
        and len(tail) <= 24
        and len(_WORD.findall(tail)) <= 2
        and not _CLAUSE_BREAK.search(tail)
    )


_EXCHANGE = re.compile(r"exchang|canje|intercambi|troca|trocar|permut|互换|交换|换文")
_JOINED = re.compile(r"\s*(?:and|y|e|&|和|与|及)\s*")
# "the pact of Vietnam and Chile": the pair owns what follows (the pact's other words for its
# sides, "with", "between", 与, are `named_as_counterpart`'s).
_OF_BEFORE = re.compile(r"(?<![0-9a-z])(?:de|del|da|do|of)\s*$")


def _sides_before(head: str) -> bool:
    """The words before a pair of parties make them the pact's two sides, not its subject
    (the pair marker leaves spaces after 与 or "between": they are read through)."""
    bare = head.rstrip()
    return bool(
        _OF_BEFORE.search(bare) or named_as_counterpart(bare) or named_as_counterpart(f"{bare} ")
    )


_CLAUSE_BREAK = re.compile(r"[,;:，；：。]")


# Both states, not both chambers of one ("ambas cámaras" is one party's legislature).
_BOTH_PARTIES = re.compile(
    r"(?<![0-9a-z])(?:both (?:countries|sides|parties|governments|nations|states)"
    r"|ambas partes|ambos (?:paises|gobiernos|estados)|as duas partes|ambas as partes"
    r"|ambos os (?:paises|governos)"
    # round 51-53 (read): where or by whom, not between whom ("concluindo a aprovação nos
    # parlamentos dos dois países"; "o comércio entre os dois países" says nothing of votes)
    r"|(?:nos|pelos|em) (?:parlamentos (?:dos|de ambos os) )?(?:dois|ambos os)"
    r" (?:paises|parlamentos)"
    r"|(?:en|por) (?:los )?(?:parlamentos de )?(?:los dos|ambos) (?:paises|parlamentos)"
    r"|(?:in|by) (?:the parliaments of )?(?:the two|both) (?:countries|parliaments))(?![0-9a-z])"
    # (not a treaty's title: "纳中两国政府关于相互促进和保护投资的协定" names its two sides;
    # round 63, read)
    r"|双方(?!政府关于|政府间|关于)|两国(?!政府关于|政府间|之间|间的|关于)|各自"
)


def _adjust(polarity: Polarity, stage: str, opinion: bool) -> Polarity:
    # A column is no report: a plan it discusses ("the government's plan to abolish the duty
    # would ...") is not the announcement itself (round 70, read).
    announced = polarity is Polarity.INTENT and stage in ANNOUNCEMENT_STAGES
    if opinion and (polarity is Polarity.DONE or announced):
        return Polarity.SPECULATIVE
    if announced:
        return Polarity.DONE
    return polarity


def _drop_overridden(found: list[Signal]) -> list[Signal]:
    """In one sentence a setback reported done outweighs forward cues ("construction delayed"),
    except a resumption: "work restarted after the court lifted the suspension" reports the end
    of the setback, whose own words are then only its history."""
    if any(_resumes(s) for s in found):
        return [s for s in found if not s.setback]
    if any(s.setback and s.polarity is Polarity.DONE for s in found):
        return [s for s in found if s.setback]
    return found


# Cues that report work taking up again, in the lexicons' languages (matched on the cue text).
_RESUMPTION = re.compile(
    r"resum|restart|retom|reanud|reinici|volt(?:ou|aram|a|am) a|volv(?:io|ieron|e|en) a"
    r"|复工|恢复|重新动工|重启"
)


def _resumes(signal: Signal) -> bool:
    return (
        not signal.setback
        and signal.polarity is Polarity.DONE
        and bool(_RESUMPTION.search(signal.cue.text))
    )


_SHORT_ASIDE = re.compile(r"[(（][^()（）,;，；]{1,12}[)）]")


def clause_bounds(lexicon: Lexicon, lang: str, text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the last break before it to the next after."""
    begin, finish = 0, len(text)
    breaks = lexicon.clause_breaks.get(lang)
    # A short aside in brackets, an acronym or a day ("a Comissão de Relações Exteriores (CRE)
    # do Senado aprovou nesta quarta-feira (14) o acordo"), leaves the clause whole (round 71).
    plain = _SHORT_ASIDE.sub(lambda m: " " * len(m.group()), text)
    for m in breaks.finditer(plain) if breaks else ():
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start()
            break
    return begin, finish


def read_polarity(
    lexicon: Lexicon, lang: str, text: str, match: re.Match[str]
) -> tuple[Polarity, bool]:
    """Done unless a hedge of the cue's language sits in reach; negation wins, then hearsay.
    Also whether the intent found is someone's request (an `asks` hedge).

    Words a cue's gap skipped over (`parliament ... passed`) count as sitting before the verb.
    """
    start, end = match.span()
    begin, finish = clause_bounds(lexicon, lang, text, start, end)
    # A clause opened by the cue's own gerund hangs on the clause before it, whose verb tells
    # whether it happened: "plan to exchange instruments in February, bringing it into force"
    # (round 74, read) is a plan, as "exchanged instruments, bringing it into force" is done.
    if begin > 0 and not text[begin:start].strip() and _GERUND.match(text, start):
        begin = clause_bounds(lexicon, lang, text, begin - 1, begin - 1)[0]
    gaps = [match.span(i) for i, g in enumerate(match.groups(), 1) if g]
    found = [
        h
        for h in lexicon.hedges.get(lang, ())
        if any(
            _hedge_in(h, text, lo, hi)
            for lo, hi in _regions(h, len(text), (start, end, begin, finish), gaps)
        )
    ]
    polarities = {h.polarity for h in found}
    polarity = next((p for p in _PRECEDENCE if p.value in polarities), Polarity.DONE)
    return polarity, polarity is Polarity.INTENT and any(h.asks for h in found)


# An English gerund, or a Spanish or Portuguese one ("poniéndolo", "trazendo"), in folded text.
_GERUND = re.compile(r"[a-z]+(?:ing|ndo|ndolo|ndola)(?![a-z])")


def _hedge_in(h: Hedge, text: str, lo: int, hi: int) -> bool:
    """A hedge inside text[lo:hi]: tried on the region alone, except a hedge that reads the
    word after it (`unless_next`), which is tried on the text and must end inside the region."""
    if h.looks_ahead:
        return any(m.end() <= hi for m in h.pattern.finditer(text, lo))
    return h.pattern.search(text[lo:hi]) is not None


def _regions(
    h: Hedge, length: int, bounds: tuple[int, int, int, int], gaps: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    start, end, begin, finish = bounds
    lo, hi = (0, length) if h.scope == "sentence" else (begin, finish)
    # An anchored hedge (`to $`) means "right before the verb": a gap is not that place.
    before = [(lo, start), *([] if "$" in h.text else gaps)]
    after = [(end, hi)]
    return {"before": before, "after": after}.get(h.side, before + after)
