"""build_watchlist: ids, kinds, baselines, entities with aliases, terms, parties, deadlines."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from opencc import OpenCC

from watcher.briefing import parse_briefing
from watcher.data import demonym_forms, gazetteer, gazetteer_index, glossary
from watcher.model import Briefing, Question, Source, WatchItem
from watcher.naming import clean_name, item_parties, short_forms, signatories
from watcher.questions import (
    build_watchlist,
    cited_outlets,
    deadline_in,
    instance_terms,
    question_slug,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ef98f3b8df85f44e.txt"
TSMC = SHARED / "eval-dev" / "tsmc" / "briefing.md"
EXAMPLE = ROOT / "watcher" / "examples" / "briefing.md"
CJK = re.compile(r"[\u4e00-\u9fff]")


def briefing_at(path: Path) -> Briefing:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds third-party data)")
    return parse_briefing(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.shared
def test_seed_watchlist() -> None:
    wl = build_watchlist(briefing_at(SEED))
    assert wl.id == "paraguay-taiwan-2026-05-08"
    assert [q.kind for q in wl.questions] == ["project", "market", "pressure", "ratification"]
    assert [q.baseline for q in wl.questions] == ["announced", "opened", "baseline", "signed"]
    treaty = wl.questions[3]
    assert treaty.id == "paraguay-taiwan-2026-05-08/mla-treaty-ratified"
    assert [p.name for p in treaty.parties] == ["Congress of Paraguay", "Legislative Yuan"]
    assert "立法院" in treaty.parties[1].aliases and "Senado" in treaty.parties[0].aliases
    assert all(not q.parties for q in wl.questions[:3])
    assert {e.name for e in wl.questions[2].entities} == {"China", "Paraguay"}
    for q in wl.questions:
        assert len(q.entities) >= 2, q.id  # an entry must name the matter's actors
        assert q.since == date(2026, 5, 8)
        assert "abc.com.py" in q.cited_outlets and "ABC Color" in q.cited_outlets
        assert q.ladder.kind == q.kind and q.baseline in q.ladder.stages


@pytest.mark.shared
def test_tsmc_watchlist() -> None:
    wl = build_watchlist(briefing_at(TSMC))
    assert wl.id == "tsmc-kumamoto-2023-09-30"
    assert [(q.kind, q.baseline) for q in wl.questions] == [
        ("project", "construction"),
        ("project", "construction"),
        ("decision", "open"),
        ("project", "announced"),
    ]
    assert wl.questions[1].deadline == date(2024, 12, 31)
    subsidy = wl.questions[2]
    # Kumamoto is part of Japan: named together, they are one actor answering to both; a
    # country beside a company is context, the company identifies the matter.
    japan = next(e for e in subsidy.context if e.name == "Japan")
    assert "Kumamoto" in japan.aliases and "Tokyo" in japan.aliases
    assert [e.name for e in subsidy.entities] == ["TSMC"]


def test_example_watchlist() -> None:
    wl = build_watchlist(briefing_at(EXAMPLE))
    assert wl.id == "taiwan-paraguay-2026-05-08"
    assert [(q.kind, q.baseline) for q in wl.questions] == [
        ("ratification", "signed"),
        ("project", "announced"),
        ("market", "opened"),
        ("pressure", "baseline"),
    ]
    assert len(wl.questions[0].parties) == 2
    assert [q.line for q in wl.questions] == [29, 30, 31, 32]


@pytest.mark.parametrize(
    ("item", "slug"),
    [
        (
            "Whether the mutual legal assistance treaty is ratified by both parliaments",
            "mla-treaty-ratified",
        ),
        (
            "Whether the first fab begins mass production by the end of 2024, as promised",
            "fab1-mass-production",
        ),
        ("Whether Phase 1 of the AI data centre MOU progresses", "phase1-ai-dc-mou"),
        ("Whether China increases diplomatic pressure on Paraguay", "china-diplomatic-pressure"),
        ("¿Se ratificará el tratado?", "ratificara-tratado"),
        ("立法院是否批准", "question"),
    ],
)
def test_question_slugs(item: str, slug: str) -> None:
    assert question_slug(item) == slug
    assert len(slug) <= 30


def test_slugs_are_unique_within_a_watchlist() -> None:
    items = tuple(WatchItem("Whether the port treaty is ratified", n) for n in (3, 4, 5))
    wl = build_watchlist(Briefing(title="Chile and Peru", source="b", watch_items=items))
    assert wl.id == "chile-peru"
    assert [q.id for q in wl.questions] == [
        "chile-peru/port-treaty-ratified",
        "chile-peru/port-treaty-ratified-2",
        "chile-peru/port-treaty-ratified-3",
    ]


@pytest.mark.parametrize(
    ("item", "deadline"),
    [
        ("Whether it begins by the end of 2024, as promised", date(2024, 12, 31)),
        ("Whether it opens by June 2025", date(2025, 6, 30)),
        ("Whether it opens by February 2028", date(2028, 2, 29)),
        ("Whether it opens by 15 March 2026", date(2026, 3, 15)),
        ("Whether it opens by March 15, 2026", date(2026, 3, 15)),
        ("Whether it opens before 2026-09-01", date(2026, 9, 1)),
        ("Whether it opens by mid-2027", date(2027, 6, 30)),
        ("Whether it opens by Q3 2025", date(2025, 9, 30)),
        ("Whether ground is broken in 2025", date(2025, 12, 31)),
        ("Whether it opens at all", None),
        ("Whether 1,200 tonnes are shipped", None),
    ],
)
def test_deadlines(item: str, deadline: date | None) -> None:
    assert deadline_in(item) == deadline


@pytest.mark.parametrize(
    ("item", "parties"),
    [
        (
            "Whether it is ratified by both parliaments",
            ["Congress of Paraguay", "Legislative Yuan"],
        ),
        (
            "Whether the Chile–Peru port treaty is ratified by both parliaments",
            ["Chile legislature", "Peru legislature"],
        ),
        ("Whether both countries comply", ["Paraguay", "Taiwan"]),
        ("Whether each party designates a central authority", ["Paraguay", "Taiwan"]),
        ("Whether 雙方 exchange evidence", ["Paraguay", "Taiwan"]),
        ("Whether Paraguay's Congress ratifies it", []),
        # "by A and by B" asks each country to act, whichever body does it
        ("Whether it is ratified by Paraguay's Congress and by Taiwan", ["Paraguay", "Taiwan"]),
        ("Si lo ratifican por el Congreso de Paraguay y por Taiwán", ["Paraguay", "Taiwan"]),
        # ... or "by A's Senate and B's Legislative Yuan", with one "by"
        (
            "Whether it is ratified by Paraguay's Senate and Taiwan's Legislative Yuan",
            ["Paraguay", "Taiwan"],
        ),
    ],
)
def test_parties(item: str, parties: list[str]) -> None:
    briefing = Briefing(title="Paraguay and Taiwan sign a treaty as Beijing watches", source="b")
    assert [p.name for p in item_parties(item, signatories(item, briefing))] == parties


@pytest.mark.parametrize(
    ("title", "signers"),
    [
        (
            "Guatemala and Taiwan sign an extradition treaty as Beijing watches",
            {"Guatemala", "Taiwan"},
        ),
        ("Santo Domingo and Beijing sign an investment treaty", {"Dominican Republic", "China"}),
        ("Peña signs three agreements with Taiwan in Paraguay", {"Paraguay", "Taiwan"}),
        ("Chile and Peru: a port treaty, amid Chinese pressure", {"Chile", "Peru"}),
    ],
)
def test_signatories_are_the_title_main_clause(title: str, signers: set[str]) -> None:
    found = signatories("Whether it is ratified by both parliaments", Briefing(title, "b"))
    assert {c.name for c in found} == signers


def test_parties_drop_names_they_share() -> None:
    briefing = Briefing(title="Guatemala and Chile sign a treaty", source="b")
    item = "Whether both parliaments ratify it"
    first, second = item_parties(item, signatories(item, briefing))
    assert "Congreso guatemalteco" in first.aliases
    assert "Congreso de Chile" in second.aliases
    assert not set(first.aliases) & set(second.aliases)  # "Congreso Nacional" tells neither


def question_for(item: str, title: str = "Paraguay and Taiwan", **fields: object) -> Question:
    briefing = Briefing(title=title, source="b", watch_items=(WatchItem(item, 1),), **fields)
    return build_watchlist(briefing).questions[0]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Formosa Advanced Packaging's", "Formosa Advanced Packaging"),
        ("Asian Infrastructure Investment Bank.", "Asian Infrastructure Investment Bank"),
        ("“Yunhai Digital”,", "Yunhai Digital"),
        ("Acme’s", "Acme"),
        ("U.S.", "U.S"),
        ("JASM", "JASM"),
    ],
)
def test_clean_name(raw: str, clean: str) -> None:
    assert clean_name(raw) == clean


def test_unknown_names_are_cleaned_and_shortened() -> None:
    question = question_for(
        "Whether Formosa Advanced Packaging's chip plant in Brazil moves to construction.",
        title="A Taiwanese chip plant for Brazil",
    )
    names = {e.name: e.aliases for e in (*question.entities, *question.context)}
    assert [e.name for e in question.entities] == ["Formosa Advanced Packaging"]
    assert set(names) == {"Brazil", "Formosa Advanced Packaging", "Taiwan"}
    assert names["Formosa Advanced Packaging"] == ("FAP",)
    assert {"Minas Gerais", "São Paulo", "Brasil"} <= set(names["Brazil"])  # its places count


@pytest.mark.parametrize(
    ("item", "entity", "aliases"),
    [
        (
            "Whether the Dominican Congress ratifies the treaty signed with China.",
            "Dominican Republic legislature",
            {"Senado dominicano", "Congreso Nacional", "Congresso dominicano", "多明尼加國會",
             "República Dominicana", "Dominican lawmakers"},
        ),
        (
            "Whether Guatemala's Congress approves the loan from Taiwan",
            "Guatemala legislature",
            {"Congreso de Guatemala", "Congreso guatemalteco", "瓜地馬拉國會", "Guatemala"},
        ),
    ],
)  # fmt: skip
def test_legislatures_without_an_entry_get_built_names(
    item: str, entity: str, aliases: set[str]
) -> None:
    legislature = gazetteer_index()[entity]
    assert aliases - {"República Dominicana", "Guatemala"} <= set(legislature.names)
    # The item's legislature stands for its country: news of the loan's first disbursement
    # never names the congress that approved it.
    country = legislature.part_of
    names = {e.name: set(e.aliases) for e in question_for(item).entities}
    assert entity not in names and country in names
    assert aliases & {"República Dominicana", "Guatemala"} <= {country, *names[country]}


@pytest.mark.parametrize(
    ("language", "word", "forms"),
    [
        ("en", "Dominican", ["Dominican", "Dominicans"]),
        ("en", "Japanese", ["Japanese"]),
        ("es", "paraguayo", ["paraguayo", "paraguaya", "paraguayos", "paraguayas"]),
        ("es", "taiwanés", ["taiwanés", "taiwanesa", "taiwaneses", "taiwanesas"]),
        ("es", "costarricense", ["costarricense", "costarricenses"]),
        ("pt", "paraguaio", ["paraguaio", "paraguaia", "paraguaios", "paraguaias"]),
        ("pt", "alemão", ["alemão", "alemã", "alemães", "alemãs"]),
        ("pt", "chinês", ["chinês", "chinesa", "chineses", "chinesas"]),
    ],
)
def test_demonym_forms(language: str, word: str, forms: list[str]) -> None:
    assert demonym_forms(language, word) == forms


@pytest.mark.parametrize(
    ("country", "aliases"),
    [
        ("Paraguay", {"paraguayo", "paraguayas", "paraguaio", "paraguaias", "Paraguayans"}),
        ("Dominican Republic", {"Dominican", "dominicana", "dominicanos", "Santo Domingo"}),
        ("Chile", {"chilena", "chilenos", "Chilean"}),
        ("Germany", {"alemana", "alemães", "German"}),
    ],
)
def test_every_country_has_its_demonyms(country: str, aliases: set[str]) -> None:
    assert aliases <= set(gazetteer_index()[country].aliases)


def test_every_country_has_a_legislature() -> None:
    index = gazetteer_index()
    for country in (e for e in gazetteer() if e.type == "country"):
        assert country.legislature in index, country.name
        assert index[country.legislature].part_of == country.name


@pytest.mark.parametrize(
    ("item", "wanted", "unwanted"),
    [
        (
            "Whether the first fab begins mass production",
            ("exclude", {"second fab", "2nd plant", "second TSMC fab", "第二工廠", "二廠"}),
            {"first fab"},
        ),
        (
            "Whether TSMC commits to a second Kumamoto fab",
            (
                "qualifiers",
                {"second fab", "second Kumamoto fab", "plant 2", "二廠", "segunda planta"},
            ),
            {"first fab", "fab"},
        ),
        (
            "Whether Phase 2 of the data centre is built",
            ("qualifiers", {"phase 2", "第二期"}),
            set(),
        ),
        ("Whether the fab opens", ("qualifiers", set()), {"second fab"}),
    ],
)  # fmt: skip
def test_instances_are_told_apart(
    item: str, wanted: tuple[str, set[str]], unwanted: set[str]
) -> None:
    question = question_for(item, title="TSMC in Kumamoto, Japan")
    field, words = wanted
    assert words <= set(getattr(question, field))
    assert not unwanted & {*question.qualifiers, *question.exclude}
    if question.qualifiers and question.kind == "project":
        assert question.terms == question.qualifiers  # the instance is the topic


def test_an_act_on_a_later_instance_keeps_its_topic() -> None:
    question = question_for("Whether Tokyo commits subsidies to a second fab", title="Japan")
    assert question.kind == "decision"
    assert {"subsidy", "補助"} <= set(question.terms)
    assert {"second fab", "二廠"} <= set(question.qualifiers)


def test_instance_terms_of_an_item_naming_none() -> None:
    assert instance_terms("Whether the plant opens", ()) == ((), ())


@pytest.mark.parametrize(
    ("item", "stage_cues"),
    [
        (
            "Whether the first fab begins mass production by 2024",
            {"operational": "mass production"},
        ),
        ("Whether JASM formally opens its fab", {"operational": "inauguration"}),
        ("Whether the plant is built", {}),
        ("Whether poultry exports grow", {}),
    ],
)  # fmt: skip
def test_stage_cues_follow_the_item(item: str, stage_cues: dict[str, str]) -> None:
    found = dict(question_for(item).stage_cues)
    assert set(found) == set(stage_cues)
    for stage, word in stage_cues.items():
        assert word in found[stage]
    if "mass production" in item:
        assert "opening ceremony" not in found["operational"]


@pytest.mark.parametrize(
    ("item", "must_have", "must_not"),
    [
        (
            "Whether Taiwan's poultry market opening translates into Paraguayan export volumes",
            {"poultry", "pollo", "frango", "雞肉"},
            {"pork", "beef", "carne", "meat", "exports"},
        ),
        (
            "Whether the opening to Brazilian chilled pork leads to first shipments",
            {"pork", "carne suína", "carne de cerdo", "豬肉"},
            {"poultry", "chicken", "carne"},
        ),
        (
            "Whether China increases diplomatic pressure on Paraguay",
            {"warned", "urged", "threatened", "施压", "sanctions"},
            {"relations", "ties", "recognition", "relaciones", "關係"},
        ),
    ],
)  # fmt: skip
def test_terms_keep_the_topic_specific(item: str, must_have: set[str], must_not: set[str]) -> None:
    terms = set(question_for(item).terms)
    assert must_have <= terms
    assert not must_not & terms


@pytest.mark.parametrize(
    ("item", "kind", "must_have"),
    [
        (
            "Whether the mutual legal assistance treaty is ratified",
            "ratification",
            {
                "mutual legal assistance",
                "MLAT",
                "asistencia jurídica mutua",
                "assistência jurídica mútua",
                "司法互助",
                "treaty",
                "tratado",
                "條約",
                "条约",
                "批准",
            },
        ),
        (
            "Whether the AI data centre is commissioned",
            "project",
            {
                "data centre",
                "data center",
                "centro de datos",
                "centro de dados",
                "資料中心",
                "数据中心",
                "算力",
            },
        ),
        (
            "Whether poultry exports grow",
            "market",
            {"poultry", "chicken", "pollo", "carne de ave", "frango", "雞肉", "鸡肉", "禽肉"},
        ),
        (
            "Whether China increases diplomatic pressure",
            "pressure",
            {"diplomatic pressure", "presión", "pressão", "施壓", "施压"},
        ),
        (
            "Whether Tokyo commits subsidies to the fab",
            "decision",
            {
                "subsidy",
                "subvención",
                "subsídio",
                "補助",
                "补贴",
                "fab",
                "plant",
                "factory",
                "planta",
                "fábrica",
                "工廠",
                "工厂",
                "晶圓廠",
            },
        ),
    ],
)
def test_terms_span_four_languages(item: str, kind: str, must_have: set[str]) -> None:
    wl = build_watchlist(
        Briefing(title="Paraguay and Taiwan", source="b", watch_items=(WatchItem(item, 1),))
    )
    question = wl.questions[0]
    assert question.kind == kind
    assert must_have <= set(question.terms)
    assert "MOU" not in question.terms  # too broad to count as a topic


def test_items_without_glossary_words_use_their_own() -> None:
    items = (WatchItem("Whether the president resigns", 1),)
    question = build_watchlist(Briefing(title="Chile", source="b", watch_items=items)).questions[0]
    assert question.terms == ("president", "resigns")
    assert [e.name for e in question.entities] == ["Chile"]


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Taiwan", {"Taiwán", "台灣", "臺灣", "台湾"}),
        ("Paraguay", {"巴拉圭", "Paraguai"}),
        ("China", {"中國", "中国", "北京", "Beijing", "Pekín", "Pequim"}),
        ("Japan", {"Japón", "Japão", "日本", "Tokyo"}),
        ("Legislative Yuan", {"立法院", "Yuan Legislativo"}),
        ("Congress of Paraguay", {"Congreso Nacional", "Senado", "Cámara de Diputados"}),
        ("TSMC", {"台積電", "台积电"}),
        ("JASM", set()),
        ("Kumamoto", {"熊本"}),
    ],
)
def test_gazetteer_aliases(name: str, aliases: set[str]) -> None:
    assert aliases <= set(gazetteer_index()[name].aliases)


def test_gazetteer_is_large_and_consistent() -> None:
    entries = gazetteer()
    assert len(entries) >= 60
    assert len({e.name for e in entries}) == len(entries)
    index = gazetteer_index()
    to_simplified = OpenCC("t2s")
    for entry in entries:
        assert entry.part_of is None or entry.part_of in index, entry.name
        assert entry.legislature is None or entry.legislature in index, entry.name
        for alias in (a for a in entry.aliases if CJK.search(a)):
            # every traditional-script alias has its simplified form too
            assert to_simplified.convert(alias) in entry.aliases, (entry.name, alias)


def test_glossary_has_both_chinese_scripts() -> None:
    to_simplified = OpenCC("t2s")
    for concept in glossary():
        for word in (w for w in concept.words if CJK.search(w)):
            assert to_simplified.convert(word) in concept.words, (concept.key, word)


def test_cited_outlets_are_names_then_hosts() -> None:
    sources = (
        Source("ABC Color", "https://www.abc.com.py/a"),
        Source("ABC Color", "https://www.abc.com.py/b"),
        Source("Focus Taiwan", None),
    )
    assert cited_outlets(sources) == ("ABC Color", "Focus Taiwan", "abc.com.py")


@pytest.mark.parametrize(
    ("legislature", "has", "lacks"),
    [
        ("Dominican Republic legislature", {"Senado", "Congress", "Senado dominicano"}, set()),
        ("Legislative Yuan", {"立法院", "Taiwanese lawmakers", "台湾国会"}, {"Senado", "Congress"}),
        ("Congress of Paraguay", {"Senado", "Paraguayan lawmakers"}, {"Congress"}),
    ],
)
def test_generic_legislature_words_only_where_none_is_listed(
    legislature: str, has: set[str], lacks: set[str]
) -> None:
    aliases = set(gazetteer_index()[legislature].aliases)
    assert has <= aliases
    assert not lacks & aliases


# --- specific entities, context and names the briefing teaches -------------------------------

_YUNHAI_BODY = (
    "Yunhai Digital, a cloud company, will build a data centre in a district north of Santiago. "
    "Yunhai has asked to be exempted from the water rules. "
    "Harbour Cloud Systems (HCS) is Acme Holdings's majority-owned joint venture. "
    "Pampa Energia, a unit of Southern Cross Power, runs the grid link."
)


def _taught_briefing(items: list[str]) -> Briefing:
    return Briefing(
        title="A Chinese cloud firm picks Santiago for an AI data centre",
        source="t.md",
        date=date(2025, 9, 15),
        entities=("Chile", "Yunhai Digital", "Harbour Cloud Systems", "Pampa Energia"),
        watch_items=tuple(WatchItem(text, i + 1) for i, text in enumerate(items)),
        body=_YUNHAI_BODY,
    )


@pytest.mark.parametrize(
    ("item", "required", "context"),
    [
        # A company identifies the matter; the country it is in is context.
        ("Whether Yunhai Digital's data centre in Chile starts operating.", ["Yunhai Digital"],
         ["Chile", "China"]),
        # The briefing's short form names the entity; title actors do not displace it.
        ("Whether Chile's government grants the Yunhai data centre an exemption.",
         ["Yunhai Digital"], ["Chile", "China"]),
        # Only countries: all of them are required, no context.
        ("Whether Chile and China sign a treaty.", ["Chile", "China"], []),
        # No actor at all: the title's actors stand in, all required.
        ("Whether the plant opens on schedule.", ["China"], []),
        # A legislature is the body that acts, not the matter: the countries are required.
    ],
)  # fmt: skip
def test_specific_entities_are_required_and_countries_are_context(
    item: str, required: list[str], context: list[str]
) -> None:
    question = build_watchlist(_taught_briefing([item])).questions[0]
    assert [e.name for e in question.entities] == required
    assert [e.name for e in question.context] == context


def test_a_legislature_is_the_body_that_acts_not_the_matter() -> None:
    item = "Whether the treaty is ratified by Chile's Assembly of the Republic and by China."
    briefing = replace(
        _taught_briefing([item]), entities=("Chile", "China", "Assembly of the Republic")
    )
    question = build_watchlist(briefing).questions[0]
    assert [e.name for e in question.entities] == ["Chile", "China"]
    assert [p.name for p in question.parties] == ["Chile", "China"]


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Yunhai Digital", "Yunhai"),  # the briefing uses the first word alone
        ("Harbour Cloud Systems", "HCS"),  # a parenthesised acronym
        ("Harbour Cloud Systems", "Acme Holdings"),  # "X is Y's joint venture"
        ("Pampa Energia", "Southern Cross Power"),  # "X, a unit of Y"
    ],
)
def test_briefing_teaches_aliases(name: str, alias: str) -> None:
    item = f"Whether {name} opens the data centre in Chile."
    question = build_watchlist(_taught_briefing([item])).questions[0]
    entity = next(e for e in question.entities if e.name == name)
    assert alias in entity.aliases


def test_a_consortium_answers_to_the_parents_that_formed_it() -> None:
    body = (
        "Keel Lithium Consortium, formed by the Chinese producer Ostra Metals (60%) and the "
        "Brazilian builder Pampa Quimica (40%), plans a refinery."
    )
    item = "Whether Keel Lithium Consortium builds it."
    briefing = replace(_taught_briefing([item]), body=body, entities=("Keel Lithium Consortium",))
    entity = build_watchlist(briefing).questions[0].entities[0]
    assert entity.name == "Keel Lithium Consortium"
    assert {"Ostra Metals", "Pampa Quimica"} <= set(entity.aliases)


def test_a_short_form_the_briefing_never_uses_is_no_alias() -> None:
    briefing = _taught_briefing(["Whether Pampa Energia builds the link."])
    question = build_watchlist(briefing).questions[0]
    assert "Pampa" not in question.entities[0].aliases


@pytest.mark.parametrize(
    ("alias", "kept"),
    [("Chinese", False), ("chino", False), ("Beijing", True), ("Chinese embassy", True),
     ("embajada china", True), ("governo chinês", True), ("Chinese Foreign Ministry", True)],
)  # fmt: skip
def test_a_pressing_country_is_named_by_its_state_not_its_demonym(alias: str, kept: bool) -> None:
    briefing = _taught_briefing(["Whether China increases pressure on Chile over the plant."])
    question = build_watchlist(briefing).questions[0]
    china = next(e for e in question.entities if e.name == "China")
    assert (alias in china.aliases) is kept


def test_pressure_terms_are_acts_not_ties() -> None:
    briefing = _taught_briefing(["Whether China increases pressure on Chile over the treaty."])
    terms = set(build_watchlist(briefing).questions[0].terms)
    assert {"warned", "threatens", "sanctions", "施压"} <= terms
    assert not {"relations", "ties", "treaty", "relaciones"} & terms


def test_a_sibling_item_neighbouring_matter_is_excluded() -> None:
    items = [
        "Whether Yunhai Digital's data centre in Chile starts operating.",
        "Whether Chile's government grants the Yunhai data centre an exemption.",
    ]
    project, waiver = build_watchlist(_taught_briefing(items)).questions
    assert {"exemption", "eximir", "豁免"} <= set(project.exclude)
    assert "exemption" not in waiver.exclude


# A matter unlike the others: a refinery of a consortium, a ministry's tax decision, pressure,
# and a trade agreement. Written for these tests.
REFINERY_BRIEFING = """# Keel Minerals Consortium wins Uruguayan approval for Fray Bentos refinery

> Uruguay's Ministry of Industry and Energy named a lithium refinery a priority project.

**Meta:** type: event · date: 2031-04-02 · heads: 2 · 2 takes · 1 lenses · 2 regions

## Summary

The Keel Minerals Consortium, a joint venture of Ostra Metals and Pampa Quimica, plans a
lithium refinery at Fray Bentos. Uruguay and Paraguay signed a free trade agreement.

## What to watch

- Whether the Keel Minerals Consortium refinery in Fray Bentos obtains its licence and financing, is built and starts production
- Whether Uruguay's Ministry of Industry and Energy approves the special tax regime for the refinery
- Whether China steps up pressure on Uruguay over the refinery
- Whether the Uruguay–Paraguay free trade agreement is ratified by both parliaments

## Across the graph

- Entities: Keel Minerals Consortium, Ostra Metals, Pampa Quimica, Fray Bentos, Uruguay, China
"""  # noqa: E501


@pytest.fixture(scope="module")
def refinery_questions() -> tuple[Question, ...]:
    return build_watchlist(parse_briefing(REFINERY_BRIEFING, "refinery.md")).questions


@pytest.mark.parametrize(
    ("index", "words"),
    [
        (0, {"refinery", "refinería", "refinaria", "精炼厂", "licence",
             "licença", "许可", "financing", "financiamiento", "production", "produção", "投產"}),
        # The item names its decider, so the act (the tax regime) is the topic; the refinery's
        # own news belongs to the project question (see `item_terms`).
        (1, {"tax regime", "régimen tributario", "regime tributário", "税制"}),
        (3, {"free trade agreement", "tratado de libre comercio", "acordo de livre comércio",
             "自由贸易协定"}),
    ],
)  # fmt: skip
def test_terms_hold_the_items_own_nouns(
    refinery_questions: tuple[Question, ...], index: int, words: set[str]
) -> None:
    assert words <= set(refinery_questions[index].terms)


def test_any_specific_name_of_a_project_identifies_it(
    refinery_questions: tuple[Question, ...],
) -> None:
    (entity,) = refinery_questions[0].entities
    assert {"Keel Minerals Consortium", "Fray Bentos", "Ostra Metals", "Pampa Quimica"} <= set(
        entity.names
    )


def test_a_ministry_is_one_entity_with_translations(
    refinery_questions: tuple[Question, ...],
) -> None:
    (ministry,) = refinery_questions[1].entities
    assert ministry.name == "Ministry of Industry and Energy"
    assert {"Ministerio de Industria y Energía", "Ministério da Indústria e Energia"} <= set(
        ministry.names
    )
    assert "industry" not in refinery_questions[1].terms  # a word of its name is no topic


def test_pressure_requires_the_two_countries_only(
    refinery_questions: tuple[Question, ...],
) -> None:
    assert [e.name for e in refinery_questions[2].entities] == ["China", "Uruguay"]


@pytest.mark.parametrize(
    ("item", "entities", "context"),
    [
        (
            "Whether the United States steps up pressure on Brazil over the Itaipu dam",
            ["United States", "Brazil"],
            {"Itaipu"},
        ),
        (
            "Whether Brazil and Argentina step up pressure on Uruguay within Mercosur",
            ["Brazil", "Uruguay"],
            {"Mercosur"},
        ),
        ("Whether China steps up pressure on Paraguay", ["China", "Paraguay"], set()),
    ],
)
def test_pressure_requires_the_presser_and_the_pressed(
    item: str, entities: list[str], context: set[str]
) -> None:
    wl = build_watchlist(
        Briefing(title="Paraguay and Taiwan", source="b", watch_items=(WatchItem(item, 1),))
    )
    (q,) = wl.questions
    assert [e.name for e in q.entities] == entities
    assert context <= {e.name for e in q.context}


@pytest.mark.parametrize(
    ("item", "entities", "qualifiers"),
    [
        # the thing decided on is required; the deciding body only situates it, and the
        # scheme's acronym tells this decision from the body's others
        (
            "Whether Paraguay's Ministry of Public Works approves the Itaipu dam as a priority "
            "project under the PRODEX tax regime",
            ["Itaipu"],
            ("PRODEX",),
        ),
        # no specific thing after the verb: nothing changes
        ("Whether Paraguay decides to recognise Taiwan", ["Paraguay", "Taiwan"], ()),
        (
            "Whether the Paraguayan government decides to join the AIIB",
            ["Paraguay", "Asian Infrastructure Investment Bank"],
            (),
        ),
    ],
)
def test_decision_requires_what_is_decided(
    item: str, entities: list[str], qualifiers: tuple[str, ...]
) -> None:
    wl = build_watchlist(
        Briefing(title="Paraguay and Taiwan", source="b", watch_items=(WatchItem(item, 1),))
    )
    (q,) = wl.questions
    assert q.kind == "decision"
    assert [e.name for e in q.entities] == entities
    assert q.qualifiers == qualifiers


def test_a_city_named_alone_does_not_answer_to_its_country() -> None:
    # "Barranquilla's metro" is not every story that names Colombia (or Bogotá).
    item = "Whether the elevated metro in Barranquilla opens on time."
    question = build_watchlist(_taught_briefing([item])).questions[0]
    names = {n for e in question.entities for n in e.names}
    assert "Barranquilla" in names
    assert not {"Colombia", "Bogotá"} & names


@pytest.mark.parametrize(
    "item",
    [
        "Whether Algeria takes measures against Argentina over its support for Morocco's plan.",
        "Whether Algeria retaliates against Argentina over its support for Morocco's Sahel plan.",
    ],
)
def test_a_pressure_item_without_the_word_pressure_still_names_who_presses_whom(item: str) -> None:
    question = build_watchlist(_taught_briefing([item])).questions[0]
    assert question.kind == "pressure"
    assert [e.name for e in question.entities] == ["Algeria", "Argentina"]
    assert "Morocco" in [e.name for e in question.context]


@pytest.mark.parametrize(
    ("entity", "short"),
    [
        # A country or a generic word ahead of the telling word is skipped.
        ("China Koral Port & Construction Group", "Koral"),
        ("Port of Mareva", "Mareva"),
        # Names of bodies and of states have no short form.
        ("Department of Agriculture", None),
        ("National Assembly of Nauru", None),
        ("United States", None),
    ],
)
def test_a_name_is_shortened_to_the_word_the_briefing_uses_alone(
    entity: str, short: str | None
) -> None:
    body = (
        "Koral signed a concession for the Mareva terminal; the Department said Agriculture "
        "was not involved, the Assembly will vote and the States watched."
    )
    briefing = replace(_taught_briefing([]), body=body, entities=(entity,))
    assert short_forms(briefing).get(entity) == short


def test_an_item_naming_a_terminal_by_its_port_requires_the_port() -> None:
    body = "Koral signed a 30-year concession for a terminal at the Port of Mareva in Chile."
    item = "Whether the new Mareva container terminal starts operating."
    briefing = replace(_taught_briefing([item]), body=body, entities=("Chile", "Port of Mareva"))
    question = build_watchlist(briefing).questions[0]
    assert [e.name for e in question.entities] == ["Port of Mareva"]
    assert "Mareva" in question.entities[0].aliases


def test_a_listed_firm_whose_name_holds_a_country_is_a_name_of_its_own() -> None:
    body = "China Koral Port Group won the Mareva concession; Koral will run it for 30 years."
    item = "Whether Chile's president grants the Mareva concession to Koral by decree."
    briefing = replace(
        _taught_briefing([item]), body=body, entities=("Chile", "China Koral Port Group")
    )
    question = build_watchlist(briefing).questions[0]
    assert [e.name for e in question.entities] == ["China Koral Port Group"]
    assert "Koral" in question.entities[0].aliases
    assert "koral" not in question.terms


def test_a_firm_led_consortium_answers_to_the_consortium_and_the_firms_chinese_name() -> None:
    body = (
        "In Mareva the Consorcio Litoral, 70% owned by Koral Rail Construction Group "
        "(科拉尔轨道集团), won the metro contract."
    )
    item = "Whether the Koral Rail-led consortium builds the Mareva metro line."
    entities = ("Chile", "Koral Rail Construction Group", "Consorcio Litoral", "Sony Semiconductor")
    briefing = replace(_taught_briefing([item]), body=body, entities=entities)
    names = set(build_watchlist(briefing).questions[0].entities[0].names)
    assert {"Consorcio Litoral", "Koral Rail Construction Group", "科拉尔轨道集团"} <= names
    assert "Sony Semiconductor" not in names
    # Without a consortium in the item, the firm's own names only.
    plain = replace(briefing, watch_items=(WatchItem("Whether Koral Rail-owned trains run.", 1),))
    names = set(build_watchlist(plain).questions[0].entities[0].names)
    assert "Koral Rail Construction Group" in names and "Consorcio Litoral" not in names


def test_a_facilitys_site_named_in_the_briefing_names_the_matter() -> None:
    body = (
        "Koral Energy announced a battery plant in Villa Serrana, north of Mareva. "
        "Villa Serrana also hosts a brewery, which Koral does not own."
    )
    item = "Whether Koral Energy's battery plant near Mareva is built."
    briefing = replace(
        _taught_briefing([item]),
        body=body,
        entities=("Chile", "Koral Energy", "Villa Serrana", "Mareva"),
    )
    names = set(build_watchlist(briefing).questions[0].entities[0].names)
    assert "Villa Serrana" in names
    # A place merely named in a sentence on the matter, not as the facility's site, is not.
    other = replace(briefing, body="Koral Energy, based in Mareva, announced a plant.")
    assert "Villa Serrana" not in set(build_watchlist(other).questions[0].entities[0].names)


def test_a_firm_the_item_calls_by_its_telling_word_is_named() -> None:
    body = (
        "The delegations signed a deal under which China Koral Hydropower Group would rebuild it."
    )
    item = "Whether the Mareva dam's expansion by Koral moves to construction."
    briefing = replace(
        _taught_briefing([item]), body=body, entities=("Chile", "China Koral Hydropower Group")
    )
    entity = build_watchlist(briefing).questions[0].entities[0]
    assert entity.name == "China Koral Hydropower Group" and "Koral" in entity.aliases


def test_a_name_inside_the_full_name_is_no_short_form() -> None:
    body = "Consorcio Litoral Serrana will build the plant; Consorcio Litoral Serrana said so."
    briefing = replace(_taught_briefing([]), body=body, entities=("Consorcio Litoral Serrana",))
    assert short_forms(briefing) == {}
