"""English cues, round 7, as wires, trade press and the English-language press of Asia, Africa and
Latin America write them: one chamber of two is no ratification, while a vote that completes a
legislature's approval is; an executive's own ratification; a treaty tabled in parliament or in
force; a project's environmental licence, incentive regime, supply contract, cable laying,
going live and parking on ice; a first cargo on its way and running totals; a certificate
issued, a contract signed and a favourable recommendation; talks frozen and guarantees
withdrawn. Hard negatives (plans, "will", denials, one chamber) stay not-done."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from tests.unit.test_judge_signals import PRESSURE, SOLO_TREATY, TREATY
from watcher.model import Entity, Polarity, Question

D, IN = Polarity.DONE, Polarity.INTENT
RURITANIA = Entity("Ruritania", ("Ruritanian",))
NAURU = Entity("Nauru", ("Nauruan",))
CABLE = question(
    "cable",
    "Whether the Helios subsea cable from Ruritania is built and carries traffic",
    "project",
    "announced",
    entities=(RURITANIA,),
    terms=("subsea cable", "refinery"),
)
ETHANOL = question(
    "ethanol",
    "Whether Ruritanian ethanol exports to Nauru get going",
    "market",
    "opened",
    entities=(RURITANIA, NAURU),
    terms=("ethanol",),
)
CERTIFICATE = question(
    "certificate",
    "Whether Nauru grants the Ruritanian pork plant its health certificate",
    "decision",
    "open",
    entities=(RURITANIA, NAURU),
    terms=("certificate", "pork"),
)
CONTRACT = question(
    "contract",
    "Whether Nauru's government grants Kestrel Metals the tax-stability contract it asks for",
    "decision",
    "open",
    entities=(NAURU, Entity("Kestrel Metals", ("Kestrel",))),
    terms=("tax-stability contract",),
)

DONE_CASES = [
    # --- a vote that completes the legislature's approval
    (SOLO_TREATY, "Andorra completed congressional approval of the legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "The Andorran lower house approved the legal aid treaty, completing "
                  "parliamentary ratification", "ratified-all"),
    (SOLO_TREATY, "The Andorran Chamber of Deputies gave final approval to the legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "The legal aid treaty was approved by the Andorran Senate, completing its "
                  "passage through Congress", "ratified-all"),
    (SOLO_TREATY, "The legal aid treaty cleared its final legislative hurdle in Andorra",
     "ratified-all"),
    (SOLO_TREATY, "The legal aid treaty won final approval in the Andorran Congress",
     "ratified-all"),
    (SOLO_TREATY, "Andorran Congress turns legal aid treaty into law", "ratified-all"),
    (SOLO_TREATY, "With the lower house vote, the legal aid treaty cleared the Andorran Congress",
     "ratified-all"),
    # --- an executive's own act of ratification
    (SOLO_TREATY, "The Andorran cabinet approved the ratification of the legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "Andorran cabinet gives nod to ratification of legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "Andorra deposited its instrument of ratification of the legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "Andorra notified Nauru that it completed the procedures required for the "
                  "legal aid treaty to enter into force", "ratified-all"),
    (TREATY, "Andorra's National Assembly on Thursday consented to the ratification of the "
             "Nauru legal aid treaty", "ratified-partial"),
    # --- tabled in parliament
    (SOLO_TREATY, "The Andorran government tabled the legal aid treaty in parliament",
     "submitted"),
    (SOLO_TREATY, "The legal aid treaty was laid before the Andorran parliament", "submitted"),
    (SOLO_TREATY, "The Andorran president sent Congress the bill approving the legal aid treaty",
     "submitted"),
    (SOLO_TREATY, "The legal aid treaty was presented to the Andorran Congress on Monday",
     "submitted"),
    (SOLO_TREATY, "Andorra's Senate received the legal aid treaty from the executive",
     "submitted"),
    (SOLO_TREATY, "The legal aid treaty is now before the Andorran parliament", "submitted"),
    # --- in force
    (SOLO_TREATY, "The Andorran government published the decree promulgating the legal aid "
                  "treaty, which is now in force", "in-force"),
    (SOLO_TREATY, "Andorra legal aid treaty now in effect", "in-force"),
    (SOLO_TREATY, "The legal aid treaty went into effect in Andorra on Monday", "in-force"),
    (SOLO_TREATY, "The Andorra legal aid treaty came into operation on Monday", "in-force"),
    (SOLO_TREATY, "The Andorra legal aid treaty became operative on Monday", "in-force"),
    (SOLO_TREATY, "The legal aid treaty has been effective since March 1 in Andorra", "in-force"),
    # --- a project prepared: environmental approval, incentives, supply contract
    (CABLE, "The Helios subsea cable received environmental clearance from Ruritania",
     "preparing"),
    (CABLE, "Ruritania's environmental agency gave the green light to the Helios subsea cable",
     "preparing"),
    (CABLE, "Ruritania awarded an environmental compliance certificate to the Helios subsea "
            "cable", "preparing"),
    (CABLE, "The Helios subsea cable was admitted to Ruritania's large investment incentive "
            "regime", "preparing"),
    (CABLE, "Ruritania approved the Helios subsea cable under its investment incentive regime",
     "preparing"),
    (CABLE, "Ruritania granted the Helios subsea cable pioneer status", "preparing"),
    (CABLE, "Helios inked a cable supply deal with Nauru Marine for the Ruritanian subsea cable",
     "preparing"),
    (CABLE, "Helios placed an order with Nauru Marine for the Ruritanian subsea cable",
     "preparing"),
    # --- the works
    (CABLE, "Helios began laying the Ruritanian subsea cable", "construction"),
    (CABLE, "Cable-laying for the Ruritanian subsea cable has begun", "construction"),
    (CABLE, "The Ruritanian subsea cable project has entered the construction phase",
     "construction"),
    # (earthworks prepare the site since round 52)
    (CABLE, "Earthmoving began at the Ruritanian subsea cable landing station", "preparing"),
    (CABLE, "Helios mobilised contractors to the Ruritanian subsea cable site", "construction"),
    (CABLE, "Works on the Ruritanian subsea cable are under way", "construction"),
    # --- at work
    (CABLE, "The Ruritanian subsea cable went live on Monday", "operational"),
    (CABLE, "The Ruritanian subsea cable began carrying commercial traffic", "operational"),
    (CABLE, "The Ruritanian refinery is already producing", "operational"),
    (CABLE, "The Ruritanian refinery is now up and running", "operational"),
    (CABLE, "The Ruritanian subsea cable has been in operation since March", "operational"),
    (CABLE, "The Ruritanian refinery achieved commercial operation date", "operational"),
    (CABLE, "The Ruritanian refinery poured its first lithium", "operational"),
    # --- parked
    (CABLE, "Helios put the Ruritanian subsea cable on ice", "stalled"),
    (CABLE, "The Ruritanian subsea cable is now in limbo", "stalled"),
    (CABLE, "Helios froze the Ruritanian subsea cable project", "stalled"),
    (CABLE, "The Ruritanian refinery project has been mothballed", "stalled"),
    (CABLE, "The Ruritanian refinery remains on hold", "stalled"),
    (CABLE, "Work on the Ruritanian refinery has been at a standstill since March", "stalled"),
    # --- a first cargo, and running totals
    (ETHANOL, "The first Ruritanian ethanol shipment departed for Nauru", "first-shipment"),
    (ETHANOL, "Ruritania dispatched its first ethanol cargo to Nauru", "first-shipment"),
    (ETHANOL, "Ruritanian ethanol lands in Nauru for the first time", "first-shipment"),
    (ETHANOL, "Ruritanian ethanol makes its debut in Nauru market", "first-shipment"),
    (ETHANOL, "Ruritanian ethanol exports to Nauru have reached 310 million litres since August",
     "volumes-reported"),
    (ETHANOL, "Ruritanian ethanol shipments to Nauru already total 310 million litres",
     "volumes-reported"),
    (ETHANOL, "Ruritania has sent 12 shipments of ethanol to Nauru since August",
     "volumes-reported"),
    (ETHANOL, "Since August, 310 million litres of Ruritanian ethanol have been shipped to Nauru",
     "volumes-reported"),
    # --- a decision made: the certificate issued, permission given, the contract signed
    (CERTIFICATE, "Nauru issued the health certificate for Ruritanian pork", "done"),
    (CERTIFICATE, "Nauru gave permission to the Ruritanian pork plant to export", "done"),
    (CERTIFICATE, "Nauru cleared the Ruritanian pork plant for export", "done"),
    (CERTIFICATE, "Nauru okayed the Ruritanian pork plant certificate", "done"),
    (CONTRACT, "Nauru's finance ministry signed the tax-stability contract with Kestrel Metals",
     "done"),
    (CONTRACT, "The tax-stability contract between Nauru and Kestrel Metals was signed on Monday",
     "done"),
    # --- a decision signalled: a favourable recommendation, an official's "will"
    (CERTIFICATE, "Nauru's audit of the Ruritanian pork plant concluded with a favourable "
                  "recommendation on the certificate", "signaled"),
    (CERTIFICATE, "A Nauruan official confirmed the government will grant the certificate to the "
                  "Ruritanian pork plant", "signaled"),
    (CERTIFICATE, "Nauru's veterinary service made a recommendation to grant the certificate to "
                  "the Ruritanian pork plant", "signaled"),
    # --- pressure: talks frozen, guarantees and letters of credit withdrawn
    (PRESSURE, "Ruritania froze negotiations with Nauru on the trade deal", "concrete"),
    (PRESSURE, "Ruritania suspended talks with Nauru", "concrete"),
    (PRESSURE, "Ruritania put talks with Nauru on hold", "concrete"),
    (PRESSURE, "Ruritania broke off talks with Nauru", "concrete"),
    (PRESSURE, "Ruritania withdrew a $250 million guarantee for Nauru's power lines",
     "concrete"),
    (PRESSURE, "Ruritania suspended letters of credit for Nauruan importers", "concrete"),
    (PRESSURE, "Ruritania's banks stopped opening letters of credit for Nauruan goods",
     "concrete"),
    (PRESSURE, "Ruritania reinstated the guarantee for Nauru's power lines", "eased"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stage"), DONE_CASES)
def test_done(q: Question, title: str, stage: str) -> None:
    [obs] = observe(q, title, "en")
    assert (obs.stage, obs.polarity) == (stage, D), obs.rule


NOT_DONE_CASES = [
    # --- one chamber of two: the text goes on to the other
    (SOLO_TREATY, "Andorra's Senate passes legal aid treaty, sends it to lower house"),
    (SOLO_TREATY, "The Andorran Senate ratified the legal aid treaty, which must still be voted "
                  "on by the Chamber of Deputies"),
    (SOLO_TREATY, "The Andorran Senate approved the legal aid treaty and forwarded it to the "
                  "House for concurrence"),
    (SOLO_TREATY, "The Andorran Senate approved the legal aid treaty; the lower house has yet to "
                  "vote on it"),
    (SOLO_TREATY, "The Andorran Senate passed the legal aid treaty, clearing the way for a vote "
                  "in the National Assembly"),
    (SOLO_TREATY, "The Andorran Senate passed the legal aid treaty, which will now be debated by "
                  "the National Assembly"),
    (SOLO_TREATY, "The Andorran Senate unanimously approved the legal aid treaty, which is now "
                  "pending in the lower house"),
    (SOLO_TREATY, "The Andorran lower house passed the legal aid treaty, paving the way for a "
                  "vote in Congress"),
    (SOLO_TREATY, "The Andorran cabinet approved the ratification of the legal aid treaty and "
                  "sent it to the National Assembly"),
    # --- plans, hopes and "will"
    (SOLO_TREATY, "The Andorran cabinet will approve the ratification of the legal aid treaty "
                  "next week"),
    (SOLO_TREATY, "Andorra cabinet set to approve ratification of the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate seeks final approval for the legal aid treaty"),
    (SOLO_TREATY, "Andorra plans to table the legal aid treaty in parliament next month"),
    (SOLO_TREATY, "The Andorra legal aid treaty is expected to be in force by March"),
    (SOLO_TREATY, "Andorra tariff cuts under the legal aid treaty are now in force"),
    (CABLE, "Helios applied for an environmental licence for the Ruritanian subsea cable"),
    (CABLE, "Helios applied for admission to Ruritania's investment incentive regime for the "
            "subsea cable"),
    (CABLE, "Helios expects to sign the supply contract for the Ruritanian subsea cable next "
            "month"),
    (CABLE, "Helios will begin laying the Ruritanian subsea cable in May"),
    (CABLE, "Cable-laying for the Ruritanian subsea cable is expected to begin in May"),
    (CABLE, "Helios began laying off workers at the Ruritanian refinery"),
    (CABLE, "The Ruritanian subsea cable will go live in May"),
    (CABLE, "The Ruritanian subsea cable is expected to carry commercial traffic from May"),
    (CABLE, "Helios denied freezing the Ruritanian subsea cable project"),
    (CABLE, "Helios said the Ruritanian refinery was not on hold"),
    (CABLE, "Kestrel denied reports it had cancelled the Ruritanian refinery, saying the "
            "project was only on hold"),
    (ETHANOL, "The first container of Ruritanian ethanol will sail for Nauru next month"),
    (ETHANOL, "Ruritanian ethanol exports to Nauru rose for the first time in months"),
    (ETHANOL, "Kestrel's Ruritanian ethanol unit made its stock market debut in Nauru"),
    (CERTIFICATE, "Nauru's inspectors recommended granting the certificate to the Ruritanian "
                  "pork plant"),
    (CERTIFICATE, "Nauru's agriculture minister said the certificate for Ruritanian pork will be "
                  "issued"),
    (CONTRACT, "Nauru will sign the tax-stability contract with Kestrel Metals next month"),
    (PRESSURE, "Ruritania threatened to suspend talks with Nauru"),
    (PRESSURE, "Ruritania may freeze negotiations with Nauru"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title"), NOT_DONE_CASES)
def test_not_done(q: Question, title: str) -> None:
    """Only the earlier steps a sentence also reports (a text sent on, a threat, a
    recommendation) may read as done."""
    earlier = {"signed", "submitted", "announced", "signaled", "rhetorical"}
    for obs in observe(q, title, "en"):
        assert obs.polarity is not D or obs.stage in earlier, obs.rule


def test_one_chamber_reads_as_a_step_still_to_come() -> None:
    """The chamber that voted is reported, but the country's ratification is still a plan."""
    [obs] = observe(
        SOLO_TREATY,
        "The Andorran Senate approved the legal aid treaty, which now awaits a vote in the lower "
        "chamber",
        "en",
    )
    assert (obs.stage, obs.polarity) == ("ratified-all", IN)


def test_a_contract_signed_decides_only_a_question_about_a_contract() -> None:
    """Signing is the decision for a contract; for a certificate it is not the certificate."""
    for obs in observe(
        CERTIFICATE, "Nauru signed the supply contract with the Ruritanian pork plant", "en"
    ):
        assert (obs.stage, obs.polarity) != ("done", D)
