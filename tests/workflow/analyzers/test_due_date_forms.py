"""Due dates printed in forms the analyzer had not read: a table of instalments (FacturaE's
"Vencimientos", Fattura PA's "Data scadenza" column), the first row's day being the due date."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of


class TestInstalmentTables:
    @pytest.mark.parametrize(
        ("heading", "date_label", "amount_label"),
        [
            ("Vencimientos", "Fecha", "Importe"),
            ("Scadenze", "Data", "Importo"),
            ("Fälligkeiten", "Datum", "Betrag"),
            ("Échéances", "Date", "Montant"),
            ("Payment schedule", "Date", "Amount"),
        ],
    )
    def test_a_headed_table_of_due_days(
        self, heading: str, date_label: str, amount_label: str
    ) -> None:
        """Under a heading naming due days, the table's date column holds them."""
        text = (
            "Ofimática Levante S.L.\nNúmero de factura:  A2025-147\n"
            "Fecha de expedición:  03/03/2025\n"
            "Descripción  Cantidad  Precio unitario  Importe\n"
            "Suministro de tóner  12  64,00  768,00\nImporte total:  768,00 €\n"
            f"{heading}\n{date_label}  {amount_label}\n02/05/2025  768,00\n"
        )
        figures = figures_of(text)
        assert figures["dueDate"] == "2025-05-02"
        assert figures["issueDate"] == "2025-03-03"

    def test_a_due_column_over_several_instalments(self) -> None:
        """A "Data scadenza" column over two rows: the first instalment's day is the due date."""
        text = (
            "Studio Associato Galli e Neri\nVia Emilia 212, 40026 Imola (BO)\n"
            "Tipo documento  Numero documento  Data documento\n"
            "TD01 Fattura  FPR 29/25  28/09/2025\n"
            "Descrizione  Importo\nOnorario per prestazione professionale  2.600,00\n"
            "Totale documento: € 2.600,00\nModalita di pagamento: bonifico (MP05)\n"
            "Data scadenza  Importo\n31/10/2025  € 1.300,00\n30/11/2025  € 1.300,00\n"
        )
        assert figures_of(text)["dueDate"] == "2025-10-31"

    def test_a_plain_date_column_of_a_statement_is_no_due_date(self) -> None:
        """A statement's rows dated under "Date" are transactions, not what falls due."""
        text = (
            "Kestrel Supplies Ltd\nStatement of account\nStatement date: 31/10/2025\n"
            "Date  Description  Amount\n02/10/2025  Invoice 1182  £120.00\n"
            "15/10/2025  Invoice 1190  £80.00\nBalance  £200.00\n"
        )
        assert "dueDate" not in figures_of(text)


class TestTermsInABand:
    @pytest.mark.parametrize(
        ("label", "terms"),
        [
            ("Terms", "30 days"),
            ("Terms", "Net 30"),
            ("Payment Terms", "30 days net"),
            ("Zahlungsziel", "30 Tage"),
            ("Conditions de paiement", "30 jours"),
        ],
    )
    def test_the_terms_under_their_label(self, label: str, terms: str) -> None:
        """A band of labels over their values: the terms under "Terms" set the due date."""
        text = (
            "Fenwick & Hale Stationers Ltd\nUnit 4, Brookfield Trading Estate\n\n"
            f"INVOICE NO  Invoice Date  Customer PO  {label}\n"
            f"2026-8768  07/09/2026  BE-2026-5554  {terms}\n\n"
            "#  Product  Quantity  Price Each  Total\n1  Cable tray 3 m  10  106.86  1,068.60\n"
            "TOTAL  £1,068.60\n"
        )
        assert figures_of(text)["dueDate"] == "2026-10-07"

    @pytest.mark.parametrize("terms", ["30 days EOM", "Net 30 EOM", "Net 30 days EOM"])
    def test_terms_at_the_end_of_the_month_give_no_day(self, terms: str) -> None:
        """ "30 days EOM", "Net 30 EOM" are no count of days from the invoice's date."""
        text = (
            "Fenwick & Hale Stationers Ltd\n\nINVOICE NO  Invoice Date  Terms\n"
            f"2026-8768  07/09/2026  {terms}\n\nTOTAL  £1,068.60\n"
        )
        assert "dueDate" not in figures_of(text)


class TestCashDiscounts:
    @pytest.mark.parametrize(
        "terms",
        [
            "Zahlbar bis 09.01.2026 mit 2 % Skonto (13,91 €) oder bis 29.01.2026 netto ohne Abzug.",
            "2 % Skonto bei Zahlung bis 09.01.2026, ohne Abzug bis 29.01.2026.",
            "Payable by 09/01/2026 less 2% discount, or net by 29/01/2026.",
            "2% discount if paid by 09/01/2026, otherwise due by 29/01/2026.",
            "Payable avant le 09/01/2026 avec 2 % d'escompte, net le 29/01/2026.",
        ],
    )
    def test_the_net_day_after_the_discounts_deadline(self, terms: str) -> None:
        """The day a cash discount ends is no due date: the net sum's day after it is."""
        text = (
            "Elektro Wiegand GmbH & Co. KG\nAm Lindener Hafen 12, 30453 Hannover\n"
            "Rechnung\nRechnungsdatum: 30.12.2025\nRechnungs-Nr.: 202571119\n"
            "Kupferrohr 15 mm (m)  56,40\nRechnungsbetrag: 695,44 €\n"
            f"{terms}\n"
        )
        assert figures_of(text)["dueDate"] == "2026-01-29"

    def test_a_discounts_deadline_alone_stays_the_due_date(self) -> None:
        """With no other day named, the one the terms give is still when to pay."""
        text = (
            "Elektro Wiegand GmbH & Co. KG\nRechnungsdatum: 30.12.2025\n"
            "Rechnungsbetrag: 695,44 €\nZahlbar bis 09.01.2026 mit 2 % Skonto.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-01-09"


class TestShortDueLabels:
    @pytest.mark.parametrize(
        "label", ["Fälligkeit:", "Fälligkeitstermin:", "Da pagare entro", "Entro", "Betaal vóór",
                  "Betalen voor"],
    )  # fmt: skip
    def test_the_label_names_the_day_to_pay_by(self, label: str) -> None:
        text = (
            "Brightline Tools GmbH\nMühlweg 14, 80331 München\nRECHNUNG\n"
            "Rechnungsnummer: AB-2026-0417\nRechnungsdatum: 12.03.2026\n"
            f"{label} 11.04.2026\nBeschreibung  Menge  Preis  Betrag\n"
            "Bohrer  2  50,00  100,00\nGesamtbetrag  EUR 100,00\n"
        )
        assert figures_of(text).get("dueDate") == "2026-04-11"


class TestCueBrokenByTheLine:
    @pytest.mark.parametrize(
        ("above", "below"),
        [
            ("within 30 days from the date of this notice, that is on", "or before"),
            ("We ask you to transfer the amount shown above no", "later than"),
        ],
    )
    def test_a_due_cue_split_over_a_line_break(self, above: str, below: str) -> None:
        """A letter's sentence wraps inside its cue ("... that is on" over "or before 30
        August 2026"): read whole, it names the due date."""
        text = (
            "Inland Revenue Board\nNotice No.: B 2026 4225429\nDate of Notice: 31 July 2026\n"
            "Total tax payable: RM 10,954.92\n"
            f"The amount payable must be paid {above}\n{below} 30 August 2026. A further\n"
            "increase of 10% will be imposed on any amount not paid by that date.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-08-30"

    def test_a_sentence_above_naming_no_cue_gives_none(self) -> None:
        """Words above that make no cue with the line's own leave the date unnamed."""
        text = (
            "Inland Revenue Board\nNotice No.: B 2026 4225429\nDate of Notice: 31 July 2026\n"
            "Our records show that your last return was received and recorded on\n"
            "the 14 March 2026 and no further return is needed.\n"
        )
        assert "dueDate" not in figures_of(text)
