"""The people a report introduces, and the groups it introduces them in."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..page import Span


DEPARTED = ("resigned", "retired", "left")


@dataclass(eq=False)  # people are compared by identity: two can have equal facts
class Person:
    role: str
    grade: str
    group: int
    facts: dict[str, str] = field(default_factory=dict)
    barred: bool = False
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    noted: dict[str, object] = field(default_factory=dict)
    split: bool = False
    named: bool = False  # picked out by "the officer who ..."
    remainder: bool = False
    sanctions_seen: list[tuple[int, str, Span]] = field(default_factory=list)  # (offset, sanction, sentence)
    outcome_at: int | None = None  # offset of the sentence that gave the outcome
    # the outcome came from a sentence that named fewer people than it was given to ("proven against the sergeant and the
    # constable", of four with a case): a guess that a finding told of this person alone replaces
    outcome_guessed: bool = False
    proceedings_held: bool = False  # the proceedings recorded were held, not only decided on
    downgraded: bool = False  # gross misconduct taken down to misconduct by an accepted decision
    seq: int = 0  # the order the report introduced people in ("the second officer")
    pronoun: str | None = None  # "m" or "f": how the report spoke of them when it spoke of them alone
    rank_told: str = ""  # the rank an apposition gave when placing them: "The second, a detective constable, ..."

    @property
    def has_left(self) -> bool:
        return self.facts.get("left") in DEPARTED

    def forget(self, name: str) -> None:
        """Drop a fact and its evidence, as if never read (what only a proposal gave)."""
        self.facts.pop(name, None)
        self.evidence.pop(name, None)
        self.noted.pop(name, None)

    def note(self, name: str, value, span: Span) -> None:
        if self.noted.get(name, value) != value:
            self.evidence[name] = []  # the value changed: its old sentences no longer justify it
        self.noted[name] = value
        self.evidence.setdefault(name, [])
        if span not in self.evidence[name]:
            self.evidence[name].append(span)


@dataclass(eq=False)
class Group:
    head: str
    role: str
    grade: str
    members: list[Person]
    plural: bool
    decided_at: int = -1
    described_as: str = ""  # "who made the remarks", when the report introduced them so
    disputed_at: int = -1  # a force's "no case to answer" the IOPC had not (yet) accepted
    label: str | None = None  # "officer A": the one person the report calls so
    modifiers: str = ""  # "investigating" in "the investigating officer": what tells this group apart
    introduced_at: int = -1  # the sentence that first named the group: groups decided together share it
    called: str = ""  # the words that introduced it ("the second officer"), lower case
    placed_as: str = ""  # the words that placed it in a roster of those investigated ("the second constable"), lower case

    @property
    def case(self) -> bool:
        return self.grade != "no_case"

    @property
    def unsplit(self) -> list[Person]:
        """The members not yet split off by a later count ("two of the four were dismissed"): those still told of together."""
        return [p for p in self.members if not p.split]
