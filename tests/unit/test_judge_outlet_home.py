"""The outlet's own country, as the briefing's sources place it.

A briefing's regional takes say where each outlet writes from ("**The Nairobi Ledger** (Kenya,
en)"). News from that outlet may leave its own country unsaid in any language: a Kenyan
paper's "China pact vote put off" in English is Kenya's news, though English tells no home.
And an outlet placed elsewhere is not home press, even in the missing country's language.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.unit.builders import entry, question
from watcher.judge import Judge
from watcher.model import Entity, Observation, Polarity, Question, Source, Watchlist
from watcher.questions import outlet_countries
from watcher.watchlist import dump_watchlist, load_watchlist

KENYA = Entity("Kenya", ("Kenyan", "肯尼亚"))
CHINA = Entity("China", ("Chinese", "Beijing", "中国"))
URUGUAY = Entity("Uruguay", ("uruguayo", "uruguaya"))
UAE = Entity("United Arab Emirates", ("Emiratos", "Emiratos Árabes Unidos"))
SOURCES = (
    Source("The Nairobi Ledger", "https://nairobi-ledger.example/2026/04/pact", "en", "Kenya"),
    Source("Diario del Plata", "https://diario-del-plata.example/x", "es", "Argentina"),
    Source("Gulf Commerce Daily", None, "en", "Asia"),
)
HOMES = outlet_countries(SOURCES)
PACT = question(
    "pact",
    "Does the China–Kenya trade pact get through Kenya's National Assembly and take effect?",
    "ratification",
    "signed",
    entities=(CHINA, KENYA),
    terms=("trade agreement", "trade pact", "China pact"),
    parties=(CHINA, KENYA),
    outlet_countries=HOMES,
)
DEAL = question(
    "deal",
    "Whether the Uruguay–UAE trade agreement is ratified",
    "ratification",
    "signed",
    entities=(URUGUAY, UAE),
    terms=("acuerdo comercial", "acuerdo de asociación económica"),
    outlet_countries=HOMES,
)
WHEN = datetime(2030, 3, 1, tzinfo=UTC)


def test_sources_placed_in_a_country_by_name_and_host() -> None:
    assert HOMES == (
        ("The Nairobi Ledger", "Kenya"),
        ("nairobi-ledger.example", "Kenya"),
        ("Diario del Plata", "Argentina"),
        ("diario-del-plata.example", "Argentina"),
    )  # "Asia" places nothing


def read(
    q: Question, title: str, lead: str, source: str | None, url: str | None, lang: str
) -> list[Observation]:
    """What a judge of `q` observes in an entry from `source` (or at `url`)."""
    return Judge([q]).observe(
        entry(title, lead, language=lang, source=source, url=url, published=WHEN)
    )


def test_an_outlets_own_country_unsaid_in_english() -> None:
    title = "China pact vote put off after stormy sitting"
    lead = "A vote on the China trade agreement did not take place after MPs demanded more time."
    assert read(PACT, title, lead, "The Nairobi Ledger", None, "en")
    # found by the host of its link when the feed's title says nothing
    assert read(PACT, title, lead, None, "https://www.nairobi-ledger.example/a/1", "en")
    # another outlet, not placed in Kenya: Kenya must be named
    assert not read(PACT, title, lead, "Global Trade Wire", None, "en")


def test_the_acting_party_is_the_outlets_country() -> None:
    [o] = read(
        PACT,
        "National Assembly ratifies the China trade pact",
        "",
        "The Nairobi Ledger - Politics",  # a feed's title may add a section
        None,
        "en",
    )
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", Polarity.DONE, "Kenya")


def test_the_legislatures_plain_name_opening_the_act_is_the_outlets() -> None:
    # "Senate passes" is one cue, so no word before it says whose Senate: the outlet's own,
    # not China's, though China is the one party the sentence names.
    [o] = read(PACT, "Senate passes the China trade pact", "", "The Nairobi Ledger", None, "en")
    assert (o.stage, o.polarity, o.party) == ("ratified-partial", Polarity.DONE, "Kenya")


def test_an_outlet_placed_elsewhere_is_no_home_press_in_the_same_language() -> None:
    title = "El Senado aprobó el acuerdo comercial con Emiratos"
    # a Uruguayan-sounding report, but from an Argentine paper: not Uruguay's Senate
    assert not read(DEAL, title, "", "Diario del Plata", None, "es")
    # from an outlet the briefing does not place, the language still says Uruguay
    assert read(DEAL, title, "", "El Observador Oriental", None, "es")


def test_outlet_countries_come_from_the_watchlists_sources_not_the_file() -> None:
    wl = Watchlist(id="w", title="t", sources=SOURCES, questions=(PACT,))
    text = dump_watchlist(wl)
    assert "outlet_countries" not in text
    [loaded] = load_watchlist(text, "w.yaml").questions
    assert loaded.outlet_countries == HOMES
