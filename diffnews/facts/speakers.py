"""Who says it: the speaker of each quotation, and who "he" and "she" are.

A quotation's speaker is read from its attribution, the clause with a speech verb ("said",
"told", "added", ...) in the sentences that hold it. Those sentences are read with every quoted
span masked out (``QUOTE``), so a name inside a quote is never a speaker.

The attribution
---------------
Each speech verb's subject is a noun phrase: before the verb ("Hadi al-Amiri told reporters",
"QUOTE, Sgt Hale said"), or after it right after a quote ("QUOTE, said Bingley councillor Sue
Marsh"). The phrase is read from the verb outwards, word by word, and this grammar names its
speaker:

    But PC Jones said              a conjunction or adverb before it is not part of it: Jones
    Frontman Tom Askew said        titles, ranks and descriptors before a name are not the
    Det Insp Ravi Patel said       name (ranks in their short and full forms, forms.py;
    Co-host Rhodri Bevan said      descriptors such as "singer", "frontman", "co-host" here):
                                   Tom Askew, Ravi Patel, Rhodri Bevan
    said Bingley councillor Sue    the name is the last run of capitals before the verb (or
      Marsh                        the end): Sue Marsh, not Bingley
    The four-piece from Hull said  a name after a preposition is not the subject: the band,
                                   not Hull (and the band is no named person)
    The panel's chairman, Martin   an apposition between commas names a speaker the phrase
      Oduya, said                  only describes: Martin Oduya; also "Its head coach, Lee
                                   Barraclough," and "The daughter of one resident, Pauline
                                   Coward,"
    A spokeswoman for the          ... unless the phrase ends in "for/of <an organisation>"
      promoter, Northern Lights    ("promoter", "firm", "council"): then the apposition names
      Live, said                   the organisation and the speaker is the spokeswoman
    a spokeswoman said             an unnamed spokesman, spokeswoman or spokesperson is a
                                   speaker in its own right ("spokeswoman"); "a" and "the"
                                   spokeswoman are one
    the statement said,            a document ("statement") or a body named in capitals
      Rudaw reported               ("Rudaw", "Lancashire Police"); an unnamed body ("the
                                   council") or person ("the judge") names no one
    he said, she added             the last speaker, below

In a sentence with no speech verb, a verb of naming right after its subject gives the subject
the words it puts in quote marks: "Judge Ruth Abrams described the attack as QUOTE", "Mr Webb
branded it QUOTE" (``_NAMING``; not "he was described as", "called for").

A speech verb in the clause another speech verb reports is not an attribution: in "Detective
Inspector Ravi Patel said Mr Webb told paramedics he had heard...", Patel speaks and Mr Webb is
reported. "according to X" names X. A single capitalised word is a person's name only if the
text also writes it inside a sentence (so "Experts say" and "Officials said" at a sentence's
start name no one, while "Whitfield said" does once "Gov. Lena Whitfield" has appeared); a
plural verb ("say", "tell") names no one person.

The last speaker
----------------
"he" and "she" are the person last quoted or last introduced, not the nearest name in the text.
The sentences are read in order, keeping one *last speaker*:

- a sentence's main attribution sets it: the one that touches a quote, else one that ends the
  sentence (", the officer said."), else the first; the verbs it reports are not read;
- a sentence with no attribution whose subject is a person ("Mr Hughes learned of his sacking
  from a text message.", "Daniel Garside, 68, has lived in the village since 1975.", "Shadow
  chancellor Mark Tierney called ...", or "..., and Mr Garside has run it since 2008.") sets it
  to that person: a quote that follows with "he said" is theirs. A place is no subject: a
  headline's kicker before a colon ("Manchester stabbing: ...", "West Midlands crash: ..."),
  or capitalised words the text writes only after "in", "at", "near" and the like ("Helmand
  crash soldier named ..." where the text says "in Helmand"), which matters where a scraped
  headline runs straight into the body;
- an attribution to someone unnamed ("the judge said", "a member of the delegation told
  Rudaw") sets it to no one, so a later "she said" is no one's rather than a wrong person's; a
  body ("the council said", "Rudaw reported") or "they" leaves it as it is.

A quotation's speaker is the attribution that touches one of its pieces ('QUOTE," she said',
'X said: QUOTE'), else the first main attribution of its sentences, with "he" or "she" read as
the last speaker at that point.

People
------
``same_speaker(a, b)``: the same person or body: their last names agree once titles and short
forms are set aside ("Al-Amiri", "Hadi al-Amiri" and "Amiri"; "Sgt Morley" and "Sergeant Paul
Morley"; "Miss Hart" and "WPC Hart"), or one is a single name the other has ("Janet" and "Janet
Garside"); descriptions agree with descriptions ("spokeswoman", "spokesperson").
``different_people(a, b)``: the quote is given to someone else: both sides *name* a speaker
(a description such as "spokeswoman", or no speaker, is no name), not a person on one side and
a body on the other ("Lancashire Police" against "Sue Marsh"), and not the same.

Cost: each sentence's first words are read for a subject; only sentences with a speech verb are
read further, and only around their verbs. Linear in the text.

>>> speakers_of('“We will stay,” said Bingley councillor Sue Marsh.')
['Sue Marsh']
>>> speakers_of('Ravi Patel said Colin Webb told paramedics he was hit. “It was cowardly,” he said.')
['Ravi Patel']
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from diffnews.facts import forms
from diffnews.lang import profile
from diffnews.lang.en import PROFILE as ENGLISH

__all__ = ["SPEECH", "different_people", "same_speaker", "speakers", "speakers_of"]

SPEECH_VERBS = ENGLISH.speech
"""Verbs that attribute words to a speaker (``lang/en.py``)."""
SPEECH = r"(?:" + "|".join(sorted(SPEECH_VERBS - {"reported", "reports"}, key=len, reverse=True)) + r")"
"""A regular expression for the speech verbs that attribute a quote (``attribution.py`` reads the
gap between two pieces of a quote with it)."""
_PARTICIPLES = frozenset({"saying", "adding"})
"""After a comma, they give words to the subject of the sentence."""
_PASSIVE = frozenset({"been", "was", "were", "is", "are", "being", "be"})
"""Before a speech verb, its subject is told or asked, not speaking."""
_PLURAL_VERBS = frozenset({"say", "tell"})
"""Present tense without -s: the subject is not one person ("Experts say")."""
_INVERTED = frozenset("said says added adds wrote writes continued explained insisted asked replied".split())
"""Verbs that may come before their subject right after a quote ('QUOTE," said Tom Berg')."""
_BODY_VERBS = frozenset({"reported", "reports"})
"""Their subject is an outlet, not a person ("Rudaw reported")."""

_LEADING = frozenset(
    """
    but and however yet so now meanwhile also still then later earlier instead indeed separately
    afterwards finally nevertheless nonetheless elsewhere today yesterday tonight or nor while
    """.split()
)
"""Conjunctions and adverbs that open a clause and are never part of its subject's name."""
_BETWEEN = frozenset(
    """
    later also previously then again once recently yesterday today earlier had has have would will
    repeatedly often always never subsequently initially originally separately further last
    """.split()
)
"""Words that may stand between a subject and its verb ("Tom Askew, 36, later told ...")."""
_DETERMINERS = frozenset("the a an its his her their our my this that these those one another".split())
_PREPOSITIONS = frozenset("of for from at in with on to near outside by about inside behind".split())
_AFTER_INVERTED = frozenset(
    """
    on in at after before during outside yesterday today tonight last this when as who which that
    while adding because since to told
    """.split()
)
"""Words that end the subject after an inverted verb: 'said the minister on Tuesday'."""
_FRONTED = frozenset(
    """
    after before during while when as since speaking sentencing jailing defending explaining asked
    giving addressing responding writing commenting describing
    """.split()
)
"""Words that open a phrase fronted before the subject ("Sentencing him, Judge X said")."""
_PERSONAL = frozenset({"he", "she"})
_RELATIVE = frozenset({"that", "who", "whom", "whose", "which", "where", "when"})
_LONGEST = 12
"""Words of the longest subject phrase read: a longer run before a verb is a clause, not a name."""
_NO_ONE = frozenset({"they", "we", "i", "you", "it", "who", "which", "there", "this", "that"})
_PARTICLES = frozenset("al el bin ibn abu de van von der den da di du le la dos del".split())

DESCRIPTORS = frozenset(
    """
    singer frontman frontwoman guitarist drummer bassist keyboardist musician songwriter composer
    actor actress presenter host co-host broadcaster comedian comic rapper star model dj
    volunteer coroner headteacher headmaster headmistress head boss chairman chairwoman chair
    director manager coach striker midfielder defender goalkeeper winger skipper campaigner
    activist resident neighbour neighbor pensioner grandmother grandfather mother
    father mum dad widow widower businessman businesswoman entrepreneur author writer novelist
    poet artist designer chef veteran survivor victim witness teacher nurse surgeon consultant
    paramedic firefighter officer prosecutor barrister solicitor lawyer attorney magistrate
    landlord landlady farmer owner founder co-founder promoter producer organiser organizer
    spokesman spokeswoman spokesperson leader candidate executive economist analyst researcher
    scientist professor lecturer student pupil commentator pundit referee umpire
    mp mep msp ceo cfo md mla
    """.split()
)
"""Job and role words a paper puts before a name ("Frontman Tom Askew", "Coroner Ian Marsh"):
English, written here; a capitalised word joined by a hyphen to a lower-case one ("Co-host")
is one too."""
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""Unnamed people who are speakers in their own right ("a spokeswoman for the firm said")."""
_DOCUMENTS = frozenset({"statement", "release", "communiqué", "communique", "letter", "report"})
_BODY_NOUNS = frozenset(
    """
    service ministry agency council union department office police army military government
    company court commission committee board authority authorities organisation organization
    group newspaper network channel institute university bank party coalition alliance
    promoter promoters firm club band charity trust school hospital developer developers
    operator organisers organizers league federation association society constabulary force
    family campaign brand label venue theatre station paper broadcaster
    """.split()
)
"""Nouns for bodies: "the council said" names no person, and "a spokeswoman for the promoter,
Northern Lights Live," names the promoter in the apposition, not the spokeswoman."""
_ORG_WORDS = frozenset(
    """
    police constabulary council court service services ministry department office agency
    association committee commission club party trust hospital school university college society
    union group company corporation corp inc ltd plc llc bank board authority foundation
    institute army navy force regiment battalion homes government parliament assembly senate
    congress network news press times post radio tv television fc airport railway railways
    airlines council's federation league alliance coalition fund charity centre center museum
    """.split()
)
"""A name with one of these words is a body, not a person ("Lancashire Police", "BBC Radio
Humberside")."""
_TITLE_WORDS = frozenset(
    {
        word
        for short, full in forms.FORMS.items()
        if tuple(full.split()) in forms.TITLES
        for word in short.split()
    }
    | {word for title in forms.TITLES for word in title}
    | set(
        """
        president prime minister secretary general dr mr mrs ms miss mx sen senator rep gov
        governor chancellor king queen pope emir sheikh judge chief commander mayor ambassador
        deputy foreign defense defence interior vice former acting interim justice lord lady
        sir dame councillor cllr coun detective constable sergeant inspector superintendent speaker
        """.split()
    )
) - {"of", "first", "second", "community", "support", "right"}
"""Words of titles and ranks, short and full (forms.py), and of offices: never a name's part
at its start."""

_HARD = frozenset({"QUOTE", ";", ":", ".", "!", "?", "(", ")", "—", "–"})
"""Tokens no subject phrase reaches across."""
_NAME_WORDS = re.compile(r"(?:(?<=[a-z0-9,;)] )|(?<=[,?!][\"”’'] ))[A-Z][\w’'-]*")
"""A capitalised word inside a sentence: after a lower-case word, a digit or a comma, or after
a quote closed by a comma."""
_AT_PLACE = frozenset("in at near outside across around throughout into".split())
"""Prepositions that put a place after them ("in Manchester", "near Dudley in the West
Midlands"): a name written only after them is a place, not a person."""
_PLACES = re.compile(
    rf"\b(?:{'|'.join(sorted(_AT_PLACE))})(\s+)(the\s+)?([A-Z][\w’'-]*(?:[ ][A-Z][\w’'-]*)*)"
)
"""A run of capitalised words after a place preposition: the space after the preposition, a
"the", the run."""
_CLAUSES = re.compile(r"[;:]\s+|,\s+(?:and|but)\s+")
"""Where a clause with a subject of its own may start inside a sentence."""


@dataclass(frozen=True, slots=True)
class _Who:
    """What a subject phrase names."""

    kind: str
    """"person" (named), "spokes" (an unnamed spokeswoman...), "body" (a named body, a document,
    or, with no name, "the council"), "pronoun" (he, she), "unnamed" (a person not named: "the
    judge"), "none" (they; not a subject at all)."""
    name: str | None = None


_NONE = _Who("none")
_UNNAMED = _Who("unnamed")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _plain(word: str) -> str:
    return word.lower().replace(".", "").removesuffix("’s").removesuffix("'s")


def _name_part(word: str) -> bool:
    """A word of a name: capitalised, an initial, or a particle ("al-Amiri", "bin", "van")."""
    if _is_cap(word):
        return True
    head = word.split("-", 1)[0]
    return word in _PARTICLES or (head in _PARTICLES and "-" in word and _is_cap(word.split("-", 1)[1]))


def _descriptor(word: str) -> bool:
    plain = _plain(word)
    if plain in DESCRIPTORS:
        return True
    # "Co-host", "Ex-minister": a capital joined to a lower-case word
    parts = word.split("-")
    return (
        len(parts) > 1
        and parts[0][:1].isupper()
        and parts[-1][:1].islower()
        and parts[0].lower() not in _PARTICLES
    )


def _strip_front(run: list[str]) -> list[str]:
    """A name without the titles, ranks and descriptors before it: "French President Emmanuel
    Macron" -> "Emmanuel Macron", "U.S. District Judge Ruth Abrams" -> "Ruth Abrams", "Det Insp
    Ravi Patel" -> "Ravi Patel", "But PC Kaye" -> "Kaye": what stands before its last title goes
    with the title. The last word stays."""
    titles = [k for k, w in enumerate(run[:-1]) if _plain(w) in _TITLE_WORDS]
    k = titles[-1] + 1 if titles else 0
    while k < len(run) - 1:
        word = _plain(run[k])
        if word in _LEADING or word in _TITLE_WORDS or _descriptor(run[k]) or word in _DETERMINERS:
            k += 1
        else:
            break
    return run[k:]


def _titled(run: Sequence[str]) -> bool:
    return len(run) > 1 and _plain(run[0]) in _TITLE_WORDS


def _is_body(words: Sequence[str]) -> bool:
    """A name that is an organisation, outlet or document: an organisation word in it
    ("Lancashire Police"), all capitals ("BBC", "AP"), or "The" first ("The Associated Press")."""
    if not words:
        return False
    if words[0] == "The" and len(words) > 1:
        return True
    if len(words) == 1 and len(words[0]) > 1 and words[0].replace(".", "").isupper():
        return True
    return any(_plain(w) in _ORG_WORDS for w in words)


class _Reader:
    """Reads one text's sentences in order, keeping the last speaker (module doc)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.surnames: set[str] = set()
        self.last: _Who | None = None
        self._name_words: frozenset[str] | None = None
        self._places: frozenset[str] | None = None

    @property
    def name_words(self) -> frozenset[str]:
        """The capitalised words the text writes inside a sentence (``_NAME_WORDS``), found
        when first asked for: most texts never need them."""
        if self._name_words is None:
            # "in Manchester" writes a place: a word only ever written so is not a name
            written = Counter(_NAME_WORDS.findall(self.text))
            at_place = self._read_places()
            self._name_words = frozenset(w for w, n in written.items() if n > at_place[w])
        return self._name_words

    @property
    def places(self) -> frozenset[str]:
        """Runs of capitalised words the text writes after a place preposition ("in the West
        Midlands"), found when first asked for."""
        if self._places is None:
            self._read_places()
        assert self._places is not None
        return self._places

    def _read_places(self) -> Counter[str]:
        """Find ``places``, in one pass; and count the words that ``_NAME_WORDS`` finds right
        after a place preposition ("in Manchester")."""
        runs, at_place = [], Counter[str]()
        for space, the, run in _PLACES.findall(self.text):
            runs.append(run)
            if space == " " and not the:
                at_place[run.split(" ", 1)[0]] += 1
        self._places = frozenset(runs)
        return at_place

    # ---- phrases ----

    def _run_name(self, run: list[str], body: bool = False) -> _Who:
        """What a run of capitalised words names (run is non-empty)."""
        if run[0] == "The" and len(run) > 1:
            return _Who("body", " ".join(run[1:]))  # "The Associated Press", "The Hydro"
        titled = _titled(run)
        name = _strip_front(run)
        if name and name[-1].endswith(("’s", "'s")):
            name = [*name[:-1], name[-1][:-2]]
        if not name or (len(name) == 1 and _plain(name[0]) in _TITLE_WORDS):
            return _UNNAMED
        shown = " ".join(name).strip(" ,.")
        if body or _is_body(name):
            return _Who("body", shown)
        if len(name) == 1 and not titled and name[0] not in self.surnames and name[0] not in self.name_words:
            return _UNNAMED  # a capitalised word at a sentence's start: "Experts", "Insurers"
        return _Who("person", shown)

    def _phrase(self, words: list[str], body: bool = False) -> tuple[_Who, str | None]:
        """What a subject phrase (no commas) names, read from its end; and the noun of the
        organisation it ends in after "for" or "of", if any ("a spokeswoman for the firm")."""
        while words and _plain(words[0]) in _LEADING:
            words = words[1:]
        relative = next((k for k, w in enumerate(words) if w.lower() in _RELATIVE), None)
        if relative is not None:
            words = words[:relative]  # "A member of the delegation that accompanied Macron"
        if not words or len(words) > _LONGEST:
            return _NONE, None
        if len(words) == 1 and words[0].lower() in _PERSONAL:
            return _Who("pronoun", words[0].lower()), None
        if words[-1].lower() in _NO_ONE:
            return _NONE, None
        end = len(words)
        if _name_part(words[-1]) and words[-1].lower() not in _DETERMINERS:
            start = end
            while start > 0 and _name_part(words[start - 1]) and _plain(words[start - 1]) not in _LEADING:
                start -= 1
            before = words[start - 1].lower() if start else ""
            if before in _PREPOSITIONS and start > 1:
                # "The four-piece from Hull", "Sgt Hale of Lancashire Police": the head is
                # before the preposition
                return self._phrase(words[: start - 1], body)[0], None
            if start == end:  # the last word leads a phrase, it names no one ("... freed Yesterday")
                return _NONE, None
            run = words[start:end]
            if len(run) > 1 and run[0] != "The" and _plain(run[0]) in _DETERMINERS:
                run = run[1:]  # "Its", "Her": not a name's first word
            return self._run_name(run, body), None
        # a noun ends the phrase: "the officer", "a spokeswoman for the firm"
        organisation = None
        head = words
        for k in range(1, len(words) - 1):
            if words[k].lower() in _PREPOSITIONS:
                organisation = _plain(words[-1])  # what the head is "for" or "of"
                head = words[:k]
                break
        noun = _plain(head[-1])
        if _name_part(head[-1]) and head is not words:
            return self._phrase(head, body)[0], organisation
        if noun in _SPOKES:
            return _Who("spokes", noun), organisation
        if noun in _DOCUMENTS:
            before = _plain(head[-2]) if len(head) > 1 else ""
            return _Who("body", f"{before} {noun}" if before == "joint" else noun), organisation
        if noun in _BODY_NOUNS:
            return _Who("body"), organisation
        return _UNNAMED, organisation

    def _apposition(self, segment: list[str]) -> _Who | None:
        """A name standing alone between commas ("Martin Oduya", "Janet", "Sen. Maria Delgado
        of New Mexico"), else None."""
        cut = next((k for k, w in enumerate(segment) if k and w in _PREPOSITIONS), None)
        segment = segment[:cut] if cut is not None else segment
        if not segment or len(segment) > 6 or not all(_name_part(w) for w in segment):
            return None
        if _plain(segment[0]) in _DETERMINERS:
            return None
        who = self._run_name(list(segment))
        if who.kind == "unnamed" and len(segment) == 1:
            who = _Who("person", segment[0])  # "Pte Garside's mother, Janet, said": a first name
        return who if who.kind in ("person", "body") else None

    def _with_apposition(self, words: list[str], appositions: list[list[str]], body: bool) -> _Who:
        who, organisation = self._phrase(words, body)
        if who.kind in ("person", "pronoun", "none") or (who.kind == "body" and who.name):
            return who
        named = self._apposition(appositions[0]) if appositions else None
        if named is None:
            return who
        if organisation in _BODY_NOUNS:
            return who  # the apposition names the organisation: "for the promoter, Northern Lights Live,"
        return named

    # ---- attributions ----

    def attributions(self, tokens: list[str]) -> list[tuple[_Who, bool, bool]]:
        """Every attribution of a masked sentence's tokens, in order: (who, touches a quote,
        ends the sentence). A verb in the clause another speech verb reports is left out,
        unless it ends the sentence (", the officer said.")."""
        found = []
        hard = -1  # the last token no subject reaches across
        verb = -1  # the last speech verb since then
        for v, token in enumerate(tokens):
            if token in _HARD:
                hard, verb = v, -1
                continue
            if token in _PARTICIPLES and v and tokens[v - 1] == ",":
                # "Gov. Elena Ruiz vetoed the bill, saying: QUOTE": the sentence's subject speaks
                subject = self._clause_subject(tokens[: min(v, 14)], strict=False)
                if subject is not None:
                    touches = "QUOTE" in tokens[v + 1 : v + 3]
                    found.append((subject, touches, False))
                continue
            if token not in SPEECH_VERBS or token in _PLURAL_VERBS or (v and tokens[v - 1] in _PASSIVE):
                continue  # "Experts say": no one person; "Callum Reid has been told to rest": he listens
            after = tokens[v + 1 :]
            ends = len(after) <= 4 and "QUOTE" not in after
            reported = verb >= 0 and not ends
            bound = max(hard, verb)
            verb = v
            if reported:
                continue
            found_who = self._subject_of(tokens, v, bound)
            if found_who is None:
                continue
            who, touches = found_who
            if not touches:
                # 'X said: QUOTE', 'X told him: QUOTE', 'X said in a statement: QUOTE'
                for t in tokens[v + 1 : v + 9]:
                    if t == "QUOTE":
                        touches = True
                        break
                    if t in _HARD and t != ":":
                        break
            found.append((who, touches, ends))
        return found

    def _subject_of(self, tokens: list[str], v: int, bound: int) -> tuple[_Who, bool] | None:
        """Who the speech verb at ``v`` attributes to, reading back to ``bound`` (or on, after a
        quote), and whether the attribution touches the quote; None if no one."""
        body = tokens[v] in _BODY_VERBS
        j = v - 1
        while j > bound and (tokens[j] in _BETWEEN or (tokens[j].endswith("ly") and tokens[j].islower())):
            j -= 1
        quote_before = bound >= 0 and tokens[bound] == "QUOTE"
        who: _Who
        if j > bound and tokens[j] != ",":
            # "..., Judge Robert Ashcroft said", "and Mr Troy said", 'QUOTE," he said'
            start = j
            while start > bound + 1 and tokens[start - 1] != ",":
                start -= 1
            who = self._phrase(tokens[start : j + 1], body)[0]
            touches = (start - 1 == bound and quote_before) or (
                start >= 2 and tokens[start - 1] == "," and tokens[start - 2] == "QUOTE"
            )
        elif j > bound:
            # "X, who led the inquiry, said": the subject is the first phrase that is not
            # fronted ("Sentencing him, Judge X, 60, said")
            segments: list[list[str]] = [[]]
            for t in tokens[bound + 1 : j]:
                if t == ",":
                    segments.append([])
                else:
                    segments[-1].append(t)
            while segments and _fronted(segments[0]):
                segments = segments[1:]
            if not segments:
                return None
            who = self._with_apposition(segments[0], segments[1:], body)
            touches = quote_before
        elif tokens[v] in _INVERTED and quote_before:
            # 'QUOTE," said Bingley councillor Sue Marsh'
            end = v + 1
            while end < len(tokens) and tokens[end] not in _HARD and tokens[end] != ",":
                if tokens[end] in _AFTER_INVERTED and end > v + 1:
                    break
                end += 1
            appositions = []
            if end < len(tokens) and tokens[end] == ",":
                stop = end + 1
                while stop < len(tokens) and tokens[stop] not in _HARD and tokens[stop] != ",":
                    stop += 1
                appositions = [tokens[end + 1 : stop]]
            who = self._with_apposition(tokens[v + 1 : end], appositions, body)
            touches = True
        else:
            return None
        return None if who.kind == "none" else (who, touches)

    def according_to(self, masked: str) -> _Who | None:
        match = _ACCORDING.search(masked)
        if not match:
            return None
        words = _TOKEN.findall(match.group("name"))
        if not words:
            return None
        if words[-1].lower() in _DOCUMENTS:
            return _Who(
                "body",
                " ".join(w.lower() for w in words[-2:])
                if len(words) > 1 and words[-2].lower() in ("joint", "official")
                else words[-1].lower(),
            )
        return self._run_name(words, body=True)

    # ---- the last speaker ----

    def resolve(self, who: _Who) -> _Who | None:
        """The person a pronoun stands for (the last speaker), else ``who`` itself."""
        return self.last if who.kind == "pronoun" else who

    def remember(self, who: _Who | None) -> None:
        """Keep ``who`` as the last speaker, if a person (named or not), or no one."""
        if who is None or who.kind in ("person", "spokes", "unnamed"):
            self.last = None if who is None or who.kind == "unnamed" else who
            if who is not None and who.kind == "person" and who.name and len(who.name.split()) > 1:
                self.surnames.add(who.name.split()[-1])

    def naming(self, masked: str) -> _Who | None:
        """The speaker of a quotation a verb of naming puts in the mouth of the sentence's
        subject, in a sentence with no speech verb: "Judge Ruth Abrams described the attack as
        QUOTE", "Mr Webb branded the decision QUOTE", "she called it QUOTE" (he and she as the
        last speaker). The verb follows its subject (a name, an apposition's comma, "later"):
        not "he was described as QUOTE", where the subject is the one named; nor "called for",
        "called off"."""
        tokens = _tokens(masked, 0, 200)
        for v, token in enumerate(tokens):
            if token not in _NAMING or (v + 1 < len(tokens) and tokens[v + 1] in _NOT_NAMING):
                continue
            before = tokens[v - 1] if v else ""
            if not (_name_part(before) or before == "," or before in _BETWEEN):
                continue  # "he was described as": the subject is named, not naming
            after = tokens[v + 1 : v + 10]
            stop = next((k for k, t in enumerate(after) if t in _HARD and t != "QUOTE"), len(after))
            if "QUOTE" not in after[:stop]:
                continue
            if v == 1 and tokens[0].lower() in _PERSONAL:
                return self.last
            return self._clause_subject(tokens[: v + 1])
        return None

    def remember_subject(self, masked: str) -> None:
        """Keep the subject of a sentence without attribution as the last speaker, if a person."""
        who = self.subject(masked)
        if who is not None:
            self.remember(who)

    def subject(self, masked: str) -> _Who | None:
        """The person a sentence without attribution is about: the subject of its first
        clause, or of a clause after "; " or ", and " ("..., and Mr Garside has run it")."""
        for start in (0, *(m.end() for m in _CLAUSES.finditer(masked))):
            first = _FIRST_WORD.match(masked, start)
            if first is None or first.group(1).lower() in _NOT_SUBJECTS:
                continue  # most sentences: "The ...", "He ...", "In ..."
            who = self._clause_subject(_tokens(masked, start, start + 80))
            if who is not None:
                return who
        return None

    def _clause_subject(self, tokens: list[str], strict: bool = True) -> _Who | None:
        """A clause's subject if it is a named person: capitalised words at its start (lower-case
        descriptors and titles allowed between them: "Housing minister Helen Carver", "Shadow
        chancellor Mark Tierney"), then a comma or a
        lower-case word that is no preposition ("Colin Webb, 52, was", "Mr Hughes learned")."""
        while tokens and _plain(tokens[0]) in _LEADING:
            tokens = tokens[1:]
        if not tokens or not _name_part(tokens[0]) or _plain(tokens[0]) in _DETERMINERS:
            return None
        end, last = 0, -1
        while end < len(tokens):
            word = tokens[end]
            if _name_part(word):
                last = end
            elif not (
                end + 1 < len(tokens)
                and _name_part(tokens[end + 1])
                and ((plain := _plain(word)) in DESCRIPTORS or plain in _TITLE_WORDS)
            ):
                break  # "Housing minister Helen Carver", "Shadow chancellor Mark Tierney"
            end += 1
        if last < 0 or end >= len(tokens) or end != last + 1:
            return None
        after = tokens[end]
        verb = after.islower() and after not in _NOT_VERBS
        if strict and after != "," and not (verb and after not in _PREPOSITIONS):
            return None
        if tokens[last].endswith(("’s", "'s")):
            return None  # "Private Garside's mother ..."
        first = last
        while first > 0 and _name_part(tokens[first - 1]):
            first -= 1
        colon = tokens.index(":", end) if ":" in tokens[end + 1 : end + 3] else -1
        if colon > 0 and all(t.islower() for t in tokens[end:colon]):
            return None  # a headline's kicker: "Manchester attack: ...", "West Midlands crash: ..."
        if " ".join(tokens[first : last + 1]) in self.places:
            return None  # a place the text writes "in Helmand": "Helmand crash soldier named ..."
        who = self._run_name(tokens[first : last + 1])
        return who if who.kind == "person" else None


_NAMING = frozenset(
    "described describes called calls branded brands labelled labeled labels dubbed dubs hailed hails".split()
)
"""Verbs of naming: what their subject calls a thing, in quote marks, is the subject's word
("described the attack as 'disgraceful'"). Not speech verbs: they never introduce a statement."""
_NOT_NAMING = frozenset("for on off in out up back by".split())
"""After "called": another verb ("called for an inquiry", "called off")."""
_FIRST_WORD = re.compile(
    r"[\W_]*(?:(?:But|And|However|Yet|So|Now|Meanwhile|Also|Still|Then|Later|Earlier)\b[,\s]+)*([A-Za-z][\w’'-]*)"
)
_NOT_SUBJECTS = _DETERMINERS | _PREPOSITIONS | _PERSONAL | _NO_ONE | _LEADING | _FRONTED
"""First words of a clause whose subject is no named person."""
_NOT_VERBS = frozenset({"and", "or", "nor", "are", "were", "have", "say", "do", "tell", "who", "which"})
"""After a subject, words that make it no one person's: "Kerkorian and ...", "Velvet Harbour are"."""


def _fronted(segment: Sequence[str]) -> bool:
    """A phrase before the subject, not the subject: "Sentencing him", "In a statement",
    "Yesterday"."""
    if not segment:
        return True
    first = _plain(segment[0])
    return (
        first in _FRONTED
        or first in _PREPOSITIONS
        or (first.endswith("ing") and len(first) > 5)
        or all(_plain(w) in _LEADING for w in segment)
    )


_ACCORDING = re.compile(
    r"\baccording to (?:the |a |an )?"
    r"(?P<name>(?:joint |official )?statement|[A-Z][\w’'&.-]*(?:[ ]+[A-Z][\w’'&.-]*){0,5})"
)


_ABBREVIATED = "Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pte|Insp|Supt|Det|St|Jr|Sr|Prof|Rev|Fr"
# Words, numbers, punctuation that delimits phrases, and the mask of a quoted span. A dot
# belongs to a word inside it ("U.S", "W.Bush"), and after a title or an initial ("Gov.", "W."),
# where it ends no phrase.
_TOKEN = re.compile(
    rf"QUOTE|(?:[A-Za-z]\.){{2,}}|(?:{_ABBREVIATED})\.(?=\s+[A-Z])|[A-Z]\.(?=\s+[A-Z])"
    r"|[^\W\d_](?:[\w’'&-]|\.(?=[^\W\d_]))*|\d+(?:[.,]\d+)*\w*|[,;:.!?()—–]"
)


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words and marks of ``text[start:end]``."""
    return _TOKEN.findall(text, start, len(text) if end is None else end)


def _speaker_text(who: _Who | None) -> str | None:
    return who.name if who is not None and who.kind in ("person", "spokes", "body") else None


def speakers(
    text: str,
    sentences: Sequence[tuple[int, int]],
    groups: Sequence[Sequence[tuple[int, int]]],
    sentence_of: Sequence[Sequence[int]],
    lang: str = "en",
) -> list[str | None]:
    """The speaker of each quotation of ``text``. ``groups[g]`` are quotation g's pieces (the
    insides of their marks), ``sentence_of[g]`` the indexes of the sentences that hold them, both
    in reading order; ``sentences`` are (start, end) offsets. A speaker is a name as the text
    writes it (titles dropped), "spokeswoman" and the like, a document ("statement"), or None.
    ``lang`` is the text's language: English is read by the grammar here, any other by the
    plainer rules of ``speech.py``."""
    if lang != "en":
        return _spoken(text, sentences, groups, sentence_of, lang)
    reader = _Reader(text)
    spans = sorted(span for group in groups for span in group)
    holding: dict[int, list[int]] = {}
    for g, held in enumerate(sentence_of):
        for k in held:
            holding.setdefault(k, []).append(g)
    found: list[tuple[bool, _Who | None] | None] = [None] * len(groups)
    quoted = 0  # spans before the current sentence's start
    for k, (start, end) in enumerate(sentences):
        while quoted < len(spans) and spans[quoted][1] <= start:
            quoted += 1
        inside = []
        q = quoted
        while q < len(spans) and spans[q][0] < end:
            inside.append(spans[q])
            q += 1
        masked = _mask(text, start, end, inside) if inside else text[start:end]
        read = _read(reader, masked)
        for g in holding.get(k, ()):
            previous = found[g]
            if read is not None and (previous is None or (read[0] and not previous[0])):
                found[g] = read
    return [_speaker_text(f[1]) if f is not None else None for f in found]


def _spoken(
    text: str,
    sentences: Sequence[tuple[int, int]],
    groups: Sequence[Sequence[tuple[int, int]]],
    sentence_of: Sequence[Sequence[int]],
    lang: str,
) -> list[str | None]:
    """``speakers`` in a language other than English: for each quotation, the first of the
    sentences that hold it, or stand between two that do (an attribution that interrupts it),
    to name a speaker by ``speech.speaker``. Each sentence is read once, however many
    quotations it holds."""
    from diffnews.facts.speech import speaker

    language = profile(lang)
    spans = sorted(span for group in groups for span in group)
    ends = [e for _, e in spans]  # the spans do not overlap: their ends are in order too
    named_in: dict[int, str | None] = {}

    def named(k: int) -> str | None:
        if k not in named_in:
            start, end = sentences[k]
            q = bisect.bisect_right(ends, start)  # the first span that ends after the start
            inside = []
            while q < len(spans) and spans[q][0] < end:
                inside.append(spans[q])
                q += 1
            named_in[k] = speaker(_mask(text, start, end, inside), language)
        return named_in[k]

    return [
        next((who for k in range(held[0], held[-1] + 1) if (who := named(k)) is not None), None)
        if held
        else None
        for held in sentence_of
    ]


def _read(reader: _Reader, masked: str) -> tuple[bool, _Who | None] | None:
    """Read one sentence: update the last speaker, and return its main attribution (touches a
    quote?, who it names, pronouns resolved), or None if it has none."""
    attributions = reader.attributions(_tokens(masked)) if _VERB_STEMS.search(masked) else []
    if not attributions:
        according = reader.according_to(masked) if "according to" in masked else None
        if according is not None:
            return (False, according)
        reader.remember_subject(masked)
        naming = reader.naming(masked) if "QUOTE" in masked and _NAMING_STEMS.search(masked) else None
        return (True, naming) if naming is not None else None
    # read in order, "he" as the last speaker so far; the quote's is the one that touches a
    # quote, else one that ends the sentence, else the first
    read = []
    for who, touches, ends in attributions:
        resolved = reader.resolve(who)
        if who.kind != "pronoun":
            reader.remember(resolved)
        read.append((touches, ends, resolved))
    touches, _, resolved = next((a for a in read if a[0]), None) or next((a for a in read if a[1]), read[0])
    return (touches, resolved)


_NAMING_STEMS = re.compile("describ|call|brand|label|dubb|hail")
"""Substrings of the verbs of naming (``_NAMING``)."""
_VERB_STEMS = re.compile(
    "said|say|tell|told|add|stat|explain|wrote|writes|warn|urge|insist|stress|noted|argue|claim|vowed"
    "|pledged|promised|declared|announced|asked|replied|responded|continued|concluded|acknowledged"
    "|admitted|report"
)
"""Substrings of the speech verbs: a sentence with none of them has no attribution."""


def _mask(text: str, start: int, end: int, spans: Sequence[tuple[int, int]]) -> str:
    """``text[start:end]`` with every quoted span in it replaced by " QUOTE "."""
    out = []
    at = start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s < at or s >= e:
            continue
        out.append(text[at:s])
        out.append(" QUOTE ")
        at = e
    out.append(text[at:end])
    return "".join(out)


def speakers_of(text: str) -> list[str | None]:
    """The speakers of a one-paragraph text's quotations, each piece its own sentence split at
    full stops outside quotes: for examples and tests (``attribution.quotations`` reads real
    documents)."""
    from diffnews.facts.attribution import quotations

    return [q.speaker for q in quotations(text, _sentences(text))]


def _sentences(text: str) -> list[tuple[int, int]]:
    from diffnews.reading.segment import segment

    return [(s.start, s.end) for s in segment(text)]


# ---- people --------------------------------------------------------------------------------------


def _key_words(name: str) -> tuple[str, ...]:
    words = forms.strip_titles(forms.expand(w for w in re.findall(r"[\w’'-]+", name) if w))
    return tuple(
        re.sub(r"^(?:al|el|bin|ibn|abu)-", "", w.replace("’", "'").removesuffix("'s")) for w in words
    )


def same_speaker(a: str | None, b: str | None) -> bool:
    """True if two speakers are the same person or body (module doc): "Al-Amiri" and "Hadi
    al-Amiri", "Sgt Morley" and "Sergeant Paul Morley", "Janet" and "Janet Garside",
    "spokeswoman" and "spokeswoman"."""
    if a is None or b is None:
        return a is b
    if not _is_cap(a) or not _is_cap(b):
        return _is_cap(a) == _is_cap(b) and (a == b or {a, b} <= _SPOKES)
    x, y = _key_words(a), _key_words(b)
    if not x or not y:
        return x == y
    if x[-1] == y[-1]:
        return True
    return (len(x) == 1 and x[0] in y) or (len(y) == 1 and y[0] in x)


def different_people(a: str | None, b: str | None) -> bool:
    """True if a quote given to ``a`` on one side and to ``b`` on the other is given to someone
    else: both are names, of people or of bodies alike, and not the same (module doc). An
    unnamed speaker ("spokeswoman"), one named by an office alone ("the Health Secretary") or
    none at all is no one to compare."""
    if not a or not b or not _is_cap(a) or not _is_cap(b) or _office(a) or _office(b):
        return False
    kinds = {_kind(a), _kind(b)}
    if kinds == {"body", "person"}:
        return False
    return not same_speaker(a, b)


_OFFICES = frozenset(
    """
    secretary minister chancellor premier president governor mayor senator congressman
    congresswoman commissioner constable superintendent inspector judge recorder coroner
    attorney solicitor prosecutor director chairman chairwoman chair leader ambassador spokesman
    spokeswoman spokesperson chief officer manager coach captain general admiral commander
    sergeant corporal colonel major lieutenant councillor
    """.split()
)
"""Words that end an office, not a name: "the Health Secretary said", "the Chief Constable
said" name a post, whoever holds it."""


def _office(name: str) -> bool:
    """Whether a speaker is named by an office alone ("Health Secretary", "Prime Minister",
    "Chief Constable"): no one to compare with the person another side names, since the
    paper names the holder where the wire gives the post ("Wes Streeting" for "the Health
    Secretary"), or the other way round."""
    words = name.split()
    return bool(words) and words[-1].lower() in _OFFICES


def _kind(name: str) -> str:
    """ "body", "person" (two words or more, no organisation word), or "" (one word: "Rudaw",
    "Macron")."""
    words = name.split()
    return "body" if _is_body(words) else "person" if len(words) > 1 else ""
