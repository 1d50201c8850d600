"""Lexicon breadth, read the way an analyst reads: plural verb forms in Spanish and Portuguese,
pressure acts (a claim of violation, a demand for explanations, a dispute-settlement step, the
end of a dispute) and decisions announced while their formal instrument is still to come, in
English, Spanish, Portuguese and Chinese (both scripts). Hard negatives: plans, denials,
futures, possibilities and rumours never read as done."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from tests.unit import builders
from tests.unit.builders import question
from tests.unit.test_judge_signals import CHICKEN, GRANT, NAURU, PLANT, PRESSURE, SOLO_TREATY
from watcher.judge.lexicon import LEXICON_DIR, load_lexicon
from watcher.model import Polarity, Question

D = Polarity.DONE
RHET, CONC, EASED = "rhetorical", "concrete", "eased"

# A pressure question whose topic terms none of the sentences below use: an entry bears on it
# only through the stage cues (`topic_kinds: [pressure]`), so each new cue is tested end to end.
VISIT = replace(
    PRESSURE,
    id="w/visit",
    terms=("state visit", "visita de Estado", "國事訪問"),
)
# A decision whose act is a post ("creates an agricultural attaché post").
ATTACHE = question(
    "attache",
    "Whether Nauru creates an agricultural attaché post in Ruritania",
    "decision",
    "open",
    entities=(NAURU,),
    terms=("agricultural attaché", "agregaduría agrícola", "adidância agrícola", "农业参赞"),
)


def observe(q: Question, lang: str, title: str) -> list[tuple[str | None, Polarity]]:
    return [(o.stage, o.polarity) for o in builders.observe(q, title, lang)]


# --- 1. Spanish and Portuguese: the third person plural, present and preterite -----------------
PLURALS = [
    (PRESSURE, "es", "Ruritania y sus aliados archivaron la queja contra Nauru", EASED),
    (PRESSURE, "es", "Ruritania y sus aliados levantan las sanciones contra Nauru", EASED),
    (PRESSURE, "es", "Ruritania y sus aliados congelan las cuentas de empresas nauruanas", CONC),
    (PRESSURE, "es", "Ruritania y sus aliados expulsaron a los diplomáticos de Nauru", CONC),
    (PRESSURE, "es", "Ruritania y sus aliados convocaron al embajador nauruano", RHET),
    (GRANT, "es", "Los ministros otorgaron el subsidio a Helios", "done"),
    (GRANT, "es", "Los consejeros autorizaron el subsidio a Helios", "done"),
    (PLANT, "es", "Helios y Solaria inauguran la planta solar de Nauru", "operational"),
    (PLANT, "es", "Helios y Nauru arrancaron las obras de la planta solar", "construction"),
    (PLANT, "es", "Helios y Solaria postergaron la planta solar de Nauru", "stalled"),
    (CHICKEN, "es", "Andorra y Nauru habilitaron el mercado del pollo", "opened"),
    (SOLO_TREATY, "es", "Andorra y Nauru rescindieron el tratado de asistencia judicial",
     "withdrawn"),
    (PRESSURE, "pt", "Ruritania e aliados retiraram a controvérsia com Nauru", EASED),
    (PRESSURE, "pt", "Ruritania e aliados revogam as medidas contra Nauru", EASED),
    (PRESSURE, "pt", "Ruritania e aliados congelam contas de empresas nauruanas", CONC),
    (PRESSURE, "pt", "Ruritania e aliados expulsaram os diplomatas de Nauru", CONC),
    (PRESSURE, "pt", "Ruritania e aliados convocaram o embaixador nauruano", RHET),
    (GRANT, "pt", "Os ministros concederam o subsídio à Helios", "done"),
    (GRANT, "pt", "Os conselheiros autorizaram o subsídio à Helios", "done"),
    (PLANT, "pt", "Helios e Solaria inauguram a usina solar em Nauru", "operational"),
    (PLANT, "pt", "Helios e Solaria adiam a usina solar em Nauru", "stalled"),
    (CHICKEN, "pt", "Andorra e Nauru habilitaram o mercado de frango", "opened"),
    (SOLO_TREATY, "pt", "Andorra e Nauru rescindiram o tratado de assistência judiciária",
     "withdrawn"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "lang", "title", "stage"), PLURALS)
def test_plural_subjects_report_the_act(q: Question, lang: str, title: str, stage: str) -> None:
    assert observe(q, lang, title) == [(stage, D)]


# A folded Spanish or Portuguese future is the infinitive plus "a" ("aprobará" -> "aprobara"):
# it also spells a subjunctive (es) or a pluperfect (pt). A list that reports acts done must never
# hold one beside the preterite of the same verb ("aprobo" / "aprovou").
_FUTURE_ENDINGS = {"es": ("a", "an"), "pt": ("a", "ao")}
# Singular preterites only: the plural "-iram" of "retirar" would pass for one of "retir-".
_PRETERITES = {"es": ("o", "io"), "pt": ("ou", "eu", "iu")}
_ANNOUNCING = {"signaled", "announced"}


def _future_beside_preterite(lang: str, words: set[str]) -> list[str]:
    found = []
    for word in words:
        for ending in _FUTURE_ENDINGS[lang]:
            infinitive = word[: -len(ending)]
            if word.endswith(ending) and infinitive.endswith(("ar", "er", "ir")):
                stem = infinitive[:-2]
                if any(stem + p in words for p in _PRETERITES[lang]):
                    found.append(word)
    return found


def test_the_future_guard_sees_a_future() -> None:
    assert _future_beside_preterite("es", {"aprobo", "aprobara"}) == ["aprobara"]
    assert _future_beside_preterite("pt", {"aprovou", "aprovara"}) == ["aprovara"]
    assert _future_beside_preterite("pt", {"retirou", "retiram", "retira"}) == []


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_no_folded_future_reports_an_act_done(lang: str) -> None:
    lexicon = load_lexicon((lang,))
    offenders = [
        (kind, stage, word)
        for (_, kind, stage), group in lexicon.stages.items()
        if stage.split("~")[0] not in _ANNOUNCING
        for cue in group.cues
        for word in _future_beside_preterite(lang, set(re.findall(r"[a-z]+", cue.text)))
    ]
    assert offenders == []


# --- 2. Pressure: words and formal complaints are rhetorical, their end eases it ----------------
PRESSURE_ACTS = [
    # a verb of saying with a claim of violation
    ("en", "Ruritania says the Nauru deal violates the bloc's rules", RHET),
    ("en", "Ruritanian officials say the pact with Nauru breaches the charter", RHET),
    ("es", "Ruritania dice que el acuerdo con Nauru viola las normas del bloque", RHET),
    ("es", "Ruritania y sus socios afirman que el pacto de Nauru vulnera los principios", RHET),
    ("pt", "Ruritania diz que o acordo com Nauru viola as regras do bloco", RHET),
    ("pt", "Ruritania e parceiros afirmam que o pacto de Nauru fere as normas do bloco", RHET),
    ("zh", "鲁里塔尼亚表示，瑙鲁的协议违背集团原则", RHET),
    ("zh", "魯里塔尼亞表示諾魯的協議違背集團原則", RHET),
    # a demand for explanations
    ("en", "Ruritania demanded an explanation from Nauru", RHET),
    ("en", "Ruritania asked Nauru to explain the decision", RHET),
    ("es", "Ruritania pidió explicaciones a Nauru", RHET),
    ("es", "Ruritania y sus socios exigieron al gobierno de Nauru una aclaración", RHET),
    ("pt", "Ruritania pediu explicações a Nauru", RHET),
    ("pt", "Ruritania cobrou do governo de Nauru esclarecimentos", RHET),
    ("zh", "鲁里塔尼亚要求瑙鲁作出解释", RHET),
    ("zh", "魯里塔尼亞要求諾魯說明", RHET),
    # invoking a dispute-settlement mechanism or the WTO: a legal act, concrete
    ("en", "Ruritania triggered the dispute settlement mechanism against Nauru", CONC),
    ("en", "Ruritania took Nauru to the WTO", CONC),
    ("es", "Ruritania activó el mecanismo de solución de controversias contra Nauru", CONC),
    ("es", "Ruritania y Nauru accionaron el mecanismo de solución de controversias", CONC),
    ("pt", "Ruritania aciona o mecanismo de solução de controvérsias contra Nauru", CONC),
    ("pt", "Ruritania e Nauru acionaram o mecanismo de solução de controvérsias", CONC),
    ("zh", "鲁里塔尼亚对瑙鲁诉诸争端解决机制", CONC),
    ("zh", "魯里塔尼亞對諾魯動用爭端解決機制", CONC),
    # a threat is words
    ("en", "Ruritania threatened Nauru with tariffs", RHET),
    ("es", "Ruritania amenazó con represalias contra Nauru", RHET),
    ("pt", "Ruritania ameaçou com retaliações contra Nauru", RHET),
    ("zh", "鲁里塔尼亚扬言报复瑙鲁", RHET),
    # the end of a dispute
    ("en", "Ruritania and Nauru end their trade dispute", EASED),
    ("en", "Ruritania's complaint against Nauru was withdrawn", EASED),
    ("es", "Ruritania puso fin a la controversia con Nauru", EASED),
    ("es", "Ruritania y Nauru zanjaron la disputa", EASED),
    ("pt", "Ruritania e Nauru encerram a disputa", EASED),
    ("pt", "Ruritania e Nauru puseram fim à controvérsia", EASED),
    ("zh", "鲁里塔尼亚与瑙鲁结束争端", EASED),
    ("zh", "魯里塔尼亞與諾魯了結爭端", EASED),
]  # fmt: skip


def test_pressure_relevance_comes_from_the_cues() -> None:
    """Without a pressure cue (or a topic term) the same names do not bear on VISIT."""
    assert observe(VISIT, "en", "Ruritania and Nauru held talks") == []
    assert observe(VISIT, "pt", "Ruritania e Nauru realizaram reunião") == []


@pytest.mark.parametrize(("lang", "title", "stage"), PRESSURE_ACTS)
def test_pressure_acts_bear_and_report_their_stage(lang: str, title: str, stage: str) -> None:
    assert observe(VISIT, lang, title) == [(stage, D)]


# (lang, title, stage that must not be reported done)
PRESSURE_NEGATIVES = [
    # plans, futures and possibilities
    ("en", "Ruritania plans to trigger the dispute settlement mechanism against Nauru", RHET),
    ("en", "Ruritania will lift sanctions on Nauru", EASED),
    ("en", "Ruritania and Nauru may end their trade dispute", EASED),
    ("en", "Ruritania may impose sanctions on Nauru", CONC),
    ("en", "Ruritania threatened to impose sanctions on Nauru", CONC),
    ("es", "Ruritania planea activar el mecanismo de solución de controversias contra Nauru", RHET),
    ("es", "Ruritania levantará las sanciones contra Nauru", EASED),
    ("es", "Ruritania podría retirar la queja contra Nauru", EASED),
    ("es", "Ruritania amenazó con represalias contra Nauru", CONC),
    ("pt", "Ruritania vai acionar o mecanismo de solução de controvérsias contra Nauru", RHET),
    ("pt", "Ruritania poderá retirar a queixa contra Nauru", EASED),
    ("pt", "Ruritania ameaçou com retaliações contra Nauru", CONC),
    ("zh", "鲁里塔尼亚考虑启动对瑙鲁的争端解决机制", RHET),
    ("zh", "鲁里塔尼亚将解除对瑙鲁的制裁", EASED),
    ("zh", "鲁里塔尼亚扬言对瑙鲁加征关税", CONC),
    # denials
    ("en", "Ruritania denied claims that the Nauru deal violates the bloc's rules", RHET),
    ("es", "Ruritania negó haber pedido explicaciones a Nauru", RHET),
    ("pt", "Ruritania não pediu explicações a Nauru", RHET),
    ("zh", "鲁里塔尼亚否认要求瑙鲁解释", RHET),
    # rumours
    ("en", "Ruritania reportedly dropped its complaint against Nauru", EASED),
    ("es", "Según fuentes, Ruritania y Nauru pusieron fin a la controversia", EASED),
    ("pt", "Segundo fontes, Ruritania e Nauru encerraram a disputa", EASED),
    ("zh", "據報魯里塔尼亞撤回對諾魯的申訴", EASED),
    # not a pressure act at all: a legislature enacting a law, a dispute still open
    ("es", "El Congreso de Ruritania sancionó la ley sobre Nauru", CONC),
    ("pt", "O presidente de Ruritania sancionou a lei sobre Nauru", CONC),
    ("zh", "鲁里塔尼亚与瑙鲁谈判结束前双方仍有争议", EASED),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "stage"), PRESSURE_NEGATIVES)
def test_pressure_plans_denials_and_rumours_are_not_done(lang: str, title: str, stage: str) -> None:
    assert (stage, D) not in observe(PRESSURE, lang, title)


# --- 3. Decision: announced, with its formal instrument still to come, is only signaled ---------
SIGNALED = [
    (ATTACHE, "en", "The minister announced the government decided to create an agricultural "
                    "attaché post for Nauru, and the decree will be published in the coming weeks"),
    (ATTACHE, "en", "Nauru's ministry confirmed it will create an agricultural attaché post"),
    (ATTACHE, "es", "El ministro anunció que el gobierno decidió crear una agregaduría agrícola de "
                    "Nauru y el decreto será publicado en las próximas semanas"),
    (ATTACHE, "es", "El gobierno de Nauru decidió crear una agregaduría agrícola, y el decreto "
                    "será publicado en las próximas semanas"),
    (ATTACHE, "es", "El gobierno de Nauru confirmó que va a crear una agregaduría agrícola"),
    (ATTACHE, "pt", "O governo de Nauru decidiu criar uma adidância agrícola, e o decreto será "
                    "publicado nas próximas semanas"),
    (ATTACHE, "pt", "Nauru confirmou que vai criar uma adidância agrícola"),
    (ATTACHE, "zh", "部长宣布政府决定在瑙鲁设立农业参赞，相关命令将在未来几周发布"),
    (ATTACHE, "zh", "部長宣布政府決定在諾魯設立農業參贊，相關命令將在未來幾週發布"),
    (ATTACHE, "zh", "瑙鲁宣布将设立农业参赞"),
    (ATTACHE, "zh", "諾魯宣布將設立農業參贊"),
    (GRANT, "en", "The ministry confirmed it will approve the Helios subsidy"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "lang", "title"), SIGNALED)
def test_an_announced_decision_with_its_instrument_pending_is_signaled(
    q: Question, lang: str, title: str
) -> None:
    assert observe(q, lang, title) == [("signaled", D)]


# Guards as much as cases: the vetoes of `done` now read the whole sentence, and these must
# stay done (a recommendation or an opinion only as the decision's history).
DONE = [
    (ATTACHE, "en", "Nauru created an agricultural attaché post"),
    (ATTACHE, "en", "The decree creating Nauru's agricultural attaché post was published"),
    (ATTACHE, "es", "El decreto que crea la agregaduría agrícola de Nauru fue publicado"),
    (ATTACHE, "pt", "O decreto que cria a adidância agrícola de Nauru foi publicado"),
    (ATTACHE, "zh", "瑙鲁设立农业参赞"),
    # the decision itself, with a recommendation or an opinion only as its history
    (GRANT, "en", "The board approved the Helios subsidy after a favourable technical opinion"),
    (GRANT, "pt", "O conselho aprovou o subsídio da Helios após parecer técnico favorável"),
    (GRANT, "zh", "经济部在幕僚建议下核准Helios补助"),
]


@pytest.mark.parametrize(("q", "lang", "title"), DONE)
def test_a_decision_taken_or_its_instrument_published_is_done(
    q: Question, lang: str, title: str
) -> None:
    assert observe(q, lang, title) == [("done", D)]


DECISION_NEGATIVES = [
    (ATTACHE, "en", "Nauru reportedly decided to create an agricultural attaché post"),
    (ATTACHE, "en", "Nauru denied it had decided to create an agricultural attaché post"),
    (ATTACHE, "en", "Nauru will create an agricultural attaché post"),
    (ATTACHE, "es", "Según fuentes, Nauru decidió crear una agregaduría agrícola"),
    (ATTACHE, "es", "Nauru podría crear una agregaduría agrícola"),
    (ATTACHE, "pt", "Nauru poderá criar uma adidância agrícola"),
    (ATTACHE, "pt", "Nauru negou que tenha decidido criar uma adidância agrícola"),
    (ATTACHE, "zh", "据报瑙鲁决定设立农业参赞"),
    (ATTACHE, "zh", "瑙鲁否认决定设立农业参赞"),
    (GRANT, "es", "Fuentes confirman que el gobierno aprobará el subsidio a Helios"),
    (GRANT, "en", "The board approved the Helios subsidy; the resolution is yet to be published"),
]


@pytest.mark.parametrize(("q", "lang", "title"), DECISION_NEGATIVES)
def test_decision_rumours_denials_and_futures_are_not_done(
    q: Question, lang: str, title: str
) -> None:
    assert ("done", D) not in observe(q, lang, title)


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_a_word_gap_in_latin_patterns_stands_between_spaces(language: str) -> None:
    """`...` glued to a word is the ten-character Chinese gap: in a Latin pattern it silently
    turns "said that ... will approve" into a cue that hardly ever matches. (` .... `, the long
    word gap, stands between spaces too.)"""
    text = (LEXICON_DIR / f"{language}.yaml").read_text(encoding="utf-8")
    glued = [
        line.strip()
        for line in text.splitlines()
        if "..." in line
        and not line.lstrip().startswith("#")
        and re.search(r"\S\.\.\.|\.\.\.\S", line.replace(" .... ", " ").replace(" ... ", " "))
    ]
    assert glued == []
