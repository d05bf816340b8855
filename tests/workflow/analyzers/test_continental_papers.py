"""Continental Europe's papers in their own languages: a French credit note's gross
"Montant de l'avoir TTC" under its "Total HT", a Czech invoice's "Celkem k úhradě" in "Kč",
a German bank statement's own number in its title ("Kontoauszug: 6/2026") beside the
account's IBAN."""

from __future__ import annotations

from support.key_figures import analysis_of, figures_of
from workflow.analyzers.money import find_amounts


class TestCreditNoteGross:
    def test_the_credit_notes_amount_with_tax_is_its_total(self) -> None:
        """ "Montant de l'avoir TTC" below "Total HT" is what the credit note credits."""
        text = (
            "Menuiserie Roux SARL\n8 rue Victor Hugo - 33000 Bordeaux\n"
            "Café du Port\n2 quai Vauban\n17000 La Rochelle\n"
            "AVOIR N° AV-3308\nDate: 14/05/2026\nFacture d'origine: F-7781 du 02/05/2026\n"
            "Désignation  Qté  P.U. HT  Montant HT\nChaise chêne  3  120,00  360,00\n"
            "Total HT: 360,00 €\nTVA 20 %: 72,00 €\nMontant de l'avoir TTC: 432,00 €\n"
        )
        assert figures_of(text)["total"] == {"amount": 432.0, "currency": "EUR"}


class TestCzechCrowns:
    def test_kc_is_the_czech_crown(self) -> None:
        """ "1 250,00 Kč" is an amount in CZK."""
        assert find_amounts("Celkem: 1 250,00 Kč") == [
            {"text": "1 250,00 Kč", "amount": 1250.0, "currency": "CZK"}
        ]

    def test_celkem_k_uhrade_is_the_total(self) -> None:
        """ "Celkem k úhradě" (total to pay) after the base and the VAT is the total."""
        text = (
            "Pekárna Novák s.r.o.\nDlouhá 5, 602 00 Brno\n"
            "FAKTURA - DAŇOVÝ DOKLAD\nČíslo faktury: 2026117\nDatum vystavení: 3. 2. 2026\n"
            "Označení  Množství  Cena za MJ  Celkem bez DPH\nChléb  40  25,00  1 000,00\n"
            "Základ DPH:  1 000,00 Kč\nDPH 12 %:  120,00 Kč\nCelkem k úhradě:  1 120,00 Kč\n"
        )
        assert figures_of(text)["total"] == {"amount": 1120.0, "currency": "CZK"}


_STATEMENT_HEAD = (
    "Volksbank Oberland eG\nKundenservice 089 000 000\n\nMaria Huber\nLindenweg 3\n"
    "80331 München\n\n"
)
_STATEMENT_BODY = (
    "IBAN: DE12 5001 0517 0648 4898 90\nAlter Kontostand: 1.200,00 EUR\n"
    "Vorgang  Buchung  Wert  Betrag EUR\nDauerauftrag Miete  03.03.  03.03.  -850,00\n"
    "Gehalt  28.03.  28.03.  +2.400,00\nNeuer Kontostand: 2.750,00 EUR\n"
)


class TestStatementOwnNumber:
    def test_the_number_after_the_title_beats_the_iban(self) -> None:
        """ "Kontoauszug: 3/2026" names the statement's own number, not its account's."""
        text = (
            _STATEMENT_HEAD + "Kontoauszug: 3/2026\nBlatt: 1 von 1\nErstellt am: 01.04.2026\n\n"
            "Kontoauszug\n\n" + _STATEMENT_BODY
        )
        assert figures_of(text)["documentNumber"] == "3/2026"

    def test_the_number_under_the_title_in_a_band(self) -> None:
        """The title heads a band of labels ("Kontoauszug  Blatt  Erstellt am") over its
        number."""
        text = (
            _STATEMENT_HEAD + "Kontoauszug  Blatt  Erstellt am\n3/2026  1 von 1  01.04.2026\n"
            "Kontoauszug\n" + _STATEMENT_BODY
        )
        assert figures_of(text)["documentNumber"] == "3/2026"


class TestOrderAcknowledgementNumber:
    _TEXT = (
        "Weber Metallbau GmbH\nIndustriestraße 4 - 70565 Stuttgart\n"
        "Ihre Bestellung Nr. 4500012345 vom 02.03.2026\n"
        "{title} Nr.: AB-77120\nDatum: 04.03.2026\n"
        "Bezeichnung  Menge  Einzelpreis  Betrag\nStahlträger  2  100,00  200,00\n"
        "Auftragssumme: EUR 238,00\n"
    )

    def test_its_own_number_beats_the_customers_order(self) -> None:
        """ "Ihre Bestellung Nr." is the order it answers; "Auftragsbestätigung Nr." its own."""
        text = self._TEXT.format(title="Auftragsbestätigung")
        assert figures_of(text)["documentNumber"] == "AB-77120"

    def test_a_scan_that_lost_the_umlaut(self) -> None:
        """OCR reads "Auftragsbestätigung" as "Auftragsbestatigung": the same title."""
        text = self._TEXT.format(title="Auftragsbestatigung")
        assert figures_of(text)["documentNumber"] == "AB-77120"


class TestContractKindBeforeItsNumber:
    def test_contrat_de_maintenance_numero(self) -> None:
        """ "Contrat de maintenance n° CM-7" numbers the contract, its kind between."""
        text = (
            "Contrat de maintenance n° CM-2031-0042\n\nEntre Froid Services SAS, 3 rue Nationale, "
            "59000 Lille, ci-après « le Prestataire », et Brasserie du Nord SARL, ci-après "
            "« le Client », il a été convenu ce qui suit.\n\nArticle 1 - Objet\n"
            "Le Prestataire assure la maintenance des équipements.\n"
            "Le contrat prend effet le 1 janvier 2027 pour une durée de douze mois.\n"
        )
        assert figures_of(text)["documentNumber"] == "CM-2031-0042"


class TestSupplierBesideAnotherLabel:
    def test_a_label_beside_supplier_is_no_vendor(self) -> None:
        """ "Supplier:  PO number  PO-5512": the supplier is the name under the label."""
        text = (
            "Nordhafen Logistik GmbH\nHafenstraße 9 · 20457 Hamburg\nPurchase Order\n"
            "Supplier:  PO number  PO-5512\nKraft Werkzeuge AG  Order date  03.02.2026\n"
            "Bahnhofstraße 2\n8001 Zürich\n"
            "Description  Qty  Unit price EUR  Amount EUR\nDrill set  2  50,00  100,00\n"
            "Total order value:  119,00 €\n"
        )
        assert figures_of(text)["vendor"] == "Kraft Werkzeuge AG"

    def test_a_band_of_labels_is_left_alone(self) -> None:
        """ "Flight  From  To  Date  Departs": labels over rows, no party beside "To"."""
        text = (
            "Volare Sud  E-ticket receipt\nBooking reference: HDXW3U\n"
            "Flight  From  To  Date  Departs\n"
            "VS 168  Rome Fiumicino (FCO)  London Heathrow (LHR)  16-Feb-2025  07:05\n"
            "Total paid:  €146.22\n"
        )
        names = [p["name"] for p in analysis_of(text)["entities"]["parties"]]
        assert "London Heathrow (LHR)" not in names


def _dated(text: str) -> dict[str, str | None]:
    dates = analysis_of(text)["entities"]["dates"]
    return {d["value"]: d["role"] for d in dates}


class TestCorrespondentsDate:
    _HEAD = (
        "Lange Haustechnik GmbH\nMühlweg 8 · 04109 Leipzig\nFrau Petra Wolf\nRosenstraße 2\n"
        "01067 Dresden\n"
    )
    _BODY = "Betreff: Ihre Anfrage\nSehr geehrte Frau Wolf,\nvielen Dank für Ihre Anfrage.\n"

    def test_a_field_over_its_date(self) -> None:
        """ "Ihre Nachricht vom" over its date, "Datum" over the letter's: the letter's."""
        text = (
            self._HEAD + "Ihr Zeichen\nwo-1\nIhre Nachricht vom\n02.09.2026\nUnser Zeichen\n"
            "LH/77\nDatum\n14.09.2026\n" + self._BODY
        )
        assert figures_of(text)["issueDate"] == "2026-09-14"
        assert _dated(text)["2026-09-02"] is None

    def test_a_field_beside_its_date(self) -> None:
        """ "Ihre Nachricht vom:  02.09.2026" is the correspondent's date."""
        text = (
            self._HEAD + "Ihr Zeichen:  wo-1\nIhre Nachricht vom:  02.09.2026\n"
            "Unser Zeichen:  LH/77\nDatum:  14.09.2026\n" + self._BODY
        )
        assert figures_of(text)["issueDate"] == "2026-09-14"


class TestSessionDate:
    def test_seance_du_dates_the_minutes(self) -> None:
        """ "séance du 12 mars 2026" is the meeting's day, not a deadline set in it."""
        text = (
            "Procès-verbal de l'assemblée générale\n"
            "Association Jardins Partagés - séance du 12 mars 2026, 19h00, salle des fêtes.\n"
            "Présents: Marie Blanc, Paul Noir\nOrdre du jour\n- Budget\n"
            "Paul Noir transmettra le budget avant le\n20/03/2026.\n"
            "Prochaine réunion : 9 avril 2026.\n"
        )
        assert figures_of(text)["issueDate"] == "2026-03-12"

    def test_the_previous_sessions_minutes_are_another_paper(self) -> None:
        """ "Le procès-verbal de la séance du 3 juin" approved is the last meeting's."""
        text = (
            "Association Les Amis du Lavoir\nProcès-verbal de l'assemblée générale\n"
            "2 septembre 2025\nPrésents: Marie Blanc, Paul Noir\n"
            "Le procès-verbal de la séance du 3 juin 2025 est approuvé à l'unanimité.\n"
        )
        assert figures_of(text)["issueDate"] == "2025-09-02"

    def test_a_title_naming_its_session_dates_the_minutes(self) -> None:
        """ "Protokoll der Sitzung vom 22.12.2025" titles the minutes: their own day."""
        text = (
            "Betriebsrat der Muster GmbH\nProtokoll der Sitzung vom 22.12.2025\n"
            "Anwesend: Anna Berg, Jonas Kühn\nNächste Sitzung: Montag, 5. Januar 2026\n"
        )
        assert figures_of(text)["issueDate"] == "2025-12-22"


class TestReminderDeadline:
    def test_the_new_deadline_not_the_listed_invoices_due_days(self) -> None:
        """A reminder's rows of unpaid invoices with their due days, then "bis zum": the
        deadline is the reminder's due date, the rows' days the old invoices'."""
        text = (
            "Lange Haustechnik GmbH\nMühlweg 8 · 04109 Leipzig\nDatum:  10.10.2026\n1. Mahnung\n"
            "Folgende Rechnungen sind noch offen:\n"
            "Rechnung Nr.  Rechnungsdatum  fällig am  Betrag\n"
            "RE-1001  01.08.2026  31.08.2026  500,00 EUR\n"
            "RE-1002  05.08.2026  04.09.2026  250,00 EUR\n"
            "Zu zahlender Betrag:  750,00 EUR\n"
            "Bitte überweisen Sie den Betrag bis zum 24.10.2026 auf unser Konto.\n"
        )
        assert figures_of(text)["dueDate"] == "2026-10-24"
        dated = _dated(text)
        assert dated["2026-08-31"] is None
        assert dated["2026-09-04"] is None
