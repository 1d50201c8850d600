"""Dates a sentence names, read against the day the entry was published.

"First cattle due in June" in a May paper, "pondrá la piedra fundamental el 29 de setiembre"
in a paper of the 10th, "o primeiro contentor pode sair em junho": a step dated after the
report is still to come, whatever verb tells it. This module only answers whether a piece of
folded text (lower case, accents stripped: `text.fold`) names a day or month after a given
date, and which is the latest past day it names ("22日", "yesterday", "on Tuesday"), in English,
Spanish, Portuguese or Chinese; it does not find the date's year when the text leaves it out
beyond taking the nearest reading, and it decides nothing about stages.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {
    **dict.fromkeys(("january", "enero", "janeiro"), 1),
    **dict.fromkeys(("february", "febrero", "fevereiro"), 2),
    **dict.fromkeys(("march", "marzo", "marco"), 3),
    **dict.fromkeys(("april", "abril"), 4),
    **dict.fromkeys(("may", "mayo", "maio"), 5),
    **dict.fromkeys(("june", "junio", "junho"), 6),
    **dict.fromkeys(("july", "julio", "julho"), 7),
    **dict.fromkeys(("august", "agosto"), 8),
    **dict.fromkeys(("september", "septiembre", "setiembre", "setembro"), 9),
    **dict.fromkeys(("october", "octubre", "outubro"), 10),
    **dict.fromkeys(("november", "noviembre", "novembro"), 11),
    **dict.fromkeys(("december", "diciembre", "dezembro"), 12),
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "29 de setiembre", "20 may", "may 20", "june", "em junho de 2027".
# Month names that are everyday words too ("may" a verb, "march" a protest, Portuguese
# "março" folds to "marco", a framework) count only with a day or a year beside them.
_COMMON_WORDS = frozenset({"may", "march", "marco"})
_LATIN_DATE = re.compile(
    rf"(?<![0-9a-z])(?:(?P<day1>[0-3]?\d)\s+(?:de\s+)?)?(?P<month>{_MONTH})(?![0-9a-z])"
    rf"(?:\s+(?P<day2>[0-3]?\d)(?![0-9]))?(?:,?\s+(?:de\s+|del\s+)?(?P<year>20\d\d))?"
)
# "6月", "6月底", "9月29日", "2027年3月", and the month in Chinese numerals ("七月", "十一月";
# not "三个月", three months)
_CJK_MONTHS = {
    "十二": 12, "十一": 11, "十": 10, "九": 9, "八": 8, "七": 7, "六": 6, "五": 5, "四": 4,
    "三": 3, "二": 2, "一": 1,
}  # fmt: skip
_CJK_DATE = re.compile(
    r"(?:(?P<year>20\d\d)年)?(?:(?P<month>1[0-2]|[1-9])|(?<![一二三四五六七八九十])(?P<cmonth>"
    + "|".join(_CJK_MONTHS)
    + r"))月(?:(?P<day>[1-3]?\d)日)?"
)
# "next week", "la próxima semana", "no próximo mês", "下周", "下月", "明年"
_NEXT = re.compile(
    r"(?<![0-9a-z])(?:next (?:week|month|year)|(?:la |el |na |no )?proxim[oa] (?:semana|mes|ano)"
    r"|(?:el |o )?(?:mes|ano) que vem|(?:el )?mes que viene"
    # the rest of this month ("primeiro contentor sai no fim do mês", round 67, read)
    r"|later this (?:week|month)|by the end of (?:the|this) month"
    r"|(?:no|ate o|ate ao) (?:fim|final) (?:do|deste) mes"
    r"|(?:a|para) (?:fin|finales|fines) de(?: este)? mes)"
    r"(?![0-9a-z])"
    r"|下周|下週|下个月|下個月|下月|明年|本月底|本月下旬|月底前"
)
# "since August", "desde agosto", "自8月以来": a month that starts a span now past.
_SINCE = re.compile(
    r"(?<![0-9a-z])(?:since|desde|depuis)\s+(?:(?:el|o|a|la|de|fines de|finales de)\s+)?$"
)
_CJK_SINCE = "以来"
# How far ahead a month named without its year may be read as coming: beyond that, the nearer
# reading is the past one ("the works began in November", in a January paper).
_AHEAD_MONTHS = 5


def names_later_date(text: str, published: date) -> bool:
    """Whether folded `text` names a day or month after `published`, or next week, month or
    year."""
    if _NEXT.search(text):
        return True
    for m in _LATIN_DATE.finditer(text):
        if m.group("month") in _COMMON_WORDS and not (
            m.group("day1") or m.group("day2") or m.group("year")
        ):
            continue
        if _SINCE.search(text, 0, m.start()):
            continue
        day = m.group("day1") or m.group("day2")
        if _later(_MONTHS[m.group("month")], day, m.group("year"), published):
            return True
    return any(
        _later(_cjk_month(m), m.group("day"), m.group("year"), published)
        for m in _CJK_DATE.finditer(text)
        if not text.startswith(_CJK_SINCE, m.end())
        # (not "自8月", since August, nor "去年10月", last year's)
        and not text[: m.start()].endswith(("自", "去年"))
    )


def _cjk_month(found: re.Match[str]) -> int:
    return int(found["month"]) if found["month"] else _CJK_MONTHS[found["cmonth"]]


def _later(month: int, day: str | None, year: str | None, published: date) -> bool:
    if year is not None:
        return (int(year), month, int(day or 0)) > (published.year, published.month, published.day)
    ahead = (month - published.month) % 12
    if ahead == 0:
        return day is not None and int(day) > published.day
    return ahead <= _AHEAD_MONTHS


# Days named relative to the paper's: "yesterday", "ayer", "ontem", "昨天" (and the day before).
_RELATIVE_DAYS = re.compile(
    r"(?<![0-9a-z])(?P<one>yesterday|ayer|ontem)(?![0-9a-z])|(?P<one_cjk>昨天|昨日)"
    r"|(?<![0-9a-z])(?P<two>anteayer|anteontem)(?![0-9a-z])|(?P<two_cjk>前天)"
)
_WEEKDAYS = {
    **dict.fromkeys(("monday", "lunes", "segunda feira", "segunda"), 0),
    **dict.fromkeys(("tuesday", "martes", "terca feira", "terca"), 1),
    **dict.fromkeys(("wednesday", "miercoles", "quarta feira", "quarta"), 2),
    **dict.fromkeys(("thursday", "jueves", "quinta feira", "quinta"), 3),
    **dict.fromkeys(("friday", "viernes", "sexta feira", "sexta"), 4),
    **dict.fromkeys(("saturday", "sabado"), 5),
    **dict.fromkeys(("sunday", "domingo"), 6),
}
# "on Tuesday", "este martes", "el martes", "nesta terça-feira", "na terça": a past weekday
# of the paper's own week (the Portuguese short forms only after their preposition).
_WEEKDAY = re.compile(
    r"(?<![0-9a-z])(?:on|este|el|esta|nesta|na|no|neste)\s+(?P<day>"
    + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    + r")(?![0-9a-z])"
)
# "22日" with no month before it: a day of the paper's month (or the month before).
_CJK_DAY = re.compile(r"(?<![月0-9])(?P<day>[1-3]?\d)日")


def latest_day_named(text: str, published: date) -> date | None:
    """The latest day on or before `published` that folded `text` names as when something
    happened ("22日", "yesterday", "on Tuesday", "el 22 de abril"), or None when it names none.
    Days after `published` are another question (`names_later_date`)."""
    found = [d for d in _days_named(text, published) if d is not None and d <= published]
    return max(found, default=None)


def _days_named(text: str, published: date) -> list[date | None]:
    days: list[date | None] = []
    for m in _RELATIVE_DAYS.finditer(text):
        days.append(published - timedelta(days=1 if (m["one"] or m["one_cjk"]) else 2))
    for m in _WEEKDAY.finditer(text):
        back = (published.weekday() - _WEEKDAYS[m["day"]]) % 7
        days.append(published - timedelta(days=back))
    for m in _LATIN_DATE.finditer(text):
        day = m.group("day1") or m.group("day2")
        if day is not None:
            days.append(_dated(_MONTHS[m.group("month")], int(day), m["year"], published))
    for m in _CJK_DATE.finditer(text):
        if m.group("day") is not None:
            days.append(_dated(_cjk_month(m), int(m["day"]), m["year"], published))
    for m in _CJK_DAY.finditer(text):
        days.append(_day_of_month(int(m["day"]), published))
    return days


def _dated(month: int, day: int, year: str | None, published: date) -> date | None:
    """The day and month in the given year, else in the paper's year or, when that would be
    after the paper, the year before (or None: a day of the months just ahead is to come)."""
    try:
        if year is not None:
            return date(int(year), month, day)
        when = date(published.year, month, day)
        if when <= published:
            return when
        # (a day in the months just ahead is to come, as `names_later_date` reads it)
        ahead = (month - published.month) % 12
        return None if ahead <= _AHEAD_MONTHS else date(published.year - 1, month, day)
    except ValueError:
        return None


def _day_of_month(day: int, published: date) -> date | None:
    """A day of the month alone: in the paper's month when not after its day, else the month
    before."""
    try:
        if day <= published.day:
            return published.replace(day=day)
        first = published.replace(day=1) - timedelta(days=1)
        return first.replace(day=day)
    except ValueError:
        return None
