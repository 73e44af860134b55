"""A web page's article as plain text: the only module that knows trafilatura.

trafilatura (Barbaresi, ACL 2021 system demonstrations; https://trafilatura.readthedocs.io)
finds the article's body in a page and leaves out what surrounds it: menus, share buttons,
related links, comment sections, footers, scripts and, without images, photos and their
credits. diffnews then

- keeps the headline: the page's ``og:title`` (or ``<title>``) without the site's name, as its
  ``<h1>`` writes it, put first when the body does not already start with it;
- puts each block the extractor gives (a paragraph, a heading, a list item) in a paragraph of
  its own, separated by a blank line, as diffnews reads paragraphs.

The text that comes out is what diffnews compares, and every offset in the report indexes it;
the JSON report carries it (``left.text``, ``right.text``) so that the offsets keep a meaning.
Whatever furniture is left (a byline, "Read more") goes through the same boilerplate rules as a
text file's (``boilerplate.py``).

>>> page = "<html><head><title>Talks resume</title></head><body><nav>Home | World</nav>"
>>> page += "<article><h1>Talks resume</h1><p>" + "Negotiators met again on Monday. " * 12
>>> page += "</p></article><footer>Share this article</footer></body></html>"
>>> print(article(page).text[:46])
Talks resume
<BLANKLINE>
Negotiators met again on Monday.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from diffnews.errors import InputError

__all__ = ["Article", "article", "looks_like_html"]

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")
_SITE_SEPARATOR = re.compile(r"\s+(?:[|–—·-]|::)\s+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
_SENTENCE_WORDS = 5
"""Text counts as an article only if some block has at least this many words: what a page with
no article gives (its menu, "Home | World", or a footer link) has fewer."""


@dataclass(frozen=True)
class Article:
    """The article found in a page."""

    text: str
    """Headline and body, one paragraph per block, blank lines between."""
    title: str | None
    """The headline from the page's metadata, if it has one."""


def looks_like_html(text: str) -> bool:
    """True if ``text`` starts as an HTML document does (a doctype, ``<html>``, ``<head>``...),
    after any XML declaration and comments."""
    return _HTML_START.match(text[:4096]) is not None


def article(html: str, url: str | None = None, name: str | None = None) -> Article:
    """The article in the page ``html``; ``url`` is where it came from, if known, and ``name``
    how the user named it, for messages. Raises ``InputError`` if the page has no article text."""
    import trafilatura

    # trafilatura reports pages it finds thin through logging; with no handler configured,
    # Python would print those to stderr, so they go nowhere: diffnews says what matters itself.
    logger = logging.getLogger("trafilatura")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())
    found: dict[str, Any] = {}
    for recall in (False, True):  # a short page can fall below the default's minimum size
        result = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_recall=recall,
        )
        found = {} if result is None else result if isinstance(result, dict) else result.as_dict()
        if not any(len(line.split()) >= _SENTENCE_WORDS for line in (found.get("text") or "").splitlines()):
            found = {}  # what a page with no article gives: its menu, its footer
        if (found.get("text") or "").strip():
            break
    body = [line.strip() for line in (found.get("text") or "").splitlines()]
    body = [line for line in body if line]
    if not body:
        raise InputError(
            f"{name or url or 'the page'}: no article text found in this HTML page; "
            "copy the article's text into a file and give that file"
        )
    title = _headline(html) or (_SPACE.sub(" ", found["title"]).strip() if found.get("title") else None)
    if title and not _same(body[0], title):
        body.insert(0, title)
    return Article("\n\n".join(body) + "\n", title)


def _headline(html: str) -> str | None:
    """The page's headline: its ``og:title`` (or ``twitter:title``, or ``<title>``) without the
    site's name, which pages join to it with " | " or " - " on either side (the longest part is
    kept); written as the page's ``<h1>`` writes it when that is the same headline."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    found = [
        *tree.xpath("//meta[@property='og:title']/@content"),
        *tree.xpath("//meta[@name='twitter:title']/@content"),
        *(t.text_content() for t in tree.xpath("//title")),
    ]
    found = [_SPACE.sub(" ", str(t)).strip() for t in found]
    found = [t for t in found if t]
    if not found:
        return None
    parts = [p.strip() for p in _SITE_SEPARATOR.split(found[0]) if p.strip()]
    headline = max(parts, key=len) if parts else found[0]
    for h1 in tree.xpath("//h1"):
        shown = _SPACE.sub(" ", h1.text_content()).strip()
        if shown and _same(shown, headline):
            return str(shown)
    return headline


def _same(a: str, b: str) -> bool:
    """True if two headlines are the same, case, quote marks and punctuation aside."""
    return bool(_key(a)) and _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())
