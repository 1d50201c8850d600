"""Parse a markdown news briefing into a `Briefing`: title, dek, date, sources, watch items, body.

Tolerant by design: CRLF or CR line ends, a BOM, any heading level, `-`/`*`/`+`/`•`/numbered
bullets, sections missing or in any order, any file extension. Only three things are fatal and
raise `BriefingError` naming the file and line: text that is empty or not text at all, no title,
and no "What to watch" items. This module reads text it is given; it never opens files and does
not decide anything about questions (see `questions.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlparse

from watcher.errors import BriefingError
from watcher.model import Briefing, Source, WatchItem

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+(.*)$")
_ISO_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")
_META_DATE = re.compile(r"\bdate\s*[:=]\s*(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_CANONICAL = re.compile(r"^\s*canonical\s*:\s*<?(\S+?)>?\s*$", re.IGNORECASE)
_SOURCE_URL = re.compile(r"^\s*(?:[-*+]\s*)?source\s*:\s*<?(\S+?)>?\s*$", re.IGNORECASE)
_ENTITIES = re.compile(r"^\s*(?:[-*+•]\s*)?\**entities\**\s*:\s*(.*)$", re.IGNORECASE)
_OUTLET = re.compile(r"^\*\*(.+?)\*\*\s*(?:\(([^)]*)\))?\s*(?:[—–:-]+\s*(.*))?$")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")

# Section headings, by the role their content plays: a watch heading anywhere in the heading,
# the others at its start (lens headings under the takes are free prose).
_WATCH_HEADINGS = ("what to watch", "watch list", "watchlist", "qué vigilar", "o que observar")
_TAKES_HEADINGS = ("regional takes", "takes", "coverage", "sources")
_GRAPH_HEADINGS = ("across the graph", "entities")
_BODY_HEADINGS = (
    "summary",
    "the split",
    "by the numbers",
    "why it matters",
    "context",
    "background",
)
_SMALL_WORDS = {"of", "the", "and", "de", "del", "la", "el", "da", "do", "dos", "y", "e", "for"}


@dataclass
class _Section:
    """A run of lines under one heading (level 0 and role "front" before any heading)."""

    role: str
    heading: str
    level: int
    line: int
    lines: list[tuple[int, str]] = field(default_factory=list)


def parse_briefing(text: str, source: str) -> Briefing:
    """Read a briefing's markdown text; `source` names it in errors (a path, usually)."""
    lines = _normalized_lines(text, source)
    title_line, title = _find_title(lines, source)
    sections = _split_sections(lines, title_line)
    return Briefing(
        title=title,
        source=source,
        dek=_find_dek(lines, title_line),
        date=_find_date(lines),
        canonical_url=_find_canonical(lines),
        entities=_find_entities(sections),
        sources=_find_sources(sections),
        watch_items=_find_watch_items(sections, source),
        body=_body_text(sections),
    )


def _normalized_lines(text: str, source: str) -> list[tuple[int, str]]:
    """Numbered lines (1-based) with BOM and line-end differences removed."""
    if _looks_binary(text):
        raise BriefingError("not a text briefing (binary content)", where=source, line=1)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BriefingError("empty briefing", where=source, line=1)
    return list(enumerate(text.split("\n"), start=1))


def _looks_binary(text: str) -> bool:
    """NUL bytes, or many undecodable or control characters, mean this is not prose."""
    if "\x00" in text:
        return True
    sample = text[:4096]
    odd = sum(1 for c in sample if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r\f"))
    return bool(sample) and odd / len(sample) > 0.05


def _section_role(heading: str) -> str | None:
    """The role of a known section heading, or None for any other heading (a lens, say)."""
    lowered = re.sub(r"^[^a-z]+", "", heading.lower())
    if any(name in lowered for name in _WATCH_HEADINGS):
        return "watch"
    for role, names in (
        ("graph", _GRAPH_HEADINGS),
        ("body", _BODY_HEADINGS),
        ("takes", _TAKES_HEADINGS),
    ):
        if lowered.startswith(names):
            return role
    return None


def _find_title(lines: list[tuple[int, str]], source: str) -> tuple[int, str]:
    """The first heading that is not a known section, before any known section.

    A plain first line is accepted as the title too (a briefing saved as plain text).
    """
    for number, line in lines:
        heading = _HEADING.match(line)
        if heading:
            if _section_role(heading.group(2)):
                break
            return number, _clean_inline(heading.group(2))
        if line.strip():
            if _is_plain_prose(line):
                return number, _clean_inline(line)
            break
    raise BriefingError("no title (expected a '# Title' heading first)", where=source, line=1)


def _is_plain_prose(line: str) -> bool:
    stripped = line.strip()
    return not (
        _BULLET.match(line)
        or stripped.startswith((">", "**", "---", "|", "<", "```"))
        or _ISO_DATE.fullmatch(stripped)
        or len(stripped) < 3
    )


def _clean_inline(text: str) -> str:
    """Markdown links become their text; emphasis marks and extra spaces go."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return " ".join(text.split())


def _find_dek(lines: list[tuple[int, str]], title_line: int) -> str:
    """The `> ` line right after the title (blank lines between are fine)."""
    for number, line in lines:
        if number <= title_line or not line.strip():
            continue
        stripped = line.strip()
        return _clean_inline(stripped.lstrip(">")) if stripped.startswith(">") else ""
    return ""


def _find_date(lines: list[tuple[int, str]]) -> date | None:
    """`date: YYYY-MM-DD` in a meta line first, else a line that is only an ISO date."""
    for _, line in lines:
        found = _META_DATE.search(line)
        if found and (parsed := _parse_date(found.group(1))):
            return parsed
    for _, line in lines:
        stripped = _clean_inline(line).strip(" -*:").lower().removeprefix("date").strip(" :")
        if _ISO_DATE.fullmatch(stripped) and (parsed := _parse_date(stripped)):
            return parsed
    return None


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _find_canonical(lines: list[tuple[int, str]]) -> str | None:
    for _, line in lines:
        found = _CANONICAL.match(line)
        if found:
            return found.group(1)
    return None


def _split_sections(lines: list[tuple[int, str]], title_line: int) -> list[_Section]:
    """Group lines by section; sub-headings of a known section stay inside it.

    A heading deeper than its section's heading, or one at the same level that names no known
    section while inside the regional takes (the lens headings), belongs to the current section.
    """
    current = _Section("front", "", 0, 1)
    sections = [current]
    for number, line in lines:
        heading = _HEADING.match(line) if number != title_line else None
        if heading is None:
            if number != title_line:
                current.lines.append((number, line))
            continue
        level, text = len(heading.group(1)), heading.group(2)
        role = _section_role(text)
        if current.role != "front" and _is_subheading(current, level, role):
            current.lines.append((number, line))
            continue
        current = _Section(role or "other", _clean_inline(text), level, number)
        sections.append(current)
    return sections


def _is_subheading(current: _Section, level: int, role: str | None) -> bool:
    if level > current.level:
        return True
    return current.role == "takes" and level == current.level and role is None


def _bullets(section: _Section) -> list[tuple[int, str]]:
    """The section's bullets with continuation lines joined (markdown's lazy continuation:
    a following line continues the bullet; after a blank line only an indented one does)."""
    items: list[tuple[int, list[str]]] = []
    open_item = after_blank = False
    for number, line in section.lines:
        bullet = _BULLET.match(line)
        if _HEADING.match(line):
            open_item = False
        elif not line.strip():
            after_blank = True
        elif bullet and len(bullet.group(1)) < 2:
            items.append((number, [bullet.group(2)]))
            open_item, after_blank = True, False
        elif open_item and (not after_blank or line[:1].isspace()):
            items[-1][1].append(line.strip())
            after_blank = False
        else:
            open_item = False
    return [(number, " ".join(parts)) for number, parts in items]


def _find_watch_items(sections: list[_Section], source: str) -> tuple[WatchItem, ...]:
    watch = [s for s in sections if s.role == "watch"]
    items = [
        WatchItem(text=_clean_inline(text), line=number)
        for section in watch
        for number, text in _bullets(section)
        if _clean_inline(text)
    ]
    if not items:
        line = watch[0].line if watch else 1
        raise BriefingError("no 'What to watch' items", where=source, line=line)
    return tuple(items)


def _find_entities(sections: list[_Section]) -> tuple[str, ...]:
    """Names from `Entities: A, Type:b c` lines, with type prefixes stripped and cased."""
    names: list[str] = []
    for section in sections:
        for _, line in section.lines:
            found = _ENTITIES.match(line)
            if found:
                names.extend(_entity_names(found.group(1)))
    return tuple(dict.fromkeys(n for n in names if n))


def _entity_names(listing: str) -> list[str]:
    """Split on commas, keeping "Ministry of Economy, Trade and Industry" in one piece."""
    parts: list[str] = []
    for raw in listing.split(","):
        piece = _clean_inline(raw)
        # (not a name of its own that has an "and": "Ministry of Agriculture and Livestock
        # (Brazil)" after "National People's Assembly of Guinea-Bissau", round 61, read)
        own_name = " of " in f" {piece} " or "(" in piece
        if parts and " and " in f" {piece} " and " of " in parts[-1] and not own_name:
            parts[-1] = f"{parts[-1]}, {piece}"
        else:
            parts.append(piece)
    return [_title_case(re.sub(r"^[A-Za-z]+:(?=\S)", "", p).strip()) for p in parts]


def _title_case(name: str) -> str:
    """Capitalise lower-case words (keeping small joining words low); leave cased words alone."""
    words = name.split()
    cased = [
        w[:1].upper() + w[1:] if w.islower() and (i == 0 or w not in _SMALL_WORDS) else w
        for i, w in enumerate(words)
    ]
    return " ".join(cased)


def _find_sources(sections: list[_Section]) -> tuple[Source, ...]:
    sources: list[Source] = []
    for section in (s for s in sections if s.role == "takes"):
        sources.extend(_section_sources(section))
    return tuple(sources)


def _section_sources(section: _Section) -> list[Source]:
    """Outlet bullets; the lens is the nearest sub-heading; `Source: URL` lines attach to them."""
    found: list[Source] = []
    lens: str | None = None
    for _, line in section.lines:
        heading = _HEADING.match(line)
        if heading:
            lens = _lens(heading.group(2))
            continue
        bullet = _BULLET.match(line)
        outlet = _OUTLET.match(bullet.group(2).strip()) if bullet else None
        url = _SOURCE_URL.match(line)
        if outlet:
            found.append(_source(outlet, lens))
        elif url and found and found[-1].url is None:
            last = found[-1]
            found[-1] = Source(last.outlet, url.group(1), last.language, last.region, last.lens)
    return found


def _lens(heading: str) -> str | None:
    text = _clean_inline(heading)
    return None if text.lower() in {"unlabelled", "unlabeled", ""} else text


def _source(outlet: re.Match[str], lens: str | None) -> Source:
    """`**Outlet** (Region, lang)`: the last part is a language when it looks like one."""
    parts = [p.strip() for p in (outlet.group(2) or "").split(",") if p.strip()]
    language = parts.pop() if parts and _LANGUAGE.match(parts[-1]) else None
    region = ", ".join(parts) or None
    return Source(_clean_inline(outlet.group(1)), None, language, region, lens)


def _body_text(sections: list[_Section]) -> str:
    """The prose of every section that is not watch items, takes or entity lists."""
    paragraphs: list[str] = []
    for section in sections:
        if section.role not in ("body", "other"):
            continue
        paragraphs.extend(_paragraphs(section))
    return "\n\n".join(paragraphs)


def _paragraphs(section: _Section) -> list[str]:
    """Blank-line separated paragraphs; each bullet is a paragraph of its own."""
    paragraphs: list[list[str]] = [[]]
    for _, line in section.lines:
        stripped = line.strip()
        if not stripped or _BULLET.match(line) or _HEADING.match(line) or stripped == "---":
            paragraphs.append([])
        bullet = _BULLET.match(line)
        text = bullet.group(2) if bullet else stripped.lstrip(">").strip()
        if text and not _HEADING.match(line) and text != "---" and not _CANONICAL.match(line):
            paragraphs[-1].append(_clean_inline(text))
    return [" ".join(p) for p in paragraphs if p]


def host_of(url: str | None) -> str | None:
    """The host of a URL without `www.`, or None when there is none."""
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None
