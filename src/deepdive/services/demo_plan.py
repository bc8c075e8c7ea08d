"""The demo dive's facts: April 2021, transformers and GPT-3, as the reference story tells it.

Plain data, so the demo reads like a plan and the builder stays small.
"""

from __future__ import annotations

from datetime import date

from deepdive.domain.metadata import Metadata
from deepdive.domain.resource import ResourceKind as K

TITLE = "Transformers and GPT-3"
START = date(2021, 4, 8)
WHY = "GPT-3 keeps coming up in alignment discussions and I only know it by name."
GOALS = ("Explain self-attention to a friend", "Discuss GPT-3 results with confidence")
SLOT = "13:00-14:00"
STATUS_DAY = date(2021, 4, 20)  # deep in the stalled second week

WEEKS = {
    1: ("Study transformers", "study"),
    2: ("Study the GPT family of models", "study"),
    3: ("Play with GPT-3", "practice"),
    4: ("Buffer", "buffer"),
}

# key: (week, metadata, optional)
CATALOG: dict[str, tuple[int, Metadata, bool]] = {
    "1706.03762": (1, Metadata(
        "Attention Is All You Need", K.PAPER, "https://arxiv.org/abs/1706.03762",
        ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit"], 2017,
        arxiv_id="1706.03762", pages=15), False),
    "annotated": (1, Metadata(
        "The Annotated Transformer", K.POST, "https://nlp.seas.harvard.edu/2018/04/03/attention.html",
        ["Alexander Rush"], 2018, words=9000), False),
    "qkv": (1, Metadata(
        "What exactly are keys, queries, and values in attention mechanisms?", K.THREAD,
        "https://stats.stackexchange.com/questions/421935", [], 2019, words=1800), False),
    "illustrated": (1, Metadata(
        "The Illustrated Transformer", K.POST, "https://jalammar.github.io/illustrated-transformer/",
        ["Jay Alammar"], 2018, words=4500), False),
    "nostalgebraist": (1, Metadata(
        "nostalgebraist on the history of attention and neural net architectures", K.POST,
        "", ["nostalgebraist"], 2020, words=5000), False),
    "attention-survey": (1, Metadata(
        "Attention? Attention!", K.POST, "https://lilianweng.github.io/posts/2018-06-24-attention/",
        ["Lilian Weng"], 2018, words=6000), False),
    "transformer-family": (1, Metadata(
        "The Transformer Family", K.POST,
        "https://lilianweng.github.io/posts/2020-04-07-the-transformer-family/",
        ["Lilian Weng"], 2020, words=7000), True),
    "gpt": (2, Metadata(
        "Improving Language Understanding by Generative Pre-Training", K.PAPER, "",
        ["Alec Radford", "Karthik Narasimhan", "Tim Salimans", "Ilya Sutskever"], 2018,
        pages=12), False),
    "gpt2": (2, Metadata(
        "Language Models are Unsupervised Multitask Learners", K.PAPER, "",
        ["Alec Radford", "Jeffrey Wu", "Rewon Child", "David Luan"], 2019, pages=24), False),
    "2005.14165": (2, Metadata(
        "Language Models are Few-Shot Learners", K.PAPER, "https://arxiv.org/abs/2005.14165",
        ["Tom B. Brown", "Benjamin Mann", "Nick Ryder", "Melanie Subbiah"], 2020,
        arxiv_id="2005.14165", pages=75), False),
    "journey": (2, Metadata(
        "The Journey of Open AI GPT models", K.POST,
        "https://medium.com/walmartglobaltech/the-journey-of-open-ai-gpt-models-32d95b7b7fb2",
        [], 2020, words=2500), True),
    "generalized-lm": (2, Metadata(
        "Generalized Language Models", K.POST,
        "https://lilianweng.github.io/lil-log/2019/01/31/generalized-language-models.html",
        ["Lilian Weng"], 2019, words=8000), True),
    "ai-dungeon": (3, Metadata(
        "AI Dungeon", K.TOOL, "https://play.aidungeon.io/", [], 2020), False),
    "gwern": (3, Metadata(
        "GPT-3 Creative Fiction", K.POST, "https://gwern.net/gpt-3", ["Gwern Branwen"], 2020,
        words=60000), False),
    "2102.07350": (3, Metadata(
        "Prompt Programming for Large Language Models: Beyond the Few-Shot Paradigm", K.PAPER,
        "https://arxiv.org/abs/2102.07350", ["Laria Reynolds", "Kyle McDonell"], 2021,
        arxiv_id="2102.07350", pages=10), False),
    "multiverse": (3, Metadata(
        "Language models are multiverse generators", K.POST, "", ["moire"], 2021,
        words=3000), False),
}

# (day, week-of-plan key or None, minutes, "HH:MM", kind, mood, note)
SESSIONS: list[tuple[date, str | None, int, str, str, int, str]] = [
    (date(2021, 4, 8), "1706.03762", 60, "13:00", "read", 3, "where do the inputs enter?"),
    (date(2021, 4, 9), "1706.03762", 55, "13:00", "read", 3, ""),
    (date(2021, 4, 10), "annotated", 60, "13:00", "read", 2, "code-first, not for me"),
    (date(2021, 4, 11), "qkv", 50, "13:05", "read", 2, "still confused"),
    (date(2021, 4, 12), "illustrated", 60, "13:00", "read", 5, "inputs times learned matrices!"),
    (date(2021, 4, 13), "nostalgebraist", 60, "13:00", "read", 4, ""),
    (date(2021, 4, 13), None, 90, "20:00", "explain", 4, "history of architectures, at home"),
    (date(2021, 4, 14), "attention-survey", 45, "13:00", "read", 4, ""),
    (date(2021, 4, 15), "gpt", 60, "13:00", "read", 4, "perplexity and BPEs"),
    (date(2021, 4, 16), "gpt2", 45, "13:00", "read", 2, "bigger model, same story"),
    (date(2021, 4, 17), "gpt2", 20, "21:30", "read", 1, "forcing myself"),
    (date(2021, 4, 22), "ai-dungeon", 60, "13:00", "experiment", 4, "got API access instead"),
    (date(2021, 4, 23), None, 90, "13:00", "discuss", 4, "EleutherAI discord threads"),
    (date(2021, 4, 24), "2005.14165", 75, "10:00", "read", 5, "zero-shot vs few-shot framing"),
    (date(2021, 4, 25), "2005.14165", 60, "10:30", "read", 4, ""),
    (date(2021, 4, 26), "2102.07350", 90, "13:00", "read", 5, ""),
    (date(2021, 4, 27), "2102.07350", 120, "13:00", "experiment", 5, "trying the prompt patterns"),
    (date(2021, 4, 28), "multiverse", 60, "13:00", "read", 5, "alignment ideas"),
    (date(2021, 4, 29), None, 120, "13:00", "write", 4, "rant on LMs and alignment"),
    (date(2021, 4, 30), "gwern", 30, "13:00", "read", 3, "long list of results"),
    (date(2021, 5, 3), None, 60, "13:00", "discuss", 5, "call with the blog's authors"),
    (date(2021, 5, 4), None, 60, "13:00", "write", 4, "drafting the retrospective"),
]

# (key, score, day, why): the second rating of a resource shows a changed mind
RATINGS = [
    ("annotated", 4, date(2021, 4, 8), "looks thorough"),
    ("illustrated", 2, date(2021, 4, 8), "just another blog post?"),
    ("annotated", 1, date(2021, 4, 10), "no use to me; good if you think in code"),
    ("qkv", 2, date(2021, 4, 11), "did not show where the inputs enter"),
    ("illustrated", 5, date(2021, 4, 12), "cleared up self-attention"),
    ("1706.03762", 4, date(2021, 4, 12), "start here"),
    ("gpt", 4, date(2021, 4, 15), "perplexity and BPEs"),
    ("gpt2", 2, date(2021, 4, 17), "24 pages for 'bigger is better'"),
    ("2005.14165", 5, date(2021, 4, 25), "the zero-shot/few-shot framing"),
    ("2102.07350", 5, date(2021, 4, 27), ""),
]

MARKS = [
    ("1706.03762", "done"), ("annotated", "dropped"), ("qkv", "done"), ("illustrated", "done"),
    ("nostalgebraist", "done"), ("attention-survey", "done"), ("gpt", "done"),
    ("gpt2", "reading"), ("ai-dungeon", "done"), ("2102.07350", "done"), ("multiverse", "done"),
    ("gwern", "skimmed"), ("2005.14165", "reading"),  # started, never finished (the story)
]

# Reflection: what the month taught, in the demo user's own (invented) words.

# key: (the resource it backs up, metadata): held in reserve for a resource that may stall
BACKUPS: dict[str, tuple[str, Metadata]] = {
    "gpt2-reactions": ("gpt2", Metadata(
        "Better Language Models and Their Implications", K.POST,
        "https://openai.com/research/better-language-models", ["OpenAI"], 2019,
        words=1600)),
}
SWAP = ("gpt2", "gpt2-reactions", date(2021, 4, 21),
        "24 pages of 'bigger is better' killed the week; the history and the reactions "
        "to the staged release say more")
SWAP_SESSION = (date(2021, 4, 21), "gpt2-reactions", 40, "20:30", "read", 4,
                "the staged release and the debate around it")

# (day, title, setup, expectation, result, surprise, resource key)
EXPERIMENTS = [
    (date(2021, 4, 27), "Few-shot list sorting",
     "Five sorted examples, then an unsorted list of eight numbers",
     "Sorted output after five examples", "Sorted only the shortest lists",
     "Zero-shot with a plain instruction did better than five examples", "2102.07350"),
    (date(2021, 4, 28), "Parsing by counterfactual",
     "Ask what a sentence would mean if one word changed", "Nonsense",
     "Reasonable rewrites in most of ten tries", "", "2102.07350"),
    (date(2021, 5, 1), "Same task, three framings",
     "A translation asked as a dialogue, a textbook exercise and a bare instruction",
     "Little difference", "The textbook framing was clearly best",
     "The framing mattered more than the examples", None),
]

# (day, topic, audience, minutes, shaky spots)
EXPLANATIONS = [
    (date(2021, 4, 10), "Self-attention in the transformer", "a friend who knew transformers",
     30, ["Where the inputs enter self-attention"]),
    (date(2021, 4, 13), "From recurrent nets to attention, and self-attention",
     "my girlfriend (chemistry and neuroscience)", 90,
     ["What the scaling by the square root of d_k is for"]),
]
# (day, shaky spot or question, answer)
ANSWERS = [
    (date(2021, 4, 12), "Where the inputs enter self-attention",
     "Each input vector is multiplied by the learned matrices W_Q, W_K and W_V; the products "
     "are the queries, keys and values."),
]
QUESTION = (date(2021, 4, 29), "Why does few-shot list sorting fail where zero-shot works?",
            "the blog's authors",
            "The examples push the model towards imitating the examples' surface, not the task.",
            date(2021, 5, 3))
CHECKIN = (date(2021, 5, 3), "Laria Reynolds and Kyle McDonell (the blog's authors)", [
    ("A prompt is best thought of as a program that selects a behaviour", "right", ""),
    ("Few-shot examples teach GPT-3 the task", "partly",
     "Mostly they tell it which task is meant; it often knows the task already"),
    ("A language model simulates one author", "wrong",
     "It simulates many possible continuations: a multiverse of them"),
])
RETROS = {
    1: ("Following the plan", "Studied every day in the slot. Self-attention stayed murky "
        "until the Illustrated Transformer; the Annotated Transformer was of no use to me."),
    2: ("The loss of hope", "The GPT paper was fine, but forcing myself through GPT-2 "
        "stopped all studying for days. Swapping it for the history of the models came late."),
    3: ("Fascinating GPT-3", "Got some API access, then did not know what to try. The "
        "prompt-programming posts gave me both methods and a mental model."),
    4: ("Buffer well spent", "Far more than an hour a day, unstructured: experiments, a rant "
        "on language models and alignment, and a call with the blog's authors."),
}
DIVE_RETRO = ("For a first try, a decent month: one topic kept my focus for four weeks, and "
              "what I learned already shapes my research.")
LESSONS = [
    "Ankify what I learn, the transformer details above all",
    "Prepare backup plans for when part of the plan is too hard or too boring",
    "Force myself to do more hands-on experiments: more prompts, more variants",
]
# (key, place, rank, comment)
RECOMMENDATIONS = [
    ("1706.03762", "start", 1, "try to get self-attention from the paper first"),
    ("illustrated", "then", 1, "the explanation that finally made it click"),
    ("nostalgebraist", "finally", 1, "the history of attention and of neural net designs"),
    ("gpt2", "skip", None, "skim it quickly at most"),
    ("2102.07350", "start", 1, "read it and try its methods"),
]
