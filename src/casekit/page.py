"""Page structure: split a repaired report into title, furniture and prose.

IOPC pages print a title line, then optionally ``Published DD Mon YYYY`` and a
page type (``Investigation``), the prose, and at the end ``IOPC reference``
with the reference on the next line and a ``Tags`` list. Furniture is parsed
into fields here so the rules only ever read prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from .repair import collapse_whitespace


@dataclass(frozen=True)
class Span:
    """A stretch of the repaired text: the unit of evidence."""

    start: int
    end: int
    text: str


@dataclass
class Page:
    text: str
    title: Span
    published: str | None = None
    published_span: Span | None = None
    ref_raw: str | None = None
    ref_span: Span | None = None
    tags: list[str] = field(default_factory=list)
    tags_span: Span | None = None
    page_type: str | None = None
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    # Lower-cased once for the rules' cheap word tests (read only once the page is parsed). A sentence is a slice
    # of the text, so a word missing from the whole lowered text is missing from every sentence.
    @cached_property
    def lowered(self) -> str:
        return self.text.lower()

    @cached_property
    def lowered_sentences(self) -> list[str]:
        return [sentence.text.lower() for sentence in self.sentences]

    @cached_property
    def _last_paragraph(self) -> Span | None:
        """The body's last paragraph (not the marker line casekit's own fictional pages end with)."""
        return next((p for p in reversed(self.paragraphs) if not p.text.lstrip().startswith("FICTIONAL:")), None)

    @cached_property
    def cut_off(self) -> bool:
        """Whether the page stops mid-sentence (stored copies stop at about 2,000 characters): its last paragraph is
        longer than a short line and ends without a stop. A list item without a full stop is a page's own ending."""
        last = self._last_paragraph.text.strip() if self._last_paragraph is not None else ""
        return (len(last) > 40 and not re.match(r"[-•*–\d]", last)
                # (a bare ’ after a word is an apostrophe cut off, "the force’", not a closing quote, unless a quote
                # it closes opened in that line: "... as ‘a lesson for every officer’")
                and not re.search(r"(?:[.!?:;\"”)\]]|[.!?][’'])\s*$", last)
                and not (last.endswith("’") and "‘" in last))

    @cached_property
    def cut_sentence(self) -> Span | None:
        """The sentence the page's end cut off, if it is cut off."""
        if not self.cut_off:
            return None
        end = self._last_paragraph.end
        return next((s for s in reversed(self.sentences) if s.start < end), None)


# the months by name, as dates in a page's text spell them ("in March 2024")
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_PUBLISHED = re.compile(r"^(?:Published|Date published:?)\s+(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$", re.I)
_PAGE_TYPES = {"investigation", "recommendation", "recommendations", "learning", "appeal", "review"}
_REF_HEAD = re.compile(r"^IOPC\s+(?:case\s+)?reference(?:\s+number)?\s*:?\s*(.*)$", re.I)
_TAGS_HEAD = re.compile(r"^Tags\s*:?\s*(.*)$", re.I)
# a tag is a short topic name; a line of six or more words ending like a sentence is prose
_SENTENCE_LINE = re.compile(r"^(?:\S+\s+){5,}\S*[.!?]$")
_BULLET = re.compile(r"^[•·\-*–▪●]\s*")

# Sentence ends: . ! ? (and a closing quote or bracket) then space and a capital,
# digit or opening quote. Titles and abbreviations in these summaries are rare
# ("Mr A", "PC Smith" carry no full stop); the few that do are guarded.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]?\s+(?=[A-Z0-9“\"‘'(£•])")
# (PC, DC and DS are acronyms, written without a stop: "... by a PC. On ..." ends a sentence)
_ABBREVIATIONS = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Sgt|Insp|Supt|Det|Con|approx|e\.g|i\.e|etc|c|vs?)\.)$", re.I)
_ABBREVIATION_LENGTH = len("approx.\n")  # the longest match, and a final newline "$" may match before


def parse_date(day: str, month: str, year: str) -> str | None:
    for fmt in ("%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(f"{int(day)} {month[:3] if fmt == '%d %b %Y' else month} {year}", fmt).strftime("%Y-%m-%d")
        except ValueError:
            continue
    return None


def _lines_with_offsets(text: str) -> list[Span]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line), line))
        pos += len(line) + 1
    return spans


def split_sentences(paragraph: Span) -> list[Span]:
    out: list[Span] = []
    start = 0
    text = paragraph.text
    for m in _SENTENCE_END.finditer(text):
        candidate = text[start:m.start()].rstrip()
        # (a match ends the candidate and is at most 8 characters long, so only the tail is searched: \b still
        # sees the character before it)
        if _ABBREVIATIONS.search(candidate, max(0, len(candidate) - _ABBREVIATION_LENGTH)):
            continue
        # "the force.Police" style joins have no space and are left alone
        out.append(Span(paragraph.start + start, paragraph.start + start + len(candidate), candidate))
        start = m.end()
    rest = text[start:].rstrip()
    if rest:
        out.append(Span(paragraph.start + start, paragraph.start + start + len(rest), rest))
    return [s for s in out if s.text.strip()]


def parse_page(text: str) -> Page:
    """Structure repaired text. The first non-empty line is the title."""
    lines = _lines_with_offsets(text)
    nonempty = [i for i, line in enumerate(lines) if line.text.strip()]
    if not nonempty:
        raise ValueError("no text")
    first = lines[nonempty[0]]
    page = Page(text=text, title=Span(first.start, first.end, collapse_whitespace(first.text)))

    i = nonempty[0] + 1
    furniture_from = len(lines)
    while i < len(lines):
        line = lines[i]
        stripped = line.text.strip()
        if not stripped:
            i += 1
            continue
        if (m := _PUBLISHED.match(stripped)) and page.published is None:
            page.published = parse_date(*m.groups())
            page.published_span = line
        elif stripped.lower() in _PAGE_TYPES and page.page_type is None and not page.paragraphs:
            page.page_type = stripped
        elif m := _REF_HEAD.match(stripped):
            value = m.group(1).strip()
            j = i
            if not value:  # the reference sits on the next non-empty line
                j = i + 1
                while j < len(lines) and not lines[j].text.strip():
                    j += 1
                if j < len(lines) and not _TAGS_HEAD.match(lines[j].text.strip()):
                    value = lines[j].text.strip()
                else:
                    j = i
            page.ref_raw = value or None
            page.ref_span = Span(line.start, lines[j].end, text[line.start:lines[j].end])
            furniture_from = min(furniture_from, i)
            i = j
        elif m := _TAGS_HEAD.match(stripped):
            items = [m.group(1)] if m.group(1) else []
            end = line.end
            for later in lines[i + 1:]:
                if _SENTENCE_LINE.match(later.text.strip()):
                    break  # prose after the list (a footer or note) is not a tag
                if later.text.strip():
                    items.append(later.text)
                    end = later.end
            page.tags = [t for t in (_BULLET.sub("", item.strip()).strip() for item in items) if t]
            page.tags_span = Span(line.start, end, text[line.start:end])
            furniture_from = min(furniture_from, i)
            break
        elif i < furniture_from:
            page.paragraphs.append(line)
        i += 1

    for paragraph in page.paragraphs:
        page.sentences.extend(split_sentences(paragraph))
    return page
