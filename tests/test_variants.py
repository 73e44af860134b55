"""Trivial spelling variants (diffnews/checking/variants.py): what is one word inside a quotation, and
what stays two."""

from __future__ import annotations

import pytest

from diffnews.checking.variants import SPELLINGS, keys, resolve, same, words


def one(a: str, b: str) -> bool:
    """Whether two quotations are the same words once variants are read."""
    mine, theirs = resolve(keys(a), keys(b))
    return mine == theirs


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It's OK not to be OK", "it's okay not to be okay"),
        ("The deal is O.K. by me", "The deal is okay by me"),
        ("Get your f***ing hands off my van", "Get your f****** hands off my van"),
        ("Get your f***ing hands off my van", "Get your fucking hands off my van"),
        ("It was a load of s***", "It was a load of shit"),
        ("You little b*****d", "You little bastard"),
        ("Getting to number two is unreal", "Getting to No 2 is unreal"),
        ("Getting to number two is unreal", "Getting to No. 2 is unreal"),
        ("We came in at Number 2", "We came in at number two"),
        ("We came in at No 2", "We came in at two"),
        ("Nine months ago we were nobody", "9 months ago we were nobody"),
        ("She served twenty-one years", "She served 21 years"),
        ("two hundred and fifty people lost their jobs", "250 people lost their jobs"),
        ("the first time in ten years", "the 1st time in 10 years"),
        ("a rise of 40 per cent", "a rise of 40%"),
        ("a rise of 40pc", "a rise of 40 percent"),
        ("a £2m hole in the budget", "a £2 million hole in the budget"),
        ("We recognise the harm that was done", "We recognize the harm that was done"),
        ("a day of honour for both our countries", "a day of honor for both our countries"),
        ("The centre we are building", "The center we are building"),
        ("Our defence of these objects", "Our defense of these objects"),
        ("He travelled to every programme we ran", "He traveled to every program we ran"),
        ("the grey areas in the paediatric ward", "the gray areas in the pediatric ward"),
        ("We must analyse the catalogue", "We must analyze the catalog"),
        ("She fulfilled her favourite ambition", "She fulfilled her favorite ambition"),
        ("We will co-operate fully", "We will cooperate fully"),
        ("Sgt Morley followed the procedures", "Sergeant Morley followed the procedures"),
        ("PC Hart was the first there", "Police Constable Hart was the first there"),
        ("Det Sgt Amy Cole led the inquiry", "Detective Sergeant Amy Cole led the inquiry"),
        ("L/Cpl Webb did not hesitate", "Lance Corporal Webb did not hesitate"),
        ("Lt Col Hanley said it was over", "Lieutenant Colonel Hanley said it was over"),
        ("the best club in Lancs", "the best club in Lancashire"),
        ("It’s all right", "it's alright"),
    ],
)
def test_trivial_variants_are_the_same_words(a: str, b: str) -> None:
    assert one(a, b) and one(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The care they received was a disgrace", "The care they received is a disgrace"),
        ("We won't send troops", "We will send troops"),
        ("We will not ask families to pay", "We will ask families to pay"),
        ("She served nine years", "She served 11 years"),
        ("She served twenty-one years", "She served 12 years"),
        ("We came in at No 2", "We came in at No 3"),
        ("No two people are alike", "No 2 people are alike"),  # a negation, not a rank
        ("Get your f***ing hands off", "Get your b*****y hands off"),  # another word
        ("Get your f***ing hands off", "Get your sucking hands off"),  # the first letter differs
        ("Get your f***ing hands off", "Get your fucked hands off"),  # the end differs
        ("four of them came", "for of them came"),
        ("the tyre was flat", "the tire was flat"),
        ("a hundred metres away", "a hundred meters away"),
        ("I will prise it open", "I will prize it open"),
        ("Sgt Morley was there", "Cpl Morley was there"),
        ("Miss Hart was there", "WPC Hart was there"),  # two titles, not two forms of one
        ("We will resign", "We will re-sign"),
    ],
)
def test_a_changed_word_stays_changed(a: str, b: str) -> None:
    assert not one(a, b) and not one(b, a)


def test_keys_and_what_they_show() -> None:
    found = words("Sgt Morley came No. 2, okay?")
    assert [w.key for w in found] == ["sergeant", "morley", "came", "#2", "ok"]
    assert [w.text for w in found] == ["Sgt", "Morley", "came", "No 2", "okay"]
    assert [w.text for w in words("PC Hart")] == ["PC", "PC", "Hart"]  # police constable hart


def test_a_censored_word_hides_letters_it_does_not_show() -> None:
    assert same("f***ing", "fucking") and same("f******", "f***ing")
    assert not same("f***", "f")  # nothing hidden
    assert not same("***", "fine")  # nothing shown: no word to agree with
    assert same("#2", "2") and not same("#2", "3")


def test_the_spelling_table_is_a_list_of_words_each_with_one_spelling() -> None:
    """A British form maps to an American form that is not itself remapped (one step, no
    chains), and none of the words that are two words in British English is in the table."""
    assert len(SPELLINGS) > 1500
    for british, american in SPELLINGS.items():
        assert british != american
        assert american not in SPELLINGS, (british, american)
    for word in (
        "four for tour hour your pour flour tyre tire metre meter metres meters kerb curb storey "
        "story draught draft cheque check whisky whiskey tonne ton prise prize spelt smelt advise "
        "revise surprise compromise exercise rise wise precise practice resign emphasis"
    ).split():
        assert word not in SPELLINGS, word


def test_a_state_short_form_is_not_read_from_a_full_stop() -> None:
    """Inside a quotation a last word keeps its sentence's full stop: "ill." is not Illinois."""
    assert keys("She was very ill.") == ("she", "was", "very", "ill")


@pytest.mark.parametrize(
    ("copy", "wire"),
    [
        ("f***ing", "flipping"),  # the copy makes him swear
        ("f***ing", "flaming"),
        ("s***", "soft"),  # "he has gone soft" -> "he has gone s***"
        ("a***", "assault"),
        ("h***", "hello"),
    ],
)
def test_a_censored_word_stands_only_for_a_swear_word(copy: str, wire: str) -> None:
    """A desk's asterisks hide a swear word: against a word that is none, the copy changed it."""
    assert not same(copy, wire)
    assert not same(wire, copy)


def test_a_censored_swear_word_is_still_the_word() -> None:
    for censored, word in (
        ("f***ing", "fucking"),
        ("s***", "shit"),
        ("b*****d", "bastard"),
        ("a***", "arse"),
    ):
        assert same(censored, word)
