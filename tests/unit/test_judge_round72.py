"""Classes of misreading found in blind rounds 72 and 73 (read in the twenty-eighth session),
each written here in new words: a hedge that sits right before the cue's subject, a bill's
name taken for its passage, a firm named after its home province, a listed firm's legal form,
land bought told in Spanish, a decree awaiting a signature, Togo's Chinese name, both sides'
procedures in Chinese, and a lone leaping report that must not count as reached after a
setback."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.unit.builders import done_stages, entity_names, observe, only_question, questions_of
from watcher.judge import replay
from watcher.model import Observation, Polarity, Question, StatusChange

PLANT_ITEM = (
    "Whether Qaswa Minerals' phosphate blending plant at Manta moves from announcement to "
    "construction and operation."
)
PLANT_TITLE = "Ecuador and Jordan sign a fertiliser investment pact"


def test_no_before_the_subject_of_a_cue_negates_it() -> None:
    q = only_question(PLANT_TITLE, PLANT_ITEM, entities=("Qaswa Minerals",))
    found = observe(
        q,
        "Qaswa Minerals still hunting for Manta site",
        "en",
        "Qaswa Minerals has applied for a permit for its Manta blending plant, but no land has "
        "been secured yet.",
    )
    assert found and "preparing" not in done_stages(found)


def test_unlikely_before_or_after_the_cue_is_no_shipment() -> None:
    q = only_question(
        "Ecuador opens its market to Jordanian olive oil",
        "Whether Jordanian olive oil reaches Ecuador under the new sanitary protocol, from a "
        "first shipment to regular volumes.",
    )
    for title, lead in [
        ("First cargo of Jordanian olive oil for Ecuador unlikely before autumn", ""),
        (
            "Ecuadorian importers ask for Jordanian olive oil samples",
            "Traders say the first shipment of Jordanian olive oil is unlikely to reach "
            "Guayaquil before October.",
        ),
    ]:
        found = observe(q, title, "en", lead)
        assert found and "first-shipment" not in done_stages(found), title


TREATY_TITLE = "Colombia and Jordan sign an investment protection agreement"
TREATY_ITEM = (
    "Whether the Colombia–Jordan investment protection agreement is sent to Colombia's "
    "Congress, ratified by both countries and enters into force."
)


def test_a_bill_named_by_what_it_approves_is_not_its_passage() -> None:
    q = only_question(TREATY_TITLE, TREATY_ITEM)
    found = observe(
        q,
        "Ponente pide votar pronto el acuerdo con Jordania",
        "es",
        "El senador ponente presentó ponencia favorable al proyecto que aprueba el acuerdo de "
        "inversiones con Jordania.",
    )
    assert found and not any(s and s.startswith("ratified") for s in done_stages(found))


def test_a_plain_passage_before_a_bills_name_is_read() -> None:
    q = only_question(TREATY_TITLE, TREATY_ITEM)
    found = observe(
        q,
        "El Senado aprobó en último debate el proyecto que aprueba el acuerdo de inversiones "
        "con Jordania",
        "es",
    )
    assert "ratified-partial" in done_stages(found)


def test_a_firm_named_after_its_province_is_the_firm() -> None:
    q = only_question(
        "China and Ghana sign a textile investment deal",
        "Whether Zhejiang Lanfeng Textile's weaving mill at the Dawa Industrial Zone moves "
        "from announcement to construction and operation.",
        entities=("China", "Ghana", "Zhejiang Lanfeng Textile Group", "Dawa Industrial Zone"),
    )
    assert entity_names(q) == ["Zhejiang Lanfeng Textile Group"]
    # The firm's mill in another country, its name led by the province: not this mill.
    found = observe(q, "浙江兰峰纺织坦桑尼亚织布厂投产", "zh")
    assert not found


def test_a_listed_firm_with_its_legal_form_answers_to_its_plain_name() -> None:
    q = only_question(
        "China and Gabon sign a port deal",
        "Whether Haixing Harbour Works' ore terminal at the Port of Owendo moves from "
        "announcement to construction and operation.",
        entities=("China", "Gabon", "Port of Owendo", "Haixing Harbour Works Co."),
    )
    names = {n for e in q.entities for n in e.names}
    assert {"Haixing", "Haixing Harbour Works"} <= names
    found = observe(
        q,
        "Haixing Harbour Works resumes piling at Owendo ore terminal",
        "en",
        "Haixing Harbour Works restarted work on the ore terminal this week after a pause.",
    )
    assert found


def test_land_bought_in_spanish_is_the_site_prepared() -> None:
    q = only_question(PLANT_TITLE, PLANT_ITEM, entities=("Qaswa Minerals",))
    found = observe(
        q,
        "Qaswa Minerals firma la escritura del terreno en Manta",
        "es",
        "La jordana Qaswa Minerals firmó la escritura de un lote de 15 hectáreas en Manta para "
        "su planta de mezclas.",
    )
    assert "preparing" in done_stages(found)


def test_a_decree_awaiting_the_presidents_signature_is_a_signal() -> None:
    q = only_question(
        "Philippines and Cabo Verde agree closer ties",
        "Whether the Philippine government decides to let Cabo Verdean citizens enter the "
        "Philippines without a visa.",
    )
    found = observe(
        q,
        "Manila tem pronto decreto de isenção de visto para cabo-verdianos",
        "pt",
        "O decreto que põe fim ao visto para cabo-verdianos está redigido, faltando apenas a "
        "assinatura do Presidente filipino.",
    )
    assert [o.stage for o in found if o.polarity is Polarity.DONE] == ["signaled"]


ZH_TREATY = (
    "Whether the China–Togo investment treaty is ratified by Togo's parliament and by China "
    "and enters into force."
)


def test_togo_in_chinese_and_not_inside_many_colombians() -> None:
    [treaty] = questions_of("China and Togo sign an investment treaty", ZH_TREATY)
    found = observe(treaty, "多哥国民议会批准中多投资协定", "zh")
    assert [(o.party, o.polarity) for o in found] == [("Togo", Polarity.DONE)]
    assert not observe(treaty, "许多哥伦比亚人批准投资协定", "zh")


def test_both_sides_procedures_in_chinese_are_both_parties() -> None:
    [treaty] = questions_of("China and Togo sign an investment treaty", ZH_TREATY)
    found = observe(treaty, "中多投资协定完成双方批准程序", "zh")
    assert "ratified-all" in done_stages(found)


def test_since_it_took_effect_is_no_entry_into_force() -> None:
    [treaty] = questions_of("China and Togo sign an investment treaty", ZH_TREATY)
    found = observe(treaty, "中国对多哥投资额创投资协定生效以来新高", "zh")
    assert found and "in-force" not in done_stages(found)


PLANT_Q = only_question(PLANT_TITLE, PLANT_ITEM, entities=("Qaswa Minerals",))


def _report(q: Question, stage: str, month: int, day: int, source: str) -> Observation:
    return Observation(
        question_id=q.id,
        entry_key=f"{source}-{month}-{day}",
        feed_url="http://127.0.0.1/f",
        url=None,
        title=f"{source} on {stage}",
        quote="q",
        published=datetime(2030, month, day, 9, tzinfo=UTC),
        stage=stage,
        polarity=Polarity.DONE,
        score=1.0,
        source=source,
    )


def test_a_lone_leaping_report_is_not_reached_after_a_setback() -> None:
    q = PLANT_Q
    reports = [
        _report(q, "preparing", 2, 3, "Wire A"),
        # one outlet's "operational" while the site is still being prepared: sent to review
        _report(q, "operational", 2, 10, "Wire B"),
        _report(q, "construction", 2, 20, "Wire A"),
        _report(q, "stalled", 3, 5, "Wire A"),
        _report(q, "construction", 4, 9, "Wire A"),
    ]
    changes = [
        d.to_stage
        for d in replay(q, reports, datetime(2030, 6, 1, tzinfo=UTC))
        if isinstance(d, StatusChange)
    ]
    assert changes == ["preparing", "construction", "stalled", "construction"]
