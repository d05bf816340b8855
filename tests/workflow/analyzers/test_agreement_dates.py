"""Dates of contracts and minutes as they are written in prose (issue #18): an agreement's own
date beside the day its term starts, where and when it was signed, a term's start and end in
German, Spanish and Italian sentences (also wrapped over two lines), and the meeting's date
closing a minutes' title, never the day the body meets again."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.dateroles import dates_with_roles, plain_date


def _figures(text: str) -> dict[str, Any]:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="document.txt")
    figures = analysis["keyFigures"]
    assert isinstance(figures, dict)
    return figures


def _roles(text: str) -> dict[str, str | None]:
    return {d["value"]: d["role"] for d in dates_with_roles(text)}


_BODY = "\n".join(f"Clause {n}. The parties agree to the terms set out below." for n in range(14))


class TestAnAgreementsOwnDate:
    def test_dated_beside_a_start_date_is_the_issue_date(self) -> None:
        """ "This Agreement is dated ..." with a Start Date of its own: the first is the day
        the paper was made (issue), the second the day it takes effect."""
        text = (
            "CLEANING SERVICES AGREEMENT\nThis Agreement is dated 2 February 2027\n"
            f"{_BODY}\nKey terms\nStart Date      1 March 2027\nEnd Date      29 February 2028\n"
        )
        assert _roles(text) == {
            "2027-02-02": "issue",
            "2027-03-01": "effective",
            "2028-02-29": "end",
        }

    def test_made_on_alone_is_the_day_it_takes_effect(self) -> None:
        """With no other start named, the agreement's own date is when it takes effect."""
        text = "This agreement is made on 4 May 2026 between A and B.\nIt ends on 3 May 2027.\n"
        assert _roles(text) == {"2026-05-04": "effective", "2027-05-03": "end"}


class TestWhereAndWhenSigned:
    @pytest.mark.parametrize(
        ("closing", "day"),
        [
            ("Kassel, 05.05.2026", "2026-05-05"),
            ("Letto, confermato e sottoscritto. Bologna, 3 giugno 2026", "2026-06-03"),
            ("Fait en double exemplaire à Nantes, le 8 juin 2026.", "2026-06-08"),
            ("Aldus getekend te Zwolle op 9 juni 2026", "2026-06-09"),
            ("In tweevoud ondertekend te Zwolle op 9 juni 2026.", "2026-06-09"),
            ("Signed at Leeds on 10 June 2026 by the parties.", "2026-06-10"),
        ],
    )
    def test_the_closing_line_dates_the_contract(self, closing: str, day: str) -> None:
        """A contract whose only date of its own stands with the town over the signatures."""
        text = f"RENTAL AGREEMENT\n{_BODY}\n{closing}\n\n______________   ______________\n"
        assert _figures(text).get("issueDate") == day

    def test_a_town_in_a_sentence_is_no_signing_line(self) -> None:
        """A sentence that mentions a town and a date is not where the paper was signed."""
        text = f"NOTE\n{_BODY}\nThe goods were sent from Leeds, then 4 June 2026 arrived.\n"
        assert _roles(text)["2026-06-04"] is None


class TestATermInProse:
    def test_spanish_term(self) -> None:
        """ "entrará en vigor el día ... finalizando el ...": start and end of the term."""
        text = (
            f"CONTRATO\n{_BODY}\nEl arrendamiento entrará en vigor el día 1º de marzo de 2027 y "
            "durará un año, finalizando el 29 de febrero de 2028.\n"
        )
        assert _roles(text) == {"2027-03-01": "effective", "2028-02-29": "end"}

    def test_german_fixed_term(self) -> None:
        """ "befristet bis zum ...": when a fixed-term contract ends."""
        text = f"VERTRAG\n{_BODY}\nDer Vertrag ist befristet bis zum 30.06.2027.\n"
        assert _roles(text) == {"2027-06-30": "end"}

    def test_italian_term_wrapped_over_two_lines(self) -> None:
        """ "con decorrenza dal 1° luglio ... e scadenza il" wrapped before its date: the end
        date is still the term's, not a date standing alone at the start of a line."""
        text = (
            "CONTRATTO\nLa locazione ha durata di quattro anni, con decorrenza dal 1° luglio 2026 "
            "e scadenza il\n30 giugno 2030, rinnovabile.\n"
        )
        assert _roles(text) == {"2026-07-01": "effective", "2030-06-30": "end"}


class TestMinutesTitles:
    @pytest.mark.parametrize(
        ("title", "day"),
        [
            ("Compte rendu de la réunion plénière du 12 mai 2026", "2026-05-12"),
            ("Niederschrift über die Sitzung des Bauausschusses vom 7. März 2026", "2026-03-07"),
            ("Verslag van de algemene ledenvergadering van 14 april 2026", "2026-04-14"),
        ],
    )
    def test_the_title_closing_with_a_date_dates_the_minutes(self, title: str, day: str) -> None:
        """The meeting's date at the end of the title, after the word joining them."""
        text = f"Quartierverein Nord\n{title}\nPresent: A. Lind, B. Roth\n1. Welcome.\n"
        assert _figures(text).get("issueDate") == day

    def test_your_letter_in_a_heading_dates_nothing(self) -> None:
        """A heading naming someone else's paper ("your letter of ...") is no title date."""
        text = "Harbour Estates Ltd\nRe: your letter of 3 May 2026\nThank you for writing.\n"
        assert _roles(text) == {"2026-05-03": None}

    def test_the_day_the_body_meets_again_is_not_the_meetings(self) -> None:
        """ "Il comitato si riunirà il ...", "se reunirá de nuevo el ...": the next meeting."""
        for sentence in ("Il comitato si riunirà il 9 luglio 2026.",
                         "La junta se reunirá de nuevo el 9 de julio de 2026."):  # fmt: skip
            text = f"Verbale\n{_BODY}\n{sentence}\n"
            start = text.index("9 ")
            assert not plain_date(text, start, text.index("2026") + 4), sentence
