"""Saved news pages read as text (``normkit clean --from html``), in the shapes real news
sites save them (the pages and their words are ours):

1. a ``<title>`` that adds a section, the site and a date to the headline
   (``Headline | Section| Site | 19.01.2024``) is the headline's copy and goes;
2. a share bar and a comment counter in an ``<aside>`` between the headline and the
   article no longer hide the headline and its standfirst;
3. an aside with a list of other stories stays in the page text, for the boilerplate
   stage to read the page's tail from it;
4. templates, the titles inside icons, drop-down choices and text boxes are no page text;
   placeholders of a script template that were never filled in (``{{ item.title }}``) go;
5. a row of bare links (a menu set inline) is read one link a line, a sentence with links
   stays one line; sections and buttons end their lines; bold and italic parts of a word
   stay one word (``<b>O</b>'<b>Brien</b>'s``), as a browser shows them;
6. a Spanish comment box (``Enviá tu comentario``) ends the article, and ``Más sobre
   <tema>`` under it is a pointer to other stories.

Every article sentence stays; cleaning twice changes nothing more.
"""

from __future__ import annotations

import pytest
from cleaning import clean_checked

from normkit import Normalizer
from normkit.webpage import page_text


@pytest.fixture(scope="module")
def norms() -> dict[str, Normalizer]:
    return {}


MENU = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li>"
        "<li><a href='/business'>Business</a></li><li><a href='/sport'>Sport</a></li>"
        "<li><a href='/culture'>Culture</a></li></ul></nav>")
BODY = ("<p>The city council voted on Tuesday to close the old bridge over the river for "
        "repairs that are expected to last until the end of next year.</p>"
        "<p>Engineers found cracks in two of its five pillars during an inspection in "
        "March, the council's transport committee said in a statement.</p>"
        "<p>Buses will use the northern crossing while the work goes on, and a ferry will "
        "run every twenty minutes during the morning and evening rush hours.</p>")
SENTENCES = ("The city council voted on Tuesday to close the old bridge",
             "Engineers found cracks in two of its five pillars",
             "Buses will use the northern crossing while the work goes on")
FOOTER = ("<footer><ul><li><a>About us</a></li><li><a>Contact</a></li>"
          "<li><a>Privacy Policy</a></li><li><a>Terms of Use</a></li></ul>"
          "<p>&copy; 2024 Riverside Media. All rights reserved.</p></footer>")


def page(title: str, article: str, after: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
            f"<header>{MENU}</header><main><article>{article}</article>{after}</main>"
            f"{FOOTER}</body></html>")


def cleaned(norms: dict[str, Normalizer], markup: str, lang: str = "en") -> str:
    return clean_checked(norms, lang, page_text(markup))


def assert_article(out: str) -> None:
    for sentence in SENTENCES:
        assert sentence in out
    for furniture in ("Home", "Privacy Policy", "All rights reserved"):
        assert furniture not in out


def test_a_title_with_section_site_and_date_parts_goes_as_the_headline_copy(norms):
    headline = "Riverside closes its old bridge for a year of repairs"
    markup = page(f"{headline} | City| News from Riverside and beyond | RM | 19.01.2024",
                  f"<h1>{headline}</h1>{BODY}")
    out = cleaned(norms, markup)
    assert_article(out)
    assert out.count(headline) == 1 and "19.01.2024" not in out and "beyond" not in out
    assert out.startswith(headline)


def test_a_share_bar_aside_between_headline_and_article_hides_neither(norms):
    headline = "Riverside closes its old bridge for a year of repairs"
    standfirst = "Cracks in two pillars leave the council no choice, engineers say."
    share = ("<aside><a title='12 readers'><h4>reader comments</h4><span>12</span> "
             "<span>with 9 readers talking</span></a><div><h4>Share this story</h4><ul>"
             "<li><a>Share on Facebook</a></li><li><a>Share on X</a></li>"
             "<li><a>Share by e-mail</a></li></ul></div></aside>")
    markup = page(f"{headline} | Riverside Media",
                  f"<header><h4>City &mdash;</h4><h1>{headline}</h1><h2>{standfirst}</h2>"
                  f"<p><a>Jane Doe</a> - <time>Apr 16, 2024 8:02 pm UTC</time></p></header>"
                  f"{share}{BODY}")
    assert "Share this story" not in page_text(markup)  # a box of labels only
    out = cleaned(norms, markup)
    assert_article(out)
    assert headline in out and standfirst in out
    assert "Jane Doe" not in out and "reader comments" not in out


def test_an_aside_listing_other_stories_stays_page_text_and_goes_with_the_tail(norms):
    related = ("<aside><span>More on the bridge</span><ul>"
               "<li><a>How the old bridge was built in eleven months</a></li>"
               "<li><a>Ferry timetable for the months of the works</a></li></ul></aside>")
    markup = page("Riverside closes its old bridge | Riverside Media",
                  f"<h1>Riverside closes its old bridge</h1>{BODY}", after=related)
    assert "How the old bridge was built in eleven months" in page_text(markup)
    out = cleaned(norms, markup)
    assert_article(out)
    assert "How the old bridge was built" not in out and "Ferry timetable" not in out


def test_unseen_markup_is_no_page_text_and_unfilled_placeholders_go(norms):
    markup = page("Riverside closes its old bridge | Riverside Media",
                  "<h1>Riverside closes its old bridge</h1>"
                  "<template><p>Breaking: {{ story.title }}</p></template>"
                  "<a href='/share'><svg><title>Share icon</title><path d='M0 0'/></svg></a>"
                  "<form><select><option>English</option><option>Deutsch</option></select>"
                  "<textarea>Write your letter here</textarea></form>"
                  "<div class='admin'>{{ story.author.name }} - {{ story.date | date }}</div>"
                  f"{BODY}")
    text = page_text(markup)
    for unseen in ("Breaking", "Share icon", "Deutsch", "Write your letter"):
        assert unseen not in text
    out = cleaned(norms, markup)
    assert_article(out)
    assert "{{" not in out


def test_a_row_of_bare_links_is_read_one_link_a_line_and_a_sentence_stays_whole():
    text = page_text("<div><a>Home</a> | <a>World</a> | <a>Business</a> | <a>Sport</a></div>"
                     "<div><a>Politics</a><a>Economy</a><a>Opinion</a></div>"
                     "<p>Read <a>the report</a>, <a>the letter</a> and <a>the reply</a>.</p>"
                     "<p><a>Two</a> <a>links</a></p>"
                     "<section>First section</section><section>Second section</section>"
                     "<div><button>Log in</button><button>Subscribe</button></div>")
    lines = text.split("\n")
    for label in ("Home", "World", "Business", "Sport", "Politics", "Economy", "Opinion",
                  "First section", "Second section", "Log in", "Subscribe"):
        assert label in lines
    assert "Read the report, the letter and the reply." in lines
    assert "Two links" in lines  # two links are no menu


def test_bold_and_italic_parts_of_a_word_stay_one_word(norms):
    markup = page("Riverside closes its old bridge | Riverside Media",
                  "<h1>Riverside closes its old bridge</h1>"
                  "<p><strong>Mary O</strong>'<strong>Brien</strong>'s bakery by the bridge "
                  "will stay open, the <em>council</em>'s planners said on <b>Tuesday</b>.</p>"
                  f"{BODY}")
    assert ("Mary O'Brien's bakery by the bridge will stay open, the council's planners "
            "said on Tuesday.") in page_text(markup)
    out = cleaned(norms, markup)
    assert "Mary O'Brien's bakery" in out
    assert_article(out)


def test_a_spanish_comment_box_ends_the_article(norms):
    body = ("<p>El concejo de la ciudad votó el martes el cierre del viejo puente sobre el río "
            "para unas obras que durarán hasta fin del año próximo, según informó.</p>"
            "<p>Los ingenieros hallaron grietas en dos de sus cinco pilares durante una "
            "inspección realizada en marzo, dijo la comisión de transporte del concejo.</p>"
            "<p>Los colectivos usarán el cruce del norte mientras duren las obras, y una "
            "lancha saldrá cada veinte minutos en las horas de más tránsito del día.</p>")
    after = ("<aside><span>Más sobre <a>Puente Viejo</a></span></aside>"
             "<section><div>Enviá tu comentario</div><p>Los comentarios publicados son de "
             "exclusiva responsabilidad de sus autores y pueden dar lugar a sanciones.</p>"
             "<div>Para comentar tenés que ingresar con tu usuario del diario.</div></section>")
    markup = page("Riverside cierra su viejo puente - Diario del Río",
                  f"<h1>Riverside cierra su viejo puente</h1>{body}", after=after)
    out = cleaned(norms, markup, lang="es")
    for sentence in ("El concejo de la ciudad votó el martes",
                     "Los ingenieros hallaron grietas", "Los colectivos usarán el cruce"):
        assert sentence in out
    for furniture in ("Más sobre", "Enviá tu comentario", "Los comentarios publicados",
                      "Para comentar"):
        assert furniture not in out
