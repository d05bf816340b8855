"""The held-out documents' page model: each document is a list of pages, each page a list of
elements, laid out by :mod:`.paper` (PDF), :mod:`.camera` (scans and photos) and :mod:`.files`
(DOCX, HTML, Markdown, text, e-mail).

Elements:

- ``("head", left_lines, right_lines)``: a two-column header (sender left, details right);
- ``("title", text)``, ``("text", paragraph)``, ``("lines", [line, ...])``;
- ``("fields", [(label, value), ...])``: labelled values;
- ``("grid", header, rows, numeric)``: a table, ``numeric[i]`` right-aligns column ``i``;
- ``("sums", [(label, value), ...])``: a totals block flush right;
- ``("sign", [[line, ...], ...])``: signature blocks side by side;
- ``("mail", [(header, value), ...])``: an e-mail's header (only e-mails have one).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

type Element = tuple[Any, ...]
type Page = list[Element]


@dataclass(frozen=True, slots=True)
class Sheet:
    """A held-out document before rendering."""

    pages: tuple[tuple[Element, ...], ...]

    @classmethod
    def of(cls, *pages: Page) -> Sheet:
        return cls(tuple(tuple(page) for page in pages))

    def elements(self) -> list[Element]:
        return [element for page in self.pages for element in page]
