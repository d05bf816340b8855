"""The records the splitter (:mod:`workflow.analyzers.sections`) keeps while it walks a file's
pages: what one page shows of its place (:class:`PageSigns`, read by
:mod:`workflow.analyzers.page_signs`) and what is known of the document being read
(:class:`Reading`). The page-boundary model (:mod:`workflow.analyzers.boundary_model`) reads
both, so they live apart from the walk that builds them and the model that weighs them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageSigns:
    """What a page shows of its place in the file: whose it is, what it is, where it stands in
    its document."""

    letterhead: str | None
    title: str | None
    #: The page's type: its title's, else what its text reads as, and how sure that is.
    kind: str
    sure: float
    number: str | None
    #: Its page number, and its document's count of pages where printed.
    mark: tuple[int, int | None] | None
    letter: bool
    #: The page ends its document: "Page N of N", or a total among its last lines.
    closes: bool
    #: The page says its document goes on ("carried forward" at its foot), or that it
    #: continues the one before ("(continued)", "brought forward" at its head).
    runs_on: bool = False
    continues: bool = False
    #: The page states a figure of a document: a date near its top, or a total.
    states: bool = False
    #: The date its head states after a label ("Data estratto: 21/11/2025"), ISO.
    dated: str | None = None
    #: The title as printed ("Arbeitsvertrag", "Contratto di locazione").
    heading: str | None = None


@dataclass
class Reading:
    """The document being read: its sender, kind and number, from its first page that states
    them, and whether its last page read closed it."""

    letterhead: str | None
    title: str | None
    kind: str
    number: str | None
    closed: bool = False
    runs_on: bool = False
    dated: str | None = None
    heading: str | None = None

    @classmethod
    def starting(cls, signs: PageSigns) -> Reading:
        return cls(
            signs.letterhead, signs.title, signs.kind, signs.number, signs.closes, signs.runs_on,
            signs.dated, signs.heading,
        )  # fmt: skip

    def going_on(self, signs: PageSigns) -> None:
        self.letterhead = self.letterhead or signs.letterhead
        self.title = self.title or signs.title
        self.number = self.number or signs.number
        self.dated = self.dated or signs.dated
        self.heading = self.heading or signs.heading
        self.closed = signs.closes
        self.runs_on = signs.runs_on


__all__ = ["PageSigns", "Reading"]
