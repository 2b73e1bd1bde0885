"""Page furniture in French, Spanish, German, Russian and Ukrainian that a pass over
real scraped pages found still standing, and the sentences that look like it and stay.

Each furniture line is set over or under an article (text written for these tests)
and must go, by the rule named; each look-alike sentence must stay wherever it stands.
"""

from __future__ import annotations

import pytest

BODY = {
    "fr": ("Le Parlement a adopté mardi soir le projet de loi sur la défense, par 320 voix "
           "contre 180, après deux jours de débats houleux dans l'hémicycle.",
           "L'opposition a annoncé qu'elle saisirait le Conseil constitutionnel, estimant que "
           "le texte avait été examiné trop vite."),
    "es": ("El Parlamento aprobó el martes por la noche el proyecto de ley de defensa, por "
           "320 votos contra 180, tras dos días de debates intensos en la cámara.",
           "La oposición anunció que recurrirá la ley ante el Tribunal Constitucional porque, "
           "a su juicio, se tramitó con demasiada prisa."),
    "de": ("Der Bundestag hat am Dienstagabend das Verteidigungsgesetz mit 320 zu 180 "
           "Stimmen beschlossen, nach zwei Tagen hitziger Debatten im Plenarsaal.",
           "Die Opposition kündigte an, vor das Verfassungsgericht zu ziehen, weil das Gesetz "
           "aus ihrer Sicht zu schnell beraten worden sei."),
    "ru": ("Парламент во вторник вечером принял законопроект об обороне: за него "
           "проголосовали 320 депутатов, против 180, после двух дней жарких дебатов.",
           "Оппозиция заявила, что обратится в Конституционный суд, потому что, по её "
           "мнению, закон рассмотрели слишком быстро."),
    "uk": ("Парламент у вівторок увечері ухвалив законопроєкт про оборону: за нього "
           "проголосували 320 депутатів, проти 180, після двох днів гарячих дебатів.",
           "Опозиція заявила, що звернеться до Конституційного суду, бо, на її думку, закон "
           "розглянули надто швидко."),
}


@pytest.mark.parametrize(("lang", "line", "rule"), [
    ("es", "Nota de archivo: este contenido fue publicado hace más de 30 días.",
     "web-es/archive-note"),
    ("es", "💬Ver comentarios", "web-es/comment-form"),
    ("fr", "Lire aussi  Le maire de Lyon présente son budget", "web-fr/read-more"),
    ("fr", "Vidéo suivante dans 5 secondes", "web-fr/video-player"),
    ("fr", "Autres vidéos", "web-fr/video-player"),
    ("fr", "Vos réactions doivent respecter nos CGU.", "web-fr/comment-rules"),
    ("fr", "par Radio 7 Info", "web-fr/channel-byline"),
    ("fr", "» Le port de Marseille rouvre après la grève", "web-fr/bullet-link"),
    ("de", "Bilderserie", "web-de/gallery-label"),
    ("ru", "Подписывайтесь на «Северный вестник» в ВКонтакте", "web-ru/follow-prompt"),
    ("ru", "Следите за нашими новостями в удобном формате", "web-ru/follow-prompt"),
    ("ru", "Видео дня", "web-ru/ui-label"),
    ("ru", "Спасибо за Вашу активность, Ваш вопрос будет рассмотрен модераторами "
           "в ближайшее время", "web-ru/moderation-notice"),
    ("ru", "Новость дополняется...", "web-ru/developing-note"),
    ("uk", "Джерело", "web-uk/source-label"),
    ("uk", "Новина доповнюється...", "web-uk/developing-note"),
    ("uk", "Автор:", "web-uk/author-label"),
    ("uk", "Олена Гнатюк - редактор", "web-uk/staff-role"),
    ("uk", "Ua ru", "web-uk/language-switcher"),
    ("uk", "09:40, 3 травня", "web-uk/dateline-stamp"),
    ("uk", "Підписуйтесь на «Ранкову пошту» в Telegram", "web-uk/follow-prompt"),
])
def test_furniture_over_or_under_the_article_goes(norm, lang, line, rule):
    first, second = BODY[lang]
    for doc in (f"{line}\n\n{first}\n\n{second}", f"{first}\n\n{second}\n\n{line}"):
        result = norm.run(doc)
        assert result.text.rstrip() == f"{first}\n\n{second}"
        assert rule in {block.rule for block in result.removed}


@pytest.mark.parametrize(("lang", "line"), [
    ("es", "El artículo fue publicado hace más de 30 días en la web del ministerio, "
           "según la fiscalía."),
    ("es", "Nota de archivo: el juez ordenó conservar los documentos durante diez años."),
    ("fr", "Autres vidéos montrent que les soldats ont tiré sur la foule, selon l'ONG."),
    ("fr", "Vidéo suivante dans le dossier : l'audition du ministre, diffusée lundi."),
    ("fr", "Vos réactions doivent respecter nos CGU, a rappelé le médiateur aux lecteurs."),
    ("fr", "Par 24 voix contre 3, le conseil municipal a adopté le budget."),
    ("fr", "Lire aussi  Le rapport que le ministre a publié lundi, qui fait 300 pages."),
    ("de", "Bilderserie zeigt die Zerstörung in Charkiw, sagte der Fotograf."),
    ("ru", "Следите за нашими новостями: завтра мы расскажем, чем закончилось заседание, "
           "пообещал ведущий."),
    ("ru", "Видео дня показали все федеральные каналы, и его посмотрели миллионы."),
    ("ru", "Спасибо за вашу активность, сказал министр волонтерам и вручил им грамоты."),
    ("ru", "Информация дополняется новыми подробностями каждый час, сообщили в штабе."),
    ("uk", "Джерело в уряді повідомило, що переговори триватимуть до п'ятниці."),
    ("uk", "Новина доповнюється свідченнями очевидців, повідомили в редакції."),
    ("uk", "Олена Гнатюк - редактор нового журналу, що з'явиться восени."),
    ("uk", "Головна мета уряду — відновити енергосистему до зими."),
    ("uk", "09:40, 3 травня, у Києві пролунали вибухи, повідомили в КМВА."),
])
def test_a_look_alike_sentence_stays_anywhere(norm, lang, line):
    first, second = BODY[lang]
    for doc in (f"{line}\n\n{first}\n\n{second}", f"{first}\n\n{line}\n\n{second}",
                f"{first}\n\n{second}\n\n{line}"):
        assert line.replace("  ", " ") in norm.run(doc).text


def test_french_quotation_continued_with_a_guillemet_stays(norm):
    text = ("« Nous avons travaillé dur pour faire passer ce message au Conseil de sécurité.\n"
            "» Nous continuerons à travailler ensemble », a déclaré le ministre lundi.")
    assert "» Nous continuerons" in norm.run(text).text


def test_bullet_links_go_only_in_french_documents(norm):
    german = ("Der Minister sagte am Montag, die Gespräche würden fortgesetzt.\n"
              "» Die Verhandlungen beginnen im Dezember in Genf\n"
              "Die Opposition kritisierte den Zeitplan scharf und verlangte Auskunft.")
    assert "» Die Verhandlungen beginnen" in norm.run(german).text


UK_PAGE = """\
Головна Новини дня Уряд схвалив план відновлення енергосистеми

Уряд схвалив план відновлення енергосистеми

Ua ru
Дата публікації: 12 березня 2026 10:15

Кабінет міністрів у середу схвалив план відновлення енергосистеми до зими, повідомив \
прем'єр-міністр на засіданні уряду. За його словами, на ремонт підстанцій спрямують \
кошти з резервного фонду.

"Ми маємо встигнути до жовтня. Кожна підстанція, яку ми відновимо, — це тепло в оселях", \
— сказав він.

Новина доповнюється...

Олена Гнатюк - редактор
Автор:
"""


def test_ukrainian_breadcrumb_goes_and_the_headline_under_it_stays(norm):
    result = norm.run(UK_PAGE)
    assert result.text.startswith("Уряд схвалив план відновлення енергосистеми\n\n"
                                  "Кабінет міністрів у середу")
    assert result.text.rstrip().endswith("— сказав він.")
    removed = {block.rule for block in result.removed}
    assert {"web-uk/breadcrumb-title", "web-uk/language-switcher", "web-uk/developing-note",
            "web-uk/staff-role", "web-uk/author-label"} <= removed


FR_VIDEO_PAGE = """\
Le maire de Lyon : "Nous reconstruirons le pont avant l'été"
par Radio 7 Info
"Nous reconstruirons le pont avant l'été", assure le maire de Lyon dans un entretien, en \
évoquant les dégâts causés par la crue de la Saône et le coût des travaux pour la ville.
Vidéo suivante dans 5 secondes
Autres vidéos
Vos réactions doivent respecter nos CGU.
-
10:05Sports - Le club promu bat le champion en titre
-
09:58Culture - Le festival ouvre ses portes sous la pluie
"""


def test_french_video_page_ends_at_the_comment_rules(norm):
    result = norm.run(FR_VIDEO_PAGE)
    assert result.text.startswith("Le maire de Lyon")
    assert result.text.rstrip().endswith("le coût des travaux pour la ville.")
    assert "Radio 7" not in result.text
