"""A headline shown two or three times at the top of a page is one headline, not the
article's refrain: its copies above the first line of prose go, on pages with and
without other furniture. Lines the article repeats further down (a chorus, a table's
header row, list items) stay. The texts are written for these tests.
"""

from __future__ import annotations

import pytest

ARTICLES = {
    "en": (("Council approves next year's budget after a long night of debate over schools, "
            "roads and the new bridge"),
           ["The town council approved the budget for next year on Monday after a debate "
            "that lasted well into the night, the mayor's office said in a statement.",
            "Spending on schools will rise by four percent, while the money for roads stays "
            "at the level of this year, according to the plan that was published."]),
    "tr": (("Belediye meclisi okullar, yollar ve yeni köprü için ayrılan payları içeren gelecek "
            "yılın bütçesini uzun bir gecenin ardından onayladı"),
           ["Belediye meclisi, gece yarısına kadar süren tartışmanın ardından gelecek yılın "
            "bütçesini pazartesi günü onayladı ve başkan yaptığı açıklamada memnun olduğunu "
            "söyledi.",
            "Okullar için ayrılan pay yüzde dört artacak, yollar için ayrılan para ise bu "
            "yılın düzeyinde kalacak ve yeni planın ayrıntıları gelecek hafta açıklanacak."]),
    "ro": (("Consiliul local a aprobat bugetul pentru anul viitor după o noapte lungă de "
            "dezbateri despre școli, drumuri și noul pod"),
           ["Consiliul local a aprobat luni bugetul pentru anul viitor, după o dezbatere care "
            "a durat până după miezul nopții, a anunțat primăria într-un comunicat.",
            "Cheltuielile pentru școli vor crește cu patru procente, iar banii pentru drumuri "
            "rămân la nivelul din acest an, potrivit planului care a fost publicat."]),
    "ar": (("المجلس البلدي يقر ميزانية العام المقبل بعد نقاش طويل حول المدارس والطرق "
            "والجسر الجديد استمر حتى الفجر"),
           ["أقر المجلس البلدي يوم الاثنين ميزانية العام المقبل بعد نقاش استمر حتى ساعة "
            "متأخرة من الليل، وقال رئيس البلدية إن الميزانية تلبي حاجات السكان في كل الأحياء.",
            "وسترتفع النفقات على المدارس بنسبة أربعة في المئة، في حين تبقى الأموال المخصصة "
            "للطرق عند مستوى هذا العام، وفقا للخطة التي نشرت على موقع البلدية."]),
}


def _twice(norm, text: str, lang: str) -> tuple[str, str]:
    once = norm.clean(text, lang=lang)
    return once, norm.clean(once, lang=lang)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
@pytest.mark.parametrize("copies", [2, 3])
@pytest.mark.parametrize("top", ["", "Home | World | Politics | Economy\n\n"])
def test_a_headline_shown_again_at_the_top_is_kept_once(norm, lang, copies, top):
    title, paragraphs = ARTICLES[lang]
    text = top + "\n\n".join([title] * copies + paragraphs) + "\n"
    once, again = _twice(norm, text, lang)
    assert again == once
    assert all(paragraph in once for paragraph in paragraphs)
    if top:  # under page furniture the head trim may take the headline too
        assert once.count(title) <= 1
    else:
        assert once.count(title) == 1
        assert once.startswith(title)


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_a_date_between_the_copies_of_the_headline_leaves_one_headline(norm, lang):
    title, paragraphs = ARTICLES[lang]
    text = "\n\n".join([title, "12.03.2024 10:15", title, title, *paragraphs]) + "\n"
    once, again = _twice(norm, text, lang)
    assert again == once
    assert once.count(title) == 1
    assert all(paragraph in once for paragraph in paragraphs)


def test_a_chorus_that_opens_a_song_and_comes_back_after_the_verse_stays(norm):
    chorus = "Sing along with us tonight by the river"
    verse = ("We walked down to the water when the town was fast asleep, and the boats "
             "were waiting for the morning that would take them out to sea.")
    second = ("In the evening all the lanterns on the harbour wall were burning, and we "
              "counted every one of them until the last boat had come home again.")
    text = f"{chorus}\n\n{chorus}\n\n{verse}\n\n{chorus}\n\n{second}\n\n{chorus}\n\n{verse}\n"
    once, again = _twice(norm, text, "en")
    assert again == once
    assert once.count(chorus) == 4 and verse in once and second in once


def test_a_turkish_refrain_that_the_poem_repeats_below_stays(norm):
    refrain = "Yine de umut var, dedi yaşlı balıkçı"
    stanza = ("Sabah erkenden limana indiğinde tekneler hâlâ bağlıydı ve rüzgâr denizden "
              "tuz kokusunu getiriyordu, ama o yine de ağlarını hazırladı.")
    second = ("Akşam olduğunda teknesini kıyıya çekti, ağlarını kuruttu ve ertesi sabah "
              "yeniden denize açılmak için erkenden uyumaya gitti.")
    text = f"{refrain}\n\n{refrain}\n\n{stanza}\n\n{refrain}\n\n{second}\n\n{refrain}\n\n{stanza}\n"
    once, again = _twice(norm, text, "tr")
    assert again == once
    assert once.count(refrain) == 4 and stanza in once and second in once


def test_a_table_whose_header_row_opens_the_text_and_repeats_stays(norm):
    header = "Team      Played   Won   Lost   Points"
    rows = ["Rovers      10       7     3      21", "United      10       6     4      18"]
    text = "\n".join([header, header, *rows, header, *rows]) + "\n"
    once = " ".join(norm.clean(text, lang="en").split(" "))
    squeezed = " ".join(header.split())
    assert once.count(squeezed) == 3
    assert all(once.count(" ".join(row.split())) == 2 for row in rows)


def test_list_items_repeated_inside_the_body_stay(norm):
    title, paragraphs = ARTICLES["en"]
    item = "- Two new schools in the northern district"
    text = "\n".join([title, paragraphs[0], item, item, paragraphs[1]]) + "\n"
    once, again = _twice(norm, text, "en")
    assert again == once
    assert once.count(item) == 2 and once.count(title) == 1


def test_a_text_that_opens_with_its_lead_twice_keeps_its_second_paragraph(norm):
    # a first line that is a sentence is no title: the lead and its copy are left to the
    # other checks on repeats
    paragraphs = ARTICLES["en"][1]
    text = "\n\n".join([paragraphs[0], paragraphs[0], paragraphs[1]]) + "\n"
    once, again = _twice(norm, text, "en")
    assert again == once
    assert paragraphs[1] in once
