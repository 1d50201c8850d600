"""Ladders, kinds and baselines: the contract's stage ids, and conservative baselines."""

from __future__ import annotations

from pathlib import Path

import pytest

from watcher.briefing import parse_briefing
from watcher.ladders import LADDERS, baseline_for, choose_kind, ladder_for, weigh_kinds
from watcher.model import Briefing, Ladder

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_ef98f3b8df85f44e.txt"
TSMC = SHARED / "eval-dev" / "tsmc" / "briefing.md"
EXAMPLE = ROOT / "watcher" / "examples" / "briefing.md"


def briefing_at(path: Path) -> Briefing:
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared holds third-party data)")
    return parse_briefing(path.read_text(encoding="utf-8"), str(path))


@pytest.mark.parametrize(
    ("kind", "stages", "setbacks"),
    [
        (
            "ratification",
            ("signed", "submitted", "ratified-partial", "ratified-all", "in-force", "invoked"),
            ("rejected", "withdrawn"),
        ),
        (
            "project",
            ("announced", "preparing", "construction", "operational"),
            ("stalled", "cancelled"),
        ),
        ("market", ("opened", "first-shipment", "volumes-reported"), ("suspended",)),
        ("pressure", ("baseline", "rhetorical", "concrete"), ("eased",)),
        ("decision", ("open", "signaled", "done"), ("ruled-out",)),
        ("generic", ("open", "signal", "resolved-yes"), ("resolved-no",)),
    ],
)
def test_ladder_stage_ids(kind: str, stages: tuple[str, ...], setbacks: tuple[str, ...]) -> None:
    assert LADDERS[kind] == Ladder(kind, stages, setbacks)


def test_exactly_the_six_kinds() -> None:
    assert set(LADDERS) == {"ratification", "project", "market", "pressure", "decision", "generic"}


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (
            "Whether the mutual legal assistance treaty is ratified by both parliaments and used "
            "in any concrete extradition or evidence-sharing request.",
            "ratification",
        ),
        (
            "Whether Phase 1 of the AI data centre MOU progresses from signature to actual "
            "construction and commissioning.",
            "project",
        ),
        (
            "Whether Taiwan's poultry market opening translates into measurable Paraguayan "
            "export volumes.",
            "market",
        ),
        (
            "Whether China increases diplomatic pressure on Paraguay in response to the visit.",
            "pressure",
        ),
        ("Whether Tokyo formally commits subsidies to a second TSMC fab in Kumamoto", "decision"),
        ("Whether JASM finishes building its first Kumamoto fab and formally opens it", "project"),
        ("Whether the first fab begins mass production by the end of 2024, as promised", "project"),
        (
            "Whether TSMC commits to a second Kumamoto fab and breaks ground on it on schedule",
            "project",
        ),
        ("Si el Congreso ratifica el tratado de extradición", "ratification"),
        ("立法院是否批准司法互助條約", "ratification"),
        ("Se a China aumenta a pressão sobre o Paraguai", "pressure"),
        ("Whether the cabinet decides to approve the budget", "decision"),
        ("Whether the president resigns before the election", "generic"),
        ("Whether Brazil creates an agricultural attaché post in Manila.", "decision"),
        ("Whether the government appoints a special envoy", "decision"),
        ("Whether the Dominican Republic decides to join the development bank", "decision"),
        ("Whether the ministry grants the plant a water-use exemption", "decision"),
        ("Se o Brasil cria o posto de adido agrícola", "decision"),
        ("Whether the crisis deepens", "generic"),
        # a third country acting against another is pressure, in four languages
        ("Whether Brazil takes measures against Paraguay over the visit", "pressure"),
        ("Whether Argentina retaliates against Uruguay", "pressure"),
        ("Whether China imposes restrictions on Lithuanian goods", "pressure"),
        ("Whether Beijing bans imports from Palau", "pressure"),
        ("Si Brasil toma medidas contra Uruguay", "pressure"),
        ("Si Argentina prohíbe las importaciones uruguayas", "pressure"),
        ("Se o Brasil impõe restrições a Uruguai", "pressure"),
        ("中国是否对帕劳采取反制", "pressure"),
        # a named project moving on to a later stage is a project
        ("Whether the Atlas consortium moves ahead with phase 2", "project"),
        ("Whether the Helios project proceeds with the second stage", "project"),
        ("Whether the consortium advances an expansion of the port", "project"),
        ("Si el consorcio avanza con la segunda etapa", "project"),
        ("Se o consórcio avança com a ampliação", "project"),
        # whether a country joins something is a decision
        ("Whether Uruguay accedes to the CPTPP", "decision"),
        ("Whether Peru signs up to the initiative", "decision"),
        ("Si Uruguay adhiere al CPTPP", "decision"),
        ("Se o Uruguai adere ao CPTPP", "decision"),
        # a loan agreement a national assembly must approve is ratified like a treaty
        (
            "Whether the Ruritania loan agreement is approved by Nauru's National Assembly and "
            "takes effect.",
            "ratification",
        ),
        ("Si la Asamblea Nacional aprueba el convenio de préstamo", "ratification"),
        # a legislature approving a loan ratifies it, as it does an agreement (every labelled
        # item that asks it is a ratification but one); a budget it decides
        ("Whether Nauru's National Congress approves the loan for the dam.", "ratification"),
        ("Whether Nauru's Congress approves the budget", "decision"),
        ("Whether Nauru's Congress approves the loan agreement", "ratification"),
        # a rule taking effect after a regulator's approval is still the regulator's decision
        ("Whether the regulator approves the licence and the rule takes effect", "decision"),
        # seventh session: levies, rates, deals cleared, concessions, rulings, posts filled
        ("Whether Nauru sets the export levy on copra above 5% next season", "decision"),
        ("Does Nauru keep letting Fijian rice in duty-free after June?", "decision"),
        ("Watch the Reserve Bank of Nauru: does it pause after three hikes?", "decision"),
        ("Whether the Competition Commission clears the Atoll Air and Pacifica merger", "decision"),
        (
            "Whether Nauru hands the port concession to Coral Terminals or reopens the tender",
            "decision",
        ),
        (
            "Whether the regional court finds that the border closure breached the treaty",
            "decision",
        ),
        ("How soon the central bank gets a new governor", "decision"),
        ("Whether Lagoon Capital opens its first Pacific office in Nauru", "decision"),
        # legislatures by their own names; a treaty's article invoked
        (
            "Does the Knesset approve the intergovernmental agreement on the pipeline?",
            "ratification",
        ),
        ("Whether Nauru formally invokes Article 9 consultations under the pact", "ratification"),
        # goods reaching buyers; a strike at a site; a campaign against a lender
        ("Whether cells from the new Nauru gigafactory start flowing to carmakers", "market"),
        ("Whether the dockers' union extends its strike at the new terminal", "pressure"),
        # a workers' union presses; the European Union is no union of that sort
        ("Whether the European Union ratifies its agreement with Nauru", "ratification"),
        ("Whether the NGO campaign against the bank's coal loan forces it out", "pressure"),
        ("How far the Yaren high-speed line has got, and whether trains run on it", "project"),
    ],
)
def test_choose_kind(item: str, kind: str) -> None:
    assert choose_kind(item) == kind


@pytest.mark.shared
@pytest.mark.parametrize(
    ("index", "kind", "baseline"),
    [
        (0, "project", "announced"),
        (1, "market", "opened"),
        (2, "pressure", "baseline"),
        (3, "ratification", "signed"),
    ],
)
def test_seed_baselines(index: int, kind: str, baseline: str) -> None:
    briefing = briefing_at(SEED)
    item = briefing.watch_items[index].text
    assert choose_kind(item) == kind
    assert baseline_for(kind, item, briefing) == baseline


@pytest.mark.shared
@pytest.mark.parametrize(
    ("index", "kind", "baseline"),
    [
        (0, "project", "construction"),
        (1, "project", "construction"),
        (2, "decision", "open"),
        (3, "project", "announced"),
    ],
)
def test_tsmc_baselines_tell_the_first_plant_from_the_second(
    index: int, kind: str, baseline: str
) -> None:
    briefing = briefing_at(TSMC)
    item = briefing.watch_items[index].text
    assert choose_kind(item) == kind
    assert baseline_for(kind, item, briefing) == baseline


def make_briefing(body: str) -> Briefing:
    return Briefing(title="T", source="t", body=body)


# body, item, kind, expected baseline
BASELINE_CASES = [
    # "to be approved" is still to come
    (
        "US$ 480 million, the Chinese loan for the Mareva dam, to be approved by Congress.",
        "Whether Nauru's Congress approves the Chinese loan for the Mareva dam",
        "decision",
        "open",
    ),
    # A decision promised by an official is signaled; one that must still come is open.
    (
        "The concession must be granted by decree, which the minister said would follow soon.",
        "Whether the president grants the Mareva concession by decree",
        "decision",
        "signaled",
    ),
    (
        "The concession must be granted by decree; the minister said no decree would follow.",
        "Whether the president grants the Mareva concession by decree",
        "decision",
        "open",
    ),
    (
        "The concession must still be granted by a presidential decree.",
        "Whether the president grants the Mareva concession by decree",
        "decision",
        "open",
    ),
    (
        "The firm has been building its first plant since 2022.",
        "Whether the first plant opens",
        "project",
        "construction",
    ),
    (
        "The firm has been building its first plant since 2022.",
        "Whether the second plant opens",
        "project",
        "announced",
    ),
    (
        "A second plant is discussed. It has been under construction since May.",
        "Whether the second plant opens",
        "project",
        "construction",
    ),
    (
        "A second plant is discussed. It has been under construction since May.",
        "Whether the first plant opens",
        "project",
        "announced",
    ),
    (
        "Construction of the plant could start in 2025.",
        "Whether the plant is built",
        "project",
        "announced",
    ),
    (
        "The plant is expected to be under construction soon.",
        "Whether the plant is built",
        "project",
        "announced",
    ),
    (
        "The plant is under construction, officials said, and may open in 2026.",
        "Whether the plant opens",
        "project",
        "construction",
    ),
    (
        "Both governments signed the extradition treaty in March.",
        "Whether the extradition treaty is ratified",
        "ratification",
        "signed",
    ),
    (
        "The extradition treaty entered into force last week.",
        "Whether the extradition treaty is ratified",
        "ratification",
        "in-force",
    ),
    (
        "The treaty will enter into force once ratified.",
        "Whether the treaty is ratified",
        "ratification",
        "signed",
    ),
    (
        "Taiwan opened its market to beef in May; a trade gain long sought.",
        "Whether beef market access produces exports",
        "market",
        "opened",
    ),
    (
        "The first shipment of beef arrived in Keelung on 3 June.",
        "Whether beef exports reach the market",
        "market",
        "first-shipment",
    ),
    (
        "Beijing accused Paraguay of acting as pawns and cut imports.",
        "Whether China increases pressure on Paraguay",
        "pressure",
        "baseline",
    ),
    (
        "The cabinet approved the subsidy for the first fab.",
        "Whether Tokyo commits a subsidy for the second fab",
        "decision",
        "open",
    ),
    (
        "The cabinet approved the subsidy for the second fab.",
        "Whether Tokyo commits a subsidy for the second fab",
        "decision",
        "done",
    ),
    ("The weather was fine all week.", "Whether the plant opens", "project", "announced"),
    (
        "It must be approved by the Senate before the country joins the bank.",
        "Whether the country decides to join the bank",
        "decision",
        "open",
    ),
    (
        "Officials were weighing whether to join the bank, though no decision has been taken.",
        "Whether the country decides to join the bank",
        "decision",
        "open",
    ),
    (
        "The board has not yet approved the plan to join the bank.",
        "Whether the country decides to join the bank",
        "decision",
        "open",
    ),
    (
        "La adhesión al banco aún no fue aprobada por el gabinete.",
        "Whether the country decides to join the bank",
        "decision",
        "open",
    ),
    (
        "The cabinet approved the plan to join the bank in May.",
        "Whether the country decides to join the bank",
        "decision",
        "done",
    ),
]


# A headline about another watch item shares only act and instrument words with this one: it
# sets no baseline here. The item's own words (its entities, its topic) must be in the sentence.
NEIGHBOUR_HEADLINE_CASES = [
    (
        "The senate ratified the extradition treaty in May.",
        "Whether the fisheries agreement is ratified by both parliaments",
        "ratification",
        "signed",
    ),
    (
        "The senate ratified the fisheries agreement in May.",
        "Whether the fisheries agreement is ratified by both parliaments",
        "ratification",
        "ratified-partial",
    ),
    (
        "El acuerdo pesquero entró en vigor en marzo.",
        "Whether the tratado de inversiones enters into force",
        "ratification",
        "signed",
    ),
    (
        "El tratado de inversiones entró en vigor en marzo.",
        "Whether the tratado de inversiones enters into force",
        "ratification",
        "in-force",
    ),
    (
        "O acordo de pesca entrou em vigor em abril.",
        "Whether the acordo de investimentos is ratified",
        "ratification",
        "signed",
    ),
    (
        "O acordo de investimentos entrou em vigor em abril.",
        "Whether the acordo de investimentos is ratified",
        "ratification",
        "in-force",
    ),
    (
        "The cabinet approved the port concession last week.",
        "Whether the cabinet approves the rail subsidy",
        "decision",
        "open",
    ),
]


@pytest.mark.parametrize(("body", "item", "kind", "baseline"), NEIGHBOUR_HEADLINE_CASES)
def test_a_neighbouring_items_headline_sets_no_baseline(
    body: str, item: str, kind: str, baseline: str
) -> None:
    briefing = Briefing(title="T", source="t", dek=body, body="")
    assert baseline_for(kind, item, briefing) == baseline


@pytest.mark.parametrize(("body", "item", "kind", "baseline"), BASELINE_CASES)
def test_baseline_reads_only_what_is_done(body: str, item: str, kind: str, baseline: str) -> None:
    assert baseline_for(kind, item, make_briefing(body)) == baseline


@pytest.mark.parametrize(
    ("index", "kind", "baseline"),
    [
        (0, "ratification", "signed"),
        (1, "project", "announced"),
        (2, "market", "opened"),
        (3, "pressure", "baseline"),
    ],
)
def test_example_briefing_kinds_and_baselines(index: int, kind: str, baseline: str) -> None:
    briefing = briefing_at(EXAMPLE)
    item = briefing.watch_items[index].text
    assert choose_kind(item) == kind
    assert baseline_for(kind, item, briefing) == baseline


def test_ladder_for_standard_custom_and_unknown() -> None:
    assert ladder_for("market") is LADDERS["market"]
    assert ladder_for("market", setbacks=["banned"]) == Ladder(
        "market", LADDERS["market"].stages, ("banned",)
    )
    custom = ladder_for("visa", ["applied", "granted"], ["refused"])
    assert custom == Ladder("visa", ("applied", "granted"), ("refused",))
    with pytest.raises(ValueError, match="unknown kind 'visa'"):
        ladder_for("visa")


def test_weigh_kinds_says_how_sure_and_why() -> None:
    clear = weigh_kinds(
        "Whether the Chile–Ruritania treaty is ratified by both parliaments and enters into force."
    )
    assert (clear.kind, clear.confident) == ("ratification", True)
    assert clear.scores[0][0] == "ratification" and "ratified" in clear.cues
    assert clear.why.startswith("ratification ")
    # Nothing of any kind: generic, and a person should look.
    vague = weigh_kinds("What becomes of the idea floated in Strelsau.")
    assert (vague.kind, vague.confident, vague.scores) == ("generic", False, ())
    assert vague.why == "no kind's words"
    # Two kinds close together: the heavier wins, unsure, with the runner-up named.
    close = weigh_kinds("Whether Ruritanian exports pick up once the protocol is signed.")
    assert not close.confident and close.runner_up is not None
    assert close.scores[0][1] - close.scores[1][1] < 2


@pytest.mark.parametrize(
    "item",
    [
        "Whether the name of the port changes",  # a port is built, but nothing here builds it
        "Whether talks advance",  # "advance" moves projects on, but talks are no project
        "What becomes of the idea floated in Strelsau.",
    ],
)
def test_weak_items_are_marked_unsure(item: str) -> None:
    # Weak evidence still picks the heaviest kind (generic only when nothing scored), but the
    # analyst is asked to check it at import.
    assert not weigh_kinds(item).confident


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        # the main clause asks; a clause that sets the scene counts half
        (
            "How fast Ruritanian pear volumes to Chile grow once the cold-chain protocol is in "
            "force.",
            "market",
        ),
        (
            "Whether the Strelsau tram's second line, whose loan the assembly already approved, "
            "starts carrying passengers.",
            "project",
        ),
        (
            "Whether Ruritania's senate approves the fisheries convention with Chile, a text "
            "trawler owners see as a door to future sales.",
            "ratification",
        ),
        # a third party punishing: aid, loans and talks frozen or suspended, threats made good
        ("Whether donors freeze budget aid to Ruritania over the disputed vote.", "pressure"),
        ("Whether Chile suspends free-trade talks with Ruritania.", "pressure"),
        ("Whether the threats against Ruritania turn into anything concrete.", "pressure"),
        ("Se os doadores suspendem a ajuda a Ruritânia.", "pressure"),
        ("智利对鲁里塔尼亚的不满是否升级。", "pressure"),
        # ... but a treaty on legal assistance withdrawn from parliament is still a treaty
        (
            "Whether Ruritania withdraws the mutual legal assistance treaty from parliament.",
            "ratification",
        ),
        # choices and single acts are decisions
        ("Whether the state miner picks Zenda Metals or Hentzau Ltd as partner.", "decision"),
        ("Whether Chile extends visa-free entry to Ruritanians.", "decision"),
        ("Whether Ruritania recognises Chile as a market economy.", "decision"),
        ("Whether the treasury goes ahead with its first panda bond.", "decision"),
        ("Si Chile nombra un enviado especial para Ruritania.", "decision"),
        ("鲁里塔尼亚是否在智利新设领事馆。", "decision"),
        # a plant entering service or stalling is a project, not a country joining a bloc
        ("Cuándo entra en operación el parque solar de Zenda en Chile.", "project"),
        ("Se a central de Zenda entra em funcionamento este ano.", "project"),
        ("Si el tranvía de Strelsau queda paralizado por falta de licencia ambiental.", "project"),
        # goods and services reaching a market
        ("Watch for the first scheduled flight between Strelsau and Santiago.", "market"),
        ("Whether Ruritanian cut roses clear Chilean quarantine at scale.", "market"),
        # supermarket shelves are a market; shelving an idea is a decision
        ("Whether Ruritanian cheese reaches supermarket shelves in Chile.", "market"),
        ("Whether the central bank adds the yuan to its reserves or shelves the idea.", "decision"),
        # the first works on site, and their environmental licence, are a project's steps
        (
            "Look for an environmental licence and earthworks at Zenda, then foundations — the "
            "first signs that the smelter is real.",
            "project",
        ),
        ("Whether the ministry issues the mining licence to Zenda Metals.", "decision"),
        # a group at home pressing: ultimatums, strikes, blockades ("strikes a deal" is not)
        (
            "Strelsau's civic committee rejects the royalty terms; expect ultimatums, then a "
            "general strike or road blockades.",
            "pressure",
        ),
        ("Whether Zenda strikes a deal with Chile to build the port.", "project"),
        # a country pushing back on another, or relenting
        (
            "How hard Chile pushes back on Ruritania — words, trade measures — or relents.",
            "pressure",
        ),
        # central banks, courts, bills, duties and requirements are decisions
        ("Whether Ruritania's central bank cuts its policy rate in June.", "decision"),
        ("Si el Banco de Ruritania recorta la tasa de interés.", "decision"),
        ("Whether Ruritania's top court strikes down the mining law.", "decision"),
        ("Whether the Strelsau Congress passes the port reform bill.", "decision"),
        ("Whether Chile sets anti-dumping duties on Ruritanian steel.", "decision"),
        ("Si Chile elimina el requisito de visado para los ruritanos.", "decision"),
        # ... but a lower house approving an agreement ratifies it
        (
            "Whether Ruritania's lower house approves the $90 million policy-based loan "
            "agreement with the bank.",
            "ratification",
        ),
        # summoning an ambassador, restricting visas: pressure
        ("Whether Chile summons Ruritania's ambassador over the base deal.", "pressure"),
        ("Whether Chile suspends Ruritania's trade preferences after the arrests.", "pressure"),
        ("智利是否召见鲁里塔尼亚大使。", "pressure"),
        # products on shelves, cargo flights, customs: a market
        ("Will Ruritanian plums be on Chilean shop shelves by March?", "market"),
        ("Cuándo despegan los vuelos de carga con uvas ruritanas hacia Chile.", "market"),
        ("Whether the first Ruritanian lamb clears Chilean customs.", "market"),
        # a line entering service, a plant feeding the grid, works beginning: a project
        ("How soon the Strelsau fibre line enters service, now that it is laid.", "project"),
        ("Quando a central de Zenda começa a fornecer energia à rede.", "project"),
        (
            "Whether the Chile–Ruritania water accord, now in force, lets work begin on the dam.",
            "project",
        ),
    ],
)
def test_choose_kind_freely_worded(item: str, kind: str) -> None:
    assert choose_kind(item) == kind, weigh_kinds(item).why
