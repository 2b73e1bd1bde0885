"""Page furniture of the qa19 pass: section kickers over a headline, paywall and consent
walls, subscription prompts and teaser lists whose cards carry a glued time stamp, in
English, German, French, Spanish, Italian, Portuguese and Dutch. The furniture goes;
every sentence of the article stays, its headline too, and a list of section words
inside an article is the article's. The texts are written for these tests, in the
shapes of real pages (national and regional papers, agencies' feeds, magazines)."""

from __future__ import annotations

import pytest

from tests.cleaning import clean_checked

NORMS: dict = {}


def clean(text: str, lang: str) -> str:
    return clean_checked(NORMS, lang, text)


def removed_rules(norm, text: str, lang: str) -> set[str]:
    return {removed.rule for removed in norm.run(text, lang=lang).removed}


# --- section kickers -----------------------------------------------------------------

KICKER_PAGES = [
    ("en", "EXCLUSIVE", "Minister to quit over the housing plan",
     "The housing minister will resign on Monday, three officials said, after the plan "
     "was voted down in parliament."),
    ("en", "Opinion |", "Why the council must rethink the bridge",
     "The council voted on Monday to go ahead with the bridge, and it was wrong to do so, "
     "residents say."),
    ("de", "Kommentar", "Der Haushalt ist ein Wagnis",
     "Die Koalition hat sich am Montag auf einen Haushalt geeinigt, der viele Fragen offen "
     "lässt, und die Opposition spricht von einem Wagnis."),
    ("fr", "Abonnés", "Le Tournoi sera plus dur qu'une Coupe du monde",
     "Le patron des lignes arrière s'est longuement confié avant le début du Tournoi des "
     "six nations, à quelques semaines du premier match."),
    ("es", "Análisis", "La derecha gana en la vuelta de los regionalistas",
     "La derecha lo explicó con absoluta claridad: votar en la comunidad era votar contra "
     "el Gobierno, y la participación fue alta."),
    ("it", "Politica", "Governo, il Quirinale convoca l'ex presidente della banca",
     "Il presidente della Repubblica ha convocato l'ex presidente della banca per oggi "
     "alle 12, dopo il fallimento del mandato esplorativo."),
    ("pt", "Entrevistas", "O jornalista fala dos desafios da profissão na internet",
     "O jornalista tem onze livros publicados e trabalha hoje numa emissora no Rio de "
     "Janeiro, onde chegou nos anos noventa."),
    ("nl", "Binnenland", "Wat zit er achter de ophef over de onderzeeboten?",
     "De Tweede Kamer debatteert woensdag over de vraag waarom de werf de order dreigt mis "
     "te lopen, meldt een vakblad."),
]


@pytest.mark.parametrize(("lang", "kicker", "headline", "body"), KICKER_PAGES)
def test_a_section_kicker_goes_and_the_headline_under_it_stays(lang, kicker, headline, body):
    text = clean(f"{kicker}\n\n{headline}\n\n{body}\n", lang)
    assert text == f"{headline}\n\n{body}\n"


def test_a_kicker_on_the_headline_s_line_of_a_tight_page_goes_too(norm):
    page = ("Binnenland\nWat zit er achter de ophef over de onderzeeboten?\n"
            "De Tweede Kamer debatteert woensdag over de vraag waarom de werf de order "
            "dreigt mis te lopen.\n")
    assert clean(page, "nl") == page.removeprefix("Binnenland\n")
    assert "web-nl/section-kicker" in removed_rules(norm, page, "nl")


def test_a_headline_under_a_kicker_and_empty_stamps_stays():
    # a theme's empty date ("Pubblicato" / "il"), a share prompt and a plugin's alt text
    # sit between the headline and the article; a menu line sits above the kicker
    page = "\n\n".join([
        "Connect with us",
        "Politica",
        "Governo, il Quirinale convoca l'ex presidente della banca",
        "Pubblicato",
        "il",
        "Clicca e condividi l'articolo\nTempo di lettura 4 minuti\nimage_pdfimage_print",
        "Il presidente della Repubblica ha convocato l'ex presidente della banca per oggi "
        "alle 12 al Quirinale.",
        "L'alternativa sarebbero solo elezioni anticipate, ha detto il capo dello Stato, "
        "e il Paese resterebbe a lungo nell'incertezza.",
    ]) + "\n"
    text = clean(page, "it")
    assert text.startswith("Governo, il Quirinale convoca l'ex presidente della banca\n\n"
                           "Il presidente della Repubblica")
    for gone in ("Connect with us", "Politica\n", "Pubblicato", "\nil\n", "Clicca",
                 "image_pdf"):
        assert gone not in text, gone


@pytest.mark.parametrize(("text", "lang"), [
    # a list of section words inside an article, before the lines that read as its body
    ("The minister listed the three areas:\n\nPolitics\nBusiness\nSport\n\nShe said each "
     "would get more money next year, the ministry said.\n", "en"),
    ("The minister named one priority:\n\nHealth\n\nShe said it would get more money next "
     "year, the ministry said.\n", "en"),
    # the word heads a part of the article, below its first paragraph
    ("The council voted on Monday to go ahead with the bridge, the mayor said.\n\nAnalysis"
     "\n\nThe vote shows how far the council has moved since the last election.\n", "en"),
    ("Die Ministerin nannte drei Bereiche:\n\nPolitik\nWirtschaft\nKultur\n\nJeder Bereich "
     "soll im nächsten Jahr mehr Geld bekommen, sagte sie.\n", "de"),
    # a label glued to its headline stays with it
    ("Hoofdredactioneel commentaar Een gênante vertoning bij de politie\n\nMeer dan de "
     "helft van de Nederlanders ziet de politie zelden in de eigen buurt.\n", "nl"),
])
def test_section_words_that_are_the_article_s_stay(text, lang):
    assert clean(text, lang) == text


# --- paywalls, consent walls, subscription prompts ------------------------------------

BODY = ("The council will look at the case again next month, the mayor said, and the "
        "residents will be heard first.")


@pytest.mark.parametrize("wall", [
    "Riverside Daily reserves this article for its subscribers\nTo continue reading, "
    "subscribe\n\nDo you already have a subscribed account?",
    "You have 3 free articles left this month.\nAlready a subscriber? Log in",
    "This article is for subscribers only.",
    "Subscribe to get full access to your local news, weekly updates direct to your "
    "mailbox.\n\nSubscribe to The Riverside Post",
    "By allowing ads to appear on this site, you support the local businesses who, in "
    "turn, support great journalism.",
    "Sign up for home delivery of the Riverside Post and find out what is in it for you.",
])
def test_english_paywall_and_subscription_lines_go(wall):
    assert clean(f"{BODY}\n\n{wall}\n", "en") == f"{BODY}\n"


@pytest.mark.parametrize(("lang", "body", "wall"), [
    ("de", "Der Text des Artikels geht noch lange weiter, sagte die Sprecherin am Montag.",
     "Weiter mit Tracking durch Dritte\n\nBesuchen Sie unsere Website mit externen "
     "Inhalten, personalisierter Werbung und Werbetracking durch Dritte.\n\nWeiter mit dem "
     "PUR-Abo\n\nZum Angebot Bereits PUR-Abonnent? Hier anmelden\n\nEinwilligung: Durch "
     "das Klicken des Buttons stimmen Sie der Verarbeitung Ihrer Daten zu."),
    ("fr", "Le texte de l'article continue longuement, a dit la porte-parole lundi.",
     "Il vous reste 75 % de cet article à lire.\nDéjà abonné ? Se connecter"),
    ("es", "El texto del artículo sigue largamente, dijo la portavoz el lunes.",
     "Este contenido es exclusivo para suscriptores.\n¿Ya eres suscriptor? Inicia sesión"),
    ("it", "Il testo dell'articolo continua a lungo, ha detto la portavoce lunedì.",
     "Questo articolo è riservato agli abbonati.\nSei già abbonato? Accedi"),
    ("pt", "O texto do artigo continua longamente, disse a porta-voz na segunda-feira.",
     "Este conteúdo é exclusivo para assinantes.\nJá é assinante? Faça login"),
    ("nl", "De tekst van het artikel gaat nog lang door, zei de woordvoerster maandag.",
     "Dit artikel is alleen voor abonnees.\nAl abonnee? Log in"),
])
def test_paywalls_in_other_languages_go(lang, body, wall):
    assert clean(f"{body}\n\n{wall}\n", lang) == f"{body}\n"


def test_a_paywall_pointer_inside_an_article_goes_and_the_paragraphs_around_it_stay():
    first = ("Près de 75 % des salariés étaient déjà revenus sur site en juillet, selon une "
             "étude du ministère.")
    last = ("Du côté de la fonction publique, les agents pourront télétravailler trois jours "
            "par semaine au plus.")
    page = (f"{first}\n\nArticle réservé à nos abonnés Lire aussi Du présentiel au "
            f"distanciel, la révolution silencieuse du travail\n\n{last}\n")
    assert clean(page, "fr") == f"{first}\n\n{last}\n"


@pytest.mark.parametrize(("text", "lang"), [
    ("Subscribe to the idea that the market always knows best, and you will lose money.\n",
     "en"),
    ("To continue reading, subscribers had to pay twice, the regulator found.\n", "en"),
    ("The club reserves this seat for its members, the steward said.\n", "en"),
    ("Readers can subscribe here to receive the paper at home, the publisher said on "
     "Monday.\n", "en"),
    ("Die Verbraucherschützer kritisieren das Tracking durch Dritte, sagte die Sprecherin "
     "am Montag.\n", "de"),
    ("Publié le 3 mars, le rapport a été critiqué par l'opposition.\n", "fr"),
    ("Los lectores pueden suscribirse aquí, dijo el editor, y recibir el diario en casa.\n",
     "es"),
    ("Este conteúdo é exclusivo para assinantes desde março, explicou o diretor do "
     "jornal.\n", "pt"),
    ("Dit artikel is alleen voor abonnees van de krant gratis, zei de uitgever maandag.\n",
     "nl"),
])
def test_sentences_about_subscriptions_stay(text, lang):
    assert clean(text, lang) == text


# --- teaser lists ---------------------------------------------------------------------

STORY = [
    "ROTTERDAM (ANP) - De premier zegt dat de vorstin in onze gedachten is na berichten "
    "over haar gezondheid.",
    "Hij is vol lof over de vorstin, die al ruim zeventig jaar in functie is, zei hij "
    "maandag in Den Haag.",
]
TEASERS = [  # cards of two or three sentences each, as agencies' feeds print them
    "Meer uit Binnenland",
    "UTRECHT (ANP) - Een 20-jarige man is door de politie opgepakt wegens het ronselen van "
    "jongeren die op bestelling aanslagen hebben gepleegd. Dat meldt de Duitse politie. Het "
    "gaat om explosies bij woningen en een café.",
    "4 uur geledenDEN HAAG (ANP) - De 52-jarige man, die in 2024 is veroordeeld tot een "
    "celstraf van dertig jaar, heeft een kort geding aangespannen tegen de staat over zijn "
    "detentie.",
    "5 uur geledenAMSTERDAM (ANP) - Een cyberteam van de politie heeft in samenwerking met "
    "buitenlandse diensten een grote verhandelsite offline gehaald. Dat meldt de politie.",
]


def test_a_teaser_list_with_glued_time_stamps_goes_under_its_label(norm):
    page = "\n".join(["Koningin in gebeden van de premier", *STORY, *TEASERS]) + "\n"
    text = clean(page, "nl")
    assert text == "\n".join(["Koningin in gebeden van de premier", *STORY]) + "\n"
    assert {"web-nl/related-header", "structure/pointer-title",
            "web/teaser-card"} <= removed_rules(norm, page, "nl")


def test_an_english_teaser_list_goes():
    body = "The talks went on until late, the minister said on Monday."
    page = (f"{body}\n\nMore from Politics\nLONDON (AP) - The vote on the bill was delayed "
            "again, officials said.\n2 hours agoPARIS (AP) - Farmers blocked roads around "
            "the capital on Monday.\n3 hours agoBERLIN (AP) - The coalition agreed on a "
            "budget after weeks of talks.\n")
    assert clean(page, "en") == f"{body}\n"


def test_without_a_list_label_only_the_stamped_cards_go():
    # no furniture heading introduces the lines: the first one may be the article's
    first = "The talks went on until late, the minister said on Monday."
    second = "LONDON (AP) - The vote on the bill was delayed again, officials said."
    page = f"{first}\n{second}\n2 hours agoPARIS (AP) - Farmers blocked roads on Monday.\n"
    assert clean(page, "en") == f"{first}\n{second}\n"


def test_a_bulleted_list_after_a_related_label_in_the_body_keeps_its_sentences():
    # lines of prose under a label, no stamped card below them: no teaser list
    page = ("The report lists what went wrong, the inspector said on Monday.\n\nMore from "
            "the report\nThe alarms in the east wing did not work for two days.\nThe staff "
            "had not been trained to use the new doors.\n")
    text = clean(page, "en")
    assert "The alarms in the east wing did not work for two days." in text
    assert "The staff had not been trained to use the new doors." in text


def test_related_headers_with_an_ellipsis_and_most_recent_go():
    body = "\"Has had zero impact on our work,\" he concluded."
    page = f"{body}\n\nMost recent\nAll Articles\n"
    assert clean(page, "en") == f"{body}\n"
    page = (f"{body}\n\nMore from Riverside Weekly…\nCouncil Approves the New Bridge\n")
    assert clean(page, "en") == f"{body}\n"


# --- a Dutch quotation typed with two commas ------------------------------------------

def test_a_dutch_opening_quote_of_two_commas_stays():
    text = ("De chefs van politie en justitie zijn met grote zorgen aan het jaar begonnen. "
            ",,Wie wil je als maatschappij het meest beschermen?”\n")
    assert clean(text, "nl") == text


# --- held-out shapes: pointers with arrows, combined kickers, closed comments ----------

@pytest.mark.parametrize(("page", "lang", "kept"), [
    ("Meinung & Analyse\n\nKeine Liebesheirat, aber ein Arbeitsauftrag\n\nUnion und SPD haben "
     "sich geeinigt, und die Parteichefs legen am Mittwoch einen Vertrag vor.\n", "de",
     "Keine Liebesheirat, aber ein Arbeitsauftrag\n\nUnion und SPD haben sich geeinigt, und "
     "die Parteichefs legen am Mittwoch einen Vertrag vor.\n"),
    ("WORLD> America\nThe president's agenda hits setbacks in Congress\n\nThe president's "
     "legislative agenda has hit stumbling blocks in Congress, lawmakers said.\n", "en",
     "The president's agenda hits setbacks in Congress\n\nThe president's legislative agenda "
     "has hit stumbling blocks in Congress, lawmakers said.\n"),
    ("The council will decide in May, the mayor said.\n\nRead More →\n\nThe vote was close, "
     "the clerk said on Monday.\n", "en",
     "The council will decide in May, the mayor said.\n\nThe vote was close, the clerk said "
     "on Monday.\n"),
    ("The council will decide in May, the mayor said on Monday.\n\nRelated readings:\nCouncil "
     "approves the new bridge\nMayor opens the new library\n", "en",
     "The council will decide in May, the mayor said on Monday.\n"),
    ("The council will decide in May, the mayor said on Monday.\n\nCommenting on this article "
     "is closed.\n", "en", "The council will decide in May, the mayor said on Monday.\n"),
    ("Un gendarme de 54 ans est mort lundi après un refus d'obtempérer sur l'autoroute.\n\n"
     "Pas de commentaires\n", "fr",
     "Un gendarme de 54 ans est mort lundi après un refus d'obtempérer sur l'autoroute.\n"),
])
def test_more_furniture_of_fresh_pages_goes(page, lang, kept):
    assert clean(page, lang) == kept


def test_a_two_word_title_made_of_section_words_in_an_article_stays():
    text = ("The festival's theme this year was announced on Monday by the organisers:\n\n"
            "Science & Technology\n\nTalks and shows will run for a week in the old town.\n")
    assert clean(text, "en") == text
