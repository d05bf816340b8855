"""The hub's routing: which member of a group an anycast message goes to."""

from __future__ import annotations

import asyncio
from collections import Counter
from random import Random

from devserver.delivery import Hub, Subscriber
from devserver.sqlite_store import OutboxEntry

ANY = "poll://any@workers"


def offer(seq: int, task_id: str, address: str = ANY) -> OutboxEntry:
    return OutboxEntry(seq, address, task_id, b'{"kind":"execute"}')


def taken(*members: Subscriber) -> dict[str, list[str]]:
    """What each member was sent, in order, by task id."""
    out: dict[str, list[str]] = {}
    for member in members:
        out[member.pid] = []
        while (entry := member.take()) is not None:
            assert entry.task_id is not None
            out[member.pid].append(entry.task_id)
    return out


class TestAnycast:
    def test_a_workflow_waiting_on_page_ranges_spreads_them_over_the_members(self) -> None:
        """Each range that ends brings two offers, the workflow's resumption and the next
        range: a rotation over two members sent every new range to the same one (seen as 11
        of 13 ranges on one worker); the choice must not follow the offers' rhythm."""

        async def scenario() -> dict[str, list[str]]:
            hub = Hub(ack=lambda _seqs: None, chooser=Random(7))
            a = Subscriber("workers", "a", lambda: False)
            b = Subscriber("workers", "b", lambda: False)
            hub.connect(a)
            hub.connect(b)
            for cycle in range(40):
                hub.publish([offer(2 * cycle, "job")])
                hub.publish([offer(2 * cycle + 1, f"job:{cycle}")])
            return taken(a, b)

        sent = asyncio.run(scenario())
        ranges = Counter(
            pid for pid, tasks in sent.items() for task in tasks if task.startswith("job:")
        )
        assert sum(ranges.values()) == 40
        assert min(ranges["a"], ranges["b"]) >= 10, ranges

    def test_a_unicast_message_goes_to_its_member_only(self) -> None:
        """``poll://uni@group/pid`` is never spread: it waits for that member."""

        async def scenario() -> tuple[dict[str, list[str]], int]:
            hub = Hub(ack=lambda _seqs: None, chooser=Random(7))
            a = Subscriber("workers", "a", lambda: False)
            hub.connect(a)
            for seq in range(5):
                hub.publish([offer(seq, f"t{seq}", "poll://uni@workers/b")])
            return taken(a), hub.waiting

        sent, waiting = asyncio.run(scenario())
        assert sent == {"a": []}
        assert waiting == 5
