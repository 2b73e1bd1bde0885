"""Shapes found on an eighth round of unseen real news pages (es/pt/pl/uk), each written
anew here: the text is ours, the shape the page's.

Newsroom signatures (``Por Redacción —``, ``Da Redação``), an aggregator's pointer to
the full story, Polish ``dodano`` stamps and paywall offers, a Ukrainian reading time
and tag label stayed in the text. Each furniture line goes; a sentence that starts the
same way stays.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer


def _clean(lang: str, text: str) -> str:
    return Normalizer(lang=lang).clean(text)


BODIES = {
    "es": ("El ayuntamiento aprobó el presupuesto el martes tras un debate que duró hasta la "
           "noche, según el alcalde.\n\nLa votación fue de siete a dos, y el plan pasa ahora "
           "al pleno para su lectura final el mes próximo."),
    "pt": ("A câmara aprovou o orçamento na terça-feira depois de um debate que durou até a "
           "noite, disse o prefeito.\n\nA votação foi de sete a dois, e o plano segue agora "
           "para a leitura final no mês que vem."),
    "pl": ("Rada miasta przyjęła budżet we wtorek po debacie, która trwała do wieczora, "
           "powiedział burmistrz.\n\nGłosowanie zakończyło się wynikiem siedem do dwóch, a "
           "plan trafi teraz pod ostateczne obrady w przyszłym miesiącu."),
    "uk": ("Міська рада ухвалила бюджет у вівторок після дебатів, що тривали до вечора, "
           "сказав мер.\n\nГолосування завершилося з рахунком сім до двох, і план тепер "
           "піде на остаточне читання наступного місяця."),
}


@pytest.mark.parametrize(("lang", "furniture"), [
    ("es", "Por Redacción —"),
    ("pt", "Da Redação"),
    ("pl", "dodano 9-3-2026"),
    ("pl", "Aktualizacja: 10.03.2026 08:05 Publikacja: 09.03.2026 21:30"),
    ("pl", "Już od 29 zł miesięcznie przez rok\nSubskrybuj i bądź na bieżąco!"),
    ("uk", "Позначка: Бюджет"),
    ("uk", "3 хв читати"),
])
def test_a_head_line_of_page_furniture_goes(lang: str, furniture: str) -> None:
    body = BODIES[lang]
    assert _clean(lang, f"{furniture}\n\n{body}") == body


@pytest.mark.parametrize(("lang", "furniture"), [
    ("es", "Leer noticia completa en La Gaceta."),
    ("pl", "dodano 9-3-2026"),
])
def test_a_tail_line_of_page_furniture_goes(lang: str, furniture: str) -> None:
    body = BODIES[lang]
    assert _clean(lang, f"{body}\n\n{furniture}") == body


@pytest.mark.parametrize(("lang", "sentence"), [
    ("es", "Por redacción de la norma se entiende el texto que aprobó el pleno."),
    ("es", "Leer la noticia completa en el boletín fue imposible para muchos vecinos, dijo."),
    ("pt", "Da redação do jornal saíram três editores no ano passado."),
    ("pl", "Dodano 9-3-2026 nowy punkt do porządku obrad rady."),
    ("pl", "Już za 29 zł miesięcznie przez rok można jeździć wszystkimi liniami."),
    ("pl", "Subskrybuj i bądź na bieżąco, radził widzom prowadzący."),
    ("uk", "Позначка: на бюлетені має стояти лише одна."),
    ("uk", "За 3 хв читати новини ніхто не встигне, сказав редактор."),
])
def test_a_sentence_that_starts_like_furniture_stays(lang: str, sentence: str) -> None:
    text = f"{BODIES[lang]}\n\n{sentence}"
    assert sentence in _clean(lang, text)


def test_a_newsroom_signature_does_not_crop_the_first_story_of_a_listing() -> None:
    """A sports page with two short stories: dropping the signature under the first
    headline must not make the first story look like page furniture."""
    text = (":: mar/2026\n"
            "Jogos do fim de semana no futebol amador da cidade\n"
            "Da Redação\n\n"
            "Confira os jogos marcados para este fim de semana no campeonato amador da cidade.\n"
            "Campeonato de Veteranos – Final\n"
            "Domingo (8)\n"
            "10h00\n"
            "União x Estrela\n"
            "Torcedores preferem os estaduais às ligas estrangeiras, aponta pesquisa\n"
            "Agência Sul\n\n"
            "A pesquisa ouviu dois mil torcedores em todo o país. Segundo o instituto, 45% "
            "avaliam os estaduais como ótimos ou bons, e 20% não opinaram.")
    out = _clean("pt", text)
    assert "Da Redação" not in out
    assert "Confira os jogos marcados para este fim de semana" in out
    assert "A pesquisa ouviu dois mil torcedores" in out
