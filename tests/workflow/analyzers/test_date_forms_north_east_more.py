"""Dates and numbers as Finnish, Hungarian, Baltic, South Asian papers and leases print them:
Finnish months in the partitive, Hungary's year-first dates, the Baltic and South Asian due
labels, a meter's reading day (no issue date), Lithuania's "Series and No.", a lease's
"Signed:" line."""

from __future__ import annotations

from support.key_figures import figures_of
from workflow.analyzers.dateroles import dates_with_roles
from workflow.analyzers.entities import date_spans


class TestDateWords:
    def test_a_finnish_month_in_the_partitive(self) -> None:
        assert [s[3] for s in date_spans("28. maaliskuuta 2026 ja 1. joulukuuta 2025")] == [
            "2026-03-28",
            "2025-12-01",
        ]

    def test_a_hungarian_date_writes_its_year_first(self) -> None:
        assert [s[3] for s in date_spans("Számla kelte: 2026. augusztus 6.")] == ["2026-08-06"]

    def test_a_czech_month_without_its_accents_as_a_scan_reads_it(self) -> None:
        assert [s[3] for s in date_spans("7. zari 2026, 7.  zafi 2026, 3. rijna 2026")] == [
            "2026-09-07",
            "2026-09-07",
            "2026-10-03",
        ]

    def test_a_finnish_invoice_is_dated_and_due(self) -> None:
        text = (
            "Kuusikoski Oy  Laskun numero / Invoice no.\nTeollisuuskatu 20, 90100 Oulu  26870\n"
            "Laskun päivämäärä / Date\n4. marraskuuta 2025\nEräpäivä / Due date\n"
            "14. marraskuuta 2025\nLASKU / INVOICE\nYhteensä / Total  100,00 EUR\n"
        )
        figures = figures_of(text)
        assert (figures["issueDate"], figures["dueDate"]) == ("2025-11-04", "2025-11-14")


class TestDueLabels:
    def test_last_date_of_payment_and_a_meters_reading_day(self) -> None:
        text = (
            "Padma Electricity Supply PLC\nBill No.  2608-5825439\nREADING DATE  19-08-2026\n"
            "ISSUE DATE  21-08-2026\nLAST DATE OF PAYMENT  02-09-2026\nELECTRICITY BILL\n"
            "Current bill:  Tk. 6,525.00\n"
        )
        figures = figures_of(text)
        assert (figures["issueDate"], figures["dueDate"]) == ("2026-08-21", "2026-09-02")

    def test_latvias_apmaksas_termins(self) -> None:
        text = (
            "Rīgas Metāls SIA\nRēķins Nr. / Invoice no.: 2025/125\nDatums / Date: 17.06.2025\n"
            "Apmaksas termiņš: 01.07.2025\nKopā / Total: 100,00 EUR\n"
        )
        assert figures_of(text)["dueDate"] == "2025-07-01"


class TestLithuanianSeries:
    def test_series_and_number_is_the_invoices_number_not_the_order(self) -> None:
        text = (
            "Nemuno Prekyba UAB\nSerija ir Nr. / Series and No.\nNPR 034030\nData / Date\n"
            "2025-09-10\nUžsakymo Nr. / Order No.\nTL866063\nMokėjimo paskirtis / Payment "
            "reference\n6890268\nPVM SĄSKAITA FAKTŪRA / VAT INVOICE\nTotal EUR  100,00\n"
        )
        assert figures_of(text)["documentNumber"] == "NPR 034030"


class TestLeaseSigned:
    def test_a_lease_is_dated_the_day_its_parties_signed(self) -> None:
        text = (
            "Hyresavtal för lokal / Lease agreement for premises\nAgreement no. 6128-730\n"
            "Start date / Tillträde:  2025-10-01\nEnd date:  2027-09-30\n"
            "Monthly rent excl. VAT:  21 000,00 SEK\nSigned: 2025-09-08  Signed: 2025-09-08\n"
        )
        figures = figures_of(text)
        assert (figures["issueDate"], figures["effectiveDate"]) == ("2025-09-08", "2025-10-01")


class TestReferredInvoice:
    def test_the_invoice_a_credit_note_relates_to_is_dated_another_day(self) -> None:
        text = (
            "Laskun päivämäärä / Date: 24. joulukuuta 2025\n"
            "Koskee laskua / Relates to invoice no. 42590 of 6. marraskuuta 2025.\n"
        )
        roles = {d["value"]: d["role"] for d in dates_with_roles(text)}
        assert roles == {"2025-12-24": "issue", "2025-11-06": None}


class TestBilingualPanelLabel:
    def test_a_bilingual_label_alone_over_its_value_beside_the_address(self) -> None:
        text = (
            "Nemuno Prekyba UAB\nSerija ir Nr. / Series and No.\nNPR 012600\nData / Date\n"
            "2026-09-27\nApmokėti iki / Pay by\nHarrow & Kent Engineering Ltd  2026-10-27\n"
            "PVM SĄSKAITA FAKTŪRA / VAT INVOICE\nTotal EUR  100,00\n"
        )
        assert figures_of(text)["dueDate"] == "2026-10-27"
