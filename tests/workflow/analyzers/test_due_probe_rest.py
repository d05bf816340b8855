"""Due dates the due-date probes (testbed.evaluation.probe_dues) found unread: Portugal's
"Data limite de pagamento"; terms standing on their own line under their label; a Finnish
bill named for what it bills ("Sähkölasku"); "sofort fällig ohne Abzug" beside a billing
period."""

from __future__ import annotations

from typing import Any

from support.key_figures import figures_of
from workflow.analyzers import OfflineAnalyzer


class TestPortugueseDeadline:
    def test_data_limite_de_pagamento_is_a_due_label(self) -> None:
        """'Data limite de pagamento:' names the day to pay by, as French 'Date limite' does."""
        text = (
            "Baltic Freight Partners\nIndustrieweg 12, 4811 Breda\nFatura\n"
            "Número:  2026/3311\nData de emissão:  12/04/2025\nTotal:  2 774,34 €\n"
            "Data limite de pagamento:  22/04/2025\n"
        )
        assert figures_of(text).get("dueDate") == "2025-04-22"

    def test_in_a_band_of_labels(self) -> None:
        """The label over its date in a band, beside a delivery date."""
        text = (
            "Alpenblick Technik\nIndustrieweg 12, 4811 Breda\nFatura\n"
            "Fatura n.º  Data  Data de entrega  Data limite de pagamento\n"
            "611612  09/03/2026  28/02/2026  16/03/2026\nTotal a pagar:  1 924,39 €\n"
        )
        assert figures_of(text).get("dueDate") == "2026-03-16"


def _analysis(text: str, filename: str = "document.txt") -> dict[str, Any]:
    return OfflineAnalyzer().analyze(text, media_type="text/plain", filename=filename)


class TestBillsNamedForWhatTheyBill:
    def test_a_finnish_electricity_bill_is_an_invoice_and_its_terms_count(self) -> None:
        """'Sähkölasku' over 'Laskunro:' is an invoice: its 'Maksuehto: 7 pv netto' gives the
        due date."""
        text = (
            "Northwind Utilities\nIndustrieweg 12, 4811 Breda\nFenwick Bakery\nKerkstraat 5\n"
            "Sähkölasku\nLaskunro:  F-91629\nPäiväys:  16.03.2025\nMaksuehto:  7 pv netto\n"
            "Laskutuskausi:  10.02.2025 - 12.03.2025\nMaksettava:  3 279,85 €\n"
        )
        analysis = _analysis(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("dueDate") == "2025-03-23"

    def test_a_finnish_credit_note_is_an_invoice(self) -> None:
        """'Hyvityslasku' (a credit note) is of the invoice kind, as 'Gutschrift' is."""
        text = (
            "Lumen Software\nIndustrieweg 12, 4811 Breda\nHyvityslasku\n"
            "Laskunro: 2026/96369\nLaskun päivämäärä: 18.3.2026\nMaksettava: -1 208,58 €\n"
        )
        assert _analysis(text)["documentType"] == "invoice"

    def test_a_german_electricity_bill_mailed_is_an_invoice(self) -> None:
        """An e-mail headed 'Ihre Stromrechnung' is the bill, not a memo for its headers:
        'sofort fällig ohne Abzug' makes it due the day it is dated, the billing period's
        end and the delivery day beside it are no due date."""
        text = (
            "From: Baltic Freight Partners <noreply@baltic.example>\nTo: me@post.example\n"
            "Subject: Ihre Stromrechnung\nDate: Wed, 15 Oct 2025 12:44:00 +0000\n"
            "Message-ID: <1131734809@mail.example>\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
            "MIME-Version: 1.0\n\n"
            "Baltic Freight Partners\nIndustrieweg 12, 4811 Breda\n\n"
            "Meridian Tools         Rechnungsnummer  F-7805\n"
            "Kerkstraat 5           Belegdatum  2025-10-15\n"
            "1017 GA Amsterdam      Zahlungsbedingungen  sofort fällig ohne Abzug\n"
            "                       Leistungszeitraum  2025-09-08 - 2025-10-10\n"
            "                       Lieferdatum  2025-10-10\n"
            "                       Bestelldatum  2025-10-03\n\n"
            "Ihre Stromrechnung\n\nSumme brutto: 3.027,53 €\n"
        )
        analysis = _analysis(text, "document.eml")
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("dueDate") == "2025-10-15"

    def test_a_swedish_electricity_bill_mailed_is_an_invoice(self) -> None:
        """'Elräkning' in the subject and as the title: an invoice, whose 'Betalningsvillkor:
        7 dagar netto' gives the due date."""
        text = (
            "From: Kestrel Office Supply <noreply@kestrel.example>\nTo: me@post.example\n"
            "Subject: Elräkning\nDate: Wed, 22 Apr 2026 09:53:00 +0000\n"
            "Message-ID: <2975435884@mail.example>\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
            "MIME-Version: 1.0\n\nKestrel Office Supply\nIndustrieweg 12, 4811 Breda\n\n"
            "Elräkning\n\nFakturanr: RE-35808\nFakturadatum: 2026-04-22\n"
            "Period: 2026-03-25 - 2026-04-18\nBetalningsvillkor: 7 dagar netto\n"
            "Leveransdatum: 2026-04-19\n\nSumma: 3 392,64 kr\n"
        )
        analysis = _analysis(text, "document.eml")
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("dueDate") == "2026-04-29"

    def test_a_czech_bill_by_its_invoice_number_label(self) -> None:
        """'Vyúčtování elektřiny' with 'Číslo faktury:' is an invoice: 'Splatnost: 60 dní'."""
        text = (
            "Northwind Utilities\nIndustrieweg 12, 4811 Breda\nVyúčtování elektřiny\n"
            "Číslo faktury:  2026/7877\nDatum vystavení:  19.06.2025\n"
            "Zúčtovací období:  10.05.2025 - 18.06.2025\nSplatnost:  60 dní\n"
            "K úhradě:  2 399,05 Kč\n"
        )
        analysis = _analysis(text)
        assert analysis["documentType"] == "invoice"
        assert analysis["keyFigures"].get("dueDate") == "2025-08-18"


class TestTermsUnderTheirLabel:
    def test_french_terms_on_the_line_under_their_label(self) -> None:
        """A stacked panel: 'Conditions de paiement' over 'à 7 jours'."""
        text = (
            "Greywater Services\nIndustrieweg 12, 4811 Breda\nNuméro de facture\n2026/17632\n"
            "Date de facture\n24 janvier 2026\nConditions de paiement\nà 7 jours\n"
            "Date de livraison\n8 janvier 2026\nFacture\nMontant à payer:  1.503,77 EUR\n"
        )
        assert figures_of(text).get("dueDate") == "2026-01-31"

    def test_czech_terms_beside_the_address(self) -> None:
        """The panel right of the address: 'Splatnost' over 'Cobalt Design Studio  15 dní'."""
        text = (
            "Northwind Utilities\nIndustrieweg 12, 4811 Breda  Číslo faktury\nINV-41518\n"
            "Datum vystavení\n12.02.2026\nSplatnost\nCobalt Design Studio  15 dní\n"
            "Kerkstraat 5  Poslední platba\n1017 GA Amsterdam  06.01.2026\n"
            "Faktura - daňový doklad\nK úhradě:  1 080,15 Kč\n"
        )
        assert figures_of(text).get("dueDate") == "2026-02-27"

    def test_a_label_alone_over_no_terms_gives_none(self) -> None:
        """'Payment terms' over a line of prose with no days: no due date is made up."""
        text = (
            "Kestrel Office Supply\nINVOICE\nInvoice no: F-2041\nInvoice date: 12.03.2026\n"
            "Payment terms\nBank transfer to the account below\nTotal  1 250,00 EUR\n"
        )
        assert "dueDate" not in figures_of(text)


class TestStackedPanel:
    def test_an_austrian_payment_target_over_its_date_beside_the_address(self) -> None:
        """'Zahlungsziel' alone over 'Meridian Tools  25. Juni 2026': the panel's due date,
        not a delivery day for the 'Lieferdatum' label on the line under it."""
        text = (
            "Kestrel Office Supply\nIndustrieweg 12, 4811 Breda  Rechnungs-Nr.\nCN-9322\n"
            "Datum\n26. April 2026\nZahlungsziel\nMeridian Tools  25. Juni 2026\n"
            "Kerkstraat 5  Lieferdatum\n1017 GA Amsterdam  25. April 2026\n"
            "Bestelldatum\n20. April 2026\nRechnung\nZu zahlen:  € 1.626,16\n"
        )
        assert figures_of(text).get("dueDate") == "2026-06-25"

    def test_a_belgian_deadline_over_its_date_beside_the_address(self) -> None:
        """'Date limite de paiement' alone over 'Meridian Tools  04-07-2025'."""
        text = (
            "Kestrel Office Supply\nIndustrieweg 12, 4811 Breda  Numéro de facture\nINV-3856\n"
            "Date de facture\n14-06-2025\nDate limite de paiement\nMeridian Tools  04-07-2025\n"
            "Kerkstraat 5  Date de livraison\n1017 GA Amsterdam  01-06-2025\nFacture\n"
            "Montant à payer:  3.034,17 EUR\n"
        )
        assert figures_of(text).get("dueDate") == "2025-07-04"


class TestStatementPaidOnReceipt:
    def test_a_statement_due_on_receipt_is_due_the_day_it_is_dated(self) -> None:
        """'Terms' over 'Due on receipt' in a statement's band: due on the statement's date."""
        text = (
            "Greywater Services\nIndustrieweg 12, 4811 Breda\nMeridian Tools\n"
            "Statement of Account\nInvoice No.  Statement Date  Service Period  Terms\n"
            "CN-6361  2026-07-28  2026-06-30 - 2026-07-23  Due on receipt\n"
            "New Balance: $217.62\n"
        )
        analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="s.txt")
        assert analysis["documentType"] == "statement"
        assert analysis["keyFigures"].get("dueDate") == "2026-07-28"


class TestTermsAfterAPeriodInOneCell:
    def test_belgian_terms_run_into_the_period_before(self) -> None:
        """'16-03-2026 - 16-04-2026 à 20 jours' under 'Période  Conditions de paiement': the
        period's cell ran into the terms' one; the terms are what follows its end."""
        text = (
            "Baltic Freight Partners\nIndustrieweg 12, 4811 Breda\nFacture de décompte\n"
            "Numéro de facture  Date de facture Période  Conditions de paiement\n"
            "55504  21-04-2026  16-03-2026 - 16-04-2026 à 20 jours\n"
            "Date de facture: 21-04-2026\nMontant à payer:  2.979,06 EUR\n"
        )
        assert figures_of(text).get("dueDate") == "2026-05-11"

    def test_the_issue_date_under_two_labels_run_together(self) -> None:
        """'Date de facture Période' over one date: the first label's, so the terms count
        from it."""
        text = (
            "Baltic Freight Partners\nIndustrieweg 12, 4811 Breda\nFacture de décompte\n"
            "Numéro de facture  Date de facture Période  Conditions de paiement\n"
            "55504  21-04-2026  16-03-2026 - 16-04-2026 à 20 jours\n"
            "Montant à payer:  2.979,06 EUR\n"
        )
        figures = figures_of(text)
        assert (figures.get("issueDate"), figures.get("dueDate")) == ("2026-04-21", "2026-05-11")
