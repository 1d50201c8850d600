"""Classes of misreading found in blind rounds 84 and 85 (read in the thirty-fourth session),
each written here in new words: a growers' campaign against a partner's goods pressing its
own capital, trade remedies applied and cut in Spanish and Portuguese, a party told as a
side ("on Kenya's side"), legal assistance by its Spanish and Chinese names, a first cargo
told by its verb and its tonnage, the same firm's plant abroad named in the sentence, an
application for land, another firm named by a trade's word, a mission called a high
commission, a parliament by its own name, a Chinese start still ahead in the month, a pile
driver, a period's figures from month to month, an oil block awarded, an approval foretold
of what is decided, Panama's debates, site works on the land, a trade's value in money, and
a town that places a protest."""

from __future__ import annotations

from tests.unit.builders import done_stages, entity_names, observe, only_question, stages
from watcher.ladders import choose_kind
from watcher.model import Polarity


def _cotton_campaign() -> object:
    return only_question(
        "Peru and India sign a trade pact",
        "Whether Peruvian cotton growers' campaign against imports of Indian cotton yarn pushes "
        "Lima into applying duties or other curbs, and whether any such measures are later eased.",
    )


def test_a_campaign_against_a_partners_goods_is_about_those_goods() -> None:
    q = _cotton_campaign()
    other_goods = observe(
        q,
        "India suspends imports of Peruvian grapes after pest finding",
        "en",
        "India's plant quarantine service has suspended imports of fresh grapes from Peru after "
        "finding a quarantine pest in two containers at Nhava Sheva.",
    )
    assert not done_stages(other_goods)
    duty = observe(
        q,
        "Perú aplica derechos antidumping provisionales al hilado de algodón de la India",
        "es",
    )
    assert done_stages(duty) == ["concrete"]


def test_a_groups_road_blockade_is_its_campaign_when_the_states_measure_is_asked() -> None:
    q = _cotton_campaign()
    found = observe(
        q,
        "Algodoneros bloquean la carretera en Piura y exigen frenar el hilado indio",
        "es",
        "Productores de algodón de Piura cortaron la Panamericana Norte durante seis horas para "
        "exigir medidas contra las importaciones de hilado de algodón de la India.",
    )
    assert done_stages(found) == ["rhetorical"]


def test_a_duty_cut_eases_the_pressure_in_spanish() -> None:
    q = _cotton_campaign()
    found = observe(
        q,
        "Perú rebaja a 4 % el derecho antidumping al hilado de algodón indio",
        "es",
    )
    assert done_stages(found) == ["eased"]


def test_import_licensing_and_a_quota_are_concrete_in_portuguese_and_their_suspension_eases() -> (
    None
):
    q = only_question(
        "Mozambique and Thailand sign a trade pact",
        "Whether Mozambican sugar growers' campaign against cheap Thai sugar turns into actual "
        "import curbs by Mozambique's Ministry of Industry and Commerce, and whether those curbs "
        "are later relaxed.",
    )
    imposed = observe(
        q,
        "Açúcar da Tailândia passa a exigir licença prévia",
        "pt",
        "O Ministério da Indústria e Comércio sujeita a licenciamento prévio as importações de "
        "açúcar tailandês a partir de hoje e fixa uma quota de 40 mil toneladas.",
    )
    assert done_stages(imposed) == ["concrete"]
    relaxed = observe(
        q,
        "Governo suspende quota ao açúcar tailandês",
        "pt",
        "O Ministério da Indústria e Comércio suspendeu por três meses a quota e o licenciamento "
        "prévio às importações de açúcar da Tailândia.",
    )
    assert done_stages(relaxed) == ["eased"]


def test_a_party_told_as_a_possessive_side_is_one_of_two() -> None:
    q = only_question(
        "Chile and Kenya sign a tax treaty",
        "Whether the Chile–Kenya double taxation agreement is approved by Chile's Congress, "
        "completed on Kenya's side and then enters into force.",
    )
    assert [p.name for p in q.parties] == ["Chile", "Kenya"]
    found = observe(
        q,
        "Congreso aprueba el convenio tributario con Kenia",
        "es",
        "El Congreso de Chile aprobó el convenio para evitar la doble imposición con Kenia, con "
        "lo que Chile termina su trámite; falta que Kenia concluya sus procedimientos.",
    )
    assert done_stages(found) == ["ratified-partial"]


def test_legal_assistance_by_its_spanish_and_chinese_names() -> None:
    q = only_question(
        "China and Bolivia sign a legal assistance treaty",
        "Whether the China–Bolivia treaty on mutual legal assistance in criminal matters is "
        "approved by Bolivia's Plurinational Legislative Assembly and China's NPC Standing "
        "Committee and then enters into force.",
    )
    # (a home paper's "el tratado de asistencia judicial con China" must name this treaty's
    # own words before its country may go without saying)
    assert {"asistencia judicial", "司法协助", "刑事司法协助"} <= set(q.terms)


def test_a_first_cargo_told_by_its_verb_with_its_tonnage_is_the_first_shipment() -> None:
    q = only_question(
        "Honduras and Vietnam open a market",
        "Whether Honduran melons actually reach Vietnam under the new protocol, and whether the "
        "first cargoes grow into a regular trade.",
    )
    found = observe(
        q,
        "Honduran melons sail for Ho Chi Minh City",
        "en",
        "Honduras shipped its first melons to Vietnam on Friday, when three reefer containers "
        "carrying 61 tonnes left Puerto Cortés.",
    )
    assert done_stages(found) == ["first-shipment"]


def test_the_same_firms_plant_abroad_named_in_the_sentence_is_not_the_tracked_one() -> None:
    q = only_question(
        "Thailand and Guatemala sign an investment pact",
        "Whether Siam Noodle Public Company's plant in Escuintla, Guatemala, moves from an "
        "announcement to construction and production.",
    )
    found = observe(
        q,
        "Siam Noodle starts output in Egypt, says Guatemala site on track",
        "en",
        "Siam Noodle Public Company began commercial production at its new plant near Tanta, "
        "Egypt, in May, adding that groundwork for its Guatemalan factory was going as planned.",
    )
    assert found
    assert "operational" not in done_stages(found)


def test_an_application_for_land_is_no_step_in_portuguese() -> None:
    q = only_question(
        "Angola and India sign an investment pact",
        "Whether Ganga Agro's rice mill in Caxito moves from an announcement to site works and "
        "construction.",
    )
    found = observe(
        q,
        "Ganga Agro aguarda terreno em Caxito",
        "pt",
        "A Ganga Agro submeteu o pedido de cessão de um lote de dez hectares para a fábrica de "
        "arroz de Caxito e espera começar a preparar o terreno em Outubro.",
    )
    assert "preparing" not in done_stages(found)


def test_another_firm_named_by_a_trades_word_in_the_same_park() -> None:
    q = only_question(
        "Mozambique and India sign an investment pact",
        "Whether Deccan Life Sciences' pharmaceutical plant at the Mozal Industrial Park moves "
        "from a signed investment agreement to construction.",
    )
    for title, language, lead in (
        (
            "Inaugurada no Mozal Industrial Park fábrica de medicamentos genéricos",
            "pt",
            "A Umoya Pharma, de capitais sul-africanos, inaugurou ontem no Mozal Industrial Park "
            "uma fábrica de medicamentos genéricos.",
        ),
        (
            "Generics plant opens at Mozal Industrial Park",
            "en",
            "South African-owned Umoya Pharma inaugurated a generic medicines plant at the Mozal "
            "Industrial Park on Tuesday.",
        ),
    ):
        assert not done_stages(observe(q, title, language, lead))


def test_a_decision_to_open_a_high_commission_is_a_decision() -> None:
    item = "Whether Sri Lanka's government decides to open a resident high commission in Accra."
    assert choose_kind(item) == "decision"


def test_a_high_commission_in_portuguese_and_a_parliament_by_its_own_name() -> None:
    q = only_question(
        "Bangladesh and Angola sign a trade pact",
        "Whether Bangladesh's government decides to open a resident high commission in Luanda.",
    )
    portuguese = observe(q, "Bangladesh aprova abertura de alto comissariado em Luanda", "pt")
    assert done_stages(portuguese) == ["done"]
    told = observe(
        q,
        "Minister: a mission in Luanda this year",
        "en",
        "The foreign minister told the Jatiya Sangsad the government intends to open a resident "
        "high commission in Angola this year.",
    )
    assert [o.score >= 0.9 for o in told] == [True]


def test_a_chinese_start_still_ahead_in_the_month_and_a_pile_driver() -> None:
    q = only_question(
        "China and Zambia sign a solar deal",
        "Whether Jinyang Power's solar park at Chisamba moves from a signed contract to "
        "construction.",
    )
    found = observe(
        q,
        "金阳电力：奇萨姆巴光伏项目本月内正式开工",
        "zh-Hans",
        "金阳电力项目经理表示，赞比亚奇萨姆巴光伏电站首批打桩设备已运抵现场，预计本月下旬举行开工仪式。",
    )
    assert "construction" not in done_stages(found)
    started = observe(q, "赞比亚奇萨姆巴光伏电站开工建设", "zh-Hans")
    assert done_stages(started) == ["construction"]


def test_a_periods_figures_from_month_to_month_are_volumes() -> None:
    q = only_question(
        "China and Benin open a market",
        "Whether Beninese cashew nuts actually reach China under the new protocol, and whether the "
        "first cargoes grow into a regular trade.",
    )
    found = observe(
        q,
        "海关数据：自贝宁进口腰果增长",
        "zh-Hans",
        "海关总署公布，今年1至8月我国自贝宁进口腰果3200吨，自5月首批到港以来已累计通关12批次。",
    )
    assert done_stages(found) == ["volumes-reported"]


def test_an_oil_block_awarded_in_spanish() -> None:
    q = only_question(
        "Colombia and China sign energy deals",
        "Whether Colombia's National Hydrocarbons Agency awards offshore Block COL-7 to China's "
        "Haiyang Petroleum, or turns its bid down.",
    )
    found = observe(q, "Colombia adjudica el Bloque COL-7 a la china Haiyang Petroleum", "es")
    assert done_stages(found) == ["done"]


def test_an_approval_foretold_of_what_is_decided_is_a_signal() -> None:
    q = only_question(
        "Peru and Malaysia sign a tax treaty",
        "Whether Peru's competition authority authorises Kinabalu Foods' purchase of a "
        "controlling stake in Conservas del Norte, or blocks it.",
    )
    found = observe(
        q,
        "Presidente de la autoridad anticipa que la compra de Conservas del Norte por Kinabalu "
        "Foods se aprobará con condiciones",
        "es",
    )
    assert stages(found) == [("signaled", Polarity.DONE)]


def test_panamas_second_debate_is_a_step_and_its_third_completes() -> None:
    q = only_question(
        "Panama and Korea sign a treaty",
        "Whether the Panama–Korea legal assistance treaty is approved by Panama's National "
        "Assembly and Korea's National Assembly and then enters into force.",
    )
    second = observe(
        q,
        "Pleno aprueba en segundo debate el tratado de asistencia jurídica con Corea",
        "es",
    )
    assert "ratified-partial" not in done_stages(second)
    third = observe(
        q,
        "Panamá aprueba en tercer debate el tratado de asistencia jurídica con Corea",
        "es",
    )
    assert done_stages(third) == ["ratified-partial"]
    beside = observe(
        q,
        "Panamá aprueba el tratado de asistencia jurídica con Corea en tercer debate, tras el "
        "segundo debate de octubre",
        "es",
    )
    assert done_stages(beside) == ["ratified-partial"]


def test_works_on_the_land_prepare_the_site_in_spanish() -> None:
    q = only_question(
        "China and Panama sign a water deal",
        "Whether Huanan Water's drinking-water plant at Santiago de Veraguas moves from a signed "
        "contract to site works and then to construction.",
    )
    found = observe(
        q,
        "Arrancan los trabajos en el terreno de la potabilizadora de Huanan Water en Santiago de "
        "Veraguas",
        "es",
        "La contratista de Huanan Water comenzó a cercar y desbrozar el terreno de la "
        "potabilizadora, cuya construcción empezará en 2027.",
    )
    assert done_stages(found) == ["preparing"]


def test_a_trades_value_in_money_is_volumes_in_portuguese() -> None:
    q = only_question(
        "Angola and India open a market",
        "Whether Indian generic medicines actually reach Angola under the new arrangement, and "
        "whether the first consignments grow into regular trade.",
    )
    found = observe(
        q,
        "Angola importou 8 milhões de dólares em medicamentos indianos no semestre",
        "pt",
    )
    assert done_stages(found) == ["volumes-reported"]


def test_a_town_of_the_palm_belt_places_a_protest() -> None:
    q = only_question(
        "Ecuador and Malaysia sign a trade pact",
        "Whether Ecuadorian palm growers' campaign against imports of Malaysian palm olein "
        "pushes Quito into applying duties or other curbs.",
    )
    assert entity_names(q)[0] == "Ecuador"
    found = observe(
        q,
        "Palmicultores de Quinindé exigen frenar la oleína malasia",
        "es",
    )
    assert done_stages(found) == ["rhetorical"]
