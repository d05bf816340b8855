"""Who sells when someone else writes the bill or the brand stands for the firm (issue #18):
an agent or a platform issuing for the seller, a brand named in full in a footer, a labelled
issuer, a name run into its address, a title that names no one."""

from __future__ import annotations

from typing import Any

import pytest

from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.party_agents import agency
from workflow.analyzers.seller_names import in_full


def _vendor(text: str, filename: str = "bill.txt") -> Any:
    analysis = OfflineAnalyzer().analyze(text, media_type="text/plain", filename=filename)
    return analysis["keyFigures"].get("vendor")


class TestAnAgentIssuingForTheSeller:
    def test_a_platform_invoicing_for_a_person_who_sends_the_bill(self) -> None:
        """A marketplace generates the invoice on a contractor's behalf: the person in the
        bill's "From" block sells, not the platform."""
        text = (
            "INVOICE\nInvoice No: 88120\nDate: 04/02/2026\n\nFROM:  BILL TO:\n"
            "Anneke Verhoeven  Dunmore Analytics Ltd\n"
            "c/o Gigwell Services Inc.  Attn: Paul Ross\n\n"
            "Description  Amount\nTranslation, 12 pages  $600.00\nTOTAL  $600.00\n\n"
            "This invoice was created by Gigwell Services Inc. on behalf of the contractor "
            "named above.\n"
        )
        assert _vendor(text) == "Anneke Verhoeven"

    def test_an_agent_for_a_principal_it_names(self) -> None:
        """ "acting as agent for Bramley Lettings Ltd": the principal sells."""
        text = (
            "Northgate Property Management LLP\n2 Bridge Street, York\n\nINVOICE\n"
            "Invoice No.: R-2207\nDate: 1 March 2026\n\nService charge  £850.00\n"
            "Total: £850.00\n\nIssued by Northgate Property Management LLP acting as agent for "
            "Bramley Lettings Ltd.\n"
        )
        assert _vendor(text) == "Bramley Lettings Ltd"

    def test_a_letting_agent_for_the_labelled_landlord(self) -> None:
        """A rent demand on an agent's letterhead "for the landlord": the landlord labelled
        on the demand sells."""
        text = (
            "Fenwick Surveyors LLP\n10 Market Place, Durham\n\nRENT INVOICE\nInvoice No.: 4471\n"
            "Date: 1 June 2026\nTenant:  Oakwood Florists Ltd\n"
            "Landlord:  Harcourt Estates Limited\n"
            "Rent for the quarter  £3,000.00\nTotal due:  £3,000.00\n\n"
            "Fenwick Surveyors LLP acts as agent for the landlord.\n"
        )
        assert _vendor(text) == "Harcourt Estates Limited"

    @pytest.mark.parametrize(
        ("sentence", "agent", "principal"),
        [
            ("Rechnung erstellt von Kaufhof Digital GmbH im Auftrag der Weber Feinkost GmbH.",
             "Kaufhof Digital GmbH", "Weber Feinkost GmbH"),
            ("Facture émise par Marchéo SAS pour le compte de Atelier Rigaud SARL.",
             "Marchéo SAS", "Atelier Rigaud SARL"),
            ("This receipt was issued by Ticketry Ltd on behalf of the venue.",
             "Ticketry Ltd", None),
        ],
    )  # fmt: skip
    def test_the_agent_and_whom_it_names(
        self, sentence: str, agent: str, principal: str | None
    ) -> None:
        """The agent is named before the phrase with a verb of issuing; whom it acts for
        after it, unless that is a role ("the venue")."""
        assert agency(sentence, [agent]) == ({agent}, principal)

    def test_a_signature_for_a_firm_is_no_agency(self) -> None:
        """ "For and on behalf of Acme Ltd" over a signature says who signs, not who issues
        for another."""
        assert agency("For and on behalf of Corran Tools Ltd\nJ. Byrne", []) == (set(), None)


class TestTheLegalNameBeatsTheBrand:
    def test_an_e_mails_sender_named_in_full_in_the_footer(self) -> None:
        """A cloud provider's mail from its brand, the customer named first in the body, the
        legal seller in the footer: the footer's company sells."""
        text = (
            "From: Stratus <billing@stratus.example>\nTo: ap@client.example\n"
            "Subject: Your Stratus invoice is ready\n\n"
            "The invoice for your account Pennine Widgets Ltd is now available.\n\n"
            "Invoice date: Mar 3, 2026\nAmount due: $120.00\n\n"
            "You received this e-mail as a Stratus customer. Stratus Cloud Services Europe\n"
            "Limited, 1 Dock Road, Dublin 2.\n"
        )
        assert _vendor(text, "invoice.eml") == "Stratus Cloud Services Europe Limited"

    @pytest.mark.parametrize(
        ("brand", "parties", "full"),
        [
            ("THE MARINER", [{"name": "Mariner Hotels Limited", "role": "organization",
                              "kind": "organization"}], "Mariner Hotels Limited"),
            ("Stratus", [{"name": "Stratus Holdings Ltd", "role": "customer",
                          "kind": "organization"}], "Stratus"),
            ("Acme Ltd", [{"name": "Acme Ltd Europe GmbH", "role": "organization",
                           "kind": "organization"}], "Acme Ltd"),
        ],
    )  # fmt: skip
    def test_in_full(self, brand: str, parties: list[dict[str, str]], full: str) -> None:
        """A brand becomes the legal name that starts with it; never a customer's, and a
        name with its legal form stays."""
        assert in_full(brand, parties) == full


class TestLabelledIssuers:
    @pytest.mark.parametrize(
        ("line", "issuer"),
        [
            ("Issued by: Northlight Airways Limited", "Northlight Airways Limited"),
            ("Beförderer: Südbahn Regio AG, Bahnhofplatz 2, 80335 München", "Südbahn Regio AG"),
            ("FROM CONTRACTOR: Keel Point Builders LLC  PERIOD TO: 03/14/2026",
             "Keel Point Builders LLC"),
        ],
    )  # fmt: skip
    def test_the_labelled_issuer_sells(self, line: str, issuer: str) -> None:
        """A ticket's issuer or carrier, a contractor's application: the labelled firm."""
        text = (
            f"RECEIPT\nPassenger: DOYLE/SEAN MR\nTicket number: 220 1234567890\n{line}\n"
            "Flight  Date  From  To\nNL 12  05MAR26  CORK  PARIS\nTotal  EUR 99.00\n"
        )
        assert _vendor(text) == issuer

    def test_a_name_stops_at_its_address(self) -> None:
        """ "Sold by: Firm Ltd, Unit 4 ..., Town. VAT # ...": the firm, not its address."""
        text = (
            "VAT Invoice\nInvoice #: 55123\nInvoice date: 2 May 2026\n"
            "Sold by: Corbridge Crafts Ltd, Unit 9 Canal Works, Derby. VAT # GB123456789\n"
            "Item  Qty  Price\nCandle set  1  £12.00\nTotal payable: £12.00\n"
        )
        assert _vendor(text) == "Corbridge Crafts Ltd"

    def test_a_spanish_single_member_company_keeps_its_form(self) -> None:
        """ "S.A.U." (sociedad anónima unipersonal) is a legal form, not "S.A" and a stop."""
        text = "Eléctrica Norte, S.A.U.\nCIF A-11111111\n\nFactura\nNº F-9\nTotal 12,10 €\n"
        assert _vendor(text) == "Eléctrica Norte, S.A.U."


class TestWhoIsNamedByStructure:
    def test_a_title_of_title_words_is_no_shop(self) -> None:
        """A receipt-like document headed "PROGRESS PAYMENT APPLICATION": no merchant."""
        text = (
            "PROGRESS PAYMENT APPLICATION\nTO OWNER: Lakeside Academy  APPLICATION NO: 2\n"
            "Payment received, thank you.\nTOTAL  $5,000.00\nCard ending 4444\n"
        )
        assert _vendor(text) != "PROGRESS PAYMENT APPLICATION"

    def test_an_order_mail_names_the_shop_it_was_bought_from(self) -> None:
        """A marketplace's order mail: "purchase from <shop>" in the subject names the
        seller, whatever the shop's name looks like."""
        text = (
            "From: Handmarket <orders@handmarket.example>\nTo: me@post.example\n"
            "Subject: Your Handmarket purchase from BlueHeronPrints (55501234)\n\n"
            "Thanks for your order! BlueHeronPrints is getting it ready.\n\n"
            "Order number: 55501234\nOrder date: Jul 1, 2026\nItem  Price\nPrint  $20.00\n"
            "Order total  $20.00\nPaid with Visa\n"
        )
        assert _vendor(text, "order.eml") == "BlueHeronPrints"

    def test_a_council_billing_a_firm_addressed_as_the_firm(self) -> None:
        """A council's invoice to "The ... Ltd" over its street, the council named in the
        payment line: the addressee is the customer, the council sells."""
        text = (
            "INVOICE\nInvoice number  Invoice date\n4411  03/03/2026\n"
            "The Copper Pot Ltd\nUnit 7, Mill Yard\n\nDescription  Amount\n"
            "Pavement licence  £100.00\nTotal: £100.00\n"
            "Please pay online. Westmoor Borough Council, Town Hall, Westmoor WM1 1AA.\n"
        )
        assert _vendor(text) == "Westmoor Borough Council"


class TestShopsAndSuppliers:
    def test_a_band_of_labels_over_the_supplier_and_the_delivery_site(self) -> None:
        """ "Supplier  Deliver to" over two blocks: the supplier is the value under its
        label, never the next label."""
        text = (
            "Kestrel Schools Trust  PURCHASE ORDER\nBursary  PO Number: PO5512\n"
            "Supplier  Deliver to\nPenfold Stationers Ltd  Goods Inwards\n"
            "Unit 2, Mill Park  Kestrel House\nLine  Description  Qty  Line total\n"
            "1  Paper A4  10  45.00\nTotal  45.00 GBP\n"
        )
        assert _vendor(text, "po.txt") == "Penfold Stationers Ltd"

    def test_an_order_is_sent_to_the_firm_that_does_not_head_it(self) -> None:
        """A German order under the buyer's return-address line: the other firm supplies."""
        text = (
            "Kessler Maschinenbau GmbH - Postfach 12 - 70000 Stuttgart\n"
            "Brandt Hydraulik GmbH  Bestellung\nIndustriestraße 4\n70565 Stuttgart\n"
            "Bestellnummer: 450012\nBestelldatum: 02.03.2026\n"
            "Pos.  Kurztext  Menge  Preis  Wert\n10  Ventil  2 ST  50,00  100,00\n"
            "Gesamtnettowert EUR: 100,00\n"
        )
        assert _vendor(text, "bestellung.txt") == "Brandt Hydraulik GmbH"

    @pytest.mark.parametrize(
        ("greeting", "thanks", "shop"),
        [
            ("Hi Sam,", "Thanks for shopping with Tilly & Pine Home.", "Tilly & Pine Home"),
            ("Hallo Jonas,", "vielen Dank für Ihre Bestellung bei Alpenfeld Sport GmbH.",
             "Alpenfeld Sport GmbH"),
            ("Beste Anouk,", "bedankt voor je bestelling bij Theehuis Noord B.V.. Overzicht:",
             "Theehuis Noord B.V."),
        ],
    )  # fmt: skip
    def test_an_order_mail_thanks_for_shopping_with_the_shop(
        self, greeting: str, thanks: str, shop: str
    ) -> None:
        """A web shop's confirmation: the greeting names the customer, the thanks the shop."""
        text = (
            f"Order confirmation\n\n{greeting}\n{thanks}\n\nOrder #: 88231\n"
            "Placed on 4 April 2026\n\nMug  Qty: 2  £20.00\nTotal  £20.00\nPaid by card\n"
        )
        assert _vendor(text, "order.txt").rstrip(".") == shop.rstrip(".")

    def test_a_marketplace_seller_by_user_name(self) -> None:
        """ "Seller: nordic_prints (1520)": the seller's user name, not the mailer."""
        text = (
            "From: BidMarket <orders@bidmarket.example>\nTo: me@post.example\n"
            "Subject: Order confirmed\n\nYour order is confirmed\n\nOrder number: 11-2233\n"
            "Order date: 26 Oct 2026\nSeller: nordic_prints (1520)\n\nItem  Qty  Price\n"
            "Poster  1  £8.00\nOrder total: £8.00\n"
        )
        assert _vendor(text, "order.eml") == "nordic_prints"

    def test_an_italian_e_invoice_names_its_cedente(self) -> None:
        """FatturaPA's "Cedente/prestatore" over the seller, "Cessionario/committente" over
        the customer, both firms over their streets."""
        text = (
            "Cedente/prestatore (fornitore)\nBassi & Neri Servizi S.r.l.\n"
            "Via Roma 3, 20121 Milano\n"
            "Cessionario/committente (cliente)\nOrto Verde Soc. Coop.\nVia Po 8, 10123 Torino\n"
            "Fattura n. 12 del 02/03/2026\nTotale documento: 122,00 €\n"
        )
        assert _vendor(text) == "Bassi & Neri Servizi S.r.l."

    @pytest.mark.parametrize(
        "firm",
        ["Empresa Municipal de Aguas de Soria, S.A.", "Studio Legale Avv. Conti S.r.l."],
    )
    def test_long_names_and_titles_inside_a_firms_name(self, firm: str) -> None:
        """Six words with their joiners, or a title abbreviated inside, before the legal
        form: the whole name (and "Avv. Conti" there is no person)."""
        analysis = OfflineAnalyzer().analyze(
            f"{firm}  FACTURA\nCIF A11111111\nTotal: 10,00 €\n",
            media_type="text/plain",
            filename="factura.txt",
        )
        parties = analysis["entities"]["parties"]
        assert [p["name"] for p in parties] == [firm]
