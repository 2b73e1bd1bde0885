"""Shapes found on a ninth round of unseen real pages (business press releases, markets,
cricket, science, local news; it/nl/ru), each written anew here: the text is ours, the
shape the page's.

Article text was lost: a results table that HTML-to-text tools print with its empty
cells as bars, the note under it, a lead paragraph with links glued after its last
sentence, a sentence with ``Read More`` glued to it. A month range lost its hyphen. The
furniture lines each go; a sentence that starts the same way stays.
"""

from __future__ import annotations

import pytest

from normkit import Normalizer

TABLE_PAGE = """\
RIVERTON, Ontario, Aug. 14, 2020 (GLOBE NEWSWIRE) -- Northgate Parts Inc. today reported its \
results for the second quarter ended June 30, 2020.
THREE MONTHS ENDED JUNE 30, | SIX MONTHS ENDED JUNE 30, | ||||||||||
2020 | 2019 | 2020 | 2019 | ||||||||
Sales | $ | 3,118 | $ | 7,402 | $ | 9,877 | $ | 15,240 | |||||
Net (loss) income | $ | (512 | ) | $ | 338 | $ | (291 | ) | $ | 1,104 | |||
Diluted (loss) earnings per share | $ | (1.84 | ) | $ | 1.21 | $ | (1.02 | ) | $ | 3.96 | |||
All results are reported in millions of U.S. dollars, except per share figures. A \
reconciliation of the adjusted figures is included at the end of this release. | ||

Share this article
Facebook
Twitter
"""


def test_a_table_with_barred_empty_cells_and_its_note_stay(norm: Normalizer) -> None:
    result = norm.run(TABLE_PAGE)
    for row in ("Sales | $ | 3,118", "2020 | 2019 | 2020 | 2019", "Diluted (loss) earnings",
                "THREE MONTHS ENDED", "All results are reported in millions"):
        assert row in result.text
    assert "Share this article" not in result.text


def test_the_tables_bracketed_cells_are_not_tidied(norm: Normalizer) -> None:
    assert "$ | (512 | ) | $" in norm.clean(TABLE_PAGE)


def test_headlines_with_their_ages_are_no_table() -> None:
    from normkit.stages.boilerplate.bridges import _barred_rows
    from normkit.stages.boilerplate.lines import split_lines
    rows = "Talks resume in Geneva | 3 hours ago\nPort reopens after strike | 5 hours ago"
    assert _barred_rows(split_lines(rows, "en"), 0) == 0


LINKED_LEAD = """\
Advertisement
X

India beat England by an innings in the last Test

(AP Photo/Staff)

India routed England on the third day, taking the series 4-1. Five-day matches are not \
won in sessions, and a three-day finish says so! (Day 3 Blog | Scorecard | Cricket News)

After the defeat, England's captain said his side had been outplayed by the better team.

"We have so much cricket coming up, so we look forward to it," he said after the match.
"""


def test_a_lead_with_links_glued_after_its_sentence_stays(norm: Normalizer) -> None:
    assert "India routed England on the third day" in norm.clean(LINKED_LEAD)


def test_a_sentence_with_read_more_glued_to_it_stays(norm: Normalizer) -> None:
    text = ("The beam lets researchers build an hour-by-hour picture of what a person ate.\n"
            "Earlier methods burned the samples, which made the readings far less precise.\n"
            "A team at a national laboratory solved this by using ultraviolet light. Read More\n"
            "No comments:\nPost a Comment")
    out = norm.clean(text)
    assert "by using ultraviolet light." in out and "Post a Comment" not in out


def test_a_teasers_cut_short_read_more_is_no_sentence() -> None:
    from normkit.stages.boilerplate.lines import ends_with_pointer
    assert not ends_with_pointer("She has covered the industry in print and audio for... Read more")


def test_a_month_range_keeps_its_hyphen(norm: Normalizer) -> None:
    text = "Interim Report, April - June 2013\n\nSales rose in May – a record – and fell in June."
    assert norm.clean(text) == ("Interim Report, April - June 2013\n\n"
                                "Sales rose in May—a record—and fell in June.")


@pytest.mark.parametrize("furniture", [
    "Please enter your comment!\nPlease enter your name here\n"
    "You have entered an incorrect email address!",
    "More articles",
    "• This field is for validation purposes and should be left unchanged.",
])
def test_english_furniture_under_the_article_goes(norm: Normalizer, furniture: str) -> None:
    body = ("The councillor said he would take the matter further with the police.\n\n"
            "The force said it would review how such calls are handled.")
    assert norm.clean(f"{body}\n\n{furniture}") == body


def test_a_journal_pages_notices_go_and_its_title_stays(norm: Normalizer) -> None:
    text = ("Cooler forests are warming under their canopies\n\n"
            "Thank you for visiting nature.com. You are using a browser version with limited "
            "support for CSS. To obtain the best experience, use a more up to date browser.\n"
            "17 Altmetric\nMetrics details\n"
            "Tropical forests hold most land species, and the study finds their understorey "
            "has warmed in most of the tropics since 1990.")
    out = norm.clean(text)
    assert out.startswith("Cooler forests are warming") and "Altmetric" not in out
    assert "browser version" not in out and "Metrics details" not in out


def test_head_labels_leave_the_headline_and_its_list(norm: Normalizer) -> None:
    text = ("Skip the navigation\n\nThree makers update their app stores at once\n\n"
            "Follow Us:\n\nKey Highlights:\n\n• A new store for Windows\n• A preview of Android\n\n"
            "The three companies changed their stores in the same week, analysts said.")
    out = norm.clean(text)
    assert out.startswith("Three makers update their app stores at once")
    assert "• A preview of Android" in out and "Follow Us" not in out


def test_suggested_reading_goes_and_the_lead_stays(norm: Normalizer) -> None:
    text = ("The Dow fell on Monday as Treasury yields rose to a two-month high, traders "
            "said.\n\nSuggested Reading\nConsumer confidence craters as fears grow\n"
            "Why your next phone could cost more\n\nThe 10-year yield rose above 4% in the "
            "afternoon, its highest since early August.")
    out = norm.clean(text)
    assert out.startswith("The Dow fell on Monday") and "Suggested Reading" not in out
    assert out.endswith("its highest since early August.")


NL_BODY = ("De burgemeesters willen dat Defensie taken van de politie tijdelijk overneemt, "
           "schrijven zij in een motie.\n\nVolgens hen is de druk op de korpsen te groot "
           "geworden nu landelijke taken steeds meer agenten vragen.")


@pytest.mark.parametrize("furniture", [
    "Door: Redactie",
    "Meer uit Binnenland\nMinisterie corrigeert minister over pendelbus\n"
    "DEN HAAG (ANP) - De minister heeft vrijdag ten onrechte gezegd dat",
    "12 reacties\n\nPlaats een reactie",
    "Deel dit artikel\nVolg ons op Facebook en Instagram",
])
def test_dutch_furniture_goes(norm: Normalizer, furniture: str) -> None:
    assert Normalizer(lang="nl").clean(f"{NL_BODY}\n\n{furniture}") == NL_BODY


def test_a_dutch_sentence_that_opens_with_door_stays() -> None:
    text = f"{NL_BODY}\n\nDoor de regen werd de vergadering een uur later geopend."
    assert Normalizer(lang="nl").clean(text) == text


RU_BODY = ("Губернатор области опровергла слухи о своей отставке на оперативном совещании "
           "в понедельник.\n\n«Давайте спокойно работать на благо жителей области», — "
           "заявила глава региона.")


@pytest.mark.parametrize("furniture", [
    "Поля, отмеченные *, обязательны для заполнения\n"
    "Нажимая кнопку \"Отправить\", вы даете согласие на обработку персональных данных",
    "Читайте на 123ru.net",
    "Подпишись на Metaratings.ru",
    "Реклама 18+   ООО \"Компания\"; Erid: 2VtzqwQcmbd",
    "Новости и материалы\nВрач усомнился в существовании вегетарианцев\n"
    "Названы плюсы и минусы нового внедорожника",
])
def test_russian_furniture_goes(furniture: str) -> None:
    assert Normalizer(lang="ru").clean(f"{RU_BODY}\n\n{furniture}") == RU_BODY


def test_a_site_follow_prompt_above_the_headline_leaves_the_headline() -> None:
    text = ("Подписывайтесь на Газету.Ru в Telegram Публикуем там только самое важное!\n\n"
            f"Губернатор опровергла слухи об отставке\n\n{RU_BODY}")
    headline = "Губернатор опровергла слухи об отставке"
    assert Normalizer(lang="ru").clean(text) == f"{headline}\n\n{RU_BODY}"
