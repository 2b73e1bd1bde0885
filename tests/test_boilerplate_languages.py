"""Scraped pages in languages other than English: the page goes, every sentence stays.

Short news stories written for these tests (not copied), each with the furniture of
a site in its language around it.
"""

from __future__ import annotations

import functools

import pytest

from normkit import Normalizer


@functools.cache
def norm(lang: str) -> Normalizer:
    return Normalizer(lang=lang)


def removed(lang: str, text: str) -> list[str]:
    return [text[x.start : x.end].strip() for x in norm(lang).run(text).removed]


# -- follow prompts: a slogan in the article is no prompt ----------------------------

SLOGANS = {
    "fr": ("Les ministres de la Défense se sont réunis mardi à Bruxelles pour discuter du "
           "financement de l'aide militaire à l'Ukraine, sans parvenir à un accord.",
           "Abonnez-vous à la paix, pas à la guerre ! scandaient quelques dizaines de "
           "manifestants devant le bâtiment.",
           "Le texte sera soumis au vote le 15 décembre."),
    "ru": ("Стоимость рекламы на федеральных каналах в 2026 году выросла в среднем на 20 %, "
           "сообщили в Ассоциации коммуникационных агентств.",
           "Подписывайтесь на что угодно, но не на кредиты, — шутят в соцсетях пользователи, "
           "обсуждая агрессивную рекламу банков.",
           "Объем рынка, по оценкам экспертов, превысит 1,1 трлн руб."),
    "uk": ("Служба безпеки України перевіряє джерела фінансування реклами в анонімних "
           "Telegram-каналах, повідомили в пресслужбі відомства.",
           "Підписуйтесь на що завгодно, тільки не на кредити, — жартують користувачі "
           "соцмереж під дописами банків.",
           "Ринок реклами за рік зріс на 12 %."),
    "es": ("Miles de personas se manifestaron el sábado en Madrid contra la reforma de las "
           "pensiones aprobada por el Gobierno la semana pasada.",
           "Únete a la lucha, coreaban los manifestantes a su paso por la calle de Alcalá.",
           "La votación definitiva será el jueves."),
    "it": ("Migliaia di lavoratori hanno scioperato ieri davanti allo stabilimento di "
           "Mirafiori contro il piano di licenziamenti annunciato dall'azienda.",
           "Iscriviti al sindacato, gridavano i delegati ai colleghi del turno di notte.",
           "Lo sciopero continuerà fino a venerdì."),
    "pt": ("Milhares de pessoas protestaram no sábado em Lisboa contra o aumento das rendas, "
           "que subiram mais de 20 % em dois anos.",
           "Inscreva-se na luta, gritavam os manifestantes em frente à Assembleia da "
           "República.",
           "A votação da nova lei será na quinta-feira."),
    "pl": ("Kilka tysięcy osób protestowało w sobotę przed Sejmem przeciwko zmianom w "
           "ustawie o mediach publicznych.",
           "Dołącz do nas w walce o prawdę, wołali demonstranci do przechodniów.",
           "Głosowanie odbędzie się w czwartek."),
    "de": ("Tausende Menschen haben am Samstag in Berlin gegen die geplanten Kürzungen im "
           "Sozialhaushalt demonstriert, wie die Polizei mitteilte.",
           "Folgen Sie uns in die Innenstadt, riefen die Demonstranten den Passanten zu.",
           "Die Polizei zählte rund 3.000 Teilnehmer."),
}


@pytest.mark.parametrize("lang", sorted(SLOGANS))
def test_a_slogan_that_starts_like_a_follow_prompt_stays(lang):
    lead, slogan, last = SLOGANS[lang]
    text = f"{lead}\n\n{slogan}\n\n{last}\n"
    assert removed(lang, text) == []


PROMPTS = {
    "fr": "Abonnez-vous à notre newsletter « La Matinale » et recevez l'essentiel chaque matin.",
    "ru": "Подписывайтесь на наш канал в Telegram",
    "uk": "Підписуйтеся на нас у Telegram, щоб першими дізнаватися головні новини",
    "es": "Síguenos en redes sociales",
    "it": "Iscriviti al nostro canale WhatsApp",
    "pt": "Inscreva-se no nosso canal do YouTube",
    "pl": "Subskrybuj nasz kanał na YouTube",
    "de": "Folgen Sie uns auch auf Instagram",
}


@pytest.mark.parametrize("lang", sorted(PROMPTS))
def test_a_follow_prompt_after_the_article_still_goes(lang):
    lead, _, last = SLOGANS[lang]
    text = f"{lead}\n\n{last}\n\n{PROMPTS[lang]}\n"
    assert removed(lang, text) == [PROMPTS[lang]]


# -- titles of other stories under a bare pointer label ------------------------------

BOXES = {
    "de": ("Nach Angaben des Netzbetreibers sind derzeit rund 3,5 Millionen Haushalte von "
           "geplanten Abschaltungen betroffen. In Kiew gibt es in manchen Stadtteilen nur noch "
           "acht bis zehn Stunden Strom am Tag.",
           ["Mehr zum Thema",
            "Ukraine-Krieg: Was über die neue Offensive bei Charkiw bekannt ist",
            "Analyse: Wie lange hält das ukrainische Stromnetz noch durch?"],
           "Bundeskanzler Friedrich Merz sicherte Kiew weitere Unterstützung zu. Deutschland "
           "werde bis Jahresende zwei zusätzliche Systeme liefern, sagte ein Sprecher."),
    "it": ("Al centro dei colloqui, la conferenza sulla ricostruzione che si terrà a Roma nel "
           "2027 e il nuovo pacchetto di aiuti, il dodicesimo dall'inizio della guerra.",
           ["Leggi anche", "Ucraina, attacco russo su Kharkiv: colpito un ospedale pediatrico"],
           "Nel pomeriggio il leader ucraino ha incontrato una delegazione di imprenditori "
           "italiani interessati ai progetti di ricostruzione a Odessa e Kiev."),
    "pt": ("Um ataque russo com mísseis atingiu na madrugada desta quarta-feira instalações "
           "de energia em Kharkiv e deixou cerca de 1 milhão de pessoas sem eletricidade.",
           ["Leia também",
            "Zelensky diz que Ucrânia precisa de mais sistemas Patriot antes do inverno"],
           "A Rússia não comentou o ataque. Desde o início da invasão, cerca de 40% da "
           "capacidade de geração de energia da Ucrânia foi destruída ou danificada."),
}


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_story_titles_under_a_pointer_label_mid_article_go(lang):
    before, box, after = BOXES[lang]
    text = f"{before}\n\n" + "\n".join(box) + f"\n\n{after}\n"
    result = norm(lang).run(text)
    assert [x.text.strip() for x in result.removed] == box
    assert result.text == f"{before}\n\n{after}\n"


@pytest.mark.parametrize("lang", sorted(BOXES))
def test_a_subheading_after_a_blank_line_or_a_sentence_below_a_label_stays(lang):
    before, box, after = BOXES[lang]
    label = box[0]
    apart = f"{before}\n\n{label}\n\n{box[1]}\n\n{after}\n"  # no box: a blank line between
    assert removed(lang, apart) == [label]
    glued = f"{before}\n{label}\n{after}\n"  # a sentence right under the label
    assert removed(lang, glued) == [label]


# -- date stamps, cookie notices and comment links ------------------------------------

# (language, line, where it stands: above the story or below it)
STAMPS = [
    ("pt", "Lusa | 26.11.2026 às 14:20", "above"),
    ("pt", "26/11/2026 09h41 Atualizado há 2 horas", "above"),
    ("de", "Stand: 26.11.2026, 07:45 Uhr", "above"),
    ("de", "Dieser Artikel wurde am 26.11.2026 um 10:20 Uhr aktualisiert.", "below"),
    ("es", "Actualizado: 26.11.2026 - 10:15", "above"),
    ("fr", "Publié le 26 novembre 2026 à 06h30, mis à jour à 09h12", "above"),
    ("it", "26 novembre 2026 (modifica il 26 novembre 2026 | 11:05)", "above"),
    ("pl", "Ta strona korzysta z plików cookie. Korzystając ze strony wyrażasz zgodę na ich "
           "używanie zgodnie z ustawieniami przeglądarki.", "above"),
    ("pl", "Zobacz komentarze (128)", "below"),
]
STORIES = {
    "pt": ("Volodymyr Zelensky chegou esta quarta-feira a Lisboa para uma visita oficial de um "
           "dia e assinou um acordo de cooperação em matéria de segurança.",
           "Segundo o Governo, Portugal já enviou à Ucrânia material militar no valor de cerca "
           "de 250 milhões de euros desde 2022."),
    "de": ("Der ukrainische Präsident hat überraschend seinen Verteidigungsminister entlassen. "
           "Das teilte das Präsidialamt in Kiew am Mittwoch mit.",
           "Die Nachfolge soll bereits am Donnerstag im Parlament bestätigt werden, hieß es in "
           "Kiew."),
    "es": ("El presidente de Ucrania pidió este miércoles a los socios europeos que aceleren la "
           "entrega de sistemas de defensa antiaérea.",
           "El ministro de Exteriores viaja el jueves a Bruselas, donde se reunirá con la alta "
           "representante de la UE."),
    "fr": ("La nuit a encore été courte à Kharkiv, où trois missiles ont frappé un quartier "
           "industriel du nord de la ville vers 3 heures du matin.",
           "Selon l'administration régionale, 1 240 bâtiments ont été endommagés dans la ville "
           "depuis janvier."),
    "it": ("Il presidente ucraino è arrivato ieri sera a Roma per una visita di due giorni ed è "
           "stato ricevuto al Quirinale questa mattina.",
           "Al centro dei colloqui, la conferenza sulla ricostruzione che si terrà a Roma nel "
           "2027 e il nuovo pacchetto di aiuti."),
    "pl": ("Prezydent Ukrainy przyjechał w środę do Warszawy, gdzie spotkał się z prezydentem i "
           "premierem.",
           "Tematem rozmów był m.in. transport zboża przez polskie porty oraz odbudowa Kijowa."),
}


@pytest.mark.parametrize(("lang", "stamp", "where"), STAMPS)
def test_date_stamps_and_notices_around_the_story_go(lang, stamp, where):
    story = "\n\n".join(STORIES[lang])
    text = f"{stamp}\n\n{story}\n" if where == "above" else f"{story}\n\n{stamp}\n"
    assert removed(lang, text) == [stamp]


@pytest.mark.parametrize("sentence", [
    "Der Artikel wurde am 26.11.2026 von der Redaktion aktualisiert, weil Zahlen fehlten.",
    "Lisboa | 26.11.2026 às 14:20 o governo aprovou o orçamento.",
])
def test_a_sentence_that_starts_like_a_stamp_stays(sentence):
    lang = "de" if sentence.startswith("Der") else "pt"
    first, second = STORIES[lang]
    assert removed(lang, f"{first}\n\n{sentence}\n\n{second}\n") == []
