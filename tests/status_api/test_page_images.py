"""Page images for the review console: rendered from the stored document, cached with the job."""

from __future__ import annotations

import base64
import io
import zlib
from typing import Any

import pytest
from test_reviews import call, request

from docpipe.ports import JobRecord
from docpipe.testing import InMemoryBlobStore, InMemoryJobTable
from status_api import handler
from status_api.pages import PageService, encode_png
from status_api.service import StatusService
from support.claims import claim_pdf

INBOX, RESULTS = "docpipe-inbox", "docpipe-results"
PNG_1PX = encode_png(b"\xff\x00\x00", 1, 1, 3, "RGB")


@pytest.fixture
def store() -> InMemoryBlobStore:
    return InMemoryBlobStore()


@pytest.fixture(autouse=True)
def installed(store: InMemoryBlobStore) -> Any:
    table = InMemoryJobTable()
    for job_id, key in (("claim", "claim.pdf"), ("scan", "scan.png"), ("note", "note.txt")):
        table.records[job_id] = JobRecord(job_id, "done", f"s3://{INBOX}/{key}", 1, 1)
    store.put(INBOX, "claim.pdf", claim_pdf(), content_type="application/pdf")
    store.put(INBOX, "scan.png", PNG_1PX, content_type="image/png")
    store.put(INBOX, "note.txt", b"just text", content_type="text/plain")
    handler.use_service(StatusService(jobs=table))
    handler.use_pages(PageService(table, store, RESULTS, max_document_bytes=10**7))
    yield
    handler.use_pages(None)
    handler.use_service(None)


def get_page(job_id: str, page: str) -> dict[str, Any]:
    return handler.lambda_handler(request("GET", f"/jobs/{job_id}/pages/{page}"), None)


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20]), int.from_bytes(data[20:24])
    return width, height


class TestPages:
    def test_a_pdf_page_is_rendered_once_and_kept(self, store: InMemoryBlobStore) -> None:
        """Page 2 of the claim PDF: a PNG 1000 px wide (A4 proportions), kept in the results
        bucket so the next request reads it from there."""
        response = get_page("claim", "2")
        assert response["statusCode"] == 200
        assert response["headers"]["Content-Type"] == "image/png"
        assert response["isBase64Encoded"] is True
        data = base64.b64decode(response["body"])
        assert png_size(data) == (1000, 1414) or png_size(data) == (1000, 1415)
        kept = store.objects[(RESULTS, "tenants/default/jobs/claim/page-images/2.png")]
        assert kept.data == data
        store.objects.pop((INBOX, "claim.pdf"))  # served from the cache from now on
        assert base64.b64decode(get_page("claim", "2")["body"]) == data

    def test_the_page_is_not_blank(self) -> None:
        """The rendering holds the page's text: some rows are not white."""
        data = base64.b64decode(get_page("claim", "2")["body"])
        idat = data[data.index(b"IDAT") + 4 :]
        raw = zlib.decompressobj().decompress(idat)
        assert raw.count(b"\xff") < len(raw) * 0.999

    def test_an_image_is_its_own_page(self) -> None:
        response = get_page("scan", "1")
        assert response["statusCode"] == 200
        assert base64.b64decode(response["body"]) == PNG_1PX
        assert get_page("scan", "2")["statusCode"] == 404

    @pytest.mark.parametrize(
        ("job_id", "page", "status"),
        [("claim", "3", 404), ("note", "1", 404), ("claim", "0", 400), ("claim", "x", 400),
         ("nobody", "1", 404)],
    )  # fmt: skip
    def test_no_such_page(self, job_id: str, page: str, status: int) -> None:
        assert call(request("GET", f"/jobs/{job_id}/pages/{page}"))[0] == status

    def test_encode_png_round_trips_through_pillow(self) -> None:
        image_module = pytest.importorskip("PIL.Image")
        pixels = bytes(range(256)) * 3 * 4
        image = image_module.open(io.BytesIO(encode_png(pixels, 16, 48, 48, "RGB")))
        assert image.size == (16, 48)
        assert image.getpixel((1, 0)) == (3, 4, 5)
