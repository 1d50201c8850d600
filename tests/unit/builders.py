"""Builders for the judge's unit tests: a question, a feed entry, what the judge observes.

Only the scaffolding lives here (ids, watchlist, briefing date, feed URL, publication date);
each test file still spells out the data that matters to it: question texts, entities, terms,
titles and languages.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from watcher.judge import Judge
from watcher.ladders import LADDERS
from watcher.model import Briefing, Entity, Entry, Observation, Polarity, Question, WatchItem
from watcher.questions import build_watchlist

SINCE = date(2030, 1, 10)  # the briefing's date: what questions are tracked from
PUBLISHED = datetime(2030, 2, 1, tzinfo=UTC)  # an entry's date, after the briefing
FEED_URL = "http://127.0.0.1/feed"

# A fictional state several files use with the same names in English, Spanish and Chinese.
ANDORRA = Entity("Andorra", ("Andorran", "andorrano", "andorrana", "安道尔"))


def question(qid: str, text: str, kind: str, baseline: str, **fields: object) -> Question:
    """A question `w/<qid>` of watchlist `w`, tracked since SINCE, on the standard ladder of
    `kind` unless `ladder=` is given; `fields` are any other Question fields."""
    fields.setdefault("ladder", LADDERS[kind])
    fields.setdefault("since", SINCE)
    return Question(
        id=f"w/{qid}",
        watchlist="w",
        text=text,
        kind=kind,
        baseline=baseline,
        **fields,  # type: ignore[arg-type]
    )


def entry(
    title: str,
    lead: str = "",
    *,
    language: str | None = None,
    content: str = "",
    published: datetime | None = PUBLISHED,
    url: str | None = None,
    source: str | None = None,
    feed_url: str = FEED_URL,
    key: str | None = None,
) -> Entry:
    """A feed entry keyed by its title; `published=None` makes an undated one."""
    return Entry(
        feed_url=feed_url,
        key=title if key is None else key,
        title=title,
        url=url,
        summary=lead,
        content=content,
        published=published,
        language=language,
        source=source,
    )


def observe(
    question_or_questions: Question | Sequence[Question],
    title: str,
    language: str | None = None,
    lead: str = "",
) -> list[Observation]:
    """What a judge of the given question(s) observes in an entry with this title and lead."""
    questions = (
        [question_or_questions]
        if isinstance(question_or_questions, Question)
        else list(question_or_questions)
    )
    return Judge(questions).observe(entry(title, lead, language=language))


def only_question(title: str, item: str, **fields: object) -> Question:
    """The one question built from a briefing with this title and one watch item; `fields` are
    other Briefing fields (entities, dek...)."""
    briefing = Briefing(title=title, source="b", watch_items=(WatchItem(item, 1),), **fields)  # type: ignore[arg-type]
    [q] = build_watchlist(briefing).questions
    return q


def questions_of(title: str, *items: str, **fields: object) -> list[Question]:
    """Every question built from a briefing with this title and these watch items; `fields`
    are other Briefing fields."""
    watch_items = tuple(WatchItem(text, i + 1) for i, text in enumerate(items))
    briefing = Briefing(title=title, source="b", watch_items=watch_items, **fields)  # type: ignore[arg-type]
    return list(build_watchlist(briefing).questions)


def entity_names(question: Question) -> list[str]:
    """The names of the entities a question requires, in order."""
    return [e.name for e in question.entities]


def stages(found: Sequence[Observation]) -> list[tuple[str | None, Polarity]]:
    """The (stage, polarity) of each observation, to compare with what a test expects."""
    return [(o.stage, o.polarity) for o in found]


def done_stages(found: Sequence[Observation]) -> list[str | None]:
    """The stages the observations report done, in order."""
    return [o.stage for o in found if o.polarity is Polarity.DONE]
