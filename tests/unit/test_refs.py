from dataclasses import dataclass

import pytest

from deepdive.domain.errors import Ambiguous, NotFound
from deepdive.domain.refs import arxiv_id_of, resolve


@dataclass
class Item:
    id: int
    title: str
    arxiv: str = ""


ITEMS = [
    Item(1, "Attention Is All You Need", "1706.03762"),
    Item(2, "Language Models are Unsupervised Multitask Learners"),
    Item(3, "Language Models are Few-Shot Learners", "2005.14165"),
]


def find(ref):
    return resolve(ref, ITEMS, number=lambda i: i.id, title=lambda i: i.title,
                   arxiv=lambda i: i.arxiv, what="resource")


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("2", 2), ("#3", 3), ("1706.03762", 1), ("arXiv:2005.14165v4", 3), ("attention", 1),
     ("Language Models are F", 3), ("few-shot", 3)],
)
def test_a_ref_is_a_number_an_arxiv_id_or_a_unique_title_prefix(ref, expected):
    assert find(ref).id == expected


def test_an_ambiguous_prefix_lists_the_candidates():
    with pytest.raises(Ambiguous) as error:
        find("language")
    assert str(error.value) == (
        "'language' matches several resources: "
        "#2 Language Models are Unsupervised Multitask Learners; "
        "#3 Language Models are Few-Shot Learners"
    )


def test_unknown_refs_say_so():
    with pytest.raises(NotFound, match="no resource #9 here"):
        find("9")
    with pytest.raises(NotFound, match="no resource matches 'bert'"):
        find("bert")


def test_arxiv_ids_old_and_new():
    assert arxiv_id_of("1706.03762v5") == "1706.03762"
    assert arxiv_id_of("cs/0112017") == "cs/0112017"
    assert arxiv_id_of("attention") is None
