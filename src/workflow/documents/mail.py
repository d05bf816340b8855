"""E-mails saved as files (``.eml``): the text a mail program shows, not the raw message.

A shop's order confirmation, a bank's notice or an invoice sent as mail is a MIME message:
its body is often HTML only (or HTML beside a plain-text part that says little more than
"view this e-mail in your browser"), encoded as quoted-printable or base64. Read raw, such a
message is markup and encoded text. Here the headers a reader sees (From, To, Cc, Subject,
Date) come first, then the body: the HTML part's visible text when there is one (its tables
keep a row per line), else the plain-text part, decoded. A message that is plain text
already (one text part, not encoded) is left to be read as it stands.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage, Message

#: A message starts with header fields; these are the ones every mail program writes.
_HEADER = re.compile(
    r"^(?:from|to|subject|date|received|return-path|mime-version|message-id|content-type"
    r"|delivered-to|reply-to|x-[\w-]+):",
    re.IGNORECASE,
)
#: Headers shown above the body, in this order.
_SHOWN = ("From", "To", "Cc", "Subject", "Date")
#: Transfer encodings that leave the text as it is written.
_PLAIN_ENCODINGS = frozenset({"", "7bit", "8bit", "binary"})


def mail_text(data: bytes, html_text: Callable[[str], str]) -> str | None:
    """The text of ``data`` read as an e-mail (``html_text`` turns an HTML body into its
    visible text), or ``None`` when it is no MIME message that needs reading."""
    if not _HEADER.match(data[:200].decode("latin-1").lstrip()):
        return None
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not message.keys():
        return None
    encoding = str(message.get("Content-Transfer-Encoding", "")).strip().lower()
    if not message.is_multipart() and encoding in _PLAIN_ENCODINGS:
        return None  # plain text already: read as it stands
    html = message.get_body(preferencelist=("html",))
    plain = message.get_body(preferencelist=("plain",))
    if html is not None:
        body = html_text(_content(html))
    elif plain is not None:
        body = _content(plain)
    else:
        return None
    shown = [f"{name}: {message[name]}" for name in _SHOWN if message[name]]
    return "\n".join(shown) + "\n\n" + body.strip() + "\n"


def _content(part: Message) -> str:
    """A text part decoded (an unknown charset read as UTF-8, what cannot be read replaced)."""
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


__all__ = ["mail_text"]
