"""Classes of misreading found in blind rounds 76 and 77 (read in the thirtieth session), each
written here in new words: a foreign firm's plant at home taken for its plant abroad where the
site is a town the gazetteer does not know, a cargo waiting for its ship or loaded without one,
a ship in port to fetch a first lot, what a treaty in force lets the parties do from now on
taken for its use, a listing on a visa-on-arrival list and the travellers' new right, a
permit approved and land handed over in Chinese, a promise to license and a draft out for
comment, news of a São Tomé matter that calls the country by its capital, and longliners
licensed without the fish named."""

from __future__ import annotations

from tests.unit.builders import done_stages, observe, only_question, questions_of
from watcher.model import Polarity
from watcher.questions import build_watchlist
from watcher.watchlist import dump_watchlist, load_watchlist

PLANT_TITLE = "Peru and Vietnam sign a customs pact"
PLANT_BODY = (
    "The Vietnamese seafood group Song Hau Marine announced a US$ 40 million canning plant in "
    "Huarmey, on Peru's northern coast."
)
PLANT_ITEM = (
    "Whether Song Hau Marine's canning plant in Huarmey moves from announcement to construction "
    "and production."
)


def _plant_question():  # type: ignore[no-untyped-def]
    return only_question(
        PLANT_TITLE, PLANT_ITEM, entities=("Peru", "Vietnam", "Song Hau Marine"), body=PLANT_BODY
    )


def test_the_briefing_tells_where_a_foreign_firms_plant_is() -> None:
    q = _plant_question()
    assert q.site == "Peru"
    # Without a demonym for the firm, or with one for each side (a joint venture), no site.
    assert only_question(PLANT_TITLE, PLANT_ITEM, entities=("Peru", "Vietnam")).site is None
    joint = (
        "The Peruvian fishmeal firm Pesquera Norte and the Vietnamese seafood group Song Hau "
        "Marine announced a canning plant in Huarmey."
    )
    assert only_question(PLANT_TITLE, PLANT_ITEM, body=joint).site is None


def test_a_foreign_firms_plant_at_home_is_another_plant() -> None:
    q = _plant_question()
    # Its plant in a town of its own country, or in its own country by name: not Huarmey's.
    assert not observe(q, "Song Hau Marine opens new canning line in Can Tho", "en")
    assert not observe(
        q,
        "Song Hau Marine starts up cold store in southern Vietnam",
        "en",
        "Song Hau Marine has begun commercial operation of a cold store in an industrial park "
        "in southern Vietnam, its largest at home.",
    )
    # Its plant at the site, or in the site's country, is the matter.
    assert "construction" in done_stages(
        observe(q, "Song Hau Marine begins building its Huarmey cannery", "en")
    )
    assert "construction" in done_stages(
        observe(q, "Song Hau Marine starts construction of its plant in Peru", "en")
    )


def test_the_site_is_written_to_the_watchlist_and_checked_when_read() -> None:
    from watcher.errors import WatchlistError
    from watcher.model import Briefing, WatchItem

    briefing = Briefing(
        title=PLANT_TITLE, source="b.md", body=PLANT_BODY, watch_items=(WatchItem(PLANT_ITEM, 1),)
    )
    wl = build_watchlist(briefing)
    text = dump_watchlist(wl)
    assert "\n    site: Peru\n" in text
    assert load_watchlist(text, "w.yaml") == wl
    wrong = text.replace("site: Peru", "site: Chile")
    try:
        load_watchlist(wrong, "w.yaml")
    except WatchlistError as error:
        assert "site" in str(error) and "Chile" in str(error) and error.line is not None
    else:
        raise AssertionError("a site outside the question's countries was accepted")


MARKET_TITLE = "Honduras opens market for melons in Vietnam"
MARKET_ITEM = (
    "Whether Honduran melon exports to Vietnam get going, from a first shipment to regular volumes."
)


def test_a_first_cargo_waiting_for_its_ship_has_not_sailed() -> None:
    [q] = questions_of(MARKET_TITLE, MARKET_ITEM)
    for title, language in [
        ("El primer contenedor de melón hondureño para Vietnam espera buque en La Ceiba", "es"),
        (
            "Navio atraca em La Ceiba para levar o primeiro lote de melão hondurenho ao Vietname",
            "pt",
        ),
        ("A ship docks at La Ceiba to load the first Honduran melon lot for Vietnam", "en"),
    ]:
        assert "first-shipment" not in done_stages(observe(q, title, language)), title
    loaded = observe(
        q,
        "Primeiro contentor de melão hondurenho para o Vietname está carregado mas ainda sem navio",
        "pt",
    )
    assert "first-shipment" not in done_stages(loaded)
    assert "first-shipment" in done_stages(
        observe(q, "Zarpa de La Ceiba el primer contenedor de melón hondureño hacia Vietnam", "es")
    )


def test_what_a_treaty_in_force_lets_the_parties_do_is_not_its_use() -> None:
    [q] = questions_of(
        "China and Zambia sign an extradition treaty",
        "Whether the China–Zambia extradition treaty is ratified by both countries, enters into "
        "force and is used.",
    )
    found = observe(
        q,
        "中赞引渡条约今日生效",
        "zh-Hans",
        "《中华人民共和国和赞比亚共和国引渡条约》于3月2日正式生效，两国今后可依据条约直接相互提出引渡请求。",
    )
    assert "in-force" in done_stages(found)
    assert "invoked" not in done_stages(found)


VISA_TITLE = "Indonesia and Cabo Verde sign a trade deal"
VISA_ITEM = (
    "Whether Indonesia's government decides to grant visas on arrival to citizens of Cabo Verde."
)


def test_a_visa_on_arrival_listing_is_signaled_then_done() -> None:
    [q] = questions_of(VISA_TITLE, VISA_ITEM)
    assert "signaled" in done_stages(
        observe(
            q,
            "Indonesia to widen visa scheme, minister says",
            "en",
            "The immigration minister said Indonesia will add Cabo Verde to its visa-on-arrival "
            "list once the regulation is signed.",
        )
    )
    assert "done" in done_stages(
        observe(q, "Cabo Verde citizens can now get visa on arrival in Indonesia", "en")
    )
    assert "done" in done_stages(
        observe(q, "Cabo-verdianos já podem pedir visto à chegada na Indonésia", "pt")
    )
    # Studying the listing is not it.
    assert "done" not in done_stages(
        observe(q, "Indonesia is considering adding Cabo Verde to its visa-on-arrival list", "en")
    )


def test_a_permit_approved_and_land_handed_over_in_chinese_prepare_the_site() -> None:
    q = only_question(
        "China and Zambia sign an investment pact",
        "Whether Hengfeng Copper's cathode plant in Chingola moves from announcement to "
        "construction and production.",
        entities=("China", "Zambia", "Hengfeng Copper"),
    )
    found = observe(
        q,
        "恒丰铜业钦戈拉阴极铜项目环境许可获批",
        "zh-Hans",
        "恒丰铜业公告，其钦戈拉阴极铜项目环境许可已获赞比亚环境管理局批准，80公顷项目用地完成划拨。",
    )
    assert "preparing" in done_stages(found)


LICENCE_TITLE = "São Tomé and Príncipe and Indonesia sign a fisheries accord"
LICENCE_ITEM = (
    "Whether São Tomé and Príncipe's government decides to license Indonesian tuna longliners "
    "to fish in its waters."
)


def test_a_promise_to_license_is_a_signal_and_the_decree_without_the_fish_is_done() -> None:
    [q] = questions_of(LICENCE_TITLE, LICENCE_ITEM)
    promised = observe(
        q,
        "São Tomé commits to licensing Indonesian longliners, puts draft decree out for comment",
        "en",
    )
    assert "signaled" in done_stages(promised)
    assert "done" not in done_stages(promised)
    assert "done" in done_stages(
        observe(
            q,
            "Decreto que licencia palangreiros indonésios publicado",
            "pt",
            "O Conselho de Ministros aprovou o decreto que autoriza a licenciar até quatro "
            "palangreiros indonésios na zona económica exclusiva de São Tomé e Príncipe.",
        )
    )


def test_news_that_names_sao_tome_by_its_capital_bears_on_its_matter() -> None:
    [q] = questions_of(
        "São Tomé and Príncipe opens cocoa trade with Indonesia",
        "Whether São Tomé and Príncipe cocoa exports to Indonesia get going, from a first "
        "shipment to regular volumes.",
    )
    found = observe(q, "First São Tomé cocoa cargo sails for Indonesian grinder", "en")
    assert [(o.stage, o.polarity) for o in found] == [("first-shipment", Polarity.DONE)]


def test_who_decides_is_no_decision() -> None:
    [q] = questions_of(LICENCE_TITLE, LICENCE_ITEM)
    said = observe(
        q,
        'Atum: "São Tomé e Príncipe decide quem pesca nas suas águas", responde a ministra',
        "pt",
        "A ministra das Pescas garantiu que o Governo vai emitir as licenças aos palangreiros "
        "indonésios.",
    )
    assert said and "done" not in done_stages(said)


def test_a_consulted_visa_rule_scrapped_is_the_decision_on_it() -> None:
    [q] = questions_of(
        "Honduras and Vietnam sign an investment pact",
        "Whether Honduras's government decides to drop the consulted-visa requirement for "
        "Vietnamese nationals.",
    )
    assert "signaled" in done_stages(
        observe(q, "Honduras to scrap consulted-visa rule for Vietnamese, minister says", "en")
    )
    assert "done" in done_stages(
        observe(q, "Honduras scraps consulted-visa rule for Vietnamese travellers", "en")
    )
    assert "done" in done_stages(
        observe(q, "Honduras elimina la visa consultada para los vietnamitas", "es")
    )
