"""``docpipe review --set``: values read as a person types them."""

from __future__ import annotations

from typing import Any

import pytest

from docpipe.errors import ConfigError
from docpipe_cli.review_cmd import parse_corrections


class TestSetValues:
    @pytest.mark.parametrize(
        ("pair", "expected"),
        [
            ("total=48000 EUR", {"total": {"amount": 48000, "currency": "EUR"}}),
            ("keyFigures.total=usd 1,200.50",
             {"keyFigures.total": {"amount": 1200.5, "currency": "USD"}}),
            ("total.amount=48000", {"total.amount": 48000}),
            ("total.currency=EUR", {"total.currency": "EUR"}),
            ("fields.claimNumber=0042", {"fields.claimNumber": "0042"}),
            ("keyFigures.invoiceNumber=INV-7", {"keyFigures.invoiceNumber": "INV-7"}),
            ("quantity=3", {"quantity": 3}),
            ("documentType=invoice", {"documentType": "invoice"}),
            ("summary=42", {"summary": "42"}),
            ('damagedItems=[{"item": "Bumper"}]', {"damagedItems": [{"item": "Bumper"}]}),
        ],
    )  # fmt: skip
    def test_typed(self, pair: str, expected: dict[str, Any]) -> None:
        assert parse_corrections([pair]) == expected

    @pytest.mark.parametrize("pair", ["no-equals", "=value", "items=[not json"])
    def test_refused(self, pair: str) -> None:
        with pytest.raises(ConfigError):
            parse_corrections([pair])
