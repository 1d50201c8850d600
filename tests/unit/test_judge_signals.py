"""Stage signals and their polarity, in English, Spanish, Portuguese and Chinese."""

from __future__ import annotations

import pytest

from tests.unit import builders
from tests.unit.builders import observe
from watcher.model import Entity, Polarity, Question

D, IN, N, S = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE
ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "andorrana", "andorrano", "安道尔"))
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "諾魯", "瑙鲁"))


TREATY = builders.question(
    "treaty",
    "treaty",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=(
        "legal aid treaty",
        "tratado de asistencia judicial",
        "tratado de assistência judiciária",
        "司法互助",
    ),
    parties=(
        Entity(
            "Andorran parliament",
            ("Andorran Senate", "Senado andorrano", "Consell General", "安道尔议会"),
        ),
        Entity("Nauru parliament", ("Nauruan parliament", "Parlamento nauruano", "諾魯國會")),
    ),
)
SOLO_TREATY = builders.question(
    "solo", "solo", "ratification", "signed", entities=(ANDORRA,), terms=TREATY.terms
)
PLANT = builders.question(
    "plant",
    "plant",
    "project",
    "announced",
    entities=(NAURU, Entity("Helios", ("Helios Corp",))),
    terms=("solar plant", "planta solar", "usina solar", "太阳能电厂"),
)
CHICKEN = builders.question(
    "chicken",
    "chicken",
    "market",
    "opened",
    entities=(ANDORRA, NAURU),
    terms=("chicken", "pollo", "frango", "鸡肉"),
)
PRESSURE = builders.question(
    "pressure",
    "pressure",
    "pressure",
    "baseline",
    entities=(Entity("Ruritania", ("Ruritanian", "ruritano", "鲁里塔尼亚")), NAURU),
    terms=("Nauru", "Nauruan", "nauruano", "諾魯"),
)
GRANT = builders.question(
    "grant",
    "grant",
    "decision",
    "open",
    entities=(Entity("Helios"),),
    terms=("subsidy", "subsidies", "subsidio", "subsídio", "补助"),
)
CASES = [
    # --- English: done vs intent vs negated vs speculative; committee vs plenary
    (TREATY, "en", "Andorran Senate ratifies Nauru legal aid treaty", "ratified-partial", D),
    (TREATY, "en", "Andorran Senate to ratify Nauru legal aid treaty", "ratified-partial", IN),
    (
        TREATY,
        "en",
        "Andorran Senate is expected to ratify the Nauru legal aid treaty",
        "ratified-partial",
        IN,
    ),
    (
        TREATY,
        "en",
        "Andorran Senate has yet to ratify the Nauru legal aid treaty",
        "ratified-partial",
        N,
    ),
    (
        TREATY,
        "en",
        "Andorran Senate reportedly ratified the Nauru legal aid treaty",
        "ratified-partial",
        S,
    ),
    (TREATY, "en", "Andorran Senate committee approved the Nauru legal aid treaty", "submitted", D),
    (TREATY, "en", "Andorra sent the Nauru legal aid treaty to parliament", "submitted", D),
    (TREATY, "en", "The Andorra-Nauru legal aid treaty entered into force", "in-force", D),
    (
        TREATY,
        "en",
        "Opinion: Andorran Senate ratified the Nauru legal aid treaty too quickly",
        "ratified-partial",
        S,
    ),
    (SOLO_TREATY, "en", "Andorra ratifies the legal aid treaty", "ratified-all", D),
    (PLANT, "en", "Helios breaks ground on Nauru solar plant", "construction", D),
    (
        PLANT,
        "en",
        "Helios groundbreaking for Nauru solar plant scheduled for March",
        None,
        Polarity.NONE,
    ),
    (
        PLANT,
        "en",
        "Helios will begin construction of Nauru solar plant in March",
        "construction",
        IN,
    ),
    (PLANT, "en", "Helios postponed construction of the Nauru solar plant", "stalled", D),
    (PLANT, "en", "Helios inaugurated its Nauru solar plant", "operational", D),
    (PLANT, "en", "Helios denied it had halted the Nauru solar plant", "stalled", N),
    (CHICKEN, "en", "First shipment of Andorran chicken arrives in Nauru", "first-shipment", D),
    (CHICKEN, "en", "Andorra exported 1,200 tonnes of chicken to Nauru", "volumes-reported", D),
    (PRESSURE, "en", "Ruritania condemned Nauru over the visit", "rhetorical", D),
    (PRESSURE, "en", "Ruritania recalled its ambassador from Nauru", "concrete", D),
    (PRESSURE, "en", "Ruritania could impose sanctions on Nauru", "concrete", S),
    (GRANT, "en", "Cabinet approved the Helios subsidy", "done", D),
    # --- Spanish
    (
        TREATY,
        "es",
        "El Senado andorrano ratificó el tratado de asistencia judicial con Nauru",
        "ratified-partial",
        D,
    ),
    (
        TREATY,
        "es",
        "El Senado andorrano aún no ratificó el tratado de asistencia judicial con Nauru",
        "ratified-partial",
        N,
    ),
    (
        TREATY,
        "es",
        "El Senado andorrano podría ratificar el tratado de asistencia judicial con Nauru",
        "ratified-partial",
        S,
    ),
    (
        TREATY,
        "es",
        "Según fuentes, el Senado andorrano ratificó el tratado de asistencia judicial con Nauru",
        "ratified-partial",
        S,
    ),
    (
        TREATY,
        "es",
        "La comisión del Senado andorrano aprobó el tratado de asistencia judicial con Nauru",
        "submitted",
        D,
    ),
    (
        TREATY,
        "es",
        "Entró en vigor el tratado de asistencia judicial entre Andorra y Nauru",
        "in-force",
        D,
    ),
    (PLANT, "es", "Helios inició las obras de la planta solar en Nauru", "construction", D),
    (
        PLANT,
        "es",
        "Helios planea iniciar las obras de la planta solar en Nauru",
        "construction",
        IN,
    ),
    (PLANT, "es", "Helios aplazó la planta solar de Nauru", "stalled", D),
    (CHICKEN, "es", "Sale el primer embarque de pollo andorrano hacia Nauru", "first-shipment", D),
    (PRESSURE, "es", "Ruritania condenó a Nauru por la visita", "rhetorical", D),
    # --- Portuguese
    (
        TREATY,
        "pt",
        "Senado andorrano ratificou o tratado de assistência judiciária com Nauru",
        "ratified-partial",
        D,
    ),
    (
        TREATY,
        "pt",
        "Senado andorrano ainda não ratificou o tratado de assistência judiciária com Nauru",
        "ratified-partial",
        N,
    ),
    (
        TREATY,
        "pt",
        "Senado andorrano vai ratificar o tratado de assistência judiciária com Nauru",
        "ratified-partial",
        IN,
    ),
    (PLANT, "pt", "Helios começou a construção da usina solar em Nauru", "construction", D),
    (PLANT, "pt", "Helios adiou a usina solar em Nauru", "stalled", D),
    (CHICKEN, "pt", "Primeiro embarque de frango andorrano chega a Nauru", "first-shipment", D),
    # --- Chinese (traditional and simplified)
    (TREATY, "zh", "諾魯國會三讀通過與安道爾司法互助條約", "ratified-partial", D),
    (TREATY, "zh", "諾魯國會尚未通過與安道爾司法互助條約", "ratified-partial", N),
    (TREATY, "zh", "諾魯國會將審議並批准與安道爾司法互助條約", "ratified-partial", IN),
    (TREATY, "zh", "據報諾魯國會已批准與安道爾司法互助條約", "ratified-partial", S),
    (TREATY, "zh", "安道爾與諾魯司法互助條約正式生效", "in-force", D),
    (PLANT, "zh", "Helios諾魯太陽能電廠動工", "construction", D),
    (PLANT, "zh", "Helios諾魯太陽能電廠預計明年動工", "construction", IN),
    (PLANT, "zh", "Helios諾魯太陽能電廠延後", "stalled", D),
    (PLANT, "zh", "Helios諾魯太陽能電廠啟用", "operational", D),
    (CHICKEN, "zh", "安道爾首批雞肉運抵諾魯", "first-shipment", D),
    (PRESSURE, "zh", "鲁里塔尼亚谴责諾魯", "rhetorical", D),
    (PRESSURE, "zh", "鲁里塔尼亚宣布与諾魯断交", "concrete", D),
    (GRANT, "zh", "經濟部核定Helios補助", "done", D),
    # --- a halted project resuming, a court halting it, licences, loans, first output
    (PLANT, "en", "Helios resumed construction of the Nauru solar plant", "construction", D),
    (PLANT, "es", "Helios reanudó las obras de la planta solar en Nauru", "construction", D),
    (PLANT, "pt", "Helios retomou as obras da usina solar em Nauru", "construction", D),
    (PLANT, "zh", "Helios瑙鲁太阳能电厂复工", "construction", D),
    (PLANT, "en", "Nauru court suspends the works at the Helios solar plant", "stalled", D),
    (PLANT, "pt", "Liminar suspende obras da usina solar da Helios em Nauru", "stalled", D),
    (PLANT, "zh", "法院叫停Helios瑙鲁太阳能电厂工程", "stalled", D),
    (PLANT, "en", "Helios signed a loan for the Nauru solar plant", "preparing", D),
    (
        PLANT,
        "pt",
        "Helios: licença de instalação foi concedida à usina solar em Nauru",
        "preparing",
        D,
    ),
    (PLANT, "es", "Helios firmó un préstamo para la planta solar de Nauru", "preparing", D),
    (PLANT, "en", "The Helios solar plant in Nauru began producing power", "operational", D),
    (PLANT, "pt", "Usina solar da Helios em Nauru inicia a produção", "operational", D),
    (PLANT, "zh", "Helios瑙鲁太阳能电厂投產", "operational", D),
    # --- one legislature's approval; a lower house alone is not ratification
    (
        SOLO_TREATY,
        "en",
        "Andorra's Federal National Council endorsed the legal aid treaty",
        "ratified-all",
        D,
    ),
    (
        SOLO_TREATY,
        "es",
        "La Asamblea General de Andorra aprobó el tratado de asistencia judicial",
        "ratified-all",
        D,
    ),
]


@pytest.mark.parametrize(("q", "lang", "title", "stage", "polarity"), CASES)
def test_signal(q: Question, lang: str, title: str, stage: str | None, polarity: Polarity) -> None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    obs = observations[0]
    assert (obs.stage, obs.polarity) == (stage, polarity)
    if stage is not None:
        assert obs.rule is not None and obs.rule.startswith(f"{lang}:{q.kind}:{stage}:")


@pytest.mark.parametrize(
    ("title", "party"),
    [
        ("Andorran Senate ratifies Nauru legal aid treaty", "Andorran parliament"),
        ("Nauruan parliament ratifies Andorra legal aid treaty", "Nauru parliament"),
        ("Andorra, Nauru legal aid treaty ratified", None),
        # the other side of the treaty, written after "with", did not act: the one left is
        # the actor (round 61, read: "Senado aprova acordo ... com a Guiné-Bissau")
        ("Nauru lawmakers ratify legal aid treaty with Andorran Senate", "Nauru parliament"),
        (
            "El Consell General de Andorra aprueba con el Parlamento nauruano "
            "el tratado de asistencia judicial",
            "Andorran parliament",
        ),
        ("安道尔议会批准与諾魯國會的司法互助条约", "Andorran parliament"),
    ],
)
def test_ratification_names_the_party_that_acted(title: str, party: str | None) -> None:
    (obs,) = observe(TREATY, title)
    assert (obs.stage, obs.party) == ("ratified-partial", party)


TRADE = builders.question(
    "trade",
    "Whether the Andorra–Nauru free trade agreement is ratified",
    "ratification",
    "signed",
    entities=(ANDORRA, NAURU),
    terms=("free trade agreement", "tratado de libre comercio", "acordo de livre comércio",
           "自由贸易协定", "ratified", "ratificó", "ratificou", "批准"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Andorra and Nauru ratified an air services agreement"),
        ("en", "Andorra ratified the visa waiver agreement with Nauru"),
        ("es", "Andorra ratificó el acuerdo de servicios aéreos con Nauru"),
        ("pt", "Andorra ratificou o acordo de previdência social com Nauru"),
        ("zh", "安道尔批准与瑙鲁的航空运输协定"),
    ],
)
def test_a_neighbouring_treaty_never_moves_a_trade_agreement(lang: str, title: str) -> None:
    moved = [o for o in observe(TRADE, title, lang) if o.stage is not None]
    assert moved == []


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Andorra's lower house approved the legal aid treaty"),
        ("es", "Diputados de Andorra dieron media sanción al tratado de asistencia judicial"),
        ("pt", "A Câmara dos Deputados de Andorra aprovou o tratado de assistência judiciária"),
    ],
)  # fmt: skip
def test_a_lower_house_vote_is_no_ratification(lang: str, title: str) -> None:
    stages = {o.stage for o in observe(SOLO_TREATY, title, lang)}
    assert not stages & {"ratified-partial", "ratified-all"}


def test_the_trade_agreement_itself_still_moves_it() -> None:
    title = "Andorra ratified the free trade agreement with Nauru"
    assert {o.stage for o in observe(TRADE, title, "en")} & {"ratified-partial", "ratified-all"}


@pytest.mark.parametrize(
    ("lang", "title", "lead", "stage"),
    [
        # resumed work ends a setback: the setback words in the same sentence are history
        (
            "en",
            "Helios plant update",
            "Construction of the Helios solar plant in Nauru restarted after "
            "a court lifted the order that had suspended it.",
            "construction",
        ),
        (
            "pt",
            "Usina solar da Helios em Nauru: obras são retomadas "
            "após decisão que suspendeu a liminar",
            "",
            "construction",
        ),
        (
            "es",
            "Planta solar de Helios en Nauru: obras se reanudan tras fallo que suspendió el freno",
            "",
            "construction",
        ),
        ("pt", "Começam as obras da usina solar da Helios em Nauru", "", "construction"),
        ("es", "Comienzan las obras de la planta solar de Helios en Nauru", "", "construction"),
        (
            "pt",
            "Usina solar da Helios em Nauru produz o primeiro lote de painéis",
            "",
            "operational",
        ),
        ("en", "Helios Nauru solar plant produces its first batch of power", "", "operational"),
        # a plain halt stays a setback
        ("en", "Court halts work on Helios solar plant in Nauru", "", "stalled"),
    ],
)
def test_resumption_and_first_output(lang: str, title: str, lead: str, stage: str) -> None:
    stages = {o.stage for o in observe(PLANT, title, lang, lead) if o.polarity is D}
    assert stages == {stage}
