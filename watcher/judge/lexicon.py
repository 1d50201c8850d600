"""Stage cue lexicons: load `lexicons/<lang>.yaml` and compile its regex-light patterns once.

A lexicon is data. This module only reads and compiles it; deciding what a match means is
`signals.py`'s job. Pattern syntax (documented at the top of each YAML file as well):

- words are matched on folded text (case, accents, width, traditional Chinese folded);
  Latin edges must be whole words, CJK text matches as a substring;
- `*` after letters: any word ending (`ratif*` matches ratified, ratifies, ratification);
- ` ... ` between words: up to six words in between (a number such as 1.1 is one word, and a
  vote tally or an aside of up to four words set off by commas, ", con 69 votos,", ", por
  tempo indeterminado,", is skipped); ` .... `: up to twelve, for a long name ("the Kenya–
  Brazil cooperation and investment facilitation agreement"), its articles and prepositions
  not counted ("de la", "do", "of the"); `...` inside CJK: up to ten
  characters (a name marked with its Latin form, a title in 《》 or a decimal number counts as
  one);
- `#`: a number (`#` tonnes matches `1,200 tonnes`);
- `(a|b)`, `?` (after a group or a character), `^` and `$` keep their regex meaning;
  ` ?` is an optional space; a backslash makes the next character literal (`\\|`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from watcher.judge.text import BOUNDARY, fold, has_cjk

LEXICON_DIR = Path(__file__).parent / "lexicons"
DEFAULT_LANGUAGES = ("en", "es", "pt", "zh", "ja")
# Gaps capture (and nothing else does) so a hedge hiding inside a gap can be found.
# A word in a gap may hold a decimal point or a thousands comma ("a $1.1 billion loan"), and a
# gap may hold a vote count set off by commas ("aprobaron anoche, con 69 votos, el préstamo";
# "approved, by 71 votes to 12, the treaty"): a legislature's vote told with its tally.
_GAP_WORD = r"(?:[^\s,;:.!?]|(?<=\d)[.,](?=\d))+"
_TALLY = r",\s*(?:con|com|by|with|por)\s+[0-9][0-9.,]*\s+(?:votos|votes)(?:\s+[^\s,;:.!?]+){0,8}?,"
# An aside of up to four words set off by commas ("suspendeu ontem, por tempo indeterminado,
# a importação") is one step of a gap, as a tally is.
_ASIDE = r",\s*(?:[^\s,;:.!?]+\s+){0,3}[^\s,;:.!?]+\s*,"
_WORD_GAP = rf"\s*((?:\s{_GAP_WORD}|{_TALLY}|{_ASIDE}){{0,6}}?)\s+"
# A long gap (" .... ") for what a long name may fill: "submitted the Kenya–Brazil cooperation
# and investment facilitation agreement to the National Assembly". Its articles and
# prepositions are no steps: Spanish and Portuguese spell a name with them ("las obras de la
# planta de molienda de soja de Chao Phraya Agri en Villeta se reanudaron", round 69, read). A
# step may not be one of them, so each word is read one way only (no backtracking between).
_FUNCTION = (
    r"(?:de|del|la|las|los|el|da|das|do|dos|of|the|a|o|os|as|en|em|no|na|nos|nas|in|at|on"
    r"|al|ao|aos|um|uma|un|una|an|to)"
)
_FREE = rf"(?:\s{_FUNCTION}(?=\s))*"
_STEP = rf"(?:\s(?!{_FUNCTION}\s){_GAP_WORD}|{_TALLY}|{_ASIDE})"
_LONG_GAP = rf"\s*({_FREE}(?:{_STEP}{_FREE}){{0,12}}?)\s+"
# In Chinese, a name the judge marked with its Latin form ("华通 huatong 铁路", "南海 nanhai
# harbour engineering co 港湾工程") is one step; so is a title in book-title marks, a treaty's
# full name of thirty characters and more ("完成《中华人民共和国政府和加纳共和国政府…协定》生效
# 所需的国内核准程序", round 67, read), and a number with its decimal point ("2.2亿美元").
_CJK_GAP = (
    r"((?: [0-9a-z]+(?: [0-9a-z]+)* |《[^》]{1,80}》|[0-9]+(?:[.,][0-9]+)+"
    r"|[^,;:.!?。，；：！？]){0,10}?)"
)
# A day the Spanish and Portuguese press put right after the verb ("aprobó ayer el tratado",
# "assinou ontem o contrato", "firmó este lunes el decreto"), or an adverb anywhere ("suspende
# temporariamente a entrada", "parliament formally approved"): a space in a cue lets one in.
_INSERTED_WORDS = (
    # (also the week: "os trabalhadores regressaram esta semana ao estaleiro", round 69, read)
    r"(?:hoy|ayer|anoche|anteayer|hoje|ontem|anteontem|[a-z]{3,}(?:ly|mente)"
    r"|(?:esta|nesta|this|last) week|(?:esta|nesta|la|na) semana(?: pasada| passada)?"
    r"|(?:este|el|esta|nesta|neste|na|no) (?:lunes|martes|miercoles|jueves|viernes|sabado"
    r"|domingo|segunda|terca|quarta|quinta|sexta)(?:[- ]feira)?)"
)
# Quote marks around a space are no words ("tiene «la intención firme» de", "a \"firm\" order").
_QUOTE_MARK = r"[\"«»‹›]?"
_SPACE = rf"{_QUOTE_MARK}\s+{_QUOTE_MARK}(?:{_INSERTED_WORDS}\s+{_QUOTE_MARK})?"
# Latin edges must be whole words; a CJK edge may touch anything.
_START = f"(?:(?={BOUNDARY})(?<!{BOUNDARY})|(?!{BOUNDARY}))"
_END = f"(?:(?<={BOUNDARY})(?!{BOUNDARY})|(?<!{BOUNDARY}))"
_TOKENS = re.compile(r"(\\.|\x01|\x02|\x03|\x04|\*|#|[()|?^$]| )")
_OPERATORS = {
    "\x01": _WORD_GAP,
    "\x04": _LONG_GAP,
    "\x02": _CJK_GAP,
    "\x03": r"\s*",
    "*": f"{BOUNDARY}*",
    "#": r"[0-9][0-9.,]*",
    "(": "(?:",
    ")": ")",
    "|": "|",
    "?": "?",
    "^": "^",
    "$": "$",
    " ": r"\s+",
}


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Compile one regex-light pattern (see the module docstring) over folded text."""
    folded = fold(pattern).replace(" .... ", "\x04").replace(" ... ", "\x01")
    folded = folded.replace("...", "\x02").replace(" ?", "\x03")
    parts = _fold_optional_spaces([_token_regex(tok) for tok in _TOKENS.split(folded) if tok])
    parts = [_SPACE if part == r"\s+" else part for part in parts]
    return re.compile(f"{_START}(?:{''.join(parts)}){_END}")


def _fold_optional_spaces(parts: list[str]) -> list[str]:
    """`a (b|c)?` must also match a bare `a`: move the space into the optional group."""
    out: list[str] = []
    i = 0
    while i < len(parts):
        j = _group_end(parts, i + 1) if parts[i] == r"\s+" else None
        optional = j is not None and j + 1 < len(parts) and parts[j + 1] == "?"
        if j is not None and optional and parts[j - 1] != r"\s+":
            out += ["(?:", r"\s+", *parts[i + 1 : j + 1], ")", "?"]
            i = j + 2
            continue
        out.append(parts[i])
        i += 1
    return out


def _group_end(parts: list[str], i: int) -> int | None:
    if i >= len(parts) or parts[i] != "(?:":
        return None
    depth = 0
    for j in range(i, len(parts)):
        depth += parts[j] == "(?:"
        depth -= parts[j] == ")"
        if depth == 0:
            return j
    return None


def _token_regex(token: str) -> str:
    if token.startswith("\\") and len(token) == 2:
        return re.escape(token[1])
    return _OPERATORS.get(token, re.escape(token))


@dataclass(frozen=True)
class Cue:
    """One phrase that signals a stage of a question kind in one language."""

    lang: str
    kind: str
    stage: str
    text: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Hedge:
    """A modality, negation, hearsay or scheduling marker near a cue.

    `side` is where it must sit relative to the cue (`before`, `after`, `either`); `scope` is
    `clause` (between commas and conjunctions) or `sentence` (hearsay reaches further).
    """

    lang: str
    polarity: str
    text: str
    pattern: re.Pattern[str]
    side: str = "before"
    scope: str = "clause"
    # The hedge reads the words after it (`unless_next`): try it on the text, not a slice.
    looks_ahead: bool = False
    # Said in the lead, it also qualifies the headline's report of the same vote (`reaches_title`):
    # "Senate approves the treaty" over "..., which now goes to the lower house".
    reaches_title: bool = False
    # Someone asks for it (`asks`): intent even where the stage is itself a statement of
    # intent ("signaled", "announced"), since the asker is not the one who acts.
    asks: bool = False


@dataclass(frozen=True)
class StageCues:
    """The cues of one stage and the blockers that veto them in the same clause (or, with
    `blocker_scope` `sentence`, anywhere in the sentence). With `needs`, a cue counts only
    when one of them also matches somewhere in its sentence ("published in the gazette" reports
    entry into force only in a sentence that speaks of entry into force)."""

    cues: tuple[Cue, ...]
    blockers: tuple[re.Pattern[str], ...] = ()
    blocker_scope: str = "clause"
    needs: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class ContrastSet:
    """Mutually exclusive things a watch item may single out (first vs second plant, pork vs
    chicken). `members` maps a member to its patterns in every language; `as_term` says a
    member the question names also counts as one of its topic terms."""

    name: str
    members: Mapping[str, tuple[re.Pattern[str], ...]]
    as_term: bool = False
    # the question kinds it applies to; empty: all
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Act:
    """A target act a watch item may name ("begins mass production"). When the item names it
    (`named`, tried on the item's text), a report of one of `stages` must also speak of the
    act (`cues`, tried on the cue's clause or, with scope `sentence`, the whole sentence).
    `reports` adds stage cues (by the lexicon's stage name) for questions that name the act:
    "creates a post" makes "decree creates the post" a report of `done`. A `topic` act is what
    its question is about: an entry bears on the question only if it speaks of the act."""

    name: str
    kinds: tuple[str, ...]
    stages: tuple[str, ...]
    named: tuple[re.Pattern[str], ...]
    cues: tuple[re.Pattern[str], ...]
    scope: str = "clause"
    reports: Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]] = field(default_factory=dict)
    topic: bool = False
    # wordings that look like naming the act and do not (`not_named`): "join the list of
    # countries allowed to send workers" is no membership
    not_named: tuple[re.Pattern[str], ...] = ()

    def named_in(self, folded_item: str) -> bool:
        """Whether a (folded) watch item names this act."""
        return any(p.search(folded_item) for p in self.named) and not any(
            p.search(folded_item) for p in self.not_named
        )


@dataclass(frozen=True)
class Lexicon:
    """Every loaded language: stage cues by (lang, kind, stage), hedges and opinion markers;
    contrast sets and acts are merged across languages (a report and its question may differ)."""

    languages: tuple[str, ...]
    stages: Mapping[tuple[str, str, str], StageCues] = field(default_factory=dict)
    hedges: Mapping[str, tuple[Hedge, ...]] = field(default_factory=dict)
    clause_breaks: Mapping[str, re.Pattern[str]] = field(default_factory=dict)
    stopwords: Mapping[str, frozenset[str]] = field(default_factory=dict)
    opinion_titles: tuple[re.Pattern[str], ...] = ()
    opinion_urls: tuple[str, ...] = ()
    contrasts: tuple[ContrastSet, ...] = ()
    acts: tuple[Act, ...] = ()
    topic_kinds: frozenset[str] = frozenset()

    def kind_patterns(self, kind: str) -> tuple[re.Pattern[str], ...]:
        """Every cue pattern of a question kind, in every language."""
        return tuple(
            cue.pattern for (_, k, _), sc in self.stages.items() if k == kind for cue in sc.cues
        )

    def stage_groups(self, lang: str, kind: str) -> list[tuple[str, StageCues]]:
        """The cue groups of a kind in one language, by their own key: "in-force~gazette" is a
        second group of `in-force` (`stage_of` gives the stage): a stage may have groups with
        different blockers or needs."""
        return [(s, c) for (lg, k, s), c in self.stages.items() if lg == lang and k == kind]


def stage_of(key: str) -> str:
    """The stage id of a cue group key: the part before any `~variant`."""
    return key.split("~", 1)[0]


def load_lexicon(
    languages: Iterable[str] = DEFAULT_LANGUAGES, directory: Path | None = None
) -> Lexicon:
    """Read and compile the lexicons of `languages` (files missing from `directory` are skipped)."""
    return _load(tuple(languages), directory or LEXICON_DIR)


@lru_cache(maxsize=8)
def _load(languages: tuple[str, ...], directory: Path) -> Lexicon:
    yaml = YAML(typ="safe")
    docs = {
        lang: yaml.load((directory / f"{lang}.yaml").read_text(encoding="utf-8"))
        for lang in languages
        if (directory / f"{lang}.yaml").exists()
    }
    stages: dict[tuple[str, str, str], StageCues] = {}
    for lang, doc in docs.items():
        stages.update(_stage_cues(lang, doc.get("kinds") or {}))
    return Lexicon(
        languages=tuple(docs),
        stages=stages,
        hedges={lang: _hedges(lang, doc.get("hedges") or []) for lang, doc in docs.items()},
        clause_breaks={lang: _clause_breaks(doc) for lang, doc in docs.items()},
        stopwords={
            lang: frozenset(fold(str(w)) for w in doc.get("stopwords") or [])
            for lang, doc in docs.items()
        },
        opinion_titles=tuple(
            compile_pattern(p) for doc in docs.values() for p in doc.get("opinion_titles") or []
        ),
        opinion_urls=tuple(u for doc in docs.values() for u in doc.get("opinion_urls") or []),
        contrasts=_contrasts(list(docs.values())),
        acts=_acts(list(docs.values())),
        topic_kinds=frozenset(
            str(k) for doc in docs.values() for k in doc.get("topic_kinds") or []
        ),
    )


def _contrasts(docs: list[Mapping[str, Any]]) -> tuple[ContrastSet, ...]:
    """Contrast sets of every language merged by set and member name."""
    patterns: dict[str, dict[str, list[re.Pattern[str]]]] = {}
    as_term: dict[str, bool] = {}
    kinds: dict[str, tuple[str, ...]] = {}
    for doc in docs:
        for name, spec in (doc.get("contrasts") or {}).items():
            as_term[name] = as_term.get(name, False) or bool(spec.get("as_term"))
            kinds[name] = (*kinds.get(name, ()), *(str(k) for k in spec.get("kinds") or ()))
            members = patterns.setdefault(name, {})
            for member, texts in (spec.get("members") or {}).items():
                members.setdefault(str(member), []).extend(compile_pattern(str(t)) for t in texts)
    return tuple(
        ContrastSet(name, {m: tuple(ps) for m, ps in members.items()}, as_term[name], kinds[name])
        for name, members in patterns.items()
    )


def _acts(docs: list[Mapping[str, Any]]) -> tuple[Act, ...]:
    """Acts of every language merged by name: any language's wording names or reports them."""
    merged: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for spec in doc.get("acts") or []:
            act = merged.setdefault(
                str(spec["name"]),
                {"kinds": tuple(spec["kinds"]), "stages": tuple(spec["stages"]), "named": [],
                 "not_named": [], "cues": [], "scope": str(spec.get("scope", "clause")),
                 "reports": {}, "topic": bool(spec.get("topic"))},
            )  # fmt: skip
            act["named"] += [compile_pattern(str(t)) for t in spec.get("named") or []]
            act["not_named"] += [compile_pattern(str(t)) for t in spec.get("not_named") or []]
            act["cues"] += [compile_pattern(str(t)) for t in spec.get("cues") or []]
            for stage, texts in (spec.get("reports") or {}).items():
                act["reports"].setdefault(str(stage), []).extend(
                    (str(t), compile_pattern(str(t))) for t in texts
                )
    return tuple(
        Act(name, a["kinds"], a["stages"], tuple(a["named"]), tuple(a["cues"]), a["scope"],
            {stage: tuple(cues) for stage, cues in a["reports"].items()}, a["topic"],
            tuple(a["not_named"]))
        for name, a in merged.items()
    )  # fmt: skip


def _stage_cues(lang: str, kinds: Mapping[str, Any]) -> dict[tuple[str, str, str], StageCues]:
    out: dict[tuple[str, str, str], StageCues] = {}
    for kind, by_stage in kinds.items():
        for stage, spec in by_stage.items():
            spec = {"cues": spec} if isinstance(spec, list) else spec
            cues = tuple(
                Cue(lang, kind, stage_of(stage), str(text), compile_pattern(str(text)))
                for text in spec.get("cues") or []
            )
            blockers = tuple(compile_pattern(str(b)) for b in spec.get("unless") or [])
            scope = str(spec.get("unless_scope", "clause"))
            needs = tuple(compile_pattern(str(n)) for n in spec.get("needs") or [])
            out[(lang, kind, stage)] = StageCues(cues, blockers, scope, needs)
    return out


def _hedges(lang: str, specs: list[Any]) -> tuple[Hedge, ...]:
    hedges: list[Hedge] = []
    for group in specs:
        # `unless_next`: words that, right after the hedge, make it another word ("将" before
        # its object, "计划" as a project's name): the hedge does not count there.
        nexts = [re.escape(fold(str(w))) for w in group.get("unless_next") or []]
        # `unless_prev`: characters that, right before the hedge, make it part of another word
        # ("协" before "定于": the agreement "协定" followed by "于"); one lookbehind each.
        prevs = "".join(f"(?<!{re.escape(fold(str(w)))})" for w in group.get("unless_prev") or [])
        # `unless_ahead`: patterns (regular expressions on folded text) that, starting right
        # after the hedge, make it another word further on: "将" before its object and the
        # verb that takes it ("美方将该公司列入实体清单" puts the firm on the list now).
        aheads = [str(w) for w in group.get("unless_ahead") or []]
        for text in group.get("cues") or []:
            pattern = compile_pattern(str(text))
            if prevs:
                pattern = re.compile(prevs + pattern.pattern)
            if nexts:
                pattern = re.compile(rf"{pattern.pattern}(?!\s*(?:{'|'.join(nexts)}))")
            if aheads:
                pattern = re.compile(rf"{pattern.pattern}(?!{'|'.join(aheads)})")
            hedges.append(
                Hedge(
                    lang=lang,
                    polarity=str(group["polarity"]),
                    text=str(text),
                    pattern=pattern,
                    side=str(group.get("side", "before")),
                    scope=str(group.get("scope", "clause")),
                    looks_ahead=bool(nexts or aheads),
                    reaches_title=bool(group.get("reaches_title")),
                    asks=bool(group.get("asks")),
                )
            )
    return tuple(hedges)


def _clause_breaks(doc: Mapping[str, Any]) -> re.Pattern[str]:
    words = [re.escape(fold(str(w))) for w in doc.get("clause_breaks") or []]
    alternatives = [r"[,;:()\"\u2014\u2013，；：（）]"]
    alternatives += [w if has_cjk(w) else rf"\s{w}\s" for w in words]
    return re.compile("|".join(alternatives))
