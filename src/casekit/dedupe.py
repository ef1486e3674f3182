"""Deduplication: a later copy of a report is rejected, naming the first."""

from __future__ import annotations

import hashlib

from .extract import Record
from .repair import collapse_whitespace
from .tables import record_id


class Deduplicator:
    """Remembers each report kept, so that a later copy is rejected naming the first."""

    def __init__(self) -> None:
        self.by_ref_title: dict[tuple[str, str], str] = {}
        self.by_text: dict[str, str] = {}
        self.by_id: dict[str, str] = {}

    def duplicate_of(self, record: Record) -> str | None:
        """Why ``record`` repeats an earlier report, or None (and it is remembered)."""
        title = collapse_whitespace(record.fields["title"]).lower()
        digest = hashlib.sha1(collapse_whitespace(record.text).lower().encode("utf-8")).hexdigest()
        ref = record.fields["iopc_ref"]
        rid = record_id(record)
        # The same reference alone is not a duplicate: the IOPC publishes an
        # investigation page and its recommendation pages under one reference.
        if ref and (ref, title) in self.by_ref_title:
            return f"duplicate of {self.by_ref_title[(ref, title)]} (same IOPC reference {ref} and title)"
        if digest in self.by_text:
            return f"duplicate of {self.by_text[digest]} (same title and text)"
        if rid in self.by_id:
            address = record.meta.get("url")
            return f"duplicate of {self.by_id[rid]} (same {'page address ' + address if address else 'report id ' + rid})"
        if ref:
            self.by_ref_title[(ref, title)] = record.source
        self.by_text[digest] = record.source
        self.by_id[rid] = record.source
        return None
