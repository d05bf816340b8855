"""The offline analyzer: right type and entities on the samples, stable and JSON-safe always."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from docpipe.review import review_reason
from docpipe.settings import Settings
from docpipe_cli.samples import SAMPLES_DIR
from workflow.analyzers import OfflineAnalyzer
from workflow.analyzers.classify import DOCUMENT_TYPES, classify
from workflow.analyzers.entities import MAX_ENTITIES, find_dates, find_emails
from workflow.analyzers.figures import key_figures
from workflow.analyzers.language import guess_language
from workflow.analyzers.money import find_amounts
from workflow.analyzers.parties import find_parties
from workflow.analyzers.summary import MAX_SUMMARY_CHARS, summarize
from workflow.documents import ExtractionLimits, detect_type, extract_text
from workflow.documents import ocr as ocr_module

SAMPLES = SAMPLES_DIR
ANALYZER = OfflineAnalyzer()
#: Vocabulary that triggers every entity pattern and classifier cue.
DOCUMENT_TOKENS = (
    *("Invoice", "Total:", "$1,000.00", "€2.500,00", "Bill To:", "Acme Inc.", "USD"),
    *("March 3, 2026", "31/12/2025", "Dear Sir,", "Sincerely,", "agreement", "\n"),
    *("a@b.example", '(the "Client")', "Due Date:", "receipt"),
)


@pytest.fixture(scope="module")
def ocr_engine() -> None:
    """Load the OCR models once for the module."""
    ocr_module.engine()


def analyze_sample(name: str) -> dict[str, Any]:
    data = (SAMPLES / name).read_bytes()
    doc_type = detect_type(data, filename=name, declared=None)
    text = extract_text(data, doc_type, ExtractionLimits.from_settings(Settings())).text
    return ANALYZER.analyze(text, media_type=doc_type.media_type, filename=name)


def values(items: list[dict[str, Any]], key: str) -> list[Any]:
    return [item[key] for item in items]


class TestSamples:
    def test_invoice(self) -> None:
        """The invoice is an invoice with its parties, dates, number and total."""
        result = analyze_sample("invoice.pdf")
        assert result["documentType"] == "invoice"
        assert result["confidence"] >= 0.8
        assert result["analyzer"] == "offline"
        assert result["language"] == "en"
        entities = result["entities"]
        assert values(entities["dates"], "value") == ["2026-03-02", "2026-04-01"]
        assert {"text": "$4,590.00", "amount": 4590.0, "currency": "USD"} in entities["amounts"]
        assert {"name": "Northwind Analytics LLC", "role": "vendor", "kind": "organization"} in (
            entities["parties"]
        )
        assert {"name": "Globex Retail Inc.", "role": "customer", "kind": "organization"} in (
            entities["parties"]
        )
        assert entities["emails"] == [
            "billing@northwind-analytics.example",
            "ap@globex-retail.example",
        ]
        figures = result["keyFigures"]
        assert figures["total"] == {"amount": 4590.0, "currency": "USD"}
        assert figures["subtotal"] == {"amount": 4250.0, "currency": "USD"}
        assert figures["tax"] == {"amount": 340.0, "currency": "USD"}
        assert figures["invoiceNumber"] == "INV-2026-0042"
        assert figures["dueDate"] == "2026-04-01"
        assert result["summary"].startswith(
            "Invoice INV-2026-0042 from Northwind Analytics LLC to Globex Retail Inc."
        )

    def test_receipt(self, ocr_engine: None) -> None:
        """The OCR'd receipt is a receipt from the shop, with its total."""
        result = analyze_sample("receipt.png")
        assert result["documentType"] == "receipt"
        assert result["keyFigures"]["total"] == {"amount": 26.78, "currency": "USD"}
        assert values(result["entities"]["dates"], "value") == ["2026-03-14"]
        assert result["entities"]["parties"][0] == {
            "name": "CORNER MARKET",
            "role": "merchant",
            "kind": "organization",
        }
        assert result["keyFigures"]["vendor"] == "CORNER MARKET"

    def test_contract(self) -> None:
        """The DOCX agreement is a contract between its two defined parties."""
        result = analyze_sample("contract.docx")
        assert result["documentType"] == "contract"
        parties = result["entities"]["parties"]
        assert {
            "name": "Northwind Analytics LLC",
            "role": "provider",
            "kind": "organization",
        } in parties
        assert {"name": "Globex Retail Inc.", "role": "client", "kind": "organization"} in parties
        assert "Master Services Agreement" not in values(parties, "name")
        assert result["keyFigures"]["effectiveDate"] == "2026-03-01"
        assert "2027-02-28" in values(result["entities"]["dates"], "value")
        amounts = result["entities"]["amounts"]
        assert {"text": "USD 12,000.00", "amount": 12000.0, "currency": "USD"} in amounts

    def test_letter(self) -> None:
        """The letter is a letter, in pounds, with its recipient and sender."""
        result = analyze_sample("letter.txt")
        assert result["documentType"] == "letter"
        parties = result["entities"]["parties"]
        assert {"name": "Priya Patel", "role": "recipient", "kind": "person"} in parties
        assert {"name": "Oliver Grant", "role": "sender", "kind": "person"} in parties
        assert "Patel" not in values(parties, "name")  # "Dear Ms. Patel" is the same person
        assert values(result["entities"]["amounts"], "currency") == ["GBP", "GBP", "GBP"]
        assert "2026-02-15" in values(result["entities"]["dates"], "value")
        assert "I am writing to confirm the renewal of your tenancy" in result["summary"]

    def test_report(self) -> None:
        """The HTML report is a report."""
        assert analyze_sample("report.html")["documentType"] == "report"

    def test_meeting_notes(self) -> None:
        """The meeting notes are minutes naming the people who attended."""
        result = analyze_sample("meeting-notes.md")
        assert result["documentType"] == "minutes"
        people = [p["name"] for p in result["entities"]["parties"] if p["kind"] == "person"]
        assert people[:4] == ["Maria Chen", "Thomas Reed", "Aisha Bello", "Jonas Weber"]
        assert result["keyFigures"]["issueDate"] == "2026-03-09"


class TestDates:
    @pytest.mark.parametrize(
        ("text", "iso"),
        [
            ("on 2026-03-14.", "2026-03-14"),
            ("on March 14, 2026.", "2026-03-14"),
            ("on Mar. 14 2026", "2026-03-14"),
            ("on 14 March 2026", "2026-03-14"),
            ("on 14th of March, 2026", "2026-03-14"),
            ("on 03/14/2026", "2026-03-14"),
            ("on 14/03/2026", "2026-03-14"),
            ("am 14.03.2026", "2026-03-14"),
            ("Sept 1st, 2025", "2025-09-01"),
        ],
    )
    def test_formats_normalise_to_iso(self, text: str, iso: str) -> None:
        """Every supported way of writing a date normalises to ISO 8601."""
        assert values(find_dates(text), "value") == [iso]

    @pytest.mark.parametrize("text", ["2026-02-30", "13/13/2026", "March 32, 2026", "1/2/0999"])
    def test_impossible_dates_are_ignored(self, text: str) -> None:
        """Things shaped like dates that are not dates are not reported."""
        assert find_dates(text) == []

    def test_duplicates_collapse_and_the_list_is_capped(self) -> None:
        """The same date twice is one entity; hundreds of dates are capped."""
        assert len(find_dates("2026-01-01 and January 1, 2026")) == 1
        many = " ".join(f"2025-01-{day:02d} 2025-02-{day:02d}" for day in range(1, 29))
        assert len(find_dates(many)) == MAX_ENTITIES


class TestAmounts:
    @pytest.mark.parametrize(
        ("text", "amount", "currency"),
        [
            ("$1,234.56", 1234.56, "USD"),
            ("US$ 99", 99.0, "USD"),
            ("€1.234,56", 1234.56, "EUR"),
            ("1.234,56 €", 1234.56, "EUR"),
            ("£35.00", 35.0, "GBP"),
            ("USD 12,000.00", 12000.0, "USD"),
            ("2,450,000 EUR", 2450000.0, "EUR"),
            ("CHF 1'000", 1000.0, "CHF"),
            ("CHF 12'450.00", 12450.0, "CHF"),
            ("-$500.00", -500.0, "USD"),
            ("¥5000", 5000.0, "JPY"),
        ],
    )
    def test_money_normalises(self, text: str, amount: float | None, currency: str | None) -> None:
        """Symbols and codes become ISO currencies; separators become a plain number."""
        found = find_amounts(f"Pay {text} now")
        if amount is None:
            assert all(item["amount"] != 1000.0 for item in found)
        else:
            assert found[0]["amount"] == amount
            assert found[0]["currency"] == currency

    def test_numbers_without_currency_are_not_money(self) -> None:
        """A bare number is not an amount."""
        assert find_amounts("Room 1204, 3 people, 15.5 hours") == []


class TestParties:
    def test_labelled_blocks_with_value_on_the_next_line(self) -> None:
        """'Bill To:' on its own line names the party on the next line."""
        text = "Bill To:\nInitech Corp\n42 Main St\n\nFrom: Umbrella Holdings"
        assert find_parties(text)[:2] == [
            {"name": "Initech Corp", "role": "customer", "kind": "organization"},
            {"name": "Umbrella Holdings", "role": "vendor", "kind": "organization"},
        ]

    def test_company_suffixes(self) -> None:
        """Organisations are recognised by their legal suffix."""
        text = "We met Siemens AG, Acme Widgets GmbH and Foo Bar Ltd. at the fair."
        names = values(find_parties(text), "name")
        assert names == ["Siemens AG", "Acme Widgets GmbH", "Foo Bar Ltd."]

    def test_two_companies_joined_by_and(self) -> None:
        """ "X AG and Y AG" names two companies; a sentence's first word is not part of one."""
        text = "We met Siemens AG and Acme Siemens AG today. Also Keller & Sohn GmbH attended."
        names = values(find_parties(text), "name")
        assert names == ["Siemens AG", "Acme Siemens AG", "Keller & Sohn GmbH"]

    def test_ocr_lowercased_name_is_not_split(self) -> None:
        """OCR's "whitfield Insurance Group plc" is one party, not also its capitalised tail."""
        parties = find_parties("Sold to: whitfield Insurance Group plc\nTotal due: CHF 5.00")
        assert values(parties, "name") == ["whitfield Insurance Group plc"]

    def test_emails_lowercased_and_unique(self) -> None:
        """Emails are lower-cased and deduplicated in order."""
        assert find_emails("Mail A.B@X.example or a.b@x.example, c@y.example.") == [
            "a.b@x.example",
            "c@y.example",
        ]


class TestClassificationAndFigures:
    def test_no_evidence_is_other(self) -> None:
        """Text with no cues is 'other'."""
        result = classify("The quick brown fox jumps over the lazy dog.")
        assert result.document_type == "other"
        assert 0 <= result.confidence <= 1

    @pytest.mark.parametrize(
        "text", ["qwv zxkp lrrt bnnm", "The quick brown fox.", "Total: 5", "x" * 2000]
    )
    def test_other_is_never_as_sure_as_the_review_gate(self, text: str) -> None:
        """Gibberish (or anything unrecognised) is 'other' below the default review gate, so
        the gate sends it to a person instead of passing it as a confident answer."""
        result = classify(text)
        assert result.document_type == "other"
        gate = Settings().review_confidence
        assert result.confidence < gate
        assert (
            review_reason(
                requested=False, analysis={"confidence": result.confidence}, threshold=gate
            )
            == "low_confidence"
        )

    def test_total_prefers_amount_due_over_total(self) -> None:
        """'Amount due' beats a plain 'Total'; subtotals never count as the total."""
        text = "Subtotal: $90.00\nTotal: $100.00\nDiscount: $40.00\nAmount due: $60.00"
        assert key_figures(text)["total"] == {"amount": 60.0, "currency": "USD"}

    def test_total_is_before_what_was_paid_already(self) -> None:
        """What is left after a payment is the account's; the bill's total is its own
        (docs/analysis-schema.md, Conventions)."""
        text = "Subtotal: $90.00\nTotal: $100.00\nPaid: $40.00\nAmount due: $60.00"
        assert key_figures(text)["total"] == {"amount": 100.0, "currency": "USD"}

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("The invoice is attached and the payment is due on Friday.", "en"),
            ("Die Rechnung ist beigefügt und die Zahlung ist mit dem Auftrag fällig.", "de"),
            ("La facture est jointe et le paiement est dû pour la commande.", "fr"),
            ("La factura está adjunta y el pago es para el pedido de la empresa.", "es"),
            ("12 34 56", "und"),
        ],
    )
    def test_language(self, text: str, code: str) -> None:
        """Function words identify the language."""
        assert guess_language(text) == code

    def test_summary_is_bounded(self) -> None:
        """However long the text, the summary stays within its budget."""
        text = " ".join(f"Sentence number {i} talks about revenue and growth." for i in range(500))
        summary = summarize(text)
        assert 0 < len(summary) <= MAX_SUMMARY_CHARS


class TestProperties:
    @settings(max_examples=100, deadline=None)
    @given(st.text(max_size=3000))
    def test_deterministic_and_json_safe(self, text: str) -> None:
        """Any text: the same analysis twice, valid shape, JSON round-trips exactly."""
        first = ANALYZER.analyze(text, media_type="text/plain", filename="x.txt")
        second = ANALYZER.analyze(text, media_type="text/plain", filename="x.txt")
        assert first == second
        assert json.loads(json.dumps(first, allow_nan=False)) == first
        assert first["documentType"] in DOCUMENT_TYPES
        assert 0 <= first["confidence"] <= 1
        assert len(first["summary"]) <= MAX_SUMMARY_CHARS
        assert set(first["entities"]) == {"dates", "amounts", "parties", "emails"}

    @settings(max_examples=100, deadline=None)
    @given(
        st.lists(
            st.sampled_from(DOCUMENT_TOKENS),
            max_size=80,
        )
    )
    def test_document_like_text(self, tokens: list[str]) -> None:
        """Dense document vocabulary also gives a stable, serialisable result."""
        text = " ".join(tokens)
        first = ANALYZER.analyze(text, media_type="text/plain", filename="x.txt")
        assert first == ANALYZER.analyze(text, media_type="text/plain", filename="x.txt")
        assert json.loads(json.dumps(first, allow_nan=False)) == first


def analyze_text(text: str) -> dict[str, Any]:
    return ANALYZER.analyze(text, media_type="text/plain", filename="document.txt")


class TestReportedMisses:
    def test_memo_to_all_staff(self) -> None:
        """A memo to all staff of a named company is a memo naming that company and author."""
        result = analyze_text(
            "MEMORANDUM\nTo: All staff of Brightwater Foods Ltd.\nFrom: Jonas Bello, Office Manager"
            "\nDate: 19 February 2026\nSubject: Travel policy\n\nThe policy takes effect on"
            " 5 March 2026."
        )
        assert result["documentType"] == "memo"
        names = values(result["entities"]["parties"], "name")
        assert names[:2] == ["Brightwater Foods Ltd.", "Jonas Bello"]
        assert result["keyFigures"]["effectiveDate"] == "2026-03-05"

    def test_magnitude_words_and_short_markdown_summary(self) -> None:
        """ "$4.2 million" is 4.2 million dollars, and a short Markdown report has a summary."""
        result = analyze_text("# Q2 update\n\n- Revenue grew to $4.2 million\n- EUR 1.2bn pipeline")
        amounts = [(a["amount"], a["currency"]) for a in result["entities"]["amounts"]]
        assert amounts == [(4_200_000.0, "USD"), (1_200_000_000.0, "EUR")]
        assert result["summary"]

    def test_purchase_order(self) -> None:
        """A purchase order is one, with its PO number and the vendor it is addressed to."""
        result = analyze_text(
            "PURCHASE ORDER\nP.O. No.: 4500021433\nOrder date: 18 July 2026\n"
            "Vendor: Van Dijk Logistiek B.V.\nShip to: Summit Office Supply Inc\n"
            "Total: EUR 1.200,00"
        )
        assert result["documentType"] == "purchase_order"
        assert result["keyFigures"]["documentNumber"] == "4500021433"
        assert result["keyFigures"]["vendor"] == "Van Dijk Logistiek B.V."
        assert result["keyFigures"]["total"] == {"amount": 1200.0, "currency": "EUR"}

    def test_company_with_and_without_full_stop_is_one_party(self) -> None:
        """ "Acme Widgets Inc." and "Acme Widgets Inc" are the same organisation."""
        parties = find_parties("Bill To: Acme Widgets Inc.\n\nThanks from Acme Widgets Inc today.")
        assert values(parties, "name") == ["Acme Widgets Inc."]
