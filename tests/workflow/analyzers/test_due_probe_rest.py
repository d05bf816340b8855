"""Due dates the due-date probes (testbed.evaluation.probe_dues) found unread: Portugal's
"Data limite de pagamento"; terms standing on their own line under their label; a Finnish
bill named for what it bills ("Sähkölasku"); "sofort fällig ohne Abzug" beside a billing
period."""

from __future__ import annotations

from support.key_figures import figures_of


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
