"""The held-out evaluation set: a generator of its own, written apart from the development
set's (:mod:`testbed.evaluation`), with its own templates, vocabularies, page layouts and
formats, whose documents the analyzers' rules are never tuned on -- only scored.

It varies what the development set holds fixed: European and US number and date conventions
("12.450,00 EUR", "05.10.2026", "CHF 12'450.00", "10/05/2026"), "Net 30" terms, two-column
headers with the details flush right, e-mail order confirmations (.eml), bank and card
statements with account numbers and signed amounts, credit notes, minutes listing "Present:
A (Chair), B, C" with the meeting's date in the heading, letters, contracts over two pages,
pages scanned to image-only PDFs or photographed (tilted, unevenly lit, JPEG) and read by
OCR, and packets of several documents in one PDF, typed or scanned.

It shares with the development set only the label records and marks
(:mod:`testbed.evaluation.truth`) and, downstream, the scorer: an import-linter contract keeps
it off the development set's templates, vocabulary and renderers, and a test checks that no
name, place or product appears in both vocabularies.
"""

from testbed.heldout.build import build_heldout

__all__ = ["build_heldout"]
