"""Cloze deletions, as Anki writes them."""

import pytest

from deepdive.domain import cloze
from deepdive.domain.cards import CardKind, card_sides
from deepdive.domain.errors import InvalidInput

TEXT = "Attention is {{c1::softmax::a function}}(QK^T) times {{c2::V}}, see {{c1::Vaswani}}"


def test_each_number_is_one_card():
    assert cloze.numbers(TEXT) == [1, 2]


def test_the_front_hides_its_own_deletions_and_shows_the_hint():
    assert cloze.front(TEXT, 1) == "Attention is [a function](QK^T) times V, see [...]"
    assert cloze.front(TEXT, 2) == "Attention is softmax(QK^T) times [...], see Vaswani"


def test_the_back_fills_in_and_marks_the_answer():
    assert cloze.back(TEXT, 2) == "Attention is softmax(QK^T) times [V], see Vaswani"


def test_gapped_text_ignores_the_answers():
    assert cloze.gapped("x {{c1::a::h}} y") == cloze.gapped("x {{c1::b}} y") == "x {{c1}} y"


def test_a_cloze_without_deletion_is_refused_with_the_syntax():
    with pytest.raises(InvalidInput, match=r"\{\{c1::answer\}\}"):
        card_sides(CardKind.CLOZE, "no deletion here", "")


def test_an_empty_front_is_refused():
    with pytest.raises(InvalidInput, match="front of a card is empty"):
        card_sides(CardKind.BASIC, "  ", "answer")


def test_reversed_makes_two_sides():
    assert card_sides(CardKind.REVERSED, "Q", "A") == [1, 2]


def test_numbers_are_the_deletions_anki_makes_cards_from():
    assert cloze.numbers("{{c1::x}} {{c0::y}} {{c2::}} {{c3:: }} {{c4::::hint}}") == [1, 3, 4]
    assert cloze.numbers("{{c1L::x}}") == []


def test_check_refuses_c0_and_an_empty_answer():
    with pytest.raises(InvalidInput, match=r"^\{\{c0::x\}\} makes no card: cloze numbers start "
                                           r"at c1, as in \{\{c1::x\}\}$"):
        cloze.check("a {{c0::x}}")
    with pytest.raises(InvalidInput, match=r"^\{\{c2::\}\} has no answer; write "
                                           r"\{\{c2::answer\}\}$"):
        cloze.check("{{c1::a}} {{c2::}}")
    cloze.check("{{c1::a::hint}} {{c2::b}}")
