"""Cards written inside notes."""

from deepdive.domain.cards import CardKind
from deepdive.domain.extract import extract, match

NOTE = """# Attention

Some prose with a C++ name std::vector that is not a card.
- Why scale by sqrt(d_k)? :: To keep the softmax out of its flat regions
Query ::: what a position looks for
1. Transformers drop {{c1::recurrence}} entirely
Empty ::
```
code :: not a card
```
"""


def test_extract_finds_basic_reversed_and_cloze_lines():
    found = extract(NOTE)
    assert [(c.index, c.kind, c.front, c.back) for c in found] == [
        (0, CardKind.BASIC, "Why scale by sqrt(d_k)?",
         "To keep the softmax out of its flat regions"),
        (1, CardKind.REVERSED, "Query", "what a position looks for"),
        (2, CardKind.CLOZE, "Transformers drop {{c1::recurrence}} entirely", ""),
    ]


def test_an_edited_answer_keeps_the_key_of_its_question():
    before = extract("Q one :: A\nQ two :: B")
    after = extract("Q one :: A corrected\nQ two :: B")
    assert [c.key(7) for c in before] == [c.key(7) for c in after]


def test_a_moved_line_is_found_by_its_question():
    old = [c.key(1) for c in extract("Alpha :: 1\nBeta :: 2")]
    paired = match(old, extract("New :: 0\nAlpha :: 1\nBeta :: 2"))
    assert paired == {1: old[0], 2: old[1]}  # "New" (index 0) is a new card


def test_a_reworded_question_is_found_by_its_place():
    old = [c.key(1) for c in extract("Alpha :: 1\nBeta :: 2")]
    paired = match(old, extract("Alpha :: 1\nBeta, reworded :: 2"))
    assert paired == {0: old[0], 1: old[1]}


def test_an_edited_line_after_an_inserted_one_keeps_its_card():
    old = [c.key(1) for c in extract("Alpha :: 1\nBeta :: 2\nGamma :: 3")]
    paired = match(old, extract("New :: 0\nAlpha :: 1\nBeta :: 2\nGamma, edited :: 3"))
    assert paired == {1: old[0], 2: old[1], 3: old[2]}


def test_a_deleted_line_leaves_the_others_paired_by_their_question():
    old = [c.key(1) for c in extract("Alpha :: 1\nBeta :: 2")]
    assert match(old, extract("Beta :: 2")) == {0: old[1]}


def test_lines_whose_deletions_make_no_anki_card_are_not_cards():
    found = extract("{{c0::zero}} here\n{{c1::}} empty\n{{c1::one}} {{c0::zero}}")
    assert [(c.index, c.front) for c in found] == [(0, "{{c1::one}} {{c0::zero}}")]
