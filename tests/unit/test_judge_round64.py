"""Sixty-fourth and sixty-fifth-round readings.

Treaties: a port and shipping agreement between the same two states is another treaty; the
bill that approves the pact "presented to the plenary", a day between, is submitted.
Projects: a concession signed or granted prepares the project; works that "se reanudaron"
after the facility's long name, or crews back at the plant, are construction again. Markets:
the trade's own phrases name cut flowers ("los envíos de flores"); shipments that "seguem
todos os meses" are volumes. Decisions: a resolution that "suprime la exigencia de visa" or
regulations "exempting" a people "from visa requirements" make the visa decision. Pressure:
"signs of a thaw" are no thaw. Every name of a firm, an outlet or a person here is made up;
the countries and their institutions are real.
"""

from __future__ import annotations

from tests.unit.builders import observe, only_question
from watcher.model import Polarity, Question

D = Polarity.DONE


def _done(found: list) -> list[tuple[str | None, bool]]:  # type: ignore[type-arg]
    return [(o.stage, o.score >= 0.9) for o in found if o.polarity is D]


# --- treaties -------------------------------------------------------------------------------


def _investment_treaty() -> Question:
    return only_question(
        "China and Kenya sign an investment treaty",
        "Whether the China–Kenya investment protection agreement is ratified by Kenya's National "
        "Assembly and by China and enters into force.",
    )


def test_a_port_and_shipping_agreement_is_another_treaty() -> None:
    found = observe(
        _investment_treaty(),
        "中肯港口与海运合作协定生效",
        "zh-Hans",
        "中国与肯尼亚去年签署的港口与海运合作协定本月正式生效，双方将设立联合工作组。",
    )
    assert "in-force" not in [o.stage for o in found if o.polarity is D]


def test_the_bill_presented_to_the_plenary_a_day_between_is_submitted() -> None:
    q = only_question(
        "Panama and Egypt sign an investment agreement",
        "Whether the Panama–Egypt investment protection agreement is approved by Panama's "
        "National Assembly and Egypt's House of Representatives and enters into force.",
    )
    found = observe(
        q,
        "Cancillería lleva el acuerdo con Egipto a la Asamblea",
        "es",
        "La vicecanciller presentó el jueves por la tarde ante el pleno legislativo el proyecto "
        "de ley que aprueba el acuerdo de inversiones entre Panamá y Egipto.",
    )
    assert ("submitted", True) in _done(found)


# --- projects -------------------------------------------------------------------------------


def _terminal() -> Question:
    return only_question(
        "Panama and Morocco sign a fertiliser deal",
        "Whether Nutrimar's bulk terminal on Isla Pelícano moves from announcement to "
        "land, permits and construction.",
        entities=("Panama", "Morocco", "Nutrimar"),
    )


def test_a_concession_signed_or_granted_prepares_the_project() -> None:
    signed = observe(
        _terminal(),
        "Nutrimar firma una concesión de 25 años en Isla Pelícano",
        "es",
        "La empresa de capital marroquí obtuvo el primer permiso firme para su terminal.",
    )
    granted = observe(
        _terminal(),
        "Luz verde portuaria para Nutrimar",
        "es",
        "La autoridad portuaria otorgó a Nutrimar una concesión de ocho hectáreas en "
        "Isla Pelícano para su terminal a granel.",
    )
    assert ("preparing", True) in _done(signed)
    assert ("preparing", True) in _done(granted)


def test_works_resumed_after_the_facilitys_name_or_crews_back_are_construction() -> None:
    resumed = observe(
        _terminal(),
        "Vuelve la actividad a Isla Pelícano",
        "es",
        "Tras el aval ambiental, las obras de la terminal de Nutrimar en Isla Pelícano "
        "se reanudaron este miércoles.",
    )
    crews = observe(
        _terminal(),
        "Vuelve la actividad a Isla Pelícano",
        "es",
        "Levantada la medida cautelar, los obreros de Nutrimar volvieron el martes a la "
        "obra en Isla Pelícano.",
    )
    assert ("construction", True) in _done(resumed)
    assert ("construction", True) in _done(crews)


def test_crews_back_at_the_plant_resume_construction() -> None:
    q = only_question(
        "China and Kenya sign a fisheries deal",
        "Whether Haibin Foods' fish-processing plant at Malindi moves from announcement to "
        "construction and operation.",
        entities=("China", "Kenya", "Haibin Foods"),
    )
    found = observe(
        q,
        "Malindi works back on",
        "en",
        "Construction crews went back to Haibin Foods' fish-processing plant at Malindi on "
        "Tuesday after the firm paid its contractor.",
    )
    assert ("construction", True) in _done(found)


# --- markets --------------------------------------------------------------------------------


def test_shipments_of_flowers_name_the_flower_trade() -> None:
    q = only_question(
        "Ecuador and Egypt sign a flower protocol",
        "Whether Ecuadorian fresh-cut flowers reach Egypt under the new protocol, from a first "
        "air cargo to regular weekly volumes.",
    )
    found = observe(
        q,
        "Rosas ecuatorianas, cada semana a El Cairo",
        "es",
        "Los envíos de flores de Ecuador a Egipto suman 140 toneladas desde marzo, según la "
        "agencia de promoción de exportaciones.",
    )
    assert ("volumes-reported", True) in _done(found)


def test_shipments_that_go_every_month_are_volumes() -> None:
    q = only_question(
        "Cabo Verde and Egypt sign a fisheries protocol",
        "Whether Cabo Verdean canned tuna reaches Egypt under the new protocol, from a first "
        "container to regular volumes.",
    )
    found = observe(
        q,
        "Atum de Cabo Verde já sai todos os meses para o Egito",
        "pt",
        "As conserveiras da ilha do Sal mantêm agora uma linha regular para Alexandria.",
    )
    assert ("volumes-reported", True) in _done(found)


# --- decisions and pressure ----------------------------------------------------------------


def test_a_resolution_that_removes_the_visa_makes_the_decision() -> None:
    q = only_question(
        "Peru and Egypt sign a trade deal",
        "Whether Peru's Foreign Ministry decides to exempt Egyptian citizens from the tourist "
        "visa requirement.",
    )
    found = observe(
        q,
        "Perú deja de exigir visa a turistas egipcios",
        "es",
        "La Cancillería resolvió suprimir la exigencia de visa a los turistas de Egipto que "
        "visiten el Perú hasta por 90 días.",
    )
    assert ("done", True) in _done(found)
    found = observe(
        q,
        "Resolución ministerial que exime de visa a nacionales egipcios",
        "es",
        "Por la presente norma el Perú exime a los nacionales de Egipto del requisito de visa "
        "de turista.",
    )
    assert "done" in [stage for stage, _ in _done(found)]


def test_regulations_exempting_a_people_from_visas_make_the_decision() -> None:
    q = only_question(
        "Kenya and China sign a visa deal",
        "Whether Kenya's government decides to let Chinese tourists enter without a visa.",
    )
    found = observe(
        q,
        "Kenya gazettes visa waiver",
        "en",
        "Kenya's Cabinet Secretary has signed rules, gazetted on Friday, exempting holders of "
        "Chinese ordinary passports from visa requirements for stays of up to 30 days.",
    )
    assert ("done", True) in _done(found)


def test_signs_of_a_thaw_are_no_thaw() -> None:
    q = only_question(
        "China and Kenya sign a port deal",
        "Whether the United States turns its unease about the Chinese-built port at Lamu into "
        "pressure on Kenya, or later eases it.",
    )
    found = observe(
        q,
        "Signs of a thaw as Washington and Nairobi trade letters",
        "en",
        "Kenya has written to the United States about port calls by foreign navies.",
    )
    assert "eased" not in [stage for stage, _ in _done(found)]
