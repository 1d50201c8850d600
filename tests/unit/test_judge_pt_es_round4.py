"""Portuguese (Brazilian, European and African spelling) and Spanish cues for steps the press
tells in its own idiom: a unicameral assembly's final overall vote ("votação final global"), an
agreement sent to the assembly, a decree published in the official gazette, works standing
still or taking up again, a first ship or first patients, credit disbursements and visas
withheld or restored.

Hard negatives stay not-done: a committee's opinion with the vote set for a date, a draft decree
on its way to the President's signature, a decree still to be published, a first stone or works
set for a date, doors to open, a freeze only weighed, and sources cited after the verb."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN, SPEC = Polarity.DONE, Polarity.INTENT, Polarity.SPECULATIVE
RURITANIA = Entity("Ruritania", ("Ruritanian", "ruritano", "ruritana"))
NAURU = Entity("Nauru", ("Nauruan", "nauruano", "nauruana"))
HELIOS = Entity("Helios", ("Helios Corp",))

LOAN = question(
    "loan",
    "Whether Ruritania's assembly approves the Helios Bank loan agreement and it takes effect",
    "ratification",
    "signed",
    entities=(RURITANIA,),
    terms=("acordo de empréstimo", "convenio de préstamo"),
)
CONCESSION = question(
    "concession",
    "Whether the President grants Helios the concession by decree",
    "decision",
    "open",
    entities=(HELIOS,),
    terms=("concessão", "concesión"),
)
TERMINAL = question(
    "terminal",
    "Whether Helios builds and opens its container terminal and hospital",
    "project",
    "announced",
    entities=(HELIOS,),
    terms=("terminal de contentores", "terminal de contenedores", "hospital"),
)
CHICKEN = question(
    "chicken",
    "Whether Ruritanian chicken reaches the Nauruan market",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("frango", "pollo"),
)
PRESSURE = question(
    "pressure",
    "Whether Ruritania steps up pressure on Nauru",
    "pressure",
    "baseline",
    entities=(RURITANIA, NAURU),
    terms=("Nauru", "nauruano"),
)

CASES = [
    # --- the final overall vote of a unicameral assembly; its members are deputados
    (
        LOAN, "pt",
        "Os deputados ruritanos aprovaram ontem, em votação final global, o acordo de "
        "empréstimo com o Helios Bank",
        "ratified-all", D,
    ),
    # --- the government sends the agreement to the assembly
    (
        LOAN, "pt",
        "O Titular do Poder Executivo da Ruritânia remeteu à Assembleia Nacional a proposta de "
        "resolução que aprova o acordo de empréstimo com o Helios Bank",
        "submitted", D,
    ),
    (
        LOAN, "pt", "O Governo ruritano submeteu à Assembleia da República o acordo de empréstimo",
        "submitted", D,
    ),
    (
        LOAN, "pt", "Acordo de empréstimo da Ruritânia deu entrada na Assembleia Nacional",
        "submitted", D,
    ),
    (LOAN, "pt", "Acordo de empréstimo da Ruritânia chega ao Parlamento", "submitted", D),
    (
        LOAN, "es",
        "El Gobierno de Ruritania remitió a la Asamblea Nacional el convenio de préstamo",
        "submitted", D,
    ),
    (
        LOAN, "es",
        "El Ejecutivo ruritano sometió a la Asamblea Legislativa el convenio de préstamo",
        "submitted", D,
    ),
    (LOAN, "es", "Convenio de préstamo de Ruritania llega a la Asamblea", "submitted", D),
    # --- in force, the agreement's long name between subject and verb
    (
        LOAN, "pt",
        "O acordo de empréstimo de 920 milhões de dólares entre a Ruritânia e o Helios Bank "
        "entrou em vigor esta quarta-feira, cumpridas as condições prévias",
        "in-force", D,
    ),
    # --- in force told by the date first: "since Monday the agreement rules"
    (LOAN, "es", "Desde este lunes rige el convenio de préstamo con Ruritania", "in-force", D),
    (LOAN, "es", "El convenio de préstamo con Ruritania cobró vigencia el lunes", "in-force", D),
    (LOAN, "pt", "Desde segunda-feira vigora o acordo de empréstimo da Ruritânia", "in-force", D),
    # --- a concession granted by decree and published in the gazette
    (
        CONCESSION, "pt",
        "O Presidente da República outorgou à Helios a concessão, por 30 anos, através do "
        "Decreto Presidencial n.º 141/26, publicado hoje em Diário da República",
        "done", D,
    ),
    (CONCESSION, "pt", "Concessão da Helios oficializada em Diário da República", "done", D),
    (CONCESSION, "pt", "O Presidente outorgou à Helios a concessão do cais", "done", D),
    (
        CONCESSION, "es",
        "La concesión a Helios fue oficializada hoy en la Gaceta Oficial",
        "done", D,
    ),
    # a draft decree on its way to the signature is a signal
    (
        CONCESSION, "pt",
        "O Conselho de Ministros apreciou o projecto de decreto presidencial que outorga à "
        "Helios a concessão, que segue agora para assinatura do Presidente da República",
        "signaled", D,
    ),
    (
        CONCESSION, "es",
        "El Consejo de Ministros aprobó el proyecto de decreto que otorga a Helios la concesión, "
        "que pasa ahora a la firma del Presidente",
        "signaled", D,
    ),
    # sources named after the verb
    (
        CONCESSION, "pt",
        "O Presidente já outorgou à Helios a concessão, disseram ao jornal duas fontes do "
        "ministério",
        "done", SPEC,
    ),
    # --- works standing still
    (
        TERMINAL, "pt",
        "Os trabalhos do terminal de contentores da Helios estão parados desde segunda-feira",
        "stalled", D,
    ),
    (
        TERMINAL, "pt", "O estaleiro do terminal de contentores continua parado, informou a Helios",
        "stalled", D,
    ),
    (TERMINAL, "pt", "Greve trava as obras do terminal de contentores da Helios", "stalled", D),
    (
        TERMINAL, "es", "Las obras de la terminal de contenedores siguen paradas, informó Helios",
        "stalled", D,
    ),
    (
        TERMINAL, "es",
        "Huelga detiene las obras de la terminal de contenedores de Helios",
        "stalled", D,
    ),
    # --- works start or take up again
    (
        TERMINAL, "pt",
        "O ministro lançou ontem a primeira pedra do terminal de contentores da Helios",
        "construction", D,
    ),
    (
        TERMINAL, "pt",
        "Lançada a primeira pedra do terminal de contentores da Helios",
        "construction", D,
    ),
    (
        TERMINAL, "pt", "As máquinas da Helios voltaram a trabalhar no terminal de contentores",
        "construction", D,
    ),
    (TERMINAL, "pt", "Obras do terminal de contentores da Helios arrancam", "construction", D),
    (TERMINAL, "pt", "Arranque das obras do terminal de contentores da Helios", "construction", D),
    (
        TERMINAL, "pt",
        "O ministro lançou ontem a primeira pedra do terminal de contentores da Helios, e as "
        "máquinas voltaram a trabalhar no cais, parado desde Setembro",
        "construction", D,
    ),
    (
        TERMINAL, "es",
        "Las máquinas de Helios volvieron a trabajar en la terminal de contenedores, paralizada "
        "desde septiembre",
        "construction", D,
    ),
    (
        TERMINAL, "es", "Las obras de la terminal de contenedores arrancaron, informó Helios",
        "construction", D,
    ),
    (
        TERMINAL, "es",
        "Arranque de las obras de la terminal de contenedores de Helios",
        "construction", D,
    ),
    # European spelling of a plan
    (
        TERMINAL, "pt", "A Helios planeia lançar a primeira pedra do terminal de contentores",
        "construction", IN,
    ),
    (
        TERMINAL, "pt", "A Helios planeia iniciar as obras do terminal de contentores",
        "construction", IN,
    ),
    # --- European and African "contentores"
    (
        CHICKEN, "pt", "Primeiros contentores de frango ruritano descarregados no Nauru",
        "first-shipment", D,
    ),
    (
        CHICKEN, "pt", "Nauru recebeu este ano 350 contentores de frango ruritano",
        "volumes-reported", D,
    ),
    # --- the facility works: first ship, first patients, doors open
    (TERMINAL, "pt", "O terminal de contentores da Helios começou hoje a operar", "operational", D),
    (TERMINAL, "pt", "Terminal de contentores da Helios recebe primeiro navio", "operational", D),
    (
        TERMINAL, "pt",
        "O primeiro navio movimentado no terminal de contentores da Helios é chinês",
        "operational", D,
    ),
    (TERMINAL, "pt", "O hospital da Helios abriu as portas", "operational", D),
    (TERMINAL, "pt", "O hospital da Helios atendeu os primeiros doentes", "operational", D),
    (
        TERMINAL, "es", "La terminal de contenedores de Helios comenzó ayer a operar",
        "operational", D,
    ),
    (
        TERMINAL, "es", "La terminal de contenedores de Helios recibió su primer buque",
        "operational", D,
    ),
    (TERMINAL, "es", "El hospital de Helios abrió sus puertas", "operational", D),
    (TERMINAL, "es", "El hospital de Helios atendió a sus primeros pacientes", "operational", D),
    # --- credit disbursements and visas withheld
    (
        PRESSURE, "pt",
        "A Ruritânia decidiu suspender os desembolsos de uma linha de crédito ao Nauru",
        "concrete", D,
    ),
    (PRESSURE, "pt", "Nauru lamenta congelamento de linha de crédito ruritana", "concrete", D),
    (
        PRESSURE, "pt", "Ruritânia anuncia restrições de vistos a funcionários nauruanos",
        "concrete", D,
    ),
    (
        PRESSURE, "es", "Ruritania anunció restricciones de visado contra funcionarios nauruanos",
        "concrete", D,
    ),
    (PRESSURE, "es", "Ruritania restringe visados a funcionarios nauruanos", "concrete", D),
    (
        PRESSURE, "es",
        "Nauru lamenta la suspensión de los desembolsos de la línea de crédito ruritana",
        "concrete", D,
    ),
    # --- and restored
    (
        PRESSURE, "pt", "A Ruritânia retomou os desembolsos da linha de crédito ao Nauru",
        "eased", D,
    ),
    (
        PRESSURE, "pt", "A Ruritânia levantou o congelamento da linha de crédito ao Nauru",
        "eased", D,
    ),
    (
        PRESSURE, "pt", "A Ruritânia pôs fim ao congelamento da linha de crédito ao Nauru",
        "eased", D,
    ),
    (
        PRESSURE, "es",
        "Ruritania reanudó los desembolsos de la línea de crédito a Nauru",
        "eased", D,
    ),
    (
        PRESSURE, "es", "Ruritania levantó el congelamiento de la línea de crédito a Nauru",
        "eased", D,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("q", "lang", "title", "stage", "polarity"), CASES)
def test_stage(q: Question, lang: str, title: str, stage: str, polarity: Polarity) -> None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    assert (observations[0].stage, observations[0].polarity) == (stage, polarity)


# Near misses: each bears on its question, and none reports these stages done.
NOT_DONE = [
    # a committee's opinion, the final vote set for a date
    (
        LOAN, "pt",
        "As comissões da Assembleia Nacional deram parecer favorável ao acordo de empréstimo "
        "ruritano, agendando a votação final global para 23 de Julho",
        ("ratified-all", "ratified-partial"),
    ),
    (
        LOAN, "pt",
        "O acordo de empréstimo ruritano será aprovado em votação final global na próxima semana",
        ("ratified-all", "ratified-partial"),
    ),
    (
        LOAN, "pt",
        "A votação final global do acordo de empréstimo ruritano está marcada para quinta",
        ("ratified-all", "ratified-partial"),
    ),
    # sending to come, an arrival with a date
    (
        LOAN, "pt", "O Governo ruritano vai remeter à Assembleia Nacional o acordo de empréstimo",
        ("submitted",),
    ),
    (
        LOAN, "es", "El Gobierno de Ruritania remitirá a la Asamblea el convenio de préstamo",
        ("submitted",),
    ),
    (
        LOAN, "pt",
        "Acordo de empréstimo da Ruritânia chega ao Parlamento em Setembro",
        ("submitted",),
    ),
    (
        LOAN, "pt",
        "O acordo de empréstimo ruritano entrará em vigor quando forem cumpridas as condições",
        ("in-force",),
    ),
    # the rule that governs the loan is no entry into force
    (
        LOAN, "es",
        "La ley que rige el convenio de préstamo con Ruritania será reformada",
        ("in-force",),
    ),
    # a decree still to be published, a draft, a gazette not yet out
    (
        CONCESSION, "pt",
        "O decreto que outorga à Helios a concessão deverá ser publicado nas próximas semanas",
        ("done",),
    ),
    (
        CONCESSION, "pt",
        "A concessão à Helios só será oficializada quando o decreto for publicado em Diário da "
        "República",
        ("done",),
    ),
    (
        CONCESSION, "pt", "A concessão da Helios ainda não foi publicada em Diário da República",
        ("done",),
    ),
    (
        CONCESSION, "es",
        "El decreto que otorga a Helios la concesión será publicado en la Gaceta Oficial",
        ("done",),
    ),
    (
        CONCESSION, "es",
        "El Consejo de Ministros analizó el borrador de decreto que otorga a Helios la concesión",
        ("done",),
    ),
    # a first stone or works set for a date
    (
        TERMINAL, "pt",
        "A Helios marcou para 12 de Novembro o lançamento da primeira pedra do terminal de "
        "contentores",
        ("construction",),
    ),
    (
        TERMINAL, "pt",
        "O lançamento da primeira pedra do terminal de contentores da Helios está marcado para "
        "Novembro",
        ("construction",),
    ),
    (
        TERMINAL, "pt",
        "Obras do terminal de contentores da Helios arrancam em Março",
        ("construction",),
    ),
    (
        TERMINAL, "pt",
        "O arranque das obras do terminal de contentores da Helios está previsto para Maio",
        ("construction",),
    ),
    (
        TERMINAL, "es",
        "Helios fijó para el 12 de noviembre la colocación de la primera piedra de la terminal de "
        "contenedores",
        ("construction",),
    ),
    (
        TERMINAL, "es", "Las obras de la terminal de contenedores de Helios arrancan en marzo",
        ("construction",),
    ),
    # the resumption sentence recalls a standstill; a threat to stop is no standstill
    (
        TERMINAL, "pt",
        "Obras do terminal de contentores da Helios arrancam após meses de paralisação",
        ("stalled",),
    ),
    (
        TERMINAL, "pt",
        "Os trabalhadores ameaçam parar as obras do terminal de contentores da Helios",
        ("stalled",),
    ),
    # a first ship or open doors still to come; doors opened to capital
    (
        TERMINAL, "pt",
        "A atracação do primeiro navio no terminal de contentores da Helios está prevista para "
        "Junho",
        ("operational",),
    ),
    (TERMINAL, "pt", "O hospital da Helios abrirá as portas em Março", ("operational",)),
    (
        TERMINAL, "pt", "O hospital da Helios vai abrir as portas aos primeiros doentes em Março",
        ("operational",),
    ),
    (
        TERMINAL, "pt",
        "A Helios abriu as portas ao investimento estrangeiro no terminal de contentores",
        ("operational",),
    ),
    (
        TERMINAL, "es", "La terminal de contenedores de Helios recibirá su primer buque en junio",
        ("operational",),
    ),
    (TERMINAL, "es", "El hospital de Helios abrirá sus puertas en marzo", ("operational",)),
    # a freeze or visa curbs only weighed, threatened or denied; a resumption only possible
    (
        PRESSURE, "pt",
        "A Ruritânia pondera suspender os desembolsos de uma linha de crédito ao Nauru",
        ("concrete",),
    ),
    (
        PRESSURE, "pt", "A Ruritânia avalia restrições de vistos a funcionários nauruanos",
        ("concrete",),
    ),
    (
        PRESSURE, "pt",
        "O Nauru negou ter recebido qualquer ameaça de restrições de vistos por parte da Ruritânia",
        ("concrete",),
    ),
    (
        PRESSURE, "es", "Ruritania evalúa restricciones de visado contra funcionarios nauruanos",
        ("concrete",),
    ),
    (PRESSURE, "pt", "A Ruritânia poderá retomar os desembolsos ao Nauru", ("eased",)),
    (PRESSURE, "es", "Nauru pidió a Ruritania que reanude los desembolsos", ("eased",)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "lang", "title", "stages"), NOT_DONE)
def test_not_done(q: Question, lang: str, title: str, stages: tuple[str, ...]) -> None:
    observations = observe(q, title, lang)
    assert len(observations) == 1, "the entry should bear on the question"
    assert not any(o.stage in stages and o.polarity is D for o in observations)
