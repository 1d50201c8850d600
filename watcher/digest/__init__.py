"""The digest: a view model built from records (`build_digest`) and its renderers.

Building decides the content; renderers only format it, so new formats (HTML, Atom, email) add a
renderer and touch nothing else. Nothing here does I/O or reads the clock.
"""

from watcher.digest.build import (
    ChangeView,
    DigestSummary,
    DigestView,
    EvidenceLink,
    FeedProblem,
    LadderPosition,
    PartyAct,
    PartyProgress,
    QuestionDigest,
    ReviewView,
    WatchlistDigest,
    build_digest,
)
from watcher.digest.render_json import render_json
from watcher.digest.render_md import render_markdown

__all__ = [
    "ChangeView",
    "DigestSummary",
    "DigestView",
    "EvidenceLink",
    "FeedProblem",
    "LadderPosition",
    "PartyAct",
    "PartyProgress",
    "QuestionDigest",
    "ReviewView",
    "WatchlistDigest",
    "build_digest",
    "render_json",
    "render_markdown",
]
