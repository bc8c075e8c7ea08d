"""The demo's flashcards: what week 1 taught about self-attention, with a few reviews, so
`status` has cards due on the demo day. (The story's first lesson: ankify what you learn.)"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from deepdive.clock import fixed_clock
from deepdive.services.cards import add_card, add_cloze, extract_cards
from deepdive.services.notes import write_note
from deepdive.services.ports import UnitOfWork
from deepdive.services.review import answer_card

WRITTEN = date(2021, 4, 12)
# (resource key, front, back; "" for a cloze, "<->" before the back for a reversed card)
CARDS = [
    ("1706.03762", "Where do the inputs enter self-attention?",
     "Each input vector is multiplied by learned matrices W_Q, W_K and W_V: its query, key "
     "and value."),
    ("1706.03762", "Attention weights are {{c1::softmax}}(QK^T / {{c2::sqrt(d_k)::a scale}}), "
     "then applied to V.", ""),
    ("qkv", "Query (attention)", "<->What a position is looking for; compared with every key."),
]
NOTE = ("illustrated", "The picture that made it click: inputs times learned matrices.\n\n"
        "Why several attention heads? :: Each head can follow a different relation at once.")
# (day, hh:mm, rating for every card due then)
REVIEWS = [(date(2021, 4, 12), "13:55", 3), (date(2021, 4, 12), "14:05", 3),
           (date(2021, 4, 14), "13:50", 3)]


def add_memory(uow: UnitOfWork, ids: dict[str, int], zone: ZoneInfo) -> None:
    def at(day: date, hhmm: str) -> datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return datetime.combine(day, time(hour, minute), tzinfo=zone)

    written = fixed_clock(at(WRITTEN, "13:45"))
    made = []
    for key, front, back in CARDS:
        if not back:
            made += add_cloze(uow, written, front, ref=str(ids[key]))
        elif back.startswith("<->"):
            made += add_card(uow, written, front, back[3:], reversed_too=True, ref=str(ids[key]))
        else:
            made += add_card(uow, written, front, back, ref=str(ids[key]))
    key, text = NOTE
    write_note(uow, written, str(ids[key]), text)
    made += extract_cards(uow, written).added
    for day, hhmm, rating in REVIEWS:
        moment = at(day, hhmm)
        for card in made:
            assert card.id is not None
            with uow:
                current = uow.cards.get(card.id)
            if current is not None and current.due <= moment:
                answer_card(uow, fixed_clock(moment), card.id, rating, 8000)
