"""Subjects: who had a case-to-answer decision, and what followed for each.

Reports describe people in groups ("two of the officers had a case to answer
for misconduct") and then refer back to them ("one resigned before the
meeting", "the other officer attended"). The resolver reads the prose once, in
order:

1. *Decisions* ("X had a case to answer for gross misconduct", "could find
   misconduct for X", "directed the force to hold a gross misconduct hearing
   for X") introduce groups of people or revise an existing group's grade.
2. Every sentence then *refers* to some of the people known so far (by their
   role noun, "both officers", "one of the officers", "the other officer",
   or, failing that, whoever was last talked about), and the *facts* it states
   (proceedings, departure, outcome, sanction, barred list) are recorded for
   them with the sentence as evidence.
3. Conventions from the codebook settle what the text leaves open.

The stages live in their own modules, each importing only from those before it (``tests/test_layout.py`` keeps it so):
``phrases`` (how people are named), ``people``, ``decisions``, ``facts``, ``counts``, then the resolver's three parts:
``applying`` (decisions into groups), ``referring`` (which people a sentence is about) and ``resolver`` (the run, the
records, and the codebook's conventions).
"""

from .resolver import resolve_subjects

__all__ = ["resolve_subjects"]
