"""Who sells (issue #18): the seller is read from where it stands on the page, the block no
customer's label heads, the firm beside its registration, the name beside the title, a
vendor's label over its value; not from the addressee's block."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.merchants import with_merchant
from workflow.analyzers.sellers import vendor_of


def _vendor(text: str) -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename="bill.txt")
    return analysis["keyFigures"].get("vendor")


class TestTheBlockNoCustomerLabelHeads:
    @pytest.mark.parametrize(
        ("label", "customer"),
        [
            ("Bill to:", "Larchmont Dental PC"),
            ("Rechnungsempfänger:", "Kellerhof Brauerei GmbH"),
            ("Facturé à :", "Boulangerie Morel SARL"),
            ("Invoice to:", "Tidewater Marine Inc."),
        ],
    )
    def test_the_firm_over_its_street_under_the_title_sells(
        self, label: str, customer: str
    ) -> None:
        """A firm printed over its street like an addressee, where a label names the
        customer elsewhere, is the seller's block."""
        text = (
            "INVOICE\nGraniteview Supplies Ltd\n8 Quarry Road\n\nInvoice No.: 5531\n"
            f"Date: 03/02/2026\n\n{label}\n{customer}\n42 Elm Street\n\nTotal: 120.00 EUR\n"
        )
        assert _vendor(text) == "Graniteview Supplies Ltd"

    def test_a_band_of_labels_names_the_customer_under_its_label(self) -> None:
        """ "Billed To  Date of Issue ..." over a row of values: the customer is the value
        under "Billed To", and the seller is the name printed alone at the top."""
        text = (
            "Copperleaf Design\n18 King Street\nHamilton, ON L8P 1A1\n\nInvoice\n\n"
            "Billed To  Date of Issue  Invoice Number  Amount Due (CAD)\n"
            "Ridgeway & Ochs LLP  2026-03-02  0000117  $900.00\n\n"
            "Description  Rate  Qty  Line Total\nLogo design  $900.00  1  $900.00\n"
            "Total  $900.00\n"
        )
        assert _vendor(text) == "Copperleaf Design"

    def test_without_a_label_the_addressee_is_the_customer(self) -> None:
        """No label names the customer: the firm over a street under the letterhead is
        the one billed, not the seller."""
        text = (
            "Brightwater Joinery\n3 Mill Street\nphone 555 0102\n\nINVOICE\n\n"
            "Hollybush Cafe Ltd\n9 Market Street\n\nInvoice No. 77\nTotal: 300.00 GBP\n"
        )
        assert _vendor(text) == "Brightwater Joinery"

    def test_blocks_headed_by_whose_details_they_are(self) -> None:
        """ "DATOS DEL EMISOR" over the seller, "DATOS DEL CLIENTE" over the customer (each
        with its tax number)."""
        text = (
            "FACTURA Nº 2026-0077\nFecha: 04/03/2026\n\nDATOS DEL EMISOR\n"
            "Carpintería Vela S.L.\nC/ Mayor 12, 28013 Madrid\nCIF: B11223344\n\n"
            "DATOS DEL CLIENTE\nGestoría Luna S.A.\nCIF: A55667788\n\nTOTAL: 242,00 €\n"
        )
        assert _vendor(text) == "Carpintería Vela S.L."


class TestTheFirmBesideItsRegistration:
    def test_the_firm_under_the_details_column_with_its_number_sells(self) -> None:
        """Xero-like: the customer's block at the top left, the seller's name, address and
        ABN in the right column under the invoice's details."""
        text = (
            "TAX INVOICE\nQuayside Holdings Ltd  Invoice Date\nAttention: Accounts  2 Mar 2026\n"
            "7 Pier Road  Invoice Number\nINV-0101\nReference\nPO 88\n"
            "Ironbark Tools Pty Ltd\n9 Forge Street\nABN: 12 345 678 901\n"
            "Description  Amount\nSpanners  100.00\nTOTAL AUD:  110.00\n"
        )
        assert _vendor(text) == "Ironbark Tools Pty Ltd"

    def test_an_addressees_vat_number_is_the_customers(self) -> None:
        """A German B2B invoice: the sender over the address window, the customer's VAT ID
        under the customer's address; the seller prints its own nowhere near."""
        text = (
            "Nordlicht Werkzeuge GmbH\nHafenstraße 3, 20457 Hamburg\n\n"
            "Kessler Maschinenbau AG\nIndustriering 12\n70565 Stuttgart\nUSt-IdNr.: DE812345678\n\n"
            "RECHNUNG\nRechnungsnummer: RE-2026-118\nRechnungsdatum: 05.03.2026\n"
            "Gesamtbetrag:  107,10 EUR\n"
        )
        assert _vendor(text) == "Nordlicht Werkzeuge GmbH"

    def test_a_registration_labelled_as_the_customers_does_not_count(self) -> None:
        parties = [
            {"name": "Kellerhof Brauerei GmbH", "role": "organization", "kind": "organization"},
            {"name": "Ostwind Technik GmbH", "role": "organization", "kind": "organization"},
        ]
        text = (
            "Rechnung\n\nKellerhof Brauerei GmbH\nIhre USt-IdNr: DE123456789\n\n"
            "Rechnungsnummer: 881\nDatum: 02.03.2026\nGesamtbetrag: 100,00 EUR\n\n"
            "Ostwind Technik GmbH  USt-IdNr. DE987654321\n"
        )
        assert vendor_of("invoice", parties, text) == "Ostwind Technik GmbH"

    def test_a_tax_rate_is_no_registration(self) -> None:
        """ "excl. btw" in a table's header beside the customer's block names no firm's
        registration: the letterhead sells."""
        text = (
            "Zuiderhaven Installatie B.V.\n\nFACTUUR\n\nFactuurnummer: 2026-14\n"
            "Factuuradres:\nMoreno Logística S.L.\n\nAantal  Omschrijving  Bedrag excl. btw\n"
            "2  Kabelgoot  40,00\nBtw 21%  8,40\nTotaal  48,40 EUR\n"
        )
        assert _vendor(text) == "Zuiderhaven Installatie B.V."

    def test_the_registration_counts_in_its_own_block(self) -> None:
        """A tradesman's name over its street, its chamber and VAT numbers (read as an
        addressee) sells; the firm in the next block, under "Aan:", does not."""
        text = (
            "FACTUUR\nBrink Tegelwerken\nKerkstraat 4\n3511 LX Utrecht\nKvK 87654321\n"
            "BTW-nr. NL009876543B01\n\nAan:\nHoeve Zuid B.V.\nDorpsweg 2\n\n"
            "Factuurnummer: 2026-019\nTotaal: € 605,00\n"
        )
        assert _vendor(text) == "Brink Tegelwerken"


class TestTheNameAtTheTop:
    def test_a_brand_beside_the_title(self) -> None:
        text = (
            "Redgum Energy  Tax invoice\nABN 11 222 333 444\nInvoice number:  5512\n"
            "Customer:  Maya Lindqvist\nTotal amount due:  $88.00\n"
        )
        assert _vendor(text) == "Redgum Energy"

    def test_a_name_with_small_words_in_it(self) -> None:
        parties = [{"name": "Giulia Ferri", "role": "recipient", "kind": "person"}]
        text = "Servizi del Garda\nVia Roma 3\nFattura n. 12\nTotale: € 10,00\n"
        assert vendor_of("invoice", parties, text) == "Servizi del Garda"


class TestAVendorsLabel:
    def test_a_band_of_labels_without_colons(self) -> None:
        """ "Vendor  Ship To" over their values, the table's rule read as a bar by OCR."""
        text = (
            "Pellworm Foods AG  PURCHASE ORDER\nPO Number  4711\n"
            "Vendor  Ship To\n| Bramble Packaging Ltd  Pellworm Foods AG\n"
            "Total EUR  500,00\n"
        )
        parties = [{"name": "Pellworm Foods AG", "role": "customer", "kind": "organization"}]
        assert vendor_of("purchase_order", parties, text) == "Bramble Packaging Ltd"

    def test_a_shop_sold_by_under_an_order_summary(self) -> None:
        """A marketplace's order summary names its seller with "Sold by:"; its title is no
        shop's name."""
        text = (
            "Order Summary\nSold by: Fernhill Garden Goods LLC\nOrder #114-2233\n"
            "Order date: March 3, 2026\nItem  Price\nHose reel  $42.10\nGrand Total: $42.10\n"
            "Paid with Visa ending 4242\n"
        )
        parties = with_merchant([], text)
        assert parties[0] == {
            "name": "Fernhill Garden Goods LLC", "role": "merchant", "kind": "organization"
        }  # fmt: skip


class TestTheBankAPayeeLabelNames:
    @pytest.mark.parametrize(
        ("bank", "details"),
        [
            ("Harbourside Bank", ("Sort code 30-94-57", "Account 61188273")),
            ("Monzo", ("Sort code 04-00-04", "Account 10293847")),
            ("Pacific Crest Bank", ("Routing 121000358", "Acct 000123987")),
        ],
    )
    def test_the_bank_under_remit_to_is_paid_into_not_the_seller(
        self, bank: str, details: tuple[str, str]
    ) -> None:
        """ "Remit To" over a bank's name and its account details says where the money goes:
        the seller is the letterhead's firm, not the bank."""
        text = (
            "Osprey Glazing Co.\n71 Wharf Lane\nBangor LL57 1AA\n\nINVOICE\n\n"
            "Invoice #  Date\nOG-3310  12/03/2026\n\n"
            "Bill To  Remit To\n"
            f"Tremaine Hotels Ltd  {bank}\n"
            f"4 Castle Square  {details[0]}\n"
            f"Caernarfon LL55 2AY  {details[1]}\n\n"
            "Total  £2,114.40\n"
        )
        assert _vendor(text) == "Osprey Glazing Co."

    def test_a_firm_under_remit_to_still_sells(self) -> None:
        """A payee with a legal form under "Remit To" is the seller's lockbox address."""
        text = (
            "INVOICE\n\nInvoice #  Date\nNW-77  12/03/2026\n\n"
            "Bill To  Remit To\n"
            "Tremaine Hotels Ltd  Northgate Steel Supply Inc.\n"
            "4 Castle Square  PO Box 8812\n"
            "Caernarfon LL55 2AY  Account No. 55512\n\n"
            "Total  $2,114.40\n"
        )
        assert _vendor(text) == "Northgate Steel Supply Inc."


class TestASuppliersStatement:
    def test_the_supplier_of_a_statement_of_account_sells(self) -> None:
        """A statement listing a customer's invoices and credit notes, or ageing its balance,
        is the supplier's: its vendor is the firm that is not the customer."""
        text = (
            "Thornbury Paints Ltd\n9 Mill Road\nStroud GL5 1AA\n\nSTATEMENT OF ACCOUNT\n\n"
            "To:\nHollin Decorators Ltd\n3 Bank Street\n\nDate  Details  Debit  Credit  Balance\n"
            "02/03/2027  Invoice TP-1180  410.00    410.00\n"
            "09/03/2027  Invoice TP-1196  95.50    505.50\n"
            "15/03/2027  Payment received    410.00  95.50\n\nAmount due  £95.50\n"
        )
        assert _vendor(text) == "Thornbury Paints Ltd"
        aged = (
            text.replace("02/03/2027  Invoice", "02/03/2027  Goods").replace(
                "09/03/2027  Invoice", "09/03/2027  Goods"
            )
            + "\nCurrent  1-30 days  31-60 days  61-90 days\n95.50  0.00  0.00  0.00\n"
        )
        assert _vendor(aged) == "Thornbury Paints Ltd"

    def test_a_banks_statement_has_no_vendor(self) -> None:
        """A bank's statement sells nothing, even when a payment names an invoice."""
        text = (
            "Harbourside Bank plc\nCurrent account statement\nAccount holder: Mira Osei\n\n"
            "Date  Description  Paid out  Paid in  Balance\n"
            "02/03/2027  Invoice 4471 Kestrel Ltd  120.00    880.00\n"
            "05/03/2027  Invoice 4480 Kestrel Ltd  80.00    800.00\n\nClosing balance  £800.00\n"
        )
        assert _vendor(text) is None


class TestAddressLabelsBesideTheSuppliers:
    @pytest.mark.parametrize(
        ("supplier_label", "address_label"),
        [("Lieferant", "Lieferadresse"), ("Leverancier", "Afleveradres"),
         ("Lieferant", "Lieferanschrift")],
    )  # fmt: skip
    def test_the_delivery_address_label_is_no_supplier(
        self, supplier_label: str, address_label: str
    ) -> None:
        """ "Lieferant  Lieferadresse" over the supplier beside the delivery address: the
        address's label is the customer's, not the supplier's name."""
        text = (
            "BESTELLUNG\nKeller Bau GmbH\nBestellnummer  BE-2026-0042\nDatum  03.02.2026\n\n"
            f"{supplier_label}  {address_label}\nStahlhandel Nord GmbH  Keller Bau GmbH\n"
            "Hafenstr. 3  Baustelle Ost\n\nGesamtbetrag  1.200,00 EUR\n"
        )
        assert _vendor(text) == "Stahlhandel Nord GmbH"
