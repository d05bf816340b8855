"""Opening ZIP containers (DOCX) without trusting what they say about themselves.

A ZIP's central directory declares each member's uncompressed size; Python's ``zipfile``
never inflates a member past that size, so checking the declared sizes and ratios *before*
reading anything bounds the memory a decompression bomb can take.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

from docpipe.errors import DocumentTooLarge
from docpipe.settings import DEFAULT_MAX_UNZIPPED_BYTES

#: What ``zipfile`` raises on a damaged archive while reading the directory.
ZIP_OPEN_FAILURES: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,
    struct.error,
    NotImplementedError,  # a directory claiming a newer ZIP version than Python reads
)
#: ... and while inflating a member (bad CRC, unknown compression method, broken stream).
ZIP_READ_FAILURES: tuple[type[Exception], ...] = (
    *ZIP_OPEN_FAILURES,
    RuntimeError,  # an encrypted member with no password
    zlib.error,
)

#: Text XML compresses ~10-20x; 200x on a sizeable member is a bomb, not a document.
MAX_COMPRESSION_RATIO = 200
#: Members below this size may have any ratio (tiny members of zeros compress absurdly well).
RATIO_EXEMPT_BYTES = 1024 * 1024
#: A DOCX has tens of parts; tens of thousands is an attack on the directory parser.
MAX_MEMBERS = 10_000


def check_budget(
    archive: zipfile.ZipFile,
    *,
    max_total_bytes: int = DEFAULT_MAX_UNZIPPED_BYTES,
    max_ratio: int = MAX_COMPRESSION_RATIO,
) -> None:
    """Raise ``DocumentTooLarge`` if the archive would inflate past what a document needs."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise DocumentTooLarge(f"ZIP container has {len(members)} members (limit {MAX_MEMBERS})")
    total = 0
    for member in members:
        total += member.file_size
        if total > max_total_bytes:
            raise DocumentTooLarge(
                f"ZIP container inflates to more than {max_total_bytes} bytes (decompression bomb?"
                "; DOCPIPE_MAX_UNZIPPED_BYTES raises the limit)"
            )
        if member.file_size > RATIO_EXEMPT_BYTES:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > max_ratio:
                raise DocumentTooLarge(
                    f"ZIP member {member.filename!r} compresses {ratio:.0f}:1"
                    f" (limit {max_ratio}:1; decompression bomb?)"
                )
