"""Papers from Latin America and English-printing Asia: their money signs ("R$", "S/", "RM",
"₱"), whose peso a bare "$" is (the country's tax number says), their day-first dates and
the timestamps they print dates in."""

from __future__ import annotations

import pytest

from support.key_figures import figures_of
from workflow.analyzers.docnumbers import document_number
from workflow.analyzers.dollars import day_first_in, local_dollar
from workflow.analyzers.entities import date_spans
from workflow.analyzers.money import find_amounts


class TestMoneySigns:
    @pytest.mark.parametrize(
        ("text", "amount", "currency"),
        [
            ("Valor do documento:  R$ 1.234,56", 1234.56, "BRL"),
            ("Importe Total: S/ 840.40", 840.4, "PEN"),
            ("Importe Total: S/. 1,120.00", 1120.0, "PEN"),
            ("Nett Total: RM 2,691.24", 2691.24, "MYR"),
            ("Amount due: ₱ 2,289.35", 2289.35, "PHP"),
            ("Total Amount: PHP 138,430.82", 138430.82, "PHP"),
            ("Total: CLP 95.830", 95830.0, "CLP"),
        ],
    )
    def test_a_sign_or_code_names_its_currency(
        self, text: str, amount: float, currency: str
    ) -> None:
        """Brazil's real, Peru's sol, Malaysia's ringgit and the Philippine peso are read by
        their signs and codes."""
        found = find_amounts(text)
        assert [(a["amount"], a["currency"]) for a in found] == [(amount, currency)]

    @pytest.mark.parametrize("text", ["Serial S/N 12345", "RMB 100.00", "Form 12"])
    def test_look_alikes_are_no_money(self, text: str) -> None:
        """A serial number's "S/N", China's "RMB" and a word ending in "rm" are no sign."""
        assert all(a["currency"] not in ("PEN", "MYR") for a in find_amounts(text))


class TestWhosePeso:
    @pytest.mark.parametrize(
        ("text", "dollar"),
        [
            ("Minimarket\nR.U.T.: 77.654.321-K\nTOTAL: $ 95.830\n", "CLP"),
            ("Distribuidora SRL\nCUIT: 30-36305830-2\nImporte Total  $ 6.156,87\n", "ARS"),
            ("Transportes Ltda.\nNIT 805.112.233-0\nTotal a pagar:  $ 32.076,97\n", "COP"),
            ("Metalúrgica Ltda.\nCNPJ: 12.345.678/0001-90\nTotal  $ 1.639,46\n", "BRL"),
            ("Recibo\nCPF 469.682.720-24\nValor  $ 1.200,00\n", "BRL"),
            ("DANFE\nValor total da nota:  R$ 1.639,46\nFrete $ 0,00\n", "BRL"),
        ],
    )
    def test_a_tax_number_says_whose_peso(self, text: str, dollar: str) -> None:
        """Chile's RUT, Argentina's CUIT, Colombia's NIT and Brazil's CNPJ and CPF make a
        bare "$" their country's money."""
        assert local_dollar(text) == dollar

    def test_a_chilean_boleta_reads_its_total_in_pesos(self) -> None:
        figures = figures_of(
            "Minimarket Los Andes Ltda.\nR.U.T.  77.654.321-K\nBOLETA ELECTRÓNICA N°  1870408\n"
            "Fecha Emisión:  30-04-2026 09:06\nPan  6  1.240  7.440\nTOTAL:  $ 7.440\n"
        )
        assert figures["total"] == {"amount": 7440.0, "currency": "CLP"}


class TestDates:
    def test_a_brazilian_paper_writes_the_day_first(self) -> None:
        """ "R$" says Brazil, and Brazil writes 04/08/2026 for the 4th of August."""
        assert day_first_in(local_dollar("Valor total:  R$ 1.639,46")) is True

    def test_spanish_text_with_dollars_writes_the_day_first(self) -> None:
        """A Spanish paper printing "$" still writes its dates day first."""
        text = (
            "Factura electrónica de venta No.: FE 12\nFecha de emisión: 04/08/2026\n"
            "Forma de pago: Crédito\nDescripción del producto y cantidad\nSubtotal: $ 100,00\n"
            "IVA 19%: $ 19,00\nTotal a pagar: $ 119,00\nGracias por su compra\n"
        )
        assert [value for *_, value in date_spans(text)] == ["2026-08-04"]

    def test_an_iso_timestamp_holds_a_date(self) -> None:
        """ "2026-09-07T10:22:31": the date before the time is read."""
        assert [v for *_, v in date_spans("Fecha de emisión  2026-09-07T10:22:31")] == [
            "2026-09-07"
        ]


class TestDocumentNumbers:
    @pytest.mark.parametrize(
        ("text", "kind", "number"),
        [
            ("R.U.T.: 77.654.321-K\nBOLETA ELECTRÓNICA N°: 6239013\n", "receipt", "6239013"),
            ("Receptor:  FACTURA  CFDI 4.0 - Ingreso\nSerie y folio  A-31165\n"
             "Folio fiscal: 5CED3C0A-A86D\n", "invoice", "A-31165"),
            ("Serie  P\nFolio  2562\nNúmero de operación:  7563040570\n", "receipt", "2562"),
            ("Resolución DIAN No. 31394434149659 del 2024-09-02\n"
             "Factura electrónica de venta No.:  FE 44744\n", "invoice", "FE 44744"),
            ("RUC N°: 20512345678\nNOTA DE CRÉDITO ELECTRÓNICA: FC04-00006326\n",
             "invoice", "FC04-00006326"),
            ("IVA Responsable Inscripto  Comp. Nro 00060877\n"
             "CAE N°: 43486039522119 Fecha de Vto. de CAE: 14/08/2026\n", "invoice", "00060877"),
            ("OFFICIAL RECEIPT\nOR No. 2354\nDate: 19/01/2026\n", "receipt", "2354"),
            ("Account No.: 123-456\nSOA No.: SOA-2026-0042\n", "statement", "SOA-2026-0042"),
            ("Inland Revenue Board\nNotice No.  B 2026 9933255\n", "letter", "B 2026 9933255"),
        ],
    )  # fmt: skip
    def test_the_papers_own_number(self, text: str, kind: str, number: str) -> None:
        """Chile's boleta, Mexico's folio, Colombia's and Peru's electronic papers,
        Argentina's comprobante, an official receipt, a statement of account and a notice are
        numbered by their own labels, not by the tax office's numbers beside them."""
        assert document_number(text, kind) == number


class TestDueDates:
    def test_argentinas_payment_due_not_the_authorisations(self) -> None:
        """ "Fecha de Vto. para el pago" is the due date; "Vto. de CAE" is no payment's."""
        figures = figures_of(
            "Distribuidora Pampa Sur S.R.L.\nCUIT: 30-36305830-2  FACTURA B\n"
            "Comp. Nro 00060877\nFecha de Emisión 04/08/2026\n"
            "Período Facturado Desde: 01/08/2026 Hasta: 31/08/2026 "
            "Fecha de Vto. para el pago: 03/09/2026\n"
            "Importe Total  $ 6.156,87\n"
            "CAE N°: 43486039522119 Fecha de Vto. de CAE: 14/08/2026\n"
        )
        assert figures["dueDate"] == "2026-09-03"


class TestIssuers:
    def test_a_boletos_beneficiary_issues_it(self) -> None:
        """The bank prints a boleto; the "Beneficiário" under it is who is paid."""
        figures = figures_of(
            "Banco Bradesco S.A. | 237-2 |\nLocal de pagamento\nVencimento:  05/11/2026\n"
            "(=) Valor do documento:  R$ 4.286,76\nLinha digitável: 47874.46631 72198.201384\n"
            "Beneficiário\nMetalúrgica Vale do Paraíba Ltda. - CNPJ 12.345.678/0001-90\n"
            "Data do documento  26/10/2026\nPagador\nSupermercados Boa Compra Ltda.\n"
            "Autenticação mecânica - Ficha de compensação\n"
        )
        assert figures["vendor"] == "Metalúrgica Vale do Paraíba Ltda."
        assert figures["total"] == {"amount": 4286.76, "currency": "BRL"}

    def test_a_boletas_clerk_is_no_seller(self) -> None:
        """A Chilean boleta's "Vendedor: Paola" is the clerk; the letterhead's shop sells."""
        figures = figures_of(
            "Minimarket Don Pepe Ltda.\nGiro: Venta al por menor de alimentos\n"
            "R.U.T.  77.654.321-K\nBOLETA ELECTRÓNICA N°  1870408\n"
            "Fecha Emisión:  30-04-2026 09:06\nCaja:  6\nVendedor:  Paola\n"
            "Descripción  Cant.  Precio Total\nLeche entera 1 L  6  1.240  7.440\n"
            "TOTAL:  $ 7.440\nEl IVA incluido en esta boleta es:  $ 1.188\n"
        )
        assert figures["vendor"] == "Minimarket Don Pepe Ltda."
        assert figures["documentNumber"] == "1870408"


class TestLookAlikes:
    def test_a_ream_is_no_ringgit_and_an_account_id_no_sol(self) -> None:
        """ "2 RM  9.40" is two reams at 9.40; "PEN843" is an account's id."""
        assert find_amounts("Copier paper A3, ream  2 RM  9.40  18.80") == []
        assert find_amounts("Copier paper A3, ream  12  RM  9.40  112.80") == []
        assert find_amounts("Account no.  PEN843") == []

    def test_english_dollars_stay_month_first(self) -> None:
        """An American card statement names no Spanish or Portuguese date: month first."""
        text = (
            "Statement closing date  08/09/2025\nPayment due date  09/03/2025\n"
            "New balance  $2,373.27\n"
        )
        assert [v for *_, v in date_spans(text)] == ["2025-08-09", "2025-09-03"]


class TestColombianAndBrazilianFigures:
    def test_the_resolutions_date_is_not_the_invoices(self) -> None:
        """ "Resolución DIAN No. ... del 2024-09-02" dates the tax office's authorisation; the
        invoice's own is its "Fecha de generación"."""
        figures = figures_of(
            "Transportes del Valle Ltda.\nNIT 805.112.233-0 - Responsable de IVA\n"
            "Resolución DIAN No. 31394434149659 del 2024-09-02, prefijo FE del 1 al 50000\n"
            "Factura electrónica de venta No.:  FE 44744\nFecha de generación:  2026-09-30\n"
            "Fecha de vencimiento:  2026-11-29\nTotal a pagar:  $ 32.076,97\n"
        )
        assert figures["issueDate"] == "2026-09-30"
        assert figures["total"] == {"amount": 32076.97, "currency": "COP"}

    @pytest.mark.parametrize(
        ("text", "amount", "currency"),
        [
            ("RECIBO\nNº 100/2026\nValor: R$ 1.200,00\nRecebi de Lucas Gomes a importância de "
             "R$ 1.200,00 referente a serviços.\nSalvador, 15 de junho de 2026.\n", 1200.0, "BRL"),
            ("Comercializadora Tlaloc S.A. de C.V.\nRFC: CTL0904153K2\nRecibo electrónico de pago\n"
             "Folio  2562\nMoneda:  MXN\nMonto:  $4,852.01\n", 4852.01, "MXN"),
        ],
    )  # fmt: skip
    def test_a_receipts_plain_sum(self, text: str, amount: float, currency: str) -> None:
        """A recibo's "Valor:" and a payment receipt's "Monto:" name the sum received."""
        assert figures_of(text)["total"] == {"amount": amount, "currency": currency}
