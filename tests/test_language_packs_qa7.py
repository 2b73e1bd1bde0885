"""Page furniture in German, Spanish and French that the seventh pass over real scraped
pages found still standing, and the sentences that look like it and stay.

Each furniture line is set over or under an article (text written for these tests)
and must go, by the rule named; each look-alike sentence must stay wherever it stands.
"""

from __future__ import annotations

import pytest

BODY = {
    "de": ("Nach dem Hochwasser an der Elbe hat der Landkreis am Mittwoch den Katastrophenfall "
           "aufgehoben, wie ein Sprecher der Kreisverwaltung mitteilte.",
           "Die Aufräumarbeiten würden aber noch Wochen dauern, sagte er, weil viele Keller "
           "weiter unter Wasser stünden."),
    "es": ("El Gobierno regional decretó el miércoles la emergencia hídrica en tres provincias "
           "del norte, tras cuatro meses sin lluvias importantes.",
           "Los agricultores pidieron ayudas directas y un calendario de riego, según informó "
           "la federación del sector."),
    "fr": ("La préfecture a levé mercredi l'alerte aux crues sur la Loire, après une semaine de "
           "pluies qui ont inondé une vingtaine de communes.",
           "Le nettoyage prendra encore plusieurs semaines, a précisé le maire, car de "
           "nombreuses caves restent sous l'eau."),
}


@pytest.mark.parametrize(("lang", "line", "rule"), [
    ("de", "Themen folgen", "web-de/ui-label"),
    ("de", "Die Diskussion ist geschlossen.", "web-de/comment-form"),
    ("de", "Die Kommentarfunktion ist deaktiviert.", "web-de/comment-form"),
    ("de", "Mehr Bilder", "web-de/gallery-label"),
    ("de", "Weitere Fotos", "web-de/gallery-label"),
    ("de", "Pressemitteilung vom 04.02.24", "web-de/dateline-stamp"),
    ("de", "Quellen: Feuerwehr Magdeburg, Landespolizei", "web-de/photo-credit"),
    ("es", "-VIDEO RECOMENDADO-", "web-es/video-promo"),
    ("es", "Vídeos relacionados", "web-es/video-promo"),
    ("es", "Más recientes", "web-es/related-header"),
    ("fr", "GRILLE DES PROGRAMMES", "web-fr/ui-label"),
    ("fr", "Pour profiter pleinement des contenus multimédias, installez le plug-in Flash "
           "dans votre navigateur. Activez les cookies pour vous connecter.", "web-fr/legal"),
    ("fr", "Source du contenu: www.journal-exemple.fr", "web-fr/photo-credit"),
])
def test_furniture_over_or_under_the_article_goes(norm, lang, line, rule):
    first, second = BODY[lang]
    for doc in (f"{line}\n\n{first}\n\n{second}", f"{first}\n\n{second}\n\n{line}"):
        result = norm.run(doc)
        assert result.text.rstrip() == f"{first}\n\n{second}"
        assert rule in {block.rule for block in result.removed}


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Die Diskussion ist geschlossen worden, sagte der Sprecher des Stadtrats."),
    ("de", "Mehr Bilder der Satellitenaufnahmen zeigen das Ausmaß der Überschwemmung."),
    ("de", "Quellen aus dem Ministerium bestätigten den Bericht am Abend."),
    ("de", "Quellen: Die Polizei nannte zunächst keine Zahl der Verletzten."),
    ("de", "Themen folgen in dieser Woche im Landtag: Haushalt, Schulen und Verkehr."),
    ("de", "Pressemitteilung vom 04.02.24 zufolge stieg die Zahl der Einsätze deutlich."),
    ("es", "Video recomendado por la fiscalía muestra al acusado en la puerta del banco."),
    ("es", "Más recientes son los datos del instituto, que muestran una caída del paro."),
    ("fr", "Pour profiter pleinement des contenus multimédias, la médiathèque a acheté des "
           "tablettes, a expliqué le maire."),
    ("fr", "Grille des programmes : la chaîne publique mise sur le sport cet été."),
    ("fr", "Source du contenu des échanges, le procès-verbal a été remis au juge."),
])
def test_a_look_alike_sentence_stays_anywhere(norm, lang, line):
    first, second = BODY[lang]
    for doc in (f"{line}\n\n{first}\n\n{second}", f"{first}\n\n{line}\n\n{second}",
                f"{first}\n\n{second}\n\n{line}"):
        assert line in norm.run(doc).text


def test_closed_comment_section_under_a_german_article_goes_with_the_topic_button(norm):
    first, second = BODY["de"]
    page = f"{first}\n\n{second}\n\nThemen folgen\n\nDie Diskussion ist geschlossen.\n"
    result = norm.run(page)
    assert result.text.rstrip() == f"{first}\n\n{second}"
    assert {"web-de/ui-label", "web-de/comment-form"} <= {b.rule for b in result.removed}
