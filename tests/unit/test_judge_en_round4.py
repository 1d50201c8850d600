"""English cues, round 4: a legislature's vote said other ways (a date or a count between it and
its vote, "final approval", "voted to approve"), a facility at work (its doors, its first
patients or ships), financing and contractors, works at a standstill, money held back and let
flow again, other things than the agreement taking effect, and a step named as the story's
history ("eight months after ground was broken")."""

from __future__ import annotations

import pytest

from tests.unit.builders import observe, question
from tests.unit.test_judge_signals import PRESSURE, SOLO_TREATY, TREATY
from watcher.model import Entity, Polarity, Question

D, IN, N, S = Polarity.DONE, Polarity.INTENT, Polarity.NEGATED, Polarity.SPECULATIVE
RURITANIA = Entity("Ruritania", ("Ruritanian",))
HOSPITAL = question(
    "hospital",
    "Whether the Helios-funded regional hospital in Ruritania opens",
    "project",
    "announced",
    entities=(RURITANIA,),
    terms=("regional hospital",),
)
TERMINAL = question(
    "terminal",
    "Whether the new container terminal at Port Ruritania starts operating",
    "project",
    "announced",
    entities=(RURITANIA,),
    terms=("container terminal",),
)
LOAN = question(
    "loan",
    "Whether Ruritania's legislature approves the Helios Bank loan agreement",
    "ratification",
    "signed",
    entities=(RURITANIA,),
    terms=("loan agreement", "loan"),
)

DONE_CASES = [
    # --- a legislature's vote, said other ways
    (SOLO_TREATY, "Lawmakers give final approval to Andorra legal aid treaty", "ratified-all"),
    (SOLO_TREATY, "The Andorran Senate on Friday passed the mutual legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "The Andorran parliament on Friday passed the revised legal aid treaty",
     "ratified-all"),
    (SOLO_TREATY, "The Andorran Senate on Thursday approved the legal aid treaty by eight votes "
                  "to four", "ratified-all"),
    (TREATY, "The Andorran Senate on Thursday approved the Nauru legal aid treaty by eight votes "
             "to four", "ratified-partial"),
    (SOLO_TREATY, "Andorra's National Assembly voted to ratify the legal aid treaty",
     "ratified-all"),
    (LOAN, "Ruritania's National Assembly voted on Thursday to approve a $900 million loan from "
           "Helios Bank", "ratified-all"),
    # --- a facility at work
    (HOSPITAL, "Ruritania's new regional hospital opens its doors", "operational"),
    (HOSPITAL, "Ruritania's Helios-funded regional hospital finally threw open its doors",
     "operational"),
    (HOSPITAL, "The Ruritanian regional hospital received its first patients on Thursday",
     "operational"),
    (HOSPITAL, "Ruritania regional hospital: first patients treated", "operational"),
    (HOSPITAL, "The Ruritanian regional hospital opened on Thursday", "operational"),
    (TERMINAL, "The Ruritanian container terminal handled its first vessel on Monday",
     "operational"),
    (TERMINAL, "The first vessel berthed at the Ruritanian container terminal on Monday",
     "operational"),
    (TERMINAL, "The Ruritanian container terminal began to operate on Monday", "operational"),
    (TERMINAL, "First ship calls at the Ruritanian container terminal", "operational"),
    # the opening is the news; the groundbreaking in the "after" clause is its history
    (HOSPITAL, "The Ruritanian regional hospital opened on Thursday, eight months after ground "
               "was broken", "operational"),
    (HOSPITAL, "Eight months after ground was broken, the Ruritanian regional hospital opened on "
               "Thursday", "operational"),
    # --- financing and contractors
    (HOSPITAL, "Ruritania signed the grant agreement that fully finances the new regional "
               "hospital", "preparing"),
    (HOSPITAL, "Ruritania and Helios sign US$40 million grant for regional hospital",
     "preparing"),
    (HOSPITAL, "The grant agreement for Ruritania's regional hospital was signed on Monday",
     "preparing"),
    (HOSPITAL, "Ruritanian regional hospital: grant agreement signed", "preparing"),
    (HOSPITAL, "Ruritania selected a contractor for the regional hospital", "preparing"),
    (HOSPITAL, "Ruritanian regional hospital: main contractor chosen", "preparing"),
    # --- works at a standstill
    (TERMINAL, "Works at the Ruritanian container terminal have ground to a halt", "stalled"),
    (TERMINAL, "Strike and funding lag idle the Ruritanian container terminal site", "stalled"),
    (TERMINAL, "Ruritanian container terminal site idled by strike", "stalled"),
    (TERMINAL, "Work at the Ruritanian container terminal has stopped", "stalled"),
    (TERMINAL, "Ruritanian container terminal: construction has stopped", "stalled"),
    (TERMINAL, "Unpaid wages idled the Ruritanian container terminal site", "stalled"),
    (TERMINAL, "Work on the Ruritanian container terminal has ceased", "stalled"),
    (TERMINAL, "Subcontractors ceased work at the Ruritanian container terminal", "stalled"),
    (TERMINAL, "Strike paralyses Ruritanian container terminal works", "stalled"),
    # --- money held back, visas refused
    (PRESSURE, "Ruritania suspended disbursements to Nauru", "concrete"),
    (PRESSURE, "Ruritania suspended a $400 million credit facility to Nauru", "concrete"),
    (PRESSURE, "Ruritania announced visa restrictions on Nauruan officials", "concrete"),
    (PRESSURE, "Ruritania revoked the visas of Nauruan officials", "concrete"),
    # --- and let flow again
    (PRESSURE, "Ruritania resumed disbursements to Nauru", "eased"),
    (PRESSURE, "Ruritanian lender lifts freeze on Nauru credit line", "eased"),
    (PRESSURE, "Ruritania allowed three of the four Nauruan shrimp farms it blocked in March to "
               "resume shipments", "eased"),
    (PRESSURE, "Ruritania lets most Nauruan farms resume exports", "eased"),
    (PRESSURE, "Ruritania eased curbs on Nauruan shrimp", "eased"),
    (PRESSURE, "Nauruan farms back in business as Ruritania ends audit, easing a measure Nauru "
               "called punishment", "eased"),
    # --- the agreement itself takes effect
    (SOLO_TREATY, "The Andorra legal aid treaty took effect on Monday", "in-force"),
    (SOLO_TREATY, "The Andorra legal aid treaty, signed last year, took effect on Monday",
     "in-force"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title", "stage"), DONE_CASES)
def test_done(q: Question, title: str, stage: str) -> None:
    [obs] = observe(q, title, "en")
    assert (obs.stage, obs.polarity) == (stage, D)


NOT_DONE_CASES = [
    # --- one chamber of two, committees, schedules, first votes, texts about the agreement
    (SOLO_TREATY, "The Andorran House of Representatives on Thursday approved a motion endorsing "
                  "the legal aid treaty by 22 votes to 8, sending it to the Senate, which is "
                  "scheduled to take it up on May 17"),
    (SOLO_TREATY, "The Andorran Senate on Thursday approved the legal aid treaty, sending it to "
                  "the lower house"),
    (SOLO_TREATY, "Andorra's foreign affairs committee on Thursday approved the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate foreign relations committee on Thursday approved the legal "
                  "aid treaty"),
    (SOLO_TREATY, "Andorran lawmakers in the lower house on Thursday passed the legal aid treaty"),
    (SOLO_TREATY, "Andorra's National Assembly committees voted on Thursday to approve the legal "
                  "aid treaty"),
    (SOLO_TREATY, "Andorra's National Assembly is scheduled to vote on the legal aid treaty"),
    (SOLO_TREATY, "Andorra's National Assembly is expected to vote to approve the legal aid "
                  "treaty next week"),
    (SOLO_TREATY, "The Andorran Senate gave initial approval to the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate on Monday approved the legal aid treaty in principle"),
    (SOLO_TREATY, "The Andorran Senate approved a resolution criticizing the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate passed the budget funding the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate voted against a motion to ratify the legal aid treaty"),
    (SOLO_TREATY, "The Andorran Senate voted on Thursday to approve amendments to the legal aid "
                  "treaty"),
    (SOLO_TREATY, "Andorra's National Assembly voted on whether to approve the legal aid treaty"),
    # --- another thing takes effect
    (SOLO_TREATY, "Andorran sugar enters duty-free under a quota that took effect when the two "
                  "countries signed their legal aid treaty"),
    (SOLO_TREATY, "Tariff cuts under the Andorra legal aid treaty took effect on Monday"),
    (SOLO_TREATY, "Andorra legal aid treaty: an amending protocol took effect on Monday"),
    (SOLO_TREATY, "Andorra legal aid treaty: a protocol that took effect on Monday widens it"),
    # --- figures of speech, tenders, plans
    (HOSPITAL, "Ruritania opened its doors to foreign investors in its regional hospital"),
    (HOSPITAL, "Tenders for the Ruritanian regional hospital opened on Monday"),
    (HOSPITAL, "The Ruritanian regional hospital is expected to receive its first patients in "
               "March"),
    (HOSPITAL, "The Ruritanian regional hospital has not yet opened its doors"),
    (HOSPITAL, "Ruritania and Helios plan to sign a grant agreement for the regional hospital"),
    (HOSPITAL, "The grant agreement for Ruritania's regional hospital is expected to be signed "
               "next month"),
    (HOSPITAL, "Ruritania will select a contractor for the regional hospital by June"),
    (TERMINAL, "Work at the Ruritanian container terminal has not stopped, the operator said"),
    (TERMINAL, "Ruritania denied that work at the container terminal had ground to a halt"),
    # --- a permission weighed, asked for or hoped for; talks on easing; a plan to resume
    (PRESSURE, "Ruritania is considering letting Nauruan farms resume exports"),
    (PRESSURE, "Nauru asked Ruritania to allow its farms to resume exports"),
    (PRESSURE, "Nauruan farms hope to resume exports to Ruritania once it allows them"),
    (PRESSURE, "Nauruan farms that Ruritania allowed to register hope to resume exports"),
    (PRESSURE, "Nauruan farms resume exports to Ruritania if it allows them"),
    (PRESSURE, "Ruritania and Nauru held talks on easing the measures"),
    (PRESSURE, "Ruritania will resume disbursements to Nauru once the review ends"),
    (PRESSURE, "Ruritania weighs visa curbs on Nauruan officials, sources say"),
]  # fmt: skip


@pytest.mark.parametrize(("q", "title"), NOT_DONE_CASES)
def test_not_done(q: Question, title: str) -> None:
    for obs in observe(q, title, "en"):
        assert obs.polarity is not D or obs.stage in {"signed", "announced"}, obs.rule


def test_a_step_named_after_months_after_is_history() -> None:
    """The groundbreaking named right after "three years after" is what happened then, not news;
    the facility named before it is read as usual."""
    [obs] = observe(
        HOSPITAL,
        "The Ruritanian regional hospital still has no power line, three years after ground was "
        "broken",
        "en",
    )
    assert (obs.stage, obs.polarity) != ("construction", D)
    [obs] = observe(
        HOSPITAL,
        "The Ruritanian regional hospital is expected to open in March, eight months after ground "
        "was broken",
        "en",
    )
    assert (obs.stage, obs.polarity) != ("construction", D)


def test_permission_to_resume_names_the_setback_it_ends() -> None:
    """The permission eases the pressure even though its sentence names the blocked farms."""
    [obs] = observe(
        PRESSURE,
        "Ruritania allowed Nauruan farms to resume shipments, easing a measure Nauru had called "
        "punishment",
        "en",
    )
    assert (obs.stage, obs.polarity) == ("eased", D)


def test_a_chamber_that_rejected_a_bill_approved_nothing() -> None:
    """ "Lawmakers rejected a bill that approved the treaty": no ratification."""
    for obs in observe(
        SOLO_TREATY, "Andorran lawmakers rejected a bill that approved the legal aid treaty", "en"
    ):
        assert (obs.stage, obs.polarity) != ("ratified-all", D)
