"""A web page's article as plain text: the only module that knows trafilatura.

trafilatura (Barbaresi, ACL 2021 system demonstrations; https://trafilatura.readthedocs.io)
finds the article's body in a page and leaves out what surrounds it: menus, share buttons,
related links, comment sections, footers, scripts and, without images, photos and their
credits. diffnews then

- keeps the headline: the page's ``og:title`` (or ``<title>``) without the site's name, as its
  ``<h1>`` writes it, put first when the body does not already start with it. Pages join the
  site's name (and sometimes a section's) to the headline with " | ", " – " or " - ", and
  headlines use the same dashes themselves ("Hadi al-Amiri – the militia leader who wants U.S.
  troops out"). So a part is taken off only when it is the site's name: the page's ``<h1>`` is
  the title without it, or it matches ``og:site_name`` (or the publisher trafilatura finds),
  the page's domain, or a name the page repeats in its header, logo or footer; everything else
  stays, dashes and all;
- joins an article body that the page cuts into several containers (an ad slot, a newsletter
  box or a promotion between ``<div class="article-body">`` parts). trafilatura takes the
  first container that looks like a body and drops the others, keeping 35% to 70% of such
  articles unless its fallback happens to be twice as long (benchmarks/web_inputs.py measures
  it); so before extraction, the later containers of the same kind are moved into the first,
  and what stood between them (the ad, the box) stays outside, where the extractor leaves it;
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
from typing import TYPE_CHECKING, Any

from diffnews.errors import InputError
from diffnews.reading.text import word_count as _words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Article", "article", "looks_like_html"]

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_SPACE = re.compile(r"\s+")
_NOT_WORD = re.compile(r"[^\w]+")
_SITE_SEPARATOR = re.compile(r"(\s+(?:[|–—·-]|::)\s+)")
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//(?:[^@/]*@)?([^/:?#]+)", re.IGNORECASE)
_DOMAIN_LABELS = re.compile(r"[a-z0-9-]{3,}")
_NOT_A_NAME_LABELS = frozenset({"www", "com", "net", "org", "edu", "gov", "info", "news", "html", "amp"})
_NAME_WORDS = 5
"""A site's or section's name has at most this many words ("The Gulf Ledger", "BBC News")."""
# A container whose class or id names an article's body, as trafilatura's own patterns do.
_BODY_NAME = re.compile(
    r"(?:entry|article|art|post|story)(?:-|_|__)?(?:content|body|text)|articleBody|body-text|story-body",
    re.IGNORECASE,
)
_NOT_BODY = re.compile(
    r"related|recommend|sidebar|widget|teaser|promo|comment|newsletter|signup|footer|more-stories|most-read",
    re.IGNORECASE,
)
_OUTSIDE_BODY = "ancestor::aside | ancestor::nav | ancestor::footer | ancestor::form"
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
    tree = _tree(html)
    headline = _Title(tree, url).headline() if tree is not None else None
    if tree is not None and _join_body(tree):
        from lxml import html as lxml_html

        html = lxml_html.tostring(tree, encoding="unicode", doctype="<!DOCTYPE html>")
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
        if not any(_words(line) >= _SENTENCE_WORDS for line in (found.get("text") or "").splitlines()):
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
    title = headline or (_SPACE.sub(" ", found["title"]).strip() if found.get("title") else None)
    if title and not _same(body[0], title):
        body.insert(0, title)
    return Article("\n\n".join(body) + "\n", title)


def _tree(html: str) -> HtmlElement | None:
    from lxml import html as lxml_html

    try:
        return lxml_html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None


class _Title:
    """The page's headline: its ``og:title`` (or ``twitter:title``, or ``<title>``) with the
    site's name taken off, written as the page's ``<h1>`` writes it.

    Cost: a few XPath queries over the page, linear in its size."""

    def __init__(self, tree: HtmlElement, url: str | None) -> None:
        self.tree = tree
        meta = [
            *tree.xpath("//meta[@property='og:title']/@content"),
            *tree.xpath("//meta[@name='twitter:title']/@content"),
            *(t.text_content() for t in tree.xpath("//title")),
        ]
        self.titles = [t for t in (_SPACE.sub(" ", str(m)).strip() for m in meta) if t]
        self.h1s = [t for t in (_SPACE.sub(" ", h.text_content()).strip() for h in tree.xpath("//h1")) if t]
        names = [
            *tree.xpath("//meta[@property='og:site_name']/@content"),
            *tree.xpath("//meta[@name='application-name' or @name='apple-mobile-web-app-title']/@content"),
            *tree.xpath("//meta[@name='publisher' or @name='copyright' or @name='twitter:site']/@content"),
        ]
        self.names = {_compact(str(n).lstrip("@")) for n in names} - {""}
        addresses = [
            url or "",
            *tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"),
        ]
        hosts = [m.group(1).lower() for a in addresses if (m := _HOST.match(str(a).strip()))]
        self.domains = {d for h in hosts for d in _DOMAIN_LABELS.findall(h) if d not in _NOT_A_NAME_LABELS}
        furniture = tree.xpath(
            "//header[not(ancestor::article or ancestor::main)]"
            "//*[self::a or self::span or self::div or self::p or self::strong or self::img]"
            " | //footer[not(ancestor::article)]//*[self::a or self::span or self::p or self::small]"
            " | //*[contains(@class, 'logo') or contains(@id, 'logo') or contains(@class, 'brand')"
            " or contains(@class, 'masthead') or contains(@class, 'site-name')]"
        )
        shown = [
            *(f.text_content() for f in furniture if f.tag != "img"),
            *(f.get("alt", "") for f in furniture if f.tag == "img"),
        ]
        self.repeated = {_compact(t) for t in shown if 0 < len(t.split()) <= _NAME_WORDS}
        self.copyright = " ".join(_key(t) for t in shown if "©" in t or "copyright" in t.casefold())

    def headline(self) -> str | None:
        if not self.titles:
            return None
        pieces = _SITE_SEPARATOR.split(self.titles[0])  # parts at even indexes, separators between
        parts = list(range(0, len(pieces), 2))
        # The page's <h1>, when the title is it with other parts (a site's, a section's name)
        # on either side: the longest run of parts that some <h1> writes, and is not the name.
        runs = sorted(
            ((a, b) for a in range(len(parts)) for b in range(a, len(parts))),
            key=lambda run: (run[0] - run[1], run[0]),
        )
        for a, b in runs:
            text = "".join(pieces[parts[a] : parts[b] + 1])
            for h1 in self.h1s:
                if _same(h1, text) and not self._is_site(h1, strong=True):
                    return h1
        # Else the site's name comes off either end, and whatever else the title says stays.
        while len(parts) > 1 and self._is_site(pieces[parts[-1]], strong=False):
            parts.pop()
        while len(parts) > 1 and self._is_site(pieces[parts[0]], strong=True):
            parts.pop(0)
        return "".join(pieces[parts[0] : parts[-1] + 1]).strip() or self.titles[0]

    def _is_site(self, part: str, strong: bool) -> bool:
        """True if ``part`` of a title is the site's name: it matches ``og:site_name`` (and its
        kin), or the domain ("Rudaw" on rudaw.net, "BBC News" on bbc.co.uk); or, unless
        ``strong`` evidence is asked for, a short name the page repeats in its header, logo or
        footer (a site's or a section's name)."""
        compact = _compact(part)
        if not compact or len(part.split()) > _NAME_WORDS:
            return False
        bare = compact.removeprefix("the")
        if compact in self.names or bare in self.names:
            return True
        if any(
            compact.startswith(d) or bare == d or (len(compact) >= 4 and d.startswith(compact))
            for d in self.domains
        ):
            return True
        if strong:
            return False
        return compact in self.repeated or f" {_key(part)} " in f" {self.copyright} "


def _compact(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _join_body(tree: HtmlElement) -> bool:
    """Move the later parts of an article body cut into several containers into the first one,
    in place; True if there were such parts.

    The containers are those whose class or id names an article body (``article-body``,
    ``entry-content``, ``article__content``...; ``_BODY_NAME``), outside asides, navigation,
    footers and related, comment or promotion boxes, and not inside one another. Parts of one
    body share the name (``entry-content`` and ``entry-content-continued``), and each carries a
    sentence; the name with the most text wins when there are several."""
    kinds: dict[str, list[HtmlElement]] = {}
    for element in tree.xpath("//*[self::div or self::section or self::article or self::main]"):
        label = f"{element.get('class', '')} {element.get('id', '')}"
        match = _BODY_NAME.search(label)
        if match is None or _NOT_BODY.search(label) or element.xpath(_OUTSIDE_BODY):
            continue
        kinds.setdefault(_compact(match.group()), []).append(element)
    best: list[HtmlElement] = []
    for found in kinds.values():
        outermost = [e for e in found if not any(a in found for a in e.iterancestors())]
        parts = [e for e in outermost if any(_words(t) >= _SENTENCE_WORDS for t in e.itertext())]
        if len(parts) > 1 and sum(len(_text(e)) for e in parts) > sum(len(_text(e)) for e in best):
            best = parts
    if len(best) < 2:
        return False
    first = best[0]
    for part in best[1:]:
        if part.text and part.text.strip():
            paragraph = first.makeelement("p", {})
            paragraph.text = part.text
            first.append(paragraph)
        for child in list(part):
            first.append(child)
        part.drop_tree()
    return True


def _text(element: HtmlElement) -> str:
    return "".join(element.itertext())


def _same(a: str, b: str) -> bool:
    """True if two headlines are the same, case, quote marks and punctuation aside."""
    return bool(_key(a)) and _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())
