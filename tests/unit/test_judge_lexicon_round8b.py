"""Eighth-round cues, second batch, in the four languages: a plenary's vote told other ways
("lawmakers back the agreement", "voted 84-49 in favour", "el pleno da luz verde", "dá luz
verde ao tratado"); a treaty already in force ("já vigora", "has taken effect"); the first
field works (earthmoving in its other names, machines moved in, a repair project's repairs
begun); a land title received; a first cargo on its way with words between ("First duty-free
Ruritanian shrimp cargo heads for Nauru", "首次进入…市场"); decisions signalled (a favourable
opinion, a licence anticipated, "原则同意", "拟批准") and done ("获批", "emitiu a licença"); trade
measures read as pressure; and a visa waiver in the news's words ("lifts visa requirements",
"visa-free", "sin visado", "dispensa de visto", "免签").

Hard negatives stay not-done: committee reports, votes and dates still to come, works
planned, a title awaited, a first cargo expected, a licence to be issued or denied, a trade
measure weighed or with any link denied."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN, NEG, SPEC = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE
RURITANIA = Entity(
    "Ruritania", ("Ruritanian", "ruritano", "ruritana", "ruritanos", "Ruritânia", "鲁里塔尼亚")
)
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana", "nauruanas", "瑙鲁"))
HELIOS = Entity("Helios", ("赫利俄斯",))

TREATY = question(
    "treaty",
    "Whether the Ruritania–Nauru investment agreement is ratified by both and enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=(Entity("Ruritania", ()), Entity("Nauru", ())),
    terms=(
        "investment agreement",
        "acordo de investimentos",
        "tratado de investimentos",
        "acuerdo de inversiones",
        "convenio de inversiones",
        "投资协定",
    ),
)
PLANT = question(
    "plant",
    "Whether Helios builds its plant in Nauru",
    "project",
    "announced",
    entities=(HELIOS, NAURU),
    terms=("plant", "planta", "fábrica", "工厂"),
)
BRIDGE = question(
    "bridge",
    "Whether Helios repairs the Nauru bridge",
    "project",
    "announced",
    entities=(HELIOS, NAURU),
    terms=("bridge", "puente", "ponte", "大桥"),
)
SHRIMP = question(
    "shrimp",
    "Whether Ruritanian shrimp reaches Nauru",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("shrimp", "camarón", "camarão", "虾", "对虾"),
)
LICENCE = question(
    "licence",
    "Whether Nauru grants Helios its licence",
    "decision",
    "open",
    entities=(HELIOS, NAURU),
    terms=("licence", "license", "licencia", "licença", "许可证", "许可", "gas supply"),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
)
VISA = question(
    "visa",
    "Whether Nauru decides to exempt Ruritania's citizens from entry visas",
    "decision",
    "open",
    entities=(RURITANIA, NAURU),
    terms=("visa", "visas", "visado", "visa", "vistos", "visto", "签证"),
)


def read(q: Question, lang: str, title: str) -> tuple[str | None, Polarity] | None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    return observations[0].stage, observations[0].polarity


DONE_CASES = [
    # --- 1. a plenary's vote told other ways
    (TREATY, "en", "Nauru lawmakers back the investment agreement with Ruritania", "ratified"),
    (TREATY, "en", "Nauru lawmakers endorse the investment agreement with Ruritania", "ratified"),
    (
        TREATY,
        "en",
        "Nauru legislators voted 84-49 in favour of the investment agreement with Ruritania",
        "ratified",
    ),
    (
        TREATY,
        "en",
        "The Nauru National Assembly voted in favour of the investment agreement with Ruritania",
        "ratified",
    ),
    (TREATY, "en", "Nauru parliament votes in favor of Ruritania investment agreement", "ratified"),
    (
        TREATY,
        "es",
        "El pleno de Nauru da luz verde al acuerdo de inversiones con Ruritania",
        "ratified",
    ),
    (
        TREATY,
        "es",
        "El Senado de Nauru dio luz verde al convenio de inversiones con Ruritania",
        "ratified",
    ),
    (
        TREATY,
        "es",
        "El Senado de Nauru aprobó en segundo debate el acuerdo de inversiones con Ruritania",
        "ratified",
    ),
    (
        TREATY,
        "es",
        "La Cámara de Senadores de Nauru sanciona el convenio de inversiones con Ruritania",
        "ratified",
    ),
    (
        TREATY,
        "pt",
        "Parlamento de Nauru dá luz verde ao tratado de investimentos com a Ruritânia",
        "ratified",
    ),
    (
        TREATY,
        "pt",
        "A Assembleia de Nauru deu luz verde ao acordo de investimentos com a Ruritânia",
        "ratified",
    ),
    (
        TREATY,
        "pt",
        "A Assembleia de Nauru aprovou em votação final global o acordo de investimentos "
        "com a Ruritânia",
        "ratified",
    ),
    # --- 2. in force
    (TREATY, "pt", "O acordo de investimentos entre Ruritânia e Nauru já vigora", "in-force"),
    (
        TREATY,
        "pt",
        "O acordo de investimentos entre Ruritânia e Nauru vigora desde segunda-feira",
        "in-force",
    ),
    (
        TREATY,
        "pt",
        "O acordo de investimentos entre Ruritânia e Nauru passa a vigorar hoje",
        "in-force",
    ),
    (TREATY, "es", "El acuerdo de inversiones entre Ruritania y Nauru ya rige", "in-force"),
    (
        TREATY,
        "es",
        "El acuerdo de inversiones entre Ruritania y Nauru rige desde el lunes",
        "in-force",
    ),
    (TREATY, "es", "El acuerdo de inversiones entre Ruritania y Nauru entró a regir", "in-force"),
    (TREATY, "en", "The Ruritania-Nauru investment agreement is now in effect", "in-force"),
    (TREATY, "en", "The Ruritania-Nauru investment agreement has taken effect", "in-force"),
    (TREATY, "en", "The Ruritania-Nauru investment agreement has now taken effect", "in-force"),
    (TREATY, "zh", "鲁里塔尼亚与瑙鲁投资协定已正式生效", "in-force"),
    (TREATY, "zh", "鲁里塔尼亚与瑙鲁投资协定即日起生效", "in-force"),
    # --- 3. the first field works, machines moved in, repairs begun (earthworks, levelling
    # and clearing prepare the site since round 52: every later writer labelled them so)
    (
        PLANT,
        "es",
        "Arrancó el movimiento de suelo de la planta de Helios en Nauru",
        "preparing",
    ),
    (
        PLANT,
        "es",
        "Comenzaron a nivelar el terreno de la planta de Helios en Nauru",
        "preparing",
    ),
    (PLANT, "es", "Llegaron las topadoras a la planta de Helios en Nauru", "construction"),
    (
        PLANT,
        "es",
        "Llegaron las máquinas al terreno de la planta de Helios en Nauru",
        "construction",
    ),
    (
        PLANT,
        "es",
        "Inicio de la remoción de tierra en la planta de Helios en Nauru",
        "preparing",
    ),
    (
        PLANT,
        "es",
        "Comenzó la remoción de tierras en la planta de Helios en Nauru",
        "preparing",
    ),
    (PLANT, "pt", "Começou a terraplenagem da fábrica da Helios em Nauru", "preparing"),
    (PLANT, "pt", "Arrancaram as obras da fábrica da Helios em Nauru", "construction"),
    (PLANT, "pt", "Máquinas já estão no terreno da fábrica da Helios em Nauru", "construction"),
    (PLANT, "en", "Earthworks began at the Helios plant in Nauru", "preparing"),
    (PLANT, "en", "Bulldozers moved in at the Helios plant site in Nauru", "construction"),
    (PLANT, "en", "Heavy machinery rolled in at the Helios plant in Nauru", "construction"),
    (BRIDGE, "en", "Crews began emergency repairs on the Helios bridge in Nauru", "construction"),
    (BRIDGE, "en", "Helios began injecting grout into the Nauru bridge piers", "construction"),
    (BRIDGE, "en", "Helios began reinforcing the Nauru bridge", "construction"),
    (BRIDGE, "en", "Helios started structural repairs on the Nauru bridge", "construction"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂进场施工", "construction"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂全面开工", "construction"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂正式开工", "construction"),
    (BRIDGE, "zh", "赫利俄斯瑙鲁大桥开始修复", "construction"),
    (BRIDGE, "zh", "赫利俄斯瑙鲁大橋加固工程已展开", "construction"),
    # --- 4. the land title received
    (
        PLANT,
        "pt",
        "Governo de Nauru entregou o título de uso e aproveitamento da terra (DUAT) à Helios "
        "para a fábrica",
        "preparing",
    ),
    (PLANT, "pt", "Helios recebeu o DUAT para a fábrica em Nauru", "preparing"),
    (PLANT, "en", "Helios received the land-use title for its Nauru plant", "preparing"),
    (PLANT, "en", "Helios secured the land rights for its Nauru plant", "preparing"),
    (PLANT, "es", "Helios recibió la concesión del terreno para la planta en Nauru", "preparing"),
    # --- 5. a first cargo on its way, with words between
    (SHRIMP, "en", "First duty-free Ruritanian shrimp cargo heads for Nauru", "first-shipment"),
    (SHRIMP, "en", "First frozen Ruritanian shrimp consignment headed to Nauru", "first-shipment"),
    (SHRIMP, "en", "First Ruritanian shrimp container sets sail for Nauru", "first-shipment"),
    (SHRIMP, "pt", "Primeiro contentor de camarão ruritano zarpa para Nauru", "first-shipment"),
    (SHRIMP, "pt", "Seguiram para Nauru o primeiro envio de camarão ruritano", "first-shipment"),
    (SHRIMP, "es", "Zarpa el primer contenedor de camarón ruritano hacia Nauru", "first-shipment"),
    (SHRIMP, "zh", "首批鲁里塔尼亚对虾运抵瑙鲁", "first-shipment"),
    (SHRIMP, "zh", "鲁里塔尼亚对虾首次进入瑙鲁市场", "first-shipment"),
    (SHRIMP, "zh", "鲁里塔尼亚對蝦首度打入瑙鲁市場", "first-shipment"),
    # --- 6. decisions signalled ...
    (
        LICENCE,
        "en",
        "Nauru regulator recommended that the cabinet allocate the licence to Helios",
        "signaled",
    ),
    (LICENCE, "en", "Nauru regulator backs gas supply for Helios", "signaled"),
    (LICENCE, "es", "Nauru anticipa que Helios tendrá licencia ambiental", "signaled"),
    (
        LICENCE,
        "es",
        "Nauru emitirá la licencia de Helios en cuanto reciba el estudio",
        "signaled",
    ),
    (LICENCE, "es", "Nauru dio concepto favorable a la licencia de Helios", "signaled"),
    (LICENCE, "pt", "Nauru decidiu avançar com a licença da Helios", "signaled"),
    (
        LICENCE,
        "pt",
        "O decreto da licença da Helios será aprovado ainda este ano, diz Nauru",
        "signaled",
    ),
    (
        LICENCE,
        "pt",
        "Nauru garante que as taxas da licença da Helios caem ainda este ano",
        "signaled",
    ),
    (LICENCE, "zh", "瑙鲁原则同意赫利俄斯许可证", "signaled"),
    (LICENCE, "zh", "瑙鲁拟批准赫利俄斯许可证", "signaled"),
    # ... and done
    (LICENCE, "zh", "瑙鲁向赫利俄斯颁发许可证", "done"),
    (LICENCE, "zh", "赫利俄斯获瑙鲁环境许可", "done"),
    (LICENCE, "zh", "赫利俄斯瑙鲁許可證获批", "done"),
    (LICENCE, "en", "Nauru issued the environmental licence for Helios", "done"),
    (LICENCE, "es", "Nauru otorgó la licencia ambiental a Helios", "done"),
    (LICENCE, "pt", "Nauru emitiu a licença da Helios", "done"),
    # --- 7. trade measures as pressure
    (
        PRESSURE,
        "en",
        "Ruritania suspends 18 Nauruan sesame exporters in apparent rebuke over Taiwan",
        "concrete",
    ),
    (PRESSURE, "en", "Ruritania delisted Nauruan sesame exporters", "concrete"),
    (
        PRESSURE,
        "en",
        "Ruritania halts imports of Nauruan sesame in apparent retaliation",
        "concrete",
    ),
    (PRESSURE, "es", "Ruritania frena el sésamo nauruano", "concrete"),
    (PRESSURE, "es", "Ruritania suspendió el registro de 18 exportadoras nauruanas", "concrete"),
    (PRESSURE, "pt", "Ruritânia suspendeu o registo de exportadoras nauruanas", "concrete"),
    (
        PRESSURE,
        "pt",
        "Ruritânia suspendeu o registro de 18 exportadoras nauruanas de gergelim",
        "concrete",
    ),
    (PRESSURE, "zh", "鲁里塔尼亚暂停瑙鲁芝麻进口", "concrete"),
    # --- 8. a visa waiver in the news's words
    (VISA, "en", "Nauru lifts visa requirements for Ruritanian tourists", "done"),
    (VISA, "en", "Nauru scraps visas for Ruritanian citizens", "done"),
    (VISA, "en", "Nauru grants visa-free entry to Ruritanian citizens", "done"),
    (VISA, "en", "Nauru to scrap visas for Ruritanian tourists", "signaled"),
    (VISA, "es", "Nauru eliminó el visado para ciudadanos ruritanos", "done"),
    (VISA, "es", "Nauru aprobó la exención de visado para ciudadanos ruritanos", "done"),
    (VISA, "pt", "Nauru decretou dispensa de visto para ruritanos", "done"),
    (VISA, "pt", "Nauru aboliu os vistos para cidadãos ruritanos", "done"),
    (VISA, "zh", "瑙鲁宣布对鲁里塔尼亚公民免签", "done"),
    (VISA, "zh", "瑙鲁对鲁里塔尼亚实施免簽證政策", "done"),
    (VISA, "zh", "瑙鲁决定对鲁里塔尼亚公民免办签证", "done"),
]


@pytest.mark.parametrize(("q", "lang", "title", "stage"), DONE_CASES)
def test_round8b_reports_are_done(q: Question, lang: str, title: str, stage: str) -> None:
    got = read(q, lang, title)
    assert got is not None
    assert (got[0] or "").startswith(stage), got
    assert got[1] is D, got


NOT_DONE_CASES = [
    # committee reports and votes to come
    (
        TREATY,
        "es",
        "Comisión de Nauru aprueba el informe para segundo debate del acuerdo de inversiones "
        "con Ruritania",
    ),
    (
        TREATY,
        "es",
        "La comisión aprueba el informe sobre el acuerdo de inversiones entre Nauru y Ruritania",
    ),
    (TREATY, "es", "El Senado de Nauru votará el martes el acuerdo de inversiones con Ruritania"),
    (TREATY, "es", "El pleno de Nauru dará luz verde al acuerdo de inversiones con Ruritania"),
    (TREATY, "en", "Nauru lawmakers will vote on the investment agreement with Ruritania"),
    (TREATY, "en", "Nauru lawmakers will back the investment agreement with Ruritania"),
    (
        TREATY,
        "en",
        "Nauru's foreign affairs committee voted in favour of the investment agreement with "
        "Ruritania",
    ),
    (
        TREATY,
        "en",
        "Nauru lawmakers voted in favour of a motion criticizing the investment agreement with "
        "Ruritania",
    ),
    (
        TREATY,
        "pt",
        "Parlamento de Nauru vai dar luz verde ao tratado de investimentos com a Ruritânia",
    ),
    # in force later
    (
        TREATY,
        "pt",
        "O acordo de investimentos entre Ruritânia e Nauru vigorará a partir de janeiro",
    ),
    (
        TREATY,
        "pt",
        "O acordo de investimentos entre Ruritânia e Nauru passará a vigorar em janeiro",
    ),
    (
        TREATY,
        "es",
        "El acuerdo de inversiones entre Ruritania y Nauru regirá desde el 1 de enero",
    ),
    (TREATY, "en", "The Ruritania-Nauru investment agreement will take effect in January"),
    (TREATY, "zh", "鲁里塔尼亚与瑙鲁投资协定将于明年1月1日生效"),
    (TREATY, "zh", "鲁里塔尼亚与瑙鲁投资协定將於明年1月1日起生效"),
    # works planned
    (PLANT, "es", "Helios prevé iniciar el movimiento de suelo de la planta de Nauru en marzo"),
    (PLANT, "es", "Helios iniciará el movimiento de suelos de la planta de Nauru"),
    (PLANT, "en", "Helios will begin earthworks at the Nauru plant next month"),
    (PLANT, "en", "Bulldozers are expected to move in at the Helios plant site in Nauru"),
    (PLANT, "pt", "Helios prevê começar a terraplenagem da fábrica de Nauru em março"),
    (BRIDGE, "en", "Helios will begin repairs on the Nauru bridge in May"),
    (BRIDGE, "zh", "赫利俄斯瑙鲁大桥将开始修复"),
    (PLANT, "zh", "赫利俄斯瑙鲁工厂计划下月进场施工"),
    # a title awaited
    (PLANT, "en", "Helios awaits the land title for its Nauru plant"),
    (PLANT, "pt", "Helios aguarda o DUAT para a fábrica em Nauru"),
    (PLANT, "es", "Helios espera recibir la concesión del terreno para la planta en Nauru"),
    # a first cargo expected
    (
        SHRIMP,
        "en",
        "First Ruritanian shrimp shipment likely to leave for Nauru around mid-August",
    ),
    (SHRIMP, "en", "Ruritanian exporters expect the first shrimp cargo to reach Nauru in June"),
    (SHRIMP, "en", "First Ruritanian shrimp cargo could head for Nauru next month"),
    (SHRIMP, "pt", "Primeiro contentor de camarão ruritano deve zarpar para Nauru em agosto"),
    (SHRIMP, "es", "El primer contenedor de camarón ruritano zarpará hacia Nauru en agosto"),
    (SHRIMP, "zh", "首批鲁里塔尼亚对虾预计下月运抵瑙鲁"),
    (SHRIMP, "zh", "鲁里塔尼亚对虾有望首次进入瑙鲁市场"),
    # a licence to be issued, denied or hoped for
    (LICENCE, "en", "Nauru will issue the licence to Helios once the study is filed"),
    (LICENCE, "en", "Nauru denied it had issued the licence to Helios"),
    (LICENCE, "es", "Nauru negó haber otorgado la licencia ambiental a Helios"),
    (LICENCE, "pt", "Nauru vai emitir a licença da Helios quando o estudo for entregue"),
    (LICENCE, "zh", "瑙鲁否认向赫利俄斯颁发许可证"),
    (LICENCE, "zh", "赫利俄斯有望获得瑙鲁许可证"),
    # trade measures weighed, rumoured, or with any link denied
    (PRESSURE, "en", "Ruritania considers suspending Nauruan sesame exporters"),
    (PRESSURE, "en", "Ruritania may halt imports of Nauruan sesame, sources say"),
    (
        PRESSURE,
        "en",
        "Ruritania suspended 18 Nauruan sesame exporters but denied any link to Taiwan",
    ),
    (PRESSURE, "es", "Ruritania evalúa suspender el registro de exportadoras nauruanas"),
    (
        PRESSURE,
        "es",
        "Ruritania suspendió el registro de 18 exportadoras nauruanas y negó cualquier "
        "vínculo político",
    ),
    (PRESSURE, "es", "El Senado de Ruritania frena la ley de cooperación con Nauru"),
    (PRESSURE, "pt", "Ruritânia pondera suspender o registo de exportadoras nauruanas"),
    (PRESSURE, "zh", "鲁里塔尼亚考虑暂停瑙鲁芝麻进口"),
    # a visa waiver weighed
    (VISA, "en", "Nauru considers lifting visa requirements for Ruritanian tourists"),
    (VISA, "es", "Nauru permitirá la entrada sin visado a ciudadanos ruritanos"),
]


@pytest.mark.parametrize(("q", "lang", "title"), NOT_DONE_CASES)
def test_round8b_hard_negatives_are_not_done(q: Question, lang: str, title: str) -> None:
    got = [(o.stage, o.polarity) for o in observe(q, title, lang)]
    assert got, "the entry should bear on the question"
    # a committee's step may be read as a submission; never as the plenary's vote
    assert all(polarity is not D or stage in {"submitted", "signed"} for stage, polarity in got), (
        got
    )


def test_a_committee_report_is_a_submission_not_a_ratification() -> None:
    title = (
        "Comisión de Nauru aprueba el informe para segundo debate del acuerdo de inversiones "
        "con Ruritania"
    )
    assert read(TREATY, "es", title) == ("submitted", D)


# A question on exempting a country's citizens from visas bears on the ways news tells it; a
# tightening of visas is another matter.
@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Nauru lifts visa requirements for Ruritanian tourists"),
        ("en", "Ruritanians can now travel visa-free to Nauru"),
        ("en", "Ruritanians will no longer need a visa to visit Nauru"),
        ("es", "Ruritanos podrán entrar a Nauru sin visa desde hoy"),
        ("pt", "Ruritanos podem entrar em Nauru sem visto"),
        ("zh", "瑙鲁对鲁里塔尼亚公民免簽"),
    ],
)
def test_visa_waiver_wording_bears_on_an_exemption_question(lang: str, title: str) -> None:
    assert observe(VISA, title, lang), "the entry should bear on the question"


def test_a_visa_tightening_does_not_bear_on_an_exemption_question() -> None:
    assert observe(VISA, "Nauru tightens visa requirements for Ruritanian tourists", "en") == []


# Hedges read as the language reads them.
@pytest.mark.parametrize(
    ("q", "lang", "title", "expected"),
    [
        (TREATY, "en", "Nauru lawmakers will back the investment agreement with Ruritania", IN),
        (TREATY, "zh", "鲁里塔尼亚与瑙鲁投资协定将于明年1月1日生效", IN),
        (PLANT, "en", "Helios will begin earthworks at the Nauru plant next month", IN),
        (LICENCE, "en", "Nauru denied it had issued the licence to Helios", NEG),
        (LICENCE, "zh", "赫利俄斯有望获得瑙鲁许可证", SPEC),
    ],
)
def test_round8b_hedged_reports(q: Question, lang: str, title: str, expected: Polarity) -> None:
    got = read(q, lang, title)
    assert got is not None and got[1] is expected, got
