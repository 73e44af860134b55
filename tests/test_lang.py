"""Language profiles, detection, and news read in other languages (diffnews/lang/; issue 18).

Every profile module is checked for what the engine relies on; then real-looking news in each
script: Chinese and Japanese sentences that end with no space, German abbreviations, an Arabic
question mark, and a Kurdish story (no profile) read neutrally. The texts are written for these
tests; the people and places are invented."""

from __future__ import annotations

import importlib
import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from diffnews import Report, compare
from diffnews.lang import NEUTRAL, SUPPORTED, profile
from diffnews.lang.detect import detect
from diffnews.reading.segment import segment
from diffnews.reading.text import normalize, tokenize

NEGATIONS = {
    "en": "not no",
    "de": "nicht kein keine nie",
    "fr": "ne pas non jamais",
    "es": "no nunca",
    "it": "non mai",
    "pt": "não nunca",
    "nl": "niet geen nooit",
    "pl": "nie",
    "ru": "не нет",
    "tr": "değil yok",
    "ar": "لا ما لم لن",
}


def test_every_issue_language_has_a_profile() -> None:
    assert set("en de fr es it pt nl pl ru tr ar zh ja".split()) <= set(SUPPORTED)


@pytest.mark.parametrize("code", SUPPORTED)
def test_a_profile_is_what_the_engine_reads(code: str) -> None:
    language = importlib.import_module(f"diffnews.lang.{code}").PROFILE
    assert language is profile(code)
    assert language.code == code and language.name
    for word in language.function_words:
        assert normalize(word) == word, word  # compared with normalised tokens
    for word in language.abbreviations:
        assert word == word.lower() and not word.endswith("."), word
    assert not set(NEGATIONS.get(code, "").split()) & language.function_words  # a negation is news
    if language.stemmer:
        # the stemmer loads offline and stems: a plural and its singular meet
        word = {"de": "Zeitungen", "en": "troops", "fr": "soldats", "es": "soldados"}.get(code)
        if word:
            assert tokenize(word, lang=code)[0].stem != normalize(word)


def test_a_code_with_no_profile_reads_neutrally() -> None:
    assert profile("ku") is NEUTRAL and profile(None) is NEUTRAL
    tokens = tokenize("Barzanî got ku hêzên Amerîkî dê bimînin.", lang="ku")
    assert [t.stem for t in tokens][:3] == ["barzanî", "got", "ku"]  # no stemming, no function words


# ---- sentences ---------------------------------------------------------------------------------

CHINESE = (
    "外交部发言人周四表示，美军将在明年年底前撤离伊拉克。“我们欢迎这一决定。”他说。"
    "双方在巴格达举行了会谈！会谈持续了三个小时？"
)


def _sentences(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, lang)]


def test_chinese_sentences_end_at_the_full_stop_with_no_space_after_it() -> None:
    assert _sentences(CHINESE, "zh") == [
        "外交部发言人周四表示，美军将在明年年底前撤离伊拉克。",
        "“我们欢迎这一决定。”他说。",  # the quotation and who said it stay one sentence
        "双方在巴格达举行了会谈！",
        "会谈持续了三个小时？",
    ]
    # read as English (before this issue), the text was one sentence
    assert len(_sentences(CHINESE, "en")) == 1


def test_a_japanese_quotation_followed_by_its_verb_is_one_sentence() -> None:
    text = "外務省は４日、「米軍は年内に撤退する。」と発表した。会談は３時間続いた。"
    assert _sentences(text, "ja") == [
        "外務省は４日、「米軍は年内に撤退する。」と発表した。",
        "会談は３時間続いた。",
    ]


def test_german_abbreviations_do_not_end_sentences() -> None:
    text = "Die Truppen bleiben z.B. in Bagdad. Das Gesetz Nr. 5 gilt ab Mai. Dr. Müller widersprach."
    assert _sentences(text, "de") == [
        "Die Truppen bleiben z.B. in Bagdad.",
        "Das Gesetz Nr. 5 gilt ab Mai.",
        "Dr. Müller widersprach.",
    ]


def test_an_arabic_question_mark_ends_a_sentence() -> None:
    text = "هل ستبقى القوات الأمريكية في العراق؟ وقال المتحدث إن المحادثات مستمرة."
    assert len(_sentences(text, "ar")) == 2


# ---- words -------------------------------------------------------------------------------------


def test_unspaced_script_is_one_token_a_character_stemmed_as_the_pair_it_starts() -> None:
    text = "美军iPhone撤离４日"
    tokens = tokenize(text, lang="zh")
    assert [text[t.start : t.end] for t in tokens] == ["美", "军", "iPhone", "撤", "离", "４", "日"]
    assert [t.stem for t in tokens] == ["美军", "军", "iphone", "撤离", "离", "4", "日"]
    for a, b in itertools.pairwise(tokens):
        assert a.end <= b.start  # spans never overlap


def test_a_function_character_has_no_stem() -> None:
    stems = [t.stem for t in tokenize("政府的决定", lang="zh")]
    assert stems == ["政府", "府", None, "决定", "定"]


# ---- detection ---------------------------------------------------------------------------------

NEWS = {
    "en": "The minister said on Thursday that the troops would leave the country by the end of the year.",
    "de": "Der Minister sagte am Donnerstag, die Truppen würden das Land bis Ende des Jahres verlassen.",
    "fr": "Le ministre a déclaré jeudi que les troupes quitteraient le pays d'ici la fin de l'année.",
    "es": "El ministro dijo el jueves que las tropas abandonarían el país antes de que termine el año.",
    "it": "Il ministro ha dichiarato giovedì che le truppe lasceranno il paese entro la fine dell'anno.",
    "pt": "O ministro disse na quinta-feira que as tropas deixarão o país até o final do ano.",
    "nl": "De minister zei donderdag dat de troepen het land voor het einde van het jaar zullen verlaten.",
    "pl": "Minister powiedział w czwartek, że wojska opuszczą kraj do końca roku.",
    "ru": "Министр заявил в четверг, что войска покинут страну до конца года.",
    "tr": "Bakan perşembe günü yaptığı açıklamada askerlerin yıl sonuna kadar ülkeden çekileceğini söyledi.",
    "ar": "وقال الوزير يوم الخميس إن القوات ستغادر البلاد بحلول نهاية العام.",
    "zh": "部长周四表示，军队将在年底前撤离该国。",
    "ja": "大臣は木曜日、部隊が年末までに国を離れると述べた。",
}


@pytest.mark.parametrize("code", sorted(NEWS))
def test_a_news_sentence_is_detected_in_its_language(code: str) -> None:
    assert detect(NEWS[code]).code == code


def test_a_language_with_no_profile_is_detected_as_itself() -> None:
    found = detect("Serokê Herêma Kurdistanê Neçîrvan Barzanî roja Pêncşemê bi şandeke Amerîkî re civiya.")
    assert found.code == "ku" and found.profile == "und"


def test_a_text_with_no_letters_is_undetermined() -> None:
    assert detect("12 345 678 — 9,1 %").code == "und"


def test_the_report_records_each_sides_language() -> None:
    report = compare(NEWS["de"], NEWS["de"].replace("Donnerstag", "Freitag"))
    assert report.left.language is not None and report.left.language.code == "de"
    assert report.left.language.detected
    given = compare(NEWS["de"], NEWS["en"], left_lang="de-AT", right_lang="EN")
    assert given.left.language is not None and given.right.language is not None
    assert (given.left.language.code, given.right.language.code) == ("de", "en")
    assert not given.left.language.detected and given.left.language.confidence is None
    as_json = json.loads(given.to_json())
    expected = {"code": "de", "profile": "de", "detected": False, "confidence": None}
    assert as_json["left"]["language"] == expected


def test_a_side_too_short_to_tell_takes_the_other_sides_language_or_english() -> None:
    report = compare(NEWS["de"], "Truppen verlassen Land")
    assert report.right.language is not None and report.right.language.code == "de"
    assert report.right.language.confidence is None  # not the detector's answer
    report = compare("Fed raises rates", "Fed raises rates again")  # "French" at 0.25
    assert report.left.language is not None and report.left.language.code == "en"


def test_a_german_rewrite_aligns_with_its_source() -> None:
    source = (
        "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen. Die Opposition stimmte geschlossen"
        " dagegen. Kanzler Scholz nannte die Entscheidung einen Erfolg für die Zeitungen."
    )
    copy = (
        "Kanzler Scholz nannte die Entscheidung einen Erfolg für die Zeitung. Der Bundestag beschloss das"
        " neue Gesetz am Donnerstag."
    )
    report = compare(source, copy)
    pairs = {(p.left, p.right) for p in report.pairs}
    assert (("L1",), ("R2",)) in pairs and (("L3",), ("R1",)) in pairs
    assert report.sentence("L2").label.value == "unique"


def test_a_chinese_rewrite_aligns_sentence_by_sentence() -> None:
    copy = "双方在巴格达举行了会谈！外交部发言人表示，美军将于明年年底前撤离伊拉克。"
    report = compare(CHINESE, copy)
    pairs = {(p.left, p.right) for p in report.pairs}
    assert (("L1",), ("R2",)) in pairs and (("L3",), ("R1",)) in pairs
    assert report.sentence("L4").label.value == "unique"
    mirrored = compare(copy, CHINESE)
    assert {(_side(p.right, "L"), _side(p.left, "R")) for p in mirrored.pairs} == pairs


def _side(ids: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    return tuple(prefix + i[1:] for i in ids)


# ---- the command line --------------------------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "diffnews", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_a_language_with_no_profile_warns_and_is_read(tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    met, said = "Serokê Herêmê roja Pêncşemê bi şandeke Amerîkî re civiya.", "Barzanî got ku hêz dê bimînin."
    left.write_text(f"{met} {said}\n", encoding="utf-8")
    right.write_text(f"{said} {met}\n", encoding="utf-8")
    done = _run("compare", str(left), str(right), "-f", "json")
    assert done.returncode == 0
    assert "(ku) has no profile" in done.stderr and "--left-lang sets one of" in done.stderr
    report = json.loads(done.stdout)
    assert report["left"]["language"]["profile"] == "und"
    assert len(report["pairs"]) == 2


@pytest.mark.slow
def test_a_bad_language_code_is_one_line_and_status_2(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Troops will leave.\n", encoding="utf-8")
    done = _run("compare", str(text), str(text), "--lang", "en glish")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "--lang 'en glish': not a language code" in done.stderr


# ---- the views ---------------------------------------------------------------------------------


def test_the_views_say_a_side_is_not_in_english_and_stay_quiet_for_english() -> None:
    from diffnews.render.html import html
    from diffnews.render.markdown import markdown

    german = compare(NEWS["de"], NEWS["de"].replace("Donnerstag", "Freitag"))
    assert "left in German (de)" in _terminal(german)
    assert "Left in German (de)" in html(german)
    assert "left in German (de)." in markdown(german)
    english = compare(NEWS["en"], NEWS["en"].replace("Thursday", "Friday"))
    for view in (_terminal(english), html(english), markdown(english)):
        assert "English" not in view and "(en)" not in view


def _terminal(report: Report) -> str:
    from rich.console import Console

    from diffnews.render.terminal import TerminalView

    console = Console(width=100, color_system=None, record=True)
    console.print(TerminalView(report))
    return console.export_text()


def test_english_copy_with_foreign_names_is_english_without_the_model() -> None:
    text = (
        "Hadi al-Amiri, the leader of the Badr Organisation, met Charles de Gaulle's biographer and"
        " the Dutch minister Piet van Dijk in Baghdad on Tuesday, and said the troops of the"
        " coalition would leave by the end of the year."
    )
    assert detect(text).confidence == 1.0  # the shortcut's answer: no model asked


def test_a_romance_text_full_of_english_looking_words_is_not_taken_for_english() -> None:
    text = (
        "O ministro disse que as tropas do país vão sair até o fim do ano, e que a decisão foi"
        " tomada após as conversas com os representantes do governo em Bagdá na terça-feira."
    )
    assert detect(text).code == "pt"  # the English shortcut would have answered "en"


# ---- figures -----------------------------------------------------------------------------------

WIRE_DE = (
    "Die Gemeinde Hollfeld hat nach Angaben des Landratsamts 1.300 Einwohner verloren. "
    "Die Arbeitslosenquote stieg im Oktober um 2,5 Prozent. "
    "Bürgermeister Jonas Reiter sagte, die Stadt brauche neue Betriebe."
)


def _figures(source: str, copy: str, lang: str | None = None) -> list[tuple[str, str]]:
    report = compare(source, copy, left_lang=lang, right_lang=lang)
    return [(c.left, c.right) for p in report.pairs for c in p.conflicts if c.kind == "number"]


def test_german_figures_are_read_as_german_writes_them() -> None:
    # the same figures written another German way: no conflict
    assert _figures(WIRE_DE, WIRE_DE.replace("1.300", "1300")) == []
    # a changed figure is one, however it is written
    assert _figures(WIRE_DE, WIRE_DE.replace("1.300", "1.800")) == [("1.300", "1.800")]
    assert _figures(WIRE_DE, WIRE_DE.replace("2,5 Prozent", "2,8 Prozent")) == [("2,5", "2,8")]
    # "2,5" is two and a half: 25 is another figure ("Prozent" is no unit English rules know,
    # so the figure is shown without it)
    assert _figures(WIRE_DE, WIRE_DE.replace("2,5 Prozent", "25 Prozent")) == [("2,5", "25")]
    # read as English, "1.300" was 1.3, and "1300" another figure
    assert _figures(WIRE_DE, WIRE_DE.replace("1.300", "1300"), lang="en") == [("1.300", "1300")]


def test_french_thousands_with_a_space_are_one_number() -> None:
    wire = "La commune de Vernay a perdu 1 300 habitants en dix ans, selon la préfecture du Rhône."
    assert _figures(wire, wire.replace("1 300", "1300")) == []
    assert _figures(wire, wire.replace("1 300", "1 800")) == [("1 300", "1 800")]


def test_a_german_copy_that_changes_a_figure_fails_the_check() -> None:
    from diffnews.checking.policy import check

    assert check(WIRE_DE.replace("1.300", "1300"), WIRE_DE).findings == ()
    failed = check(WIRE_DE.replace("1.300", "3.100"), WIRE_DE)
    assert [f.rule.value for f in failed.findings] == ["conflicting-figure"]


# ---- what a hostile review found ------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # names of another language: the narrative is English
            "Police in São Paulo arrested João da Silva and Maria das Graças dos Santos on charges of"
            " running illegal gambling rings.",
            "João da Silva and Maria das Graças dos Santos were arrested in São Paulo over illegal"
            " gambling rings, police said.",
        ),
        (
            "Turkish President Recep Tayyip Erdoğan met Kılıçdaroğlu in Ankara on Tuesday.",
            "Erdoğan and Kılıçdaroğlu met in Ankara on Tuesday, the presidency said.",
        ),
        (  # a brief round a long quotation in Spanish
            'The coach was blunt. "No vamos a rendirnos, vamos a luchar hasta el último minuto de la'
            ' temporada," said Jorge Ibáñez. The club said it would name a replacement within days.',
            'Jorge Ibáñez was blunt: "No vamos a rendirnos, vamos a luchar hasta el último minuto de'
            ' la temporada." A replacement will be named within days, the club said.',
        ),
    ],
)
def test_english_copy_with_foreign_names_or_quotes_is_read_as_english(left: str, right: str) -> None:
    report = compare(left, right)
    assert report.left.language is not None and report.right.language is not None
    assert (report.left.language.code, report.right.language.code) == ("en", "en")


def test_a_german_date_or_ordinal_does_not_end_a_sentence() -> None:
    text = (
        "Der Bundestag stimmt am 14. März ab. Der 2. Weltkrieg endete 1945. Die Zahl stieg auf 14. Sie sank."
    )
    assert _sentences(text, "de") == [
        "Der Bundestag stimmt am 14. März ab.",
        "Der 2. Weltkrieg endete 1945.",
        "Die Zahl stieg auf 14.",
        "Sie sank.",
    ]


def test_a_french_quotation_opened_with_a_spaced_guillemet_starts_its_sentence() -> None:
    text = "Il a parlé des retraites. « Nous ne pouvons pas », a-t-elle déclaré.\u00a0« C'est fini. »"
    assert _sentences(text, "fr") == [
        "Il a parlé des retraites.",
        "« Nous ne pouvons pas », a-t-elle déclaré.",
        "« C'est fini. »",
    ]


def test_arabic_with_its_vowel_marks_is_the_same_words_without_them() -> None:
    vowelled = "وَقَالَ الرَّئِيسُ إِنَّ القُوَّاتِ سَتَبْقَى فِي البِلَادِ."
    plain = "وقال الرئيس إن القوات ستبقى في البلاد."
    assert [t.norm for t in tokenize(vowelled, lang="ar")] == [t.norm for t in tokenize(plain, lang="ar")]
    report = compare(vowelled + " " + NEWS["ar"], plain + " " + NEWS["ar"], left_lang="ar", right_lang="ar")
    assert {p.label.value for p in report.pairs} == {"shared"}


def test_a_chinese_semicolon_does_not_end_a_sentence() -> None:
    assert len(_sentences("北京增长5%；上海增长4%；广州增长3%。", "zh")) == 1


def test_hard_wrapped_chinese_is_joined_before_it_is_split() -> None:
    line = "外交部发言人周四表示美军将在明年年底前撤离伊拉克双方在巴格达举行了会谈存"  # 72 columns
    assert _sentences(line + "\n款增长了百分之五。第二句。", "zh") == [
        line + "\n款增长了百分之五。",
        "第二句。",
    ]


def test_codes_are_read_as_their_language() -> None:
    from diffnews.lang import canonical

    assert [canonical(c) for c in ("eng", "deu", "ger", "zho", "yue", "zh-Hant-TW", "pt_BR")] == [
        "en",
        "de",
        "de",
        "zh",
        "zh",
        "zh",
        "pt",
    ]
    cantonese = "香港政府週四表示，將於明年推出新的房屋政策。發言人說，政策會幫助年輕家庭。"
    assert compare(cantonese, cantonese).left.language.profile == "zh"  # type: ignore[union-attr]


def test_a_turkish_capital_i_is_the_same_word_in_lower_case() -> None:
    assert normalize("İhracat") == normalize("ihracat") == "ihracat"


def test_a_japanese_negation_carries_weight() -> None:
    stems = [t.stem for t in tokenize("発表しなかった", lang="ja")]
    assert "な" not in profile("ja").function_words and "な" in stems


@pytest.mark.slow
def test_a_check_of_a_copy_not_in_english_warns_that_quotes_follow_english_rules(tmp_path: Path) -> None:
    source, copy = tmp_path / "source.txt", tmp_path / "copy.txt"
    source.write_text(CHINESE, encoding="utf-8")
    copy.write_text(CHINESE.replace("欢迎", "反对"), encoding="utf-8")
    done = _run("check", str(copy), "--source", str(source))
    assert "is in zh: its quotations and figures are checked, but speakers are not read" in done.stderr


@pytest.mark.slow
def test_a_text_of_figures_alone_and_a_language_asked_for_as_und_do_not_warn(tmp_path: Path) -> None:
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("12 345 678\n", encoding="utf-8")
    right.write_text("12 345 679\n", encoding="utf-8")
    assert "warning" not in _run("compare", str(left), str(right)).stderr
    right.write_text(NEWS["de"] + "\n", encoding="utf-8")
    assert "warning" not in _run("compare", str(right), str(right), "--lang", "und").stderr


def test_two_short_sides_guessed_alike_or_told_by_their_script_keep_their_language() -> None:
    report = compare("Министр подал в отставку.", "Министр ушёл в отставку.")  # Cyrillic: Russian
    assert report.left.language is not None and report.left.language.code == "ru"
    spanish = compare("El ministro dimitió el jueves.", "El ministro dimitió ayer.")
    assert spanish.left.language is not None and spanish.right.language is not None
    assert spanish.left.language.code == spanish.right.language.code == "es"
