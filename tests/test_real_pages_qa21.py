"""Furniture and headlines found on unseen real pages (qa21): a regional site's clock
and ticker above its section label and date (the headline under them went with the
page's head), a French live blog's ``DIRECT.`` glued to its headline (read as two
sentences, so no headline), a headline printed twice in a row under a site's own
box, and lines that stayed: a share bar of network names, a theme's skip link, a
portal's syndication note, an agency's update/created stamps, a
WordPress caption shortcode, bracketed pointers, newsletter terms, rating and cookie
boxes, read-us-on prompts. The texts are written for these tests."""

from __future__ import annotations

import pytest

from normkit.stages.boilerplate.duplicates import key, mark_copies_in_a_row
from normkit.stages.boilerplate.lines import split_lines

COPY = "structure/duplicate"

ES_BODY = [
    "El Concejo Deliberante aprobó el martes el presupuesto municipal por mayoría, tras un "
    "debate de cuatro horas.",
    "El intendente celebró la decisión y anunció obras de pavimento para el invierno.",
]
EN_BODY = [
    "Dock workers returned to the harbour on Thursday after a two-week strike over pay, "
    "the union said.",
    "The port authority said ships would be cleared by the weekend.",
]

BODIES = {
    "en": EN_BODY,
    "es": ES_BODY,
    "it": ["Il consiglio comunale ha approvato martedì il bilancio dopo un dibattito di "
           "quattro ore.", "Il sindaco ha annunciato lavori sulle strade per l'inverno."],
    "uk": ["Міська рада ухвалила у вівторок бюджет після чотирьох годин дебатів.",
           "Мер пообіцяв ремонт доріг до зими."],
    "ru": ["Городской совет утвердил во вторник бюджет после четырёх часов дебатов.",
           "Мэр пообещал ремонт дорог до зимы."],
    "fr": ["Le conseil municipal a voté mardi soir le budget après quatre heures de débat.",
           "Le maire a promis des travaux sur les routes avant l'hiver."],
    "pl": ["Rada miasta przyjęła we wtorek budżet po czterech godzinach debaty.",
           "Burmistrz zapowiedział remonty dróg przed zimą."],
}


def _keeps(norm, page: str, body: list[str], lang: str) -> str:
    text = norm.run(page, lang=lang).text
    for sentence in body:
        assert sentence in text
    assert norm.clean(text, lang=lang) == text  # idempotent
    return text


def test_a_headline_under_a_sites_clock_and_ticker_stays(norm):
    headline = "El Concejo aprueba el presupuesto municipal"
    page = "\n\n".join([
        "Lunes 2 de Marzo de 2026",
        "Hoy es Lunes 2 de Marzo de 2026 y son las 09:14 - Suben las tarifas del gas / "
        "El puerto reabre tras el temporal / Corte de ruta en el acceso norte /",
        "POLÍTICA", "2 de marzo de 2026", headline, *ES_BODY]) + "\n"
    text = _keeps(norm, page, ES_BODY, "es")
    assert text.startswith(headline)
    assert "Hoy es" not in text


def test_a_clock_sentence_of_the_article_stays(norm):
    line = ("Hoy es martes 3 de marzo y son las 10:00 cuando el juez entra a la sala, "
            "contó el fiscal.")
    assert norm.clean(line + "\n", lang="es") == line + "\n"


def test_a_live_blogs_glued_label_leaves_its_headline_a_headline(norm):
    headline = "DIRECT. Grève des dockers : le port de Marseille reste fermé jeudi"
    body = ["– Les dockers ont voté jeudi matin la poursuite du mouvement pour une semaine.",
            "– Le préfet a réuni les syndicats et la direction du port en fin de matinée."]
    page = "\n\n".join(['Press "Enter" to skip to content', headline, *body]) + "\n"
    text = _keeps(norm, page, body, "fr")
    assert headline in text
    assert "skip to content" not in text


def test_a_headline_printed_twice_in_a_row_keeps_one_copy(norm):
    headline = "Zeven maanden na de verkiezingen staat het nieuwe kabinet op het bordes"
    body = ["DEN HAAG (ANP) - Koning Willem-Alexander beëdigt vandaag de ministers en "
            "staatssecretarissen op paleis Huis ten Bosch.",
            "Het kabinet trekt later op de dag naar het Catshuis, waar de bewindslieden "
            "kennismaken met de pers."]
    page = "\n\n".join(["Kies je webmail",
                        "Omdat deze site ook een tweede webmail aanbiedt, vragen we je "
                        "eenmalig je voorkeur op te geven.",
                        headline, headline, *body, "Meer uit Binnenland",
                        "Gemeente verhoogt de parkeertarieven"]) + "\n"
    text = _keeps(norm, page, body, "nl")
    assert text.count(headline) == 1


def test_a_line_shown_three_times_in_a_row_is_a_refrain_not_a_title():
    # a title printed twice in a row loses its copy; a third copy makes it a refrain
    chant = "We will not leave this square tonight"
    for copies, rules in ((2, [None, COPY]), (3, [None, None, None])):
        lines = split_lines("\n\n".join([chant] * copies), "en")
        mark_copies_in_a_row(lines, [key(line.text) for line in lines])
        assert [line.rule for line in lines] == rules
    # a stanza repeats a line right under it: no title's copy
    lines = split_lines(f"{chant}\n{chant}", "en")
    mark_copies_in_a_row(lines, [key(line.text) for line in lines])
    assert [line.rule for line in lines] == [None, None]


@pytest.mark.parametrize(("line", "lang"), [
    ("Facebook Twitter Youtube", "es"),
    ("Share Button", "en"),
    ("(Except for the headline, this story has not been edited by Harbour Daily staff and "
     "is published from a syndicated feed.)", "en"),
    ("PTI | Updated: 16-05-2024 15:11 IST | Created: 16-05-2024 15:11 IST", "en"),
    ('[caption id="attachment_12" align="alignnone" width="900"]The quay at dawn '
     "Foto: Prefeitura[/caption]", "es"),
    ("DMCA", "ru"),
    ("Seguínos", "es"),
    ("[Te puede interesar] El puerto reabre tras el temporal", "es"),
    ("MÁS DE NACIONAL", "es"),
    ("Mantenete siempre informado", "es"),
    ("Al suscribirte aceptas los Términos y Condiciones y la Política de Privacidad de "
     "Diario Sur.", "es"),
    ("Valuta questo articolo", "it"),
    ("Questo contenuto non è disponibile per via delle tue preferenze sui cookie", "it"),
    ("Gentile lettore, la pubblicazione dei commenti è sospesa di notte e ogni commento "
     "sarà letto prima di essere pubblicato.", "it"),
    ("Читайте новини «Вісті Полісся» у Facebook | Telegram | Viber", "uk"),
    ("Читайте нас в Telegram | Дзен", "ru"),
    ("Почему вы можете доверять Вестям →", "ru"),
    ("Lire l'article complet sur: lepetitjournal.fr", "fr"),
    (".lepetitjournal.fr", "fr"),
    ("Nouveaux articles", "fr"),
    ("Idź do oryginalnego materiału", "pl"),
    ("Картина дня", "ru"),
    ("Вам также может быть интересно", "ru"),
    ("Trending 1 week ago", "en"),
])
def test_furniture_line_goes_and_the_article_stays(norm, line, lang):
    body = BODIES[lang]
    for page in ("\n\n".join([*body, line]) + "\n", "\n\n".join([line, *body]) + "\n"):
        text = _keeps(norm, page, body, lang)
        assert line not in text


@pytest.mark.parametrize(("line", "lang"), [
    ("Facebook and Twitter removed the posts on Monday, the company said.", "en"),
    ("Learn more about the plan, the mayor told residents on Monday.", "en"),
    ("Te puede interesar saber que el puerto reabre el lunes, dijo el intendente.", "es"),
    ("Más de nacional tiene la liga que de provincial, dijo el técnico.", "es"),
    ("Mantente informado de los cambios, pidió el ministro a los vecinos.", "es"),
    ("Gentile lettore, scrive il sindaco, i lavori finiranno a maggio.", "it"),
    ("Читайте новини уважно, радить психолог, і не довіряйте анонімним каналам у Telegram.",
     "uk"),
    ("DMCA notices rose by a third last year, the report said.", "en"),
])
def test_a_sentence_that_opens_like_furniture_stays(norm, line, lang):
    assert norm.clean(line + "\n", lang=lang) == line + "\n"


def test_a_portals_newsletter_note_in_the_key_points_goes_and_the_interview_stays(norm):
    # the note stands among the lead's bullets; the interview goes on below it
    body = ["- Burmistrz mówi, że rada miasta straciła kontrolę nad spółkami komunalnymi",
            "- Radni opozycji domagają się audytu wszystkich umów",
            "Jan Kowalski: Dlaczego zdecydował się pan mówić o tym publicznie?",
            "Adam Nowak: Bo nikt inny nie chciał."]
    note = ("- Więcej ważnych informacji znajdziesz na stronie głównej portalu. Jeśli nie "
            "chcesz niczego przegapić — zapisz się na nasz newsletter")
    page = "\n".join(["Rada miasta przyjęła we wtorek budżet po czterech godzinach debaty.",
                      *body[:2], note, *body[2:]]) + "\n"
    text = _keeps(norm, page, body, "pl")
    assert "newsletter" not in text


def test_a_paragraph_whose_last_sentence_lost_its_full_stop_stays(norm):
    # a machine translation left stray words after the paragraph's last full stop; the
    # page's tags and comment form follow
    body = [
        "Kyiv: Shelling hit the port city of Mykolaiv again on Sunday, the mayor said. "
        "Two warehouses near the river burned for hours.",
        "Governor Vitaliy Kim said a child was hurt in the attack on Saturday evening.",
        "The head of the UN nuclear watchdog said on Saturday that the last external power "
        "line to the Zaporizhzhia plant had been cut. Power still reached the plant through a "
        "reserve line while the shelling went on in the region. is going",
    ]
    page = "\n\n".join([*body, "Tags: Russia Ukraine war, world news",
                         "Please enter your comment!", "Please enter your name here"]) + "\n"
    text = _keeps(norm, page, body, "en")
    assert "Please enter" not in text


def test_a_page_description_cut_short_under_its_metadata_does_not_extend_the_article(norm):
    body = ["Dock workers returned to the harbour on Thursday after a two-week strike over "
            "pay, the union said.",
            "The port authority said ships would be cleared by the weekend, and that no cargo "
            "had been lost in the two weeks."]
    description = ("Dock workers returned on Thursday. The strike over pay had closed the "
                   "harbour for two weeks, and the port authority said ships would be cleared")
    page = "\n".join(["Harbour strike ends", *body, "Share", "Facebook", "Twitter", "Email",
                      "https://example.org/img/harbour.jpg", "500", description,
                      "Privacy Policy", "Terms of Use"]) + "\n"
    text = norm.run(page, lang="en").text
    assert description not in text


def test_a_roundups_story_after_a_source_credit_stays(norm):
    stories = [
        "Saarbrücken: Autofahrer flüchtet nach Unfall",
        "Ein Autofahrer hat am Montag in Saarbrücken einen Radfahrer angefahren und ist "
        "danach geflüchtet, teilte die Polizei mit.",
        "Quelle: DPA",
        "Balve: Blitzer erwischt Mutter mit Kinderwagen",
        "Genau in dem Moment, als ein Autofahrer mit Tempo 61 geblitzt wurde, schob eine Frau "
        "einen Kinderwagen durchs Bild. Den Fahrer kostet das Foto nichts.",
        "Quelle: Polizei Märkischer Kreis",
        "Ulm: Diebe stehlen Paletten aus Lastwagen",
        "Unbekannte haben in Ulm neun Paletten aus einem Lastwagen gestohlen, während der "
        "Fahrer in der Kabine schlief.",
    ]
    text = norm.run("\n\n".join(stories) + "\n", lang="de").text
    assert stories[6] in text and stories[7] in text
    assert "Quelle: DPA" not in text


def test_an_embeds_consent_box_in_a_live_blog_goes_and_the_posts_stay(norm):
    posts = ["Ministers will set out the plan for schools later today, the prime minister said.",
             "The opposition leader called for free school meals to continue over the summer.",
             "Refusing to do so, she argued, would widen the gap between pupils."]
    box = ["Skip twitter post", "Allow Twitter content?",
           "This article contains content provided by Twitter. We ask for your permission "
           "before anything is loaded, as they may be using cookies and other technologies.",
           "The Harbour Post is not responsible for the content of external sites.",
           "End of twitter post", "Council chamberImage source, City Hall"]
    page = "\n\n".join([posts[0], *box, *posts[1:]]) + "\n"
    text = _keeps(norm, page, posts, "en")
    assert "twitter" not in text.lower() and "Image source" not in text


def test_a_mirrored_live_page_loses_its_markup_its_wire_caption_and_stamps(norm):
    body = ["Three explosions hit the peninsula over the past two weeks, according to an "
            "internal government report shared with reporters.",
            "At least four people were hurt in an attack on the port city overnight, "
            "officials said."]
    page = "\n".join([
        "August 17, 2022 war news",
        '- Source: TV " data-video="false" data-show-html=" The Lead " data-id="12">',
        "Smoke rises above a substation in this still image from video obtained on August 16, "
        "2022. ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.",
        "Depot explosion was sabotage, ministry says", "02:15 - Source: TV",
        *body, "Live coverage ends", "21:48 , Jane Roe",
        "The ministry said it would publish its findings next week."]) + "\n"
    text = _keeps(norm, page, body, "en")
    for gone in ("data-", "ATTENTION EDITORS", "02:15", "Live coverage ends", "21:48"):
        assert gone not in text


def test_a_sites_section_links_go_and_its_headline_shown_twice_keeps_one_copy(norm):
    headline = "Мэр рассказал, как город помогает семьям участников операции"
    body = ["В интервью агентству мэр рассказал, что город выделит семьям дополнительные "
            "выплаты в следующем году.",
            "По его словам, заявки будут принимать до конца марта."]
    page = "\n".join(["Разделы", "Вернуться назад", headline, headline, *body,
                      "Новости часа:", "Вам также может быть интересно", "Загрузка..."]) + "\n"
    text = _keeps(norm, page, body, "ru")
    assert text.count(headline) == 1
    assert "Разделы" not in text and "Загрузка" not in text


def test_a_live_posts_stamp_glued_to_its_title_goes_and_the_title_stays(norm):
    posts = ["The opposition leader called for free school meals to continue over the summer.",
             "Refusing to do so, she argued, would widen the gap between pupils."]
    titles = ["1. Ministers stick to the schools plan, says PM",
              "2. PM to set out further steps to reopen later"]
    stamp = "published at 12:24 British Summer Time 10 June 2020"
    page = "\n\n".join([titles[0] + stamp, posts[0], titles[1] + stamp, posts[1]]) + "\n"
    text = _keeps(norm, page, posts, "en")
    for title in titles:
        assert title + "\n" in text
    assert "published at" not in text


def test_a_cookie_notice_with_quoted_cookies_no_longer_takes_the_article(norm):
    # the notice read as the page's prose, and the one paragraph above it went as head
    body = ["El grupo municipal denunció el «mal estado» en que se encuentra la avenida, con "
            "pilares oxidados y maceteros destrozados, y reclamó una actuación inmediata del "
            "gobierno local para solucionar las deficiencias de la vía."]
    page = "\n".join([
        "R.E.", "Martes, 13 de diciembre 2016, 01:08", *body,
        "Suscríbete a Diario Sur: 3 meses por 1€", "¿Ya eres suscriptor? Inicia sesión",
        "Te puede interesar", "Publicidad",
        "Utilizamos “cookies” propias y de terceros para elaborar información estadística y "
        "mostrarle publicidad, contenidos y servicios personalizados a través del análisis de "
        "su navegación.",
        "Si continúa navegando acepta su uso. Más información y cambio de configuración."]) + "\n"
    text = _keeps(norm, page, body, "es")
    assert "cookies" not in text and "Suscríbete" not in text and "diciembre" not in text


@pytest.mark.parametrize(("page", "lang", "gone", "kept"), [
    ("El texto de la nota, que sigue largamente, y que es de un blog.\n\nNo hay comentarios:\n",
     "es", "comentarios", "El texto de la nota, que sigue largamente, y que es de un blog."),
    ("O texto do blog, que continua longamente, disse a prefeitura.\n\nNenhum comentário:\n\n"
     "Postar um comentário\n", "pt", "coment",
     "O texto do blog, que continua longamente, disse a prefeitura."),
    ("Obras na estrada\n\nWhatsApp Image 2018-01-25 at 10.29.51A Prefeitura realiza obras na "
     "estrada que dá acesso à comunidade, disse o secretário.\n", "pt", "WhatsApp",
     "\nA Prefeitura realiza obras na estrada que dá acesso à comunidade, disse o secretário."),
])
def test_blog_footers_and_a_glued_photo_name_go(norm, page, lang, gone, kept):
    text = norm.run(page, lang=lang).text
    assert gone not in text
    assert kept in text
