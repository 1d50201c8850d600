"""Seventh-round Spanish cues, as the press of Spain and Latin America writes them: one chamber
of two ("media sanción", "lo giró a Diputados") is not yet the country's ratification, while the
vote that completes the legislature's approval is ("convirtió en ley", "sanción definitiva",
"completó el trámite parlamentario"); an executive's ratification ("aprobó la ratificación",
"depositó el instrumento de ratificación"); a treaty sent to Congress ("mandó al Congreso",
"ingresó al Senado", "remitió a las Cortes"); a treaty in force ("rige a partir de", "entró a
regir"); environmental approval, admission to an incentive regime, credit closed and supply or
EPC contracts signed; earthworks and cable laying; a plant that already produces; a project
frozen or on hold; the first container sailed; running export totals; permits, certificates and
contracts signed; talks frozen and guarantees withdrawn.

Hard negatives stay not-done: plans, futures, denials, a committee, a recommendation and a
treaty that takes effect only once a condition is met."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from watcher.model import Entity, Polarity, Question

D, IN = Polarity.DONE, Polarity.INTENT
RURITANIA = Entity("Ruritania", ("ruritano", "ruritana"))
NAURU = Entity("Nauru", ("nauruano", "nauruana"))
HELIOS = Entity("Helios", ("Helios Corp",))

TREATY = question(
    "bit",
    "Whether the Ruritania–Nauru investment treaty is ratified and enters into force",
    "ratification",
    "signed",
    entities=(RURITANIA, NAURU),
    parties=(RURITANIA, NAURU),
    terms=("tratado de inversiones", "acuerdo de inversiones"),
)
PLANT = question(
    "plant",
    "Whether Helios builds and opens its lithium plant and submarine cable",
    "project",
    "announced",
    entities=(HELIOS,),
    terms=("planta de litio", "cable submarino", "centro de datos"),
)
CHERRIES = question(
    "cherries",
    "Whether Ruritanian cherries and ethanol reach the Nauruan market",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("cereza", "cerezas", "etanol"),
)
CONCESSION = question(
    "concession",
    "Whether Ruritania grants Helios the mining concession and its certificate",
    "decision",
    "open",
    entities=(RURITANIA, HELIOS),
    terms=("concesión", "certificado", "contrato"),
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
    # --- 1. one chamber of two: the other chamber still votes (intent, not done)
    (TREATY, "El Senado ruritano aprobó el tratado de inversiones con Nauru; resta la votación "
     "en Diputados", "ratified-partial", IN),
    (TREATY, "El Senado ruritano aprobó el tratado de inversiones con Nauru, que aún debe ser "
     "tratado por la Cámara de Representantes", "ratified-partial", IN),
    (TREATY, "El Senado ruritano aprobó el tratado de inversiones con Nauru; falta el aval de la "
     "Cámara de Representantes", "ratified-partial", IN),
    (TREATY, "El Senado ruritano ratificó el tratado de inversiones con Nauru, que ahora será "
     "debatido en la Cámara de Representantes", "ratified-partial", IN),
    (TREATY, "El Senado ruritano ratificó el tratado de inversiones con Nauru y lo giró a la "
     "Cámara de Representantes", "ratified-partial", IN),
    (TREATY, "La Cámara de Representantes ruritana ratificó el tratado de inversiones con Nauru y "
     "lo despachó al Senado", "ratified-partial", IN),
    # ... and the vote that completes the legislature's approval
    (TREATY, "La Cámara de Diputados ruritana convirtió en ley el tratado de inversiones con "
     "Nauru", "ratified-partial", D),
    (TREATY, "La Cámara de Diputados de Ruritania dio sanción definitiva al tratado de "
     "inversiones con Nauru", "ratified-partial", D),
    (TREATY, "La Cámara de Diputados de Ruritania aprobó en forma definitiva el tratado de "
     "inversiones con Nauru", "ratified-partial", D),
    (TREATY, "El Congreso ruritano completó el trámite parlamentario del tratado de inversiones "
     "con Nauru", "ratified-partial", D),
    (TREATY, "La Cámara de Diputados ruritana aprobó el tratado de inversiones con Nauru, con lo "
     "que concluye su trámite en el Congreso", "ratified-partial", D),
    (TREATY, "El tratado de inversiones con Nauru quedó aprobado por el Congreso ruritano",
     "ratified-partial", D),
    (TREATY, "Ruritania: el Congreso culminó la aprobación del tratado de inversiones con Nauru",
     "ratified-partial", D),
    (TREATY, "El tratado de inversiones con Nauru ya es ley en Ruritania", "ratified-partial", D),
    # --- 2. ratification by the executive
    (TREATY, "El gabinete ruritano dio luz verde a la ratificación del tratado de inversiones "
     "con Nauru", "ratified-partial", D),
    (TREATY, "Ruritania depositó el instrumento de ratificación del tratado de inversiones con "
     "Nauru", "ratified-partial", D),
    (TREATY, "El presidente ruritano firmó el instrumento de ratificación del tratado de "
     "inversiones con Nauru", "ratified-partial", D),
    (TREATY, "Ruritania notificó a Nauru el cumplimiento de sus requisitos internos para el "
     "tratado de inversiones", "ratified-partial", D),
    # --- 3. sent to the legislature
    (TREATY, "El Ejecutivo ruritano mandó al Congreso el tratado de inversiones con Nauru",
     "submitted", D),
    (TREATY, "El tratado de inversiones con Nauru ingresó al Senado ruritano", "submitted", D),
    (TREATY, "El Gobierno ruritano remitió a las Cortes Generales el tratado de inversiones con "
     "Nauru", "submitted", D),
    (TREATY, "El tratado de inversiones con Nauru fue enviado al Congreso ruritano", "submitted",
     D),
    # --- 4. in force
    (TREATY, "El tratado de inversiones entre Ruritania y Nauru rige a partir de este lunes",
     "in-force", D),
    (TREATY, "El tratado de inversiones entre Ruritania y Nauru está en vigor desde el lunes",
     "in-force", D),
    (TREATY, "Entró a regir el tratado de inversiones entre Ruritania y Nauru", "in-force", D),
    (TREATY, "Ya está vigente el tratado de inversiones entre Ruritania y Nauru", "in-force", D),
    # --- 5. preparing: environmental approval, incentive regime, credit, contracts
    (PLANT, "La autoridad ambiental otorgó la declaración de impacto ambiental a la planta de "
     "litio de Helios", "preparing", D),
    (PLANT, "Helios obtuvo la resolución de calificación ambiental favorable para su planta de "
     "litio", "preparing", D),
    (PLANT, "La planta de litio de Helios recibió la aprobación ambiental", "preparing", D),
    (PLANT, "La planta de litio de Helios fue admitida en el RIGI", "preparing", D),
    (PLANT, "Helios logró su ingreso al régimen de incentivos para la planta de litio",
     "preparing", D),
    (PLANT, "Helios suscribió el crédito sindicado para su planta de litio", "preparing", D),
    # --- 6. construction
    (PLANT, "Helios comenzó a tender el cable submarino", "construction", D),
    # (earthworks prepare the site since round 52)
    (PLANT, "Comenzó el movimiento de suelos para la planta de litio de Helios", "preparing", D),
    (PLANT, "Helios inició la instalación de faenas de la planta de litio", "construction", D),
    (PLANT, "La planta de litio de Helios entró en fase de construcción", "construction", D),
    # --- 7. operational
    (PLANT, "La planta de litio de Helios ya produce carbonato de litio", "operational", D),
    (PLANT, "La planta de litio de Helios produjo sus primeras toneladas de carbonato",
     "operational", D),
    (PLANT, "El cable submarino de Helios comenzó a transportar tráfico comercial",
     "operational", D),
    # --- 8. stalled
    (PLANT, "La planta de litio de Helios queda en suspenso", "stalled", D),
    (PLANT, "Helios congela la planta de litio", "stalled", D),
    (PLANT, "Helios pone en pausa su planta de litio", "stalled", D),
    (PLANT, "La planta de litio de Helios está en el limbo", "stalled", D),
    # --- 9. first shipment (already read by the noun "primer contenedor"), 10. running totals
    (CHERRIES, "Ruritania: zarpó el primer contenedor de cerezas rumbo a Nauru",
     "first-shipment", D),
    (CHERRIES, "Ruritania ha enviado 310 millones de litros de etanol a Nauru desde agosto",
     "volumes-reported", D),
    (CHERRIES, "Desde agosto Ruritania lleva exportados 310 millones de litros de etanol a Nauru",
     "volumes-reported", D),
    # --- 11. decision done, and signaled
    (CONCESSION, "El ministerio ruritano emitió el certificado a Helios", "done", D),
    (CONCESSION, "Ruritania y Helios firman el contrato de concesión", "done", D),
    (CONCESSION, "Ruritania dio permiso a Helios para la concesión", "done", D),
    (CONCESSION, "El ministro ruritano confirmó que el Gobierno otorgará la concesión a Helios",
     "signaled", D),
    (CONCESSION, "El informe técnico ruritano recomienda conceder la concesión a Helios",
     "signaled", D),
    # --- 12. pressure concrete
    (PRESSURE, "Ruritania retiró una garantía a Nauru", "concrete", D),
    (PRESSURE, "Ruritania congeló la negociación con Nauru", "concrete", D),
    (PRESSURE, "Ruritania suspendió las cartas de crédito a Nauru", "concrete", D),
    (PRESSURE, "Ruritania interrumpió el diálogo con Nauru", "concrete", D),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stage", "polarity"), CASES)
def test_round7_es(q: Question, title: str, stage: str, polarity: Polarity) -> None:
    found = [(o.stage, o.polarity) for o in observe(q, title, "es")]
    assert found == [(stage, polarity)], found


# Near misses: each bears on its question, and none reports these stages done.
NOT_DONE = [
    (TREATY, "El Senado ruritano aprobó el tratado de inversiones con Nauru y lo giró a la "
     "Cámara de Diputados", ("ratified-partial", "ratified-all")),
    (TREATY, "El Senado ruritano ratificó el tratado de inversiones con Nauru y lo giró a la "
     "Cámara baja", ("ratified-partial", "ratified-all")),
    (TREATY, "El tratado de inversiones con Nauru obtuvo media sanción en el Senado ruritano",
     ("ratified-partial", "ratified-all")),
    (TREATY, "La comisión de Relaciones Exteriores del Congreso ruritano completó el trámite del "
     "tratado de inversiones con Nauru", ("ratified-partial", "ratified-all")),
    (TREATY, "El tratado de inversiones con Nauru será convertido en ley por el Congreso "
     "ruritano el próximo mes", ("ratified-partial", "ratified-all")),
    (TREATY, "El Consejo de Ministros ruritano aprobó el tratado de inversiones con Nauru y su "
     "remisión a las Cortes", ("ratified-partial", "ratified-all")),
    (TREATY, "El Gobierno ruritano enviará al Congreso el tratado de inversiones con Nauru",
     ("submitted",)),
    (TREATY, "El tratado de inversiones entre Ruritania y Nauru regirá a partir del próximo año",
     ("in-force",)),
    (TREATY, "El tratado de inversiones entre Ruritania y Nauru estará vigente una vez que se "
     "cumplan los trámites", ("in-force",)),
    (PLANT, "Helios solicitó la declaración de impacto ambiental para su planta de litio",
     ("preparing",)),
    (PLANT, "Helios planea iniciar el movimiento de suelos para la planta de litio",
     ("construction",)),
    (PLANT, "Helios no ha comenzado a tender el cable submarino", ("construction",)),
    (PLANT, "La planta de litio de Helios producirá sus primeras toneladas en 2031",
     ("operational",)),
    (PLANT, "Helios negó que la planta de litio quede en suspenso", ("stalled",)),
    (CHERRIES, "El primer contenedor de cerezas ruritanas zarpará hacia Nauru en diciembre",
     ("first-shipment",)),
    (CONCESSION, "El Gobierno ruritano firmará el contrato de concesión con Helios en marzo",
     ("done",)),
    (CONCESSION, "El informe técnico ruritano recomienda conceder la concesión a Helios",
     ("done",)),
    (PRESSURE, "Ruritania amenazó con congelar la negociación con Nauru", ("concrete",)),
    (PRESSURE, "Ruritania evalúa retirar la garantía a Nauru", ("concrete",)),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stages"), NOT_DONE)
def test_round7_es_not_done(q: Question, title: str, stages: tuple[str, ...]) -> None:
    found = observe(q, title, "es")
    assert found, "the entry should bear on the question"
    assert not [o for o in found if o.stage in stages and o.polarity is D], found
