"""The web console's files: plain HTML, JavaScript and CSS shipped inside the package.

There is no build step: the files here are what the browser runs. The status API serves
them (``GET /`` and ``GET /console/{name}``) and ``docpipe console`` serves the same files
locally. Only the files listed in :data:`ASSETS` are ever served.
"""

from __future__ import annotations

from importlib import resources

#: Served file name -> its content type.
ASSETS: dict[str, str] = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "review.js": "text/javascript; charset=utf-8",
    "style.css": "text/css; charset=utf-8",
}


def asset(name: str) -> tuple[str, str] | None:
    """``(content type, text)`` of a console file, ``None`` if there is no such file."""
    content_type = ASSETS.get(name)
    if content_type is None:
        return None
    return content_type, resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
