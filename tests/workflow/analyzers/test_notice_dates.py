"""Dates on bills, notices and reminders the analyzer had not met: a municipal assessment's
"uiterlijk op", a SEPA debit's advance notice, a rent call's "Date d'exigibilité", a reminder's
"soit avant le", Greek labels, a panel value that lost its indent, Gulf invoices' day-first
dates, a penalty notice's "Date of notice" and a renewal notice's days."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.entities import date_spans


class TestDueSentences:
    def test_a_dutch_assessment_paid_at_the_latest_on(self) -> None:
        """ "Betaal het totaalbedrag ... uiterlijk op": the day to pay by."""
        text = (
            "Gemeente Brederode\nAanslagnummer: 3583.18.478206\nDagtekening: 25-02-2026\n"
            "Totaal aanslag: € 1.079,83\n"
            "Betaal het totaalbedrag van € 1.079,83 uiterlijk op 26-04-2026 op NL53BNGH "
            "8409280387\n"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == "2026-04-26"
        assert figures["issueDate"] == "2026-02-25"

    def test_a_sepa_advance_notice_collects_on_its_day(self) -> None:
        """ "ziehen wir den Betrag von 44,10 € am 31.07.2026 ... ein": the debit's day."""
        text = (
            "Kabelnetz Süd GmbH\nLeipzig, 23.07.2026\n\nVorabankündigung SEPA-Lastschrift\n\n"
            "zu Ihrer Rechnung Nr. 270402240 ziehen wir den Betrag von 44,10 € am 31.07.2026 "
            "von\nIhrem Konto ein.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-07-31"

    @pytest.mark.parametrize(
        "sentence",
        [
            "dans un délai de 8 jours, soit avant le 21/02/2026. Passé ce délai, le dossier",
            "dans un délai de 15 jours, soit avant le\n21/02/2026. Passé ce délai, le dossier "
            "sera transmis.",
        ],
    )
    def test_a_french_reminder_sets_its_deadline(self, sentence: str) -> None:
        """A relance's new deadline, not the chased invoice's day ("échue le")."""
        text = (
            "Transports Garnier SA\nNotre réf.: REL-26-1857\nDate: 13 février 2026\n"
            "Facture n° FA-2026-21998 du 10/12/2025, échue le 09/01/2026 : 5 827,23 €\n"
            f"Nous vous remercions de bien vouloir régulariser cette situation {sentence}\n"
        )
        assert figures_of(text)["dueDate"] == "2026-02-21"

    def test_a_rent_call_due_on_its_day(self) -> None:
        """ "Date d'exigibilité" names the day the rent falls due."""
        text = (
            "Foncia Gestion Lyon\nAVIS D'ÉCHÉANCE\nÉdité le 20/02/2026\n"
            "Période du 01/03/2026 au 31/03/2026\nTotal à régler: 1 363,00 €\n"
            "Date d'exigibilité: 05/03/2026\n"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == "2026-03-05"
        assert figures["issueDate"] == "2026-02-20"

    def test_a_direct_debit_date_label(self) -> None:
        """ "Direct debit date:" beside a billing period: the day the bill is collected."""
        text = (
            "FleetFuel Pty Ltd\nTax Invoice FC-204411\nInvoice date: 09/15/2026\n"
            "Billing period: 08/01/2026 - 08/31/2026\nDirect debit date: 10/05/2026\n"
            "Total: $1,204.50\n"
        )
        assert figures_of(text)["dueDate"] == "2026-10-05"


class TestLabels:
    def test_greek_invoice_dates(self) -> None:
        """ "Ημερομηνία" is the invoice's date, "Ημερομηνία λήξης" its due date."""
        text = (
            "ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ\nΑριθμός: 1491\nΗμερομηνία: 29/01/2026\n"  # noqa: RUF001
            "Πληρωτέο: 988,16 €\nΗμερομηνία λήξης: 28/02/2026\n"  # noqa: RUF001
        )
        figures = figures_of(text)
        assert figures["issueDate"] == "2026-01-29"
        assert figures["dueDate"] == "2026-02-28"

    def test_a_panel_value_that_lost_its_indent(self) -> None:
        """A right-hand panel's label ends the line beside the address; its value sits alone
        on the line below, flush left as the text extraction put it."""
        text = (
            "Carpintaria Ferreira, Lda.\nRua Augusta, 123, Braga  FT 2026A/591\n"
            "Data de emissão\nFarmácia Central  2026-02-23\nNIF 591869001  Data de vencimento\n"
            "2026-03-25\nCliente n.º\n6446\nTotal a pagar:  9 273,68 €\n"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == "2026-03-25"
        assert figures["issueDate"] == "2026-02-23"

    def test_a_value_over_a_title_is_no_wrapped_label(self) -> None:
        """A band's value row over the paper's title ("AVIS D'ÉCHÉANCE"): the title is no end
        of a label, so the date keeps its column's role."""
        text = (
            "Foncia Gestion Lyon Part-Dieu\nMme Claire Fontaine\n"
            "Avis n°  Édité le  Référence locataire  Lot n°\n"
            "AE202606-74033  08/05/2026  8066-462  16 — T2\nAVIS D'ÉCHÉANCE\n"
            "Total à régler:  1 104,00 €\nÀ régler avant le:  05/06/2026\n"
        )
        figures = figures_of(text)
        assert figures["issueDate"] == "2026-05-08"
        assert figures["dueDate"] == "2026-06-05"

    def test_a_notice_dated_by_its_date_of_notice(self) -> None:
        """A penalty notice's "Date of notice" is its date; "Date of contravention" is not."""
        text = (
            "London Borough of Ashgrove\nPCN number: EK88927046\nDate of notice: 20/06/2026\n"
            "Penalty Charge Notice\nDate of contravention: 16/06/2026\nPenalty charge: £70.00\n"
        )
        assert figures_of(text)["issueDate"] == "2026-06-20"

    def test_a_renewal_notice(self) -> None:
        """Sent on one day, renewing on another: "Sent" dates it, "Renewal date" and "will
        renew automatically on" are the new term's first day, "Next billing date" no role."""
        text = (
            "Tallyframe\nSent 23 July 2026\nYour subscription is about to renew\n"
            "Your annual Tallyframe Pro subscription will renew automatically on 30 July 2026.\n"
            "Next billing date: 30 July 2026\nAmount: $480.00\n"
        )
        figures = figures_of(text)
        assert figures["issueDate"] == "2026-07-23"
        assert figures["effectiveDate"] == "2026-07-30"


class TestDayFirstMoney:
    @pytest.mark.parametrize("code", ["AED", "SAR", "EGP", "KES", "NGN", "MAD"])
    def test_gulf_and_african_money_reads_the_day_first(self, code: str) -> None:
        """An invoice in dirhams, riyals, pounds, shillings or naira writes the day first."""
        text = f"Invoice date: 11-05-2026\nDue Date: 10-07-2026\nTotal: {code} 8,039.44\n"
        values = [value for _, _, _, value in date_spans(text)]
        assert values == ["2026-05-11", "2026-07-10"]


class TestMoreDays:
    def test_rand_with_cents_reads_the_day_first(self) -> None:
        """A South African till prints "R 1 087,22": its slashed dates are day first."""
        text = "Receipt 570590   10/02/2026 14:01\nTOTAL: R 1 087,22\n"
        assert [value for _, _, _, value in date_spans(text)] == ["2026-02-10"]

    def test_french_minutes_open_with_the_meeting_day_and_hour(self) -> None:
        """ "Le 12 novembre 2026 à 18 h 30, les membres se sont réunis": the meeting's day."""
        text = (
            "PROCES-VERBAL DE L'ASSEMBLEE GENERALE ORDINAIRE\n"
            "Association des parents d'élèves du collège Molière — association loi 1901, RNA\n"
            "W509734046\n"
            "Le 12 novembre 2026 a 18 h 30, les membres se sont réunis en assemblée générale\n"
            "ordinaire sous la présidence de Martine Dupuis.\n"
            "- Prochaine réunion du bureau le 28/01/2027.\n"
        )
        assert figures_of(text)["issueDate"] == "2026-11-12"
