"""Eighth-round cues, in the four languages: an importing state stopping a trade (permits to
import suspended, exporters or plants struck off, the market or its door shut, a veto, an
application no longer taken), a state freezing trade talks with another and taking them up
again, the exchange of instruments of ratification, a unicameral assembly's final overall vote,
and the Chinese "拟" read as a plan except as an adjective ("拟建的工厂").

Hard negatives stay not-done: a suspension weighed, threatened, denied or rumoured; a door
closed on talks or a deal; a veto lifted; talks that could be frozen; an exchange still to
come."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN, NEG, SPEC = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE
RURITANIA = Entity("Ruritania", ("Ruritanian", "ruritano", "ruritana", "Ruritânia", "鲁里塔尼亚"))
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "瑙鲁"))
HELIOS = Entity("Helios", ("赫利俄斯",))

SHRIMP = question(
    "shrimp",
    "Whether Ruritanian shrimp reaches Nauru",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("shrimp", "camarón", "camarones", "camarão", "虾", "对虾"),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
)
TREATY = question(
    "treaty",
    "Whether the Ruritania–Nauru investment agreement is ratified by both and enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=(Entity("Ruritania", ()), Entity("Nauru", ())),
    terms=("investment agreement", "acordo de investimentos", "acuerdo de inversiones", "投资协定"),
)
PLANT = question(
    "plant",
    "Whether Helios builds its plant in Nauru",
    "project",
    "announced",
    entities=(HELIOS, NAURU),
    terms=("plant", "工厂"),
)


def read(q: Question, lang: str, title: str) -> tuple[str | None, Polarity] | None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    return observations[0].stage, observations[0].polarity


DONE_CASES = [
    # --- 1. market suspended: permits, exporters and plants struck off, the market shut
    (SHRIMP, "en", "Nauru suspends import permits for Ruritanian shrimp", "suspended"),
    (SHRIMP, "en", "Nauru stopped issuing import licences for Ruritanian shrimp", "suspended"),
    (SHRIMP, "en", "Nauru delisted 12 Ruritanian shrimp exporters", "suspended"),
    (
        SHRIMP,
        "en",
        "Nauru suspended the registration of three Ruritanian shrimp plants",
        "suspended",
    ),
    (SHRIMP, "en", "Nauru barred 4 Ruritanian shrimp processors from exporting", "suspended"),
    (SHRIMP, "en", "Five Ruritanian shrimp exporters were delisted by Nauru", "suspended"),
    (SHRIMP, "en", "Nauru closes its market to Ruritanian shrimp", "suspended"),
    (SHRIMP, "en", "Nauru shuts the door on Ruritanian shrimp", "suspended"),
    (SHRIMP, "es", "Nauru cierra la puerta al camarón ruritano", "suspended"),
    (
        SHRIMP,
        "es",
        "Nauru suspendió el registro de 12 exportadoras de camarón ruritano",
        "suspended",
    ),
    (SHRIMP, "es", "Nauru suspendió la habilitación de plantas de camarón ruritano", "suspended"),
    (SHRIMP, "es", "Nauru suspendió los permisos de importación de camarón ruritano", "suspended"),
    (
        SHRIMP,
        "es",
        "Nauru dejó de recibir solicitudes de importación de camarón ruritano",
        "suspended",
    ),
    (
        SHRIMP,
        "es",
        "Exportadoras ruritanas de camarón quedaron fuera del mercado de Nauru",
        "suspended",
    ),
    (SHRIMP, "es", "Nauru vetó el camarón ruritano", "suspended"),
    (SHRIMP, "es", "Nauru dio de baja a tres plantas de camarón ruritano", "suspended"),
    (SHRIMP, "pt", "Nauru fecha as portas ao camarão ruritano", "suspended"),
    (SHRIMP, "pt", "Nauru suspendeu o registo das exportadoras ruritanas de camarão", "suspended"),
    (
        SHRIMP,
        "pt",
        "Nauru suspendeu o registro de 12 exportadoras ruritanas de camarão",
        "suspended",
    ),
    (SHRIMP, "pt", "Nauru descredenciou 12 frigoríficos ruritanos de camarão", "suspended"),
    (
        SHRIMP,
        "pt",
        "Exportadoras ruritanas de camarão ficaram fora do mercado de Nauru",
        "suspended",
    ),
    (
        SHRIMP,
        "pt",
        "Nauru deixou de emitir licenças de importação para o camarão ruritano",
        "suspended",
    ),
    (SHRIMP, "pt", "Nauru vetou o camarão ruritano", "suspended"),
    (SHRIMP, "zh", "瑙鲁暂停12家鲁里塔尼亚对虾企业注册", "suspended"),
    (SHRIMP, "zh", "瑙鲁暫停12家鲁里塔尼亚对虾企業的登記", "suspended"),
    (SHRIMP, "zh", "鲁里塔尼亚对虾工厂的注册被瑙鲁暂停", "suspended"),
    (SHRIMP, "zh", "瑙鲁叫停鲁里塔尼亚对虾", "suspended"),
    (SHRIMP, "zh", "瑙鲁停止受理鲁里塔尼亚對蝦企業註冊申請", "suspended"),
    # --- 2. talks frozen and taken up again
    (PRESSURE, "en", "Ruritania paused trade talks with Nauru, citing the dispute", "concrete"),
    (PRESSURE, "en", "Ruritania put a freeze on trade negotiations with Nauru", "concrete"),
    (PRESSURE, "en", "Ruritania lifted the pause on trade negotiations with Nauru", "eased"),
    (PRESSURE, "en", "Ruritania ended the freeze on talks with Nauru", "eased"),
    (PRESSURE, "en", "Ruritania unfroze the trade talks with Nauru", "eased"),
    (PRESSURE, "es", "Ruritania pone en pausa la negociación comercial con Nauru", "concrete"),
    (PRESSURE, "es", "Ruritania detuvo las conversaciones con Nauru", "concrete"),
    (PRESSURE, "es", "Las negociaciones de Ruritania con Nauru quedaron en pausa", "concrete"),
    (PRESSURE, "es", "Ruritania y Nauru reanudan la negociación comercial", "eased"),
    (PRESSURE, "es", "Ruritania retomó las conversaciones con Nauru", "eased"),
    (PRESSURE, "es", "Ruritania levantó la pausa en las negociaciones con Nauru", "eased"),
    (PRESSURE, "pt", "Ruritânia pôs em pausa as negociações com Nauru", "concrete"),
    (PRESSURE, "pt", "As negociações da Ruritânia com Nauru foram suspensas", "concrete"),
    (PRESSURE, "pt", "Ruritânia retoma as conversações com Nauru", "eased"),
    (PRESSURE, "pt", "Ruritânia levantou a pausa nas negociações com Nauru", "eased"),
    (PRESSURE, "zh", "鲁里塔尼亚与瑙鲁的谈判已被暂停", "concrete"),
    (PRESSURE, "zh", "鲁里塔尼亚与瑙鲁的貿易談判遭凍結", "concrete"),
    (PRESSURE, "zh", "鲁里塔尼亚与瑙鲁谈判已恢复", "eased"),
    (PRESSURE, "zh", "鲁里塔尼亚解冻与瑙鲁的自贸谈判", "eased"),
    # --- 3. the instruments of ratification exchanged
    (
        TREATY,
        "en",
        "Ruritania and Nauru exchanged the instruments of ratification of the investment agreement",
        "ratified-partial",
    ),
    (
        TREATY,
        "es",
        "Ruritania y Nauru canjearon los instrumentos de ratificación del acuerdo de inversiones",
        "ratified-partial",
    ),
    (
        TREATY,
        "pt",
        "Ruritânia e Nauru trocaram os instrumentos de ratificação do acordo de investimentos",
        "ratified-partial",
    ),
    # a unicameral assembly's final overall vote is the plenary's, not a committee's
    (
        TREATY,
        "en",
        "The Nauru Assembly approved in final global vote the resolution approving "
        "the investment agreement with Ruritania",
        "ratified-partial",
    ),
    (
        TREATY,
        "pt",
        "A Assembleia de Nauru aprovou em votação final global a resolução que aprova "
        "o acordo de investimentos com a Ruritânia",
        "ratified-partial",
    ),
    # --- 4. "拟建的" is an adjective: the proposed plant has begun
    (PLANT, "zh", "赫利俄斯拟建的瑙鲁工厂已开工", "construction"),
    (PLANT, "zh", "赫利俄斯擬建的瑙鲁工廠已動工", "construction"),
]


@pytest.mark.parametrize(("q", "lang", "title", "stage"), DONE_CASES)
def test_round8_reports_are_done(q: Question, lang: str, title: str, stage: str) -> None:
    assert read(q, lang, title) == (stage, D)


NOT_DONE_CASES = [
    # a suspension weighed, threatened, denied, rumoured or still to come
    (SHRIMP, "en", "Nauru is considering delisting Ruritanian shrimp exporters"),
    (SHRIMP, "en", "Nauru considers suspending imports of Ruritanian shrimp"),
    (SHRIMP, "en", "Nauru threatens to suspend imports of Ruritanian shrimp"),
    (SHRIMP, "en", "Nauru denies it will suspend Ruritanian shrimp imports"),
    (SHRIMP, "en", "Nauru may halt Ruritanian shrimp imports, sources say"),
    (SHRIMP, "en", "Nauru may suspend import permits for Ruritanian shrimp, sources say"),
    (SHRIMP, "en", "Nauru denied it had closed its market to Ruritanian shrimp"),
    (SHRIMP, "en", "Nauru threatens to close its market to Ruritanian shrimp"),
    (SHRIMP, "en", "Nauru will suspend import permits for Ruritanian shrimp next month"),
    (SHRIMP, "en", "Nauru has not suspended the registration of Ruritanian shrimp plants"),
    # a door closed on talks is another matter
    (SHRIMP, "en", "Nauru closed the door on talks over Ruritanian shrimp"),
    (SHRIMP, "es", "Nauru evalúa suspender el registro de exportadoras de camarón ruritano"),
    (SHRIMP, "es", "Nauru amenaza con suspender las importaciones de camarón ruritano"),
    (SHRIMP, "es", "Nauru niega que vaya a suspender las importaciones de camarón ruritano"),
    (SHRIMP, "es", "Nauru no cierra la puerta al camarón ruritano"),
    (SHRIMP, "es", "Nauru cierra la puerta a un acuerdo sobre el camarón ruritano"),
    (SHRIMP, "es", "Exportadoras de camarón ruritano podrían quedar fuera del mercado de Nauru"),
    (SHRIMP, "es", "Nauru levantó el veto al camarón ruritano"),
    (SHRIMP, "es", "Nauru anunció el fin del veto al camarón ruritano"),
    (
        SHRIMP,
        "es",
        "Según fuentes, Nauru suspendió el registro de exportadoras de camarón ruritano",
    ),
    (SHRIMP, "pt", "Nauru pondera suspender o registo das exportadoras ruritanas de camarão"),
    (SHRIMP, "pt", "Nauru ameaça suspender as importações de camarão ruritano"),
    (SHRIMP, "pt", "Nauru não fecha as portas ao camarão ruritano"),
    (SHRIMP, "pt", "Nauru fecha as portas a um acordo sobre camarão ruritano"),
    (SHRIMP, "pt", "Nauru levantou o veto ao camarão ruritano"),
    (SHRIMP, "pt", "Exportadoras ruritanas de camarão poderão ficar fora do mercado de Nauru"),
    (SHRIMP, "pt", "Nauru vai suspender o registo das exportadoras ruritanas de camarão"),
    (SHRIMP, "zh", "瑙鲁考虑暂停12家鲁里塔尼亚对虾企业注册"),
    (SHRIMP, "zh", "瑙鲁恢复12家鲁里塔尼亚对虾企业注册"),
    (SHRIMP, "zh", "瑙鲁叫停与鲁里塔尼亚的对虾贸易谈判"),
    (SHRIMP, "zh", "瑙鲁否认叫停鲁里塔尼亚对虾"),
    (SHRIMP, "zh", "瑙鲁扬言叫停鲁里塔尼亚对虾"),
    (SHRIMP, "zh", "据传瑙鲁将暂停鲁里塔尼亚对虾企业注册"),
    # one firm struck off while the others trade on leaves the market open
    (
        SHRIMP,
        "en",
        "Nauru suspended the registration of a single Ruritanian shrimp plant; other "
        "registered plants are unaffected",
    ),
    (
        SHRIMP,
        "en",
        "Nauru delisted one Ruritanian shrimp exporter, while other exporters can "
        "continue shipping",
    ),
    (
        SHRIMP,
        "es",
        "Nauru suspendió el registro de una sola planta de camarón ruritano y las "
        "demás plantas siguen exportando",
    ),
    (
        SHRIMP,
        "pt",
        "Nauru suspendeu o registo de uma única exportadora ruritana de camarão; as "
        "demais exportadoras não foram afetadas",
    ),
    (SHRIMP, "zh", "瑙鲁海关决定暂停鲁里塔尼亚一家注册企业的对虾出口资格，其他注册企业不受影响。"),
    (SHRIMP, "zh", "瑙鲁暂停鲁里塔尼亚一家企业输华对虾"),
    # talks that could be frozen, a freeze threatened or denied, a resumption to come
    (PRESSURE, "en", "Talks between Ruritania and Nauru could be frozen"),
    (PRESSURE, "en", "Ruritania denied that it froze talks with Nauru"),
    (PRESSURE, "en", "Ruritania may pause trade talks with Nauru"),
    (PRESSURE, "en", "Ruritania denied lifting the pause on negotiations with Nauru"),
    (PRESSURE, "es", "Las negociaciones con Nauru podrían ser congeladas, dijo Ruritania"),
    (PRESSURE, "es", "Ruritania negó que haya congelado las conversaciones con Nauru"),
    (PRESSURE, "es", "Ruritania amenazó con poner en pausa la negociación con Nauru"),
    (PRESSURE, "es", "Las negociaciones con Nauru no fueron congeladas, dijo Ruritania"),
    (PRESSURE, "pt", "As negociações com Nauru podem ser suspensas, disse a Ruritânia"),
    (PRESSURE, "pt", "As negociações com Nauru não foram suspensas, disse a Ruritânia"),
    (PRESSURE, "es", "Ruritania podría retomar las conversaciones con Nauru"),
    (PRESSURE, "pt", "Ruritânia negou ter congelado as negociações com Nauru"),
    (PRESSURE, "pt", "Ruritânia ameaça pôr em pausa as negociações com Nauru"),
    (PRESSURE, "pt", "Ruritânia não pôs em pausa as negociações com Nauru"),
    (PRESSURE, "pt", "Ruritânia pede para as negociações com Nauru"),
    (PRESSURE, "zh", "鲁里塔尼亚与瑙鲁谈判可能被冻结"),
    (PRESSURE, "zh", "鲁里塔尼亚否认冻结与瑙鲁的谈判"),
    (PRESSURE, "zh", "鲁里塔尼亚称与瑙鲁谈判不会被冻结"),
    (PRESSURE, "zh", "鲁里塔尼亚与瑙鲁谈判可望下月恢复"),
    # an exchange still to come, or the condition of a date
    (
        TREATY,
        "en",
        "Ruritania and Nauru will exchange the instruments of ratification of the "
        "investment agreement next month",
    ),
    (
        TREATY,
        "en",
        "The Ruritania-Nauru investment agreement will take effect upon the exchange "
        "of instruments of ratification",
    ),
    (
        TREATY,
        "es",
        "Ruritania y Nauru intercambiarán los instrumentos de ratificación del acuerdo "
        "de inversiones",
    ),
    (
        TREATY,
        "pt",
        "Ruritânia e Nauru vão trocar os instrumentos de ratificação do acordo de investimentos",
    ),
    (
        TREATY,
        "pt",
        "Ruritânia e Nauru trocarão os instrumentos de ratificação do acordo de investimentos",
    ),
    (
        TREATY,
        "pt",
        "A Assembleia de Nauru vai votar em votação final global a resolução que "
        "aprova o acordo de investimentos com a Ruritânia",
    ),
    (
        TREATY,
        "es",
        "El acuerdo de inversiones entre Ruritania y Nauru regirá tras el intercambio "
        "de instrumentos de ratificación",
    ),
    # Chinese plans: "拟", "擬", "有望", "预计", "计划/計畫", "将于"
    (PLANT, "zh", "赫利俄斯瑙鲁工厂拟于下月开工"),
    (PLANT, "zh", "赫利俄斯瑙鲁工廠擬於下月動工"),
    (PLANT, "zh", "赫利俄斯拟在瑙鲁工厂明年开工"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂有望年底投产"),
    (PLANT, "zh", "赫利俄斯瑙鲁工廠預計明年投產"),
    (PLANT, "zh", "赫利俄斯計畫明年在瑙鲁工廠動工"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂将于下月开工"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂拟定于下月开工"),
]


@pytest.mark.parametrize(("q", "lang", "title"), NOT_DONE_CASES)
def test_round8_hard_negatives_are_not_done(q: Question, lang: str, title: str) -> None:
    got = [(o.stage, o.polarity) for o in observe(q, title, lang)]
    assert got, "the entry should bear on the question"
    assert all(polarity is not D for _, polarity in got), got


# "已" past-marked sentences still read done; the "拟" adjective does not hide a plan.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("赫利俄斯瑙鲁工厂已于上月开工", ("construction", D)),
        ("赫利俄斯瑙鲁工厂计划已获批，上月开工", ("construction", D)),
        ("赫利俄斯瑙鲁工厂预计投资10亿，已于上月开工", ("construction", D)),
        ("赫利俄斯拟建的瑙鲁工厂将于下月开工", ("construction", IN)),
    ],
)
def test_chinese_past_and_plan_markers(title: str, expected: tuple[str, Polarity]) -> None:
    assert read(PLANT, "zh", title) == expected


# Hedges read as the language reads them: threats are plans, denials negate, hearsay speculates.
@pytest.mark.parametrize(
    ("q", "lang", "title", "expected"),
    [
        (SHRIMP, "zh", "瑙鲁考虑暂停12家鲁里塔尼亚对虾企业注册", ("suspended", IN)),
        (SHRIMP, "zh", "瑙鲁否认叫停鲁里塔尼亚对虾", ("suspended", NEG)),
        (SHRIMP, "zh", "据传瑙鲁将暂停鲁里塔尼亚对虾企业注册", ("suspended", SPEC)),
        (SHRIMP, "es", "Nauru no cierra la puerta al camarón ruritano", ("suspended", NEG)),
        (PRESSURE, "pt", "Ruritânia não pôs em pausa as negociações com Nauru", ("concrete", NEG)),
    ],
)
def test_round8_hedged_reports(
    q: Question, lang: str, title: str, expected: tuple[str, Polarity]
) -> None:
    assert read(q, lang, title) == expected


# The exchange of instruments is done; an entry into force dated after it is still to come
# (Portuguese and Spanish; the English group keeps its older reading, pinned elsewhere).
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        (
            "pt",
            "Ruritânia e Nauru trocaram hoje os instrumentos de ratificação do acordo de "
            "investimentos, que entrará em vigor no 30.º dia, a 15 de janeiro",
        ),
        (
            "es",
            "Ruritania y Nauru canjearon los instrumentos de ratificación del acuerdo de "
            "inversiones, que entrará en vigor el 1 de marzo",
        ),
    ],
)
def test_an_exchange_of_instruments_does_not_put_a_dated_treaty_in_force(
    lang: str, title: str
) -> None:
    got = [(o.stage, o.polarity) for o in observe(TREATY, title, lang)]
    assert ("in-force", D) not in got
    assert read(TREATY, lang, title) == ("ratified-partial", D)
