"""Speakers, quotation marks and page furniture in languages other than English (speech.py,
segment.py, boilerplate.py)."""

from __future__ import annotations

import pytest

import diffnews
from diffnews import QuoteStatus
from diffnews.checking.policy import Rule
from diffnews.facts.attribution import quotations
from diffnews.facts.speech import attributes, reads_speakers
from diffnews.lang import SUPPORTED, profile
from diffnews.reading.boilerplate import furniture
from diffnews.reading.segment import quotations_in, segment


def speakers_in(text: str, lang: str) -> list[tuple[str, str | None]]:
    """Each quotation of a text of one or more sentences, with its speaker."""
    spans = [(s.start, s.end) for s in segment(text, lang)]
    return [(q.text, q.speaker) for q in quotations(text, spans, lang=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "„Wir lassen niemanden allein“, sagte Bürgermeister Jürgen Dupper.", "Jürgen Dupper"),
        ("de", "Dupper sagte: „Wir lassen niemanden allein.“", "Dupper"),
        ("de", "»Das Wasser steigt weiter«, erklärte Landrat Raimund Kneidinger.", "Raimund Kneidinger"),
        ("fr", "« Nous resterons », a déclaré jeudi Emmanuel Macron.", "Emmanuel Macron"),
        ("fr", "Selon Anne Hidalgo, « la ville est prête ».", "Anne Hidalgo"),
        ("es", "“No vamos a ceder”, dijo el presidente Pedro Sánchez en Madrid.", "Pedro Sánchez"),
        ("it", "«Non abbiamo paura», ha detto il premier Giorgia Meloni.", "Giorgia Meloni"),
        ("pt", "“Vamos reconstruir tudo”, afirmou Luiz Inácio Lula da Silva.", "Luiz Inácio Lula"),
        ("nl", "„We gaan door”, zei Mark Rutte dinsdag.", "Mark Rutte"),
        ("pl", "„Nie ustąpimy” – powiedział Donald Tusk.", "Donald Tusk"),
        ("ru", "«Мы не отступим», — заявил Владимир Путин.", "Владимир Путин"),
        ("tr", "Erdoğan, “Geri adım atmayacağız” dedi.", "Erdoğan"),
        # German fronts an adverb or a phrase before the verb: the subject follows it
        ("de", "Zudem sagte Merkel: „Wir schaffen das.“", "Merkel"),
        ("de", "Nach dem Treffen mit Emmanuel Macron sagte Merkel: „Wir schaffen das.“", "Merkel"),
        ("de", "Der Deutschen Presse-Agentur sagte Dupper: „Wir schaffen das.“", "Dupper"),
        ("de", "Dupper sagte der Deutschen Presse-Agentur: „Wir schaffen das.“", "Dupper"),
        # a party in brackets is not the speaker
        ("de", "Markus Söder (CSU) sagte: „Wir schaffen das.“", "Markus Söder"),
    ],
)
def test_a_name_beside_a_speech_word_is_the_speaker(lang: str, text: str, expected: str) -> None:
    [(_, said)] = speakers_in(text, lang)
    assert said == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a noun after an article, which German capitalises, is no name
        ("de", "„Die Lage ist ernst“, sagte der Sprecher am Abend."),
        ("de", "Der Minister sagte: „Die Lage ist ernst.“"),
        ("de", "„Die Lage ist ernst“, sagte der neue Minister."),
        # a pronoun is not resolved, and the day after it is no speaker
        ("de", "„Die Lage ist ernst“, sagte er am Montag in Berlin."),
        # an office in lower case and one name: unsure, so no one
        ("es", "“La situación es grave”, dijo el presidente Sánchez."),
        # no speech word at all
        ("fr", "Sur la banderole, on lisait « Non à la fermeture »."),
        # scripts without capitals name no one this way
        ("ar", "وقال الوزير: «لن نتراجع»."),
        ("zh", "他表示：“我们不会让步。”"),
    ],
)
def test_an_unsure_reading_names_no_one(lang: str, text: str) -> None:
    assert [said for _, said in speakers_in(text, lang)] == [None]


def test_a_quote_interrupted_by_its_attribution_is_one_statement() -> None:
    text = "„Wir bleiben“, sagte Merkel, „bis die Arbeit getan ist.“"
    assert speakers_in(text, "de") == [("Wir bleiben … bis die Arbeit getan ist.", "Merkel")]
    # across two sentences, the German attribution between them is one statement's too
    text = "„Wir bleiben.“ Das sagte Merkel. „Bis die Arbeit getan ist.“"
    assert [said for _, said in speakers_in(text, "de")] == ["Merkel"]


def test_every_profile_but_english_reads_speakers_by_these_rules_or_says_it_cannot() -> None:
    for code in SUPPORTED:
        language = profile(code)
        assert language.speech, code  # every language has its speech words
        assert reads_speakers(language) == (code not in ("ar", "zh", "ja")), code
    assert attributes("so die Polizei, laut Angaben", profile("de"))
    assert not attributes("sagtest du", profile("de"))  # a word, not part of one


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("»Wir bleiben«, sagte Merkel.", ["Wir bleiben"]),
        ("„Wir bleiben“, sagte Merkel.", ["Wir bleiben"]),
        ("«Wir bleiben», sagte der Bundesrat.", ["Wir bleiben"]),
        ("« Nous restons », a déclaré Macron.", [" Nous restons "]),
        ("Il a dit : « Nous restons » et « Nous partirons ».", [" Nous restons ", " Nous partirons "]),
        ("‹Nein›, sagte er.", ["Nein"]),
        ("他说：「我们会留下。」然后离开了。", ["我们会留下。"]),
        ("彼は『必ず戻る』と述べた。", ["必ず戻る"]),
        ("Sie sagte »ja« und ging.", ["ja"]),
        ("Er rief: »Raus!«", ["Raus!"]),
        ("Home » Nachrichten » Welt", []),  # a breadcrumb's separators quote nothing
        # an elision before a spaced guillemet: it still opens
        ("a affirmé qu’« il n’y a pas d’alternative ».", [" il n’y a pas d’alternative "]),
        ("d’« ultimatum »", [" ultimatum "]),
        # a closing mark after a sign, not a letter
        ("»Das Ticket kostet jetzt 58 €«, sagte Wissing.", ["Das Ticket kostet jetzt 58 €"]),
        # single guillemets inside double ones are part of the quotation
        ("«Er sagte ‹nein› und ging», sagte Peter Keller.", ["Er sagte ‹nein› und ging"]),
    ],
)
def test_guillemets_either_way_and_corner_brackets_quote(text: str, inside: list[str]) -> None:
    assert [text[o + 1 : c] for o, c, closed in quotations_in(text) if closed] == inside


GERMAN = """Hochwasser in Passau: Altstadt gesperrt

Die Donau hat in Passau einen Pegel von 11,2 Metern erreicht.

„Wir lassen niemanden allein“, sagte Oberbürgermeister Jürgen Dupper am Montag.

Mehr als 1.300 Menschen mussten ihre Wohnungen verlassen, teilte die Stadt mit.
"""


def test_a_german_copy_that_gives_a_quote_to_someone_else_fails_the_check() -> None:
    copy = GERMAN.replace("Oberbürgermeister Jürgen Dupper", "Landrat Raimund Kneidinger")
    checked = diffnews.check(copy, GERMAN)
    assert not checked.passed
    assert Rule.MISATTRIBUTED_QUOTE in {f.rule for f in checked.findings}
    [quote] = checked.report.quotes
    assert quote.status is QuoteStatus.SPEAKER_CHANGED
    assert quote.speakers == ("Jürgen Dupper", "Raimund Kneidinger")


def test_a_faithful_german_copy_passes_and_keeps_its_speaker() -> None:
    copy = GERMAN.replace("sagte Oberbürgermeister Jürgen Dupper", "sagte Dupper")
    checked = diffnews.check(copy, GERMAN)
    assert checked.passed, [f.message for f in checked.findings]
    [quote] = checked.report.quotes
    assert quote.status is QuoteStatus.VERBATIM and quote.speaker == "Jürgen Dupper"


def test_a_chinese_quotation_counts_its_characters_as_words() -> None:
    """A quotation is matched by its words in its own language: an unspaced one of two
    clauses is not too short to report when only one side has it."""
    source = "工厂发生泄漏。\n\n居民撤离。"
    copy = "工厂发生泄漏。\n\n一名员工说：「那个阀门早就该换了，我们反映过好几次。」\n\n居民撤离。"
    report = diffnews.compare(source, copy)
    assert [(q.status, q.text) for q in report.quotes] == [
        (QuoteStatus.RIGHT_ONLY, "那个阀门早就该换了，我们反映过好几次。")
    ]


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Foto: Jens Mahler/Rauentaler Bote"),
        ("de", "Lesen Sie auch: Wie sich Passau schützt"),
        ("de", "Alle Rechte vorbehalten."),
        ("fr", "Inscrivez-vous à notre newsletter pour recevoir l’essentiel de l’actualité."),
        ("fr", "Lire aussi : La grève se durcit"),
        ("es", "Todos los derechos reservados."),
        ("es", "© El Diario de la Sierra."),
        ("it", "Leggi anche: Il ponte crollato"),
        ("ru", "Читайте также: Как город готовится к паводку"),
        ("pl", "Czytaj także: Wał przerwany"),
        ("ar", "تصوير: ليلى منصور - صوت الوادي"),
        ("zh", "（青禾晚报记者陈静摄）"),
        ("zh", "本文版权归青禾晚报所有，未经许可不得转载。"),
    ],
)
def test_each_language_knows_its_page_furniture(lang: str, sentence: str) -> None:
    assert furniture(["Das Wasser steigt weiter.", sentence], [0, 1], lang) == {1}


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("de", "Die Anzeige gegen den Bürgermeister wurde am Montag zurückgezogen."),
        ("fr", "Selon la direction, tous droits réservés aux salariés seront maintenus."),
        ("es", "Más información sobre el incendio llegará el lunes, dijo el alcalde."),
        ("de", "Foto-Reporter Max Huber war als Erster vor Ort."),
    ],
)
def test_a_news_sentence_that_starts_like_furniture_stays_content(lang: str, sentence: str) -> None:
    assert furniture(["Das Wasser steigt weiter.", sentence], [0, 1], lang) == set()
