"""Group the spellings of one name: same skeleton, similar letters, shared neighbours.

Two forms are variants of one name when

1. their transliteration skeletons are equal (:func:`skeleton`),
2. they are not the masculine and feminine form of a name (``Zelensky``/``Zelenska``)
   nor one name in two grammatical cases (``Mozyr``/``Mozyry``, see :mod:`.endings`),
3. their letters are close (``difflib`` ratio on the ASCII forms), and
4. they keep the same company: the words around them overlap (cosine of
   inverse-frequency-weighted context counts; for nearly equal spellings, most of
   the rarer one's neighbours are the other's too), and
5. no full name follows one of them often and the other never (``Vladimir Putin``,
   but never ``Volodymyr Putin``).

``Austria``/``Australia`` fail at 1, ``Germany``/``German`` and ``Crimea``/``Crime``
at 4, ``Vladimir``/``Volodymyr`` at 5.

Clusters are stars around their most frequent spelling, so variants never chain
(``A~B``, ``B~C`` does not put ``A`` with ``C`` unless ``A~C``).

>>> from normkit.discover.candidates import collect
>>> docs = [(f"{i}.txt", text) for i, text in enumerate([
...     "Missiles hit Kharkov overnight. The mayor of Kharkov said ten were hurt.",
...     "Missiles hit Kharkiv overnight. The mayor of Kharkiv said ten were hurt.",
...     "Austria and Germany met. Australia won the cricket."])]
>>> [c.spellings for c in find_clusters(collect(docs), min_count=2)]
[['Kharkiv', 'Kharkov']]
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from normkit.discover.candidates import MAX_EXAMPLES, Corpus, Form
from normkit.discover.endings import inflected
from normkit.discover.skeleton import ascii_fold, gender_clash, skeleton
from normkit.matching import fold

MIN_COUNT = 2  # occurrences a spelling needs to be considered
MIN_LETTERS = 0.6  # letter similarity (difflib ratio of the ASCII forms)
MIN_CONTEXT = 0.35  # context similarity (weighted cosine)
CLOSE_LETTERS = 0.85  # spellings this close need only ...
MIN_SHARED = 0.75  # ... this share of the rarer one's neighbours, whatever the cosine
SHORT = 2  # a skeleton of this few consonants (Kyiv: KV) says little, so for short names
SHORT_LETTERS, SHORT_CONTEXT = 0.75, 0.6  # letters and context must be closer
KNOWN_FOLLOWER = 0.1  # a next word this common names a person (Vladimir Putin)
COMMON_WORD = 0.2  # a word written in lower case this often (relative) is no name


@dataclass(frozen=True)
class Evidence:
    """Why two spellings were judged one name."""

    letters: float
    context: float  # cosine of the neighbourhoods
    shared: float  # share of the rarer form's neighbours the other has


@dataclass
class Cluster:
    """The spellings of one name, most frequent first."""

    forms: list[Form]
    evidence: dict[str, Evidence] = field(default_factory=dict)  # variant -> vs the head

    @property
    def head(self) -> Form:
        return self.forms[0]

    @property
    def spellings(self) -> list[str]:
        return [f.text for f in self.forms]

    @property
    def count(self) -> int:
        return sum(f.count for f in self.forms)


class ContextIndex:
    """Weighted context vectors of forms, built on demand."""

    def __init__(self, corpus: Corpus):
        self._corpus = corpus
        self._vectors: dict[str, tuple[dict[str, float], float]] = {}

    def vector(self, form: Form) -> tuple[dict[str, float], float]:
        if form.text not in self._vectors:
            weighted = {w: n * self._corpus.weight(w) for w, n in form.context.items()}
            norm = math.sqrt(sum(v * v for v in weighted.values()))
            self._vectors[form.text] = (weighted, norm)
        return self._vectors[form.text]

    def similarity(self, a: Form, b: Form) -> float:
        """Cosine similarity of the two forms' neighbourhoods (0..1)."""
        va, na = self.vector(a)
        vb, nb = self.vector(b)
        if not na or not nb:
            return 0.0
        if len(vb) < len(va):
            va, vb = vb, va
        return sum(v * vb[w] for w, v in va.items() if w in vb) / (na * nb)

    def containment(self, a: Form, b: Form) -> float:
        """The share of the rarer form's (weighted) neighbours that the other one has too.

        A rare misspelling shares most of its neighbours with the usual spelling even
        when the usual spelling has many more (which lowers the cosine).
        """
        if a.count > b.count:
            a, b = b, a
        va, _ = self.vector(a)
        vb, _ = self.vector(b)
        total = sum(va.values())
        return sum(v for w, v in va.items() if w in vb) / total if total else 0.0


def letter_similarity(a: str, b: str) -> float:
    """How close two spellings are letter by letter, 0..1.

    >>> round(letter_similarity("Kiev", "Kyiv"), 2), round(letter_similarity("Venus", "Venice"), 2)
    (0.75, 0.55)
    """
    return SequenceMatcher(None, ascii_fold(a), ascii_fold(b), autojunk=False).ratio()


_ADJECTIVE_ENDINGS = ("ian", "ean", "an", "ic", "ish", "ese")


def adjective_of(a: str, b: str) -> bool:
    """True if one word ends like an English adjective or demonym and the other not.

    >>> adjective_of("Catalonia", "Catalan"), adjective_of("Slavik", "Slavic")
    (True, True)
    >>> adjective_of("Alikhan", "Alihan"), adjective_of("Kyiv", "Kiev")
    (False, False)
    """
    x, y = ascii_fold(a), ascii_fold(b)
    return any(x.endswith(e) != y.endswith(e) for e in _ADJECTIVE_ENDINGS)


def merge_folded(forms: Mapping[str, Form]) -> dict[str, Form]:
    """Forms that fold alike (case, accents) become one, named by the most frequent."""
    groups: dict[str, list[Form]] = defaultdict(list)
    for form in forms.values():
        groups[fold(form.text)].append(form)
    merged = {}
    for members in groups.values():
        members.sort(key=lambda f: (-f.count, f.text))
        if len(members) == 1:
            merged[members[0].text] = members[0]
            continue
        top = Form(members[0].text)
        for member in members:
            top.count += member.count
            top.files.update(member.files)
            top.context.update(member.context)
            top.followers.update(member.followers)
            top.examples.extend(e for e in member.examples if e not in top.examples)
        top.examples = top.examples[:MAX_EXAMPLES]
        merged[top.text] = top
    return merged


def is_common_word(corpus: Corpus, form: Form) -> bool:
    """A single word also written in lower case, as ``Minister``/``minister`` is."""
    if form.words > 1:
        return False
    return corpus.lower[form.text.lower()] >= COMMON_WORD * form.count


def judge(a: Form, b: Form, contexts: ContextIndex, *, min_letters: float = MIN_LETTERS,
          min_context: float = MIN_CONTEXT) -> Evidence | None:
    """The evidence that ``a`` and ``b`` spell one name, or None if they do not."""
    if a.words != b.words or any(
        gender_clash(x, y) for x, y in zip(a.text.split(), b.text.split(), strict=True)
    ):
        return None
    if any(adjective_of(x, y) for x, y in zip(a.text.split(), b.text.split(), strict=True)):
        return None
    if inflected(a.text, b.text):
        return None
    letters = letter_similarity(a.text, b.text)
    if letters < min_letters or different_people(a, b):
        return None
    context = contexts.similarity(a, b)
    shared = contexts.containment(a, b)
    if is_short(a.text):  # Valya/Valley, Kate/Katya
        if letters < SHORT_LETTERS or context < max(min_context, SHORT_CONTEXT):
            return None
    elif context < min_context and not (letters >= CLOSE_LETTERS and shared >= MIN_SHARED):
        return None
    return Evidence(round(letters, 3), round(context, 3), round(shared, 3))


def is_short(text: str) -> bool:
    """True for a single word whose skeleton has at most ``SHORT`` consonants.

    >>> is_short("Kyiv"), is_short("Valya"), is_short("Kharkiv"), is_short("Vitali Klitschko")
    (True, True, False, False)
    """
    return " " not in text and len(skeleton(text).lstrip("@")) <= SHORT


def different_people(a: Form, b: Form) -> bool:
    """True if a frequent next name word of one spelling never follows the other.

    ``Vladimir`` is mostly followed by ``Putin``, ``Volodymyr`` never is: a rule
    ``Vladimir -> Volodymyr`` would rename Putin. (Next words compare by skeleton, so
    ``Sergei Lavrov`` and ``Sergey Lavrov`` share theirs.)
    """
    for x, y in ((a, b), (b, a)):
        for follower, n in x.followers.items():
            if n >= max(3, KNOWN_FOLLOWER * x.count) and not y.followers[follower]:
                return True
    return False


def find_clusters(
    corpus: Corpus,
    *,
    min_count: int = MIN_COUNT,
    min_letters: float = MIN_LETTERS,
    min_context: float = MIN_CONTEXT,
    forms: Mapping[str, Form] | None = None,
) -> list[Cluster]:
    """Clusters of two or more spellings, largest first."""
    pool = merge_folded(corpus.forms if forms is None else forms)
    groups: dict[str, list[Form]] = defaultdict(list)
    for form in pool.values():
        if form.count >= min_count and not is_common_word(corpus, form):
            key = skeleton(form.text)
            if key.replace("@", "").replace(" ", ""):
                groups[key].append(form)
    contexts = ContextIndex(corpus)
    clusters = []
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda f: (-f.count, f.text))
        stars: list[Cluster] = []
        for form in members:
            best: tuple[float, Cluster, Evidence] | None = None
            for star in stars:
                evidence = judge(star.head, form, contexts, min_letters=min_letters,
                                 min_context=min_context)
                if evidence is not None:
                    score = evidence.letters + evidence.context
                    if best is None or score > best[0]:
                        best = (score, star, evidence)
            if best is None:
                stars.append(Cluster([form]))
            else:
                best[1].forms.append(form)
                best[1].evidence[form.text] = best[2]
        clusters.extend(star for star in stars if len(star.forms) > 1)
    clusters.sort(key=lambda c: (-c.count, c.head.text))
    return clusters
