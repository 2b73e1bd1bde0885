"""Swedish, Czech, Turkish, Hungarian, Hebrew, Arabic, Greek, Danish, Norwegian and
Finnish page furniture (packs web-sv, web-cs, web-tr, web-hu, web-he, web-ar, web-el,
web-da, web-no, web-fi) on pages shaped like the real ones: the furniture goes, every
sentence of the article stays, also the sentences that open with the words of the
furniture. The texts are written for these tests."""

from __future__ import annotations

import pytest

SV_ARTICLE = [
    "Regeringen lade på tisdagen fram en budget som enligt finansministern ska minska "
    "underskottet redan nästa år.",
    "Läs också rapporten från Riksrevisionen, uppmanade oppositionen, innan ni röstar.",
    "Av de tillfrågade kommunerna svarade hälften att de saknar pengar till skolan.",
    "Dela inte ut fler bidrag förrän granskningen är klar, sade ministern.",
]
SV_PAGE = "\n\n".join([
    "Hoppa till innehållet",
    "Budgeten ska minska underskottet",
    "Lyssna på artikeln",
    "Lästid 4 min",
    "Publicerad 12 mars 2024 kl. 10.15",
    SV_ARTICLE[0],
    "Toppbild: TT",
    SV_ARTICLE[1],
    "Läs också: Så påverkas din ekonomi av budgeten",
    SV_ARTICLE[2],
    SV_ARTICLE[3],
    "Av Anna Berg | 12 mars 2024",
    "Dela artikeln",
    "Följ oss på Facebook och Instagram",
    "Mest läst",
    "Polisen söker vittnen efter branden",
]) + "\n"

CS_ARTICLE = [
    "Vláda ve středu večer schválila rozpočet na příští rok, po jednání, které trvalo "
    "přes pět hodin.",
    "Ministr financí řekl, že schodek příští rok klesne pod tři procenta.",
    "Čtěte také zprávu Nejvyššího kontrolního úřadu, vyzvala opozice poslance.",
    "Sdílet data s úřady banky nechtějí, uvedla asociace.",
]
CS_PAGE = "\n\n".join([
    "Přejít na obsah",
    "Vláda schválila rozpočet",
    "Aktualizováno: 12. 3. 2024 10:15",
    CS_ARTICLE[0],
    "Jan Novák | foto: ČTK",
    CS_ARTICLE[1],
    "Čtěte také: Co přinese nový rozpočet rodinám",
    CS_ARTICLE[2],
    CS_ARTICLE[3],
    "Sdílet článek",
    "Sledujte nás na Facebooku",
    "Diskuse (12)",
    "Související články",
    "Koalice se dohodla na daních",
]) + "\n"

TR_ARTICLE = [
    "Meclis salı günü gelecek yılın bütçesini kabul etti; görüşmeler beş saatten uzun "
    "sürdü.",
    "Bakan, bütçe açığının gelecek yıl yüzde üçün altına ineceğini söyledi.",
    "Son haberler bakanın istifa edeceği yönündeydi, ancak bakan görevde kaldı.",
    "Yorumlar açıklamadan sonra daha da sertleşti, dedi muhalefet lideri.",
]
TR_PAGE = "\n\n".join([
    "Meclis bütçeyi kabul etti",
    "Yayın: 12 Mart 2024, 10:15 (TSİ) · Okuma süresi: 3 dakika",
    "Kaynak: AA",
    TR_ARTICLE[0],
    "Fotoğraf: AA",
    TR_ARTICLE[1],
    "İLGİLİ HABER: EMEKLİLERE YENİ DÜZENLEME",
    TR_ARTICLE[2],
    TR_ARTICLE[3],
    "Haberi paylaş",
    "Bu Habere Tepkiniz",
    "Yorumlar (0)",
    "İlgili Haberler",
    "Vergi paketi Meclis'ten geçti",
]) + "\n"

HU_ARTICLE = [
    "A kormány kedden elfogadta a jövő évi költségvetést, miután a tárgyalás több mint "
    "öt órán át tartott.",
    "A pénzügyminiszter szerint a hiány jövőre három százalék alá csökken.",
    "Olvassa el ezt is a jelentést, mielőtt szavaz, kérte az ellenzék a képviselőket.",
    "Megosztás nélkül senki sem látta volna a videót, mondta a rendőrség szóvivője.",
]
HU_PAGE = "\n\n".join([
    "Éppen olvasod: Elfogadták a költségvetést",
    "Elfogadták a költségvetést",
    "Utoljára frissítve: 2024. március 12. 10:15",
    HU_ARTICLE[0],
    "Fotó: MTI/Példa Péter",
    HU_ARTICLE[1],
    "Olvassa el ezt is: Így változik a családi pótlék",
    HU_ARTICLE[2],
    HU_ARTICLE[3],
    "Megosztás",
    "Kövess minket",
    "© 2024 Példa Hírek. Minden jog fenntartva.",
    "Legolvasottabb",
    "Új adócsomagot jelentett be a kormány",
]) + "\n"

HE_ARTICLE = [
    "הממשלה אישרה ביום שלישי את תקציב המדינה לשנה הבאה, לאחר דיון שנמשך יותר מחמש שעות.",
    "שר האוצר אמר שהגירעון יקטן בשנה הבאה אל מתחת לשלושה אחוזים.",
    "קראו עוד על התוכנית באתר המשרד, אמר השר לעיתונאים אחרי הישיבה.",
    "שתפו פעולה עם החוקרים, ביקשה המשטרה מהציבור.",
]
HE_PAGE = "\n\n".join([
    "דילוג לתוכן העיקרי",
    "הממשלה אישרה את התקציב",
    "פורסם: 12.03.24, 10:15",
    HE_ARTICLE[0],
    "שר האוצר בכנסת / צילום: יוסי כהן",
    HE_ARTICLE[1],
    "קראו גם: כך ישפיע התקציב על המשפחות",
    HE_ARTICLE[2],
    HE_ARTICLE[3],
    "שתפו",
    "הצטרפו לערוץ הטלגרם שלנו",
    "12 תגובות",
    "כתבות נוספות",
    "הכנסת תצביע על חוק המיסים",
]) + "\n"

AR_ARTICLE = [
    "وافقت الحكومة يوم الثلاثاء على موازنة العام المقبل بعد نقاش استمر أكثر من خمس ساعات.",
    "وقال وزير المالية إن العجز سينخفض العام المقبل إلى أقل من ثلاثة في المئة.",
    "اقرأ أيضا التقرير الذي نشرته الوزارة، قال الوزير للصحفيين بعد الجلسة.",
    "شارك آلاف المواطنين في الاحتجاجات أمام البرلمان يوم الجمعة.",
]
AR_PAGE = "\n\n".join([
    "اذهب إلى المحتوى",
    "الحكومة توافق على الموازنة",
    "آخر تحديث: 12/03/2024 10:15",
    AR_ARTICLE[0],
    "صورة أرشيفية",
    AR_ARTICLE[1],
    "اقرأ أيضاً: كيف تؤثر الموازنة الجديدة على الأسر",
    AR_ARTICLE[2],
    AR_ARTICLE[3],
    "شارك الخبر",
    "تابعونا على فيسبوك وتويتر",
    "التعليقات",
    "الأكثر قراءة",
    "البرلمان يناقش قانون الضرائب",
]) + "\n"

EL_ARTICLE = [
    "Η κυβέρνηση ενέκρινε την Τρίτη τον προϋπολογισμό του επόμενου έτους, μετά από "
    "συζήτηση που κράτησε πάνω από πέντε ώρες.",
    "Ο υπουργός Οικονομικών είπε ότι το έλλειμμα θα μειωθεί κάτω από τρία τοις εκατό.",
    "Διαβάστε επίσης την έκθεση της επιτροπής, είπε ο υπουργός στους βουλευτές.",
    "Ακολουθήστε τις οδηγίες της πολιτικής προστασίας, ζήτησε ο δήμαρχος.",
]
EL_PAGE = "\n\n".join([
    "ΚΛΕΙΣΙΜΟ",
    "Η κυβέρνηση ενέκρινε τον προϋπολογισμό",
    "Χρόνος ανάγνωσης: 4 λεπτά",
    EL_ARTICLE[0],
    "ΦΩΤΟ: ΑΠΕ-ΜΠΕ",
    EL_ARTICLE[1],
    "ΔΙΑΒΑΣΤΕ ΑΚΟΜΑ: Τι αλλάζει για τις οικογένειες",
    EL_ARTICLE[2],
    EL_ARTICLE[3],
    "Ακολουθήστε το example.gr στο Google News",
    "Σχετικά άρθρα",
    "Νέα μέτρα για τα ενοίκια",
    "Αριθμός Πιστοποίησης Μ.Η.Τ. 232442",
]) + "\n"

DA_ARTICLE = [
    "Regeringen fremlagde tirsdag finansloven for næste år efter en debat, der varede mere "
    "end fem timer.",
    "Finansministeren sagde, at underskuddet vil falde til under tre procent.",
    "Læs også rapporten fra Rigsrevisionen, opfordrede oppositionen partierne.",
    "Af de adspurgte kommuner svarede halvdelen, at de mangler penge.",
]
DA_PAGE = "\n\n".join([
    "Regeringen fremlægger finansloven",
    "Lyt til artiklen",
    "Publiceret 12. marts 2024 kl. 10.15",
    DA_ARTICLE[0],
    "Ministeren ved Christiansborg. (Foto: Anne Hansen/Ritzau Scanpix) Fold sammen",
    DA_ARTICLE[1],
    "Læs også: Sådan påvirker finansloven din økonomi",
    DA_ARTICLE[2],
    DA_ARTICLE[3],
    "Del artiklen",
    "Følg os på Facebook",
    "Mest læste",
    "Politiet efterlyser vidner",
]) + "\n"

NO_ARTICLE = [
    "Regjeringen la tirsdag fram budsjettet for neste år etter en debatt som varte i mer "
    "enn fem timer.",
    "Finansministeren sa at underskuddet skal ned under tre prosent.",
    "Les også rapporten fra Riksrevisjonen, oppfordret opposisjonen partiene.",
    "Del ikke bilder av barna på nett, sier politiet.",
]
NO_PAGE = "\n\n".join([
    "Regjeringen legger fram budsjettet",
    "Publisert 12. mars 2024 kl. 10.15",
    NO_ARTICLE[0],
    "Sammendraget er laget av ChatGPT og godkjent av Eksempelavisen.",
    NO_ARTICLE[1],
    "Les også: Slik påvirker budsjettet din økonomi",
    NO_ARTICLE[2],
    NO_ARTICLE[3],
    "Tips oss! Har du video, bilder eller tips? Send til Eksempel her.",
    "Del saken",
    "Mest lest",
    "Politiet leter etter vitner",
]) + "\n"

FI_ARTICLE = [
    "Hallitus esitteli tiistaina ensi vuoden budjetin yli viisi tuntia kestäneen "
    "keskustelun jälkeen.",
    "Valtiovarainministerin mukaan alijäämä pienenee alle kolmen prosentin.",
    "Lue myös raportti ennen äänestystä, kehotti oppositio kansanedustajia.",
    "Jaa tiedot viranomaisten kanssa, pyysi poliisi asukkaita.",
]
FI_PAGE = "\n\n".join([
    "Hallitus esitteli budjetin",
    "Julkaistu 12.3.2024 10:15",
    FI_ARTICLE[0],
    "Mainos (Teksti jatkuu alla)\nMainos päättyy",
    FI_ARTICLE[1],
    "Lue myös: Näin budjetti vaikuttaa perheisiin",
    FI_ARTICLE[2],
    FI_ARTICLE[3],
    "Kuva: Lehtikuva",
    "Jaa artikkeli",
    "Luetuimmat",
    "Poliisi etsii silminnäkijöitä",
]) + "\n"

PAGES = {
    "sv": (SV_PAGE, SV_ARTICLE, "Budgeten ska minska underskottet",
           ("Hoppa", "Lyssna", "Lästid", "Publicerad", "Toppbild", "Läs också:", "Anna Berg",
            "Dela artikeln", "Följ oss", "Mest läst"),
           {"web-sv/skip-link", "web-sv/listen-reading-time", "web-sv/dated-stamp",
            "web-sv/picture-credit", "web-sv/read-more", "web-sv/byline", "web-sv/share-follow",
            "web-sv/related-header"}),
    "cs": (CS_PAGE, CS_ARTICLE, "Vláda schválila rozpočet",
           ("Přejít", "Aktualizováno", "foto: ČTK", "Čtěte také:", "Sdílet článek",
            "Sledujte nás", "Diskuse (12)", "Související"),
           {"web-cs/page-navigation", "web-cs/dated-stamp", "web-cs/picture-credit",
            "web-cs/read-more", "web-cs/share-follow", "web-cs/comment-label",
            "web-cs/related-header"}),
    "tr": (TR_PAGE, TR_ARTICLE, "Meclis bütçeyi kabul etti",
           ("Yayın:", "Kaynak: AA", "Fotoğraf:", "İLGİLİ HABER:", "Haberi paylaş",
            "Tepkiniz", "Yorumlar (0)", "İlgili Haberler"),
           {"web-tr/dated-stamp", "web-tr/source-author", "web-tr/picture-credit",
            "web-tr/read-more", "web-tr/share-follow", "web-tr/reactions-comments",
            "web-tr/related-header"}),
    "hu": (HU_PAGE, HU_ARTICLE, "Elfogadták a költségvetést",
           ("Éppen olvasod", "Utoljára", "Fotó:", "Olvassa el ezt is:", "Kövess",
            "Minden jog", "Legolvasottabb"),
           {"web-hu/reading-now", "web-hu/dated-stamp", "web-hu/picture-credit",
            "web-hu/read-more", "web-hu/share-follow", "web-hu/related-header"}),
    "he": (HE_PAGE, HE_ARTICLE, "הממשלה אישרה את התקציב",
           ("דילוג", "פורסם", "צילום:", "קראו גם:", "הצטרפו", "12 תגובות", "כתבות נוספות"),
           {"web-he/page-labels", "web-he/dated-stamp", "web-he/picture-credit",
            "web-he/read-more", "web-he/share-follow", "web-he/comment-label",
            "web-he/related-header"}),
    "ar": (AR_PAGE, AR_ARTICLE, "الحكومة توافق على الموازنة",
           ("اذهب إلى", "آخر تحديث", "صورة أرشيفية", "اقرأ أيضاً:", "شارك الخبر", "تابعونا",
            "التعليقات", "الأكثر قراءة"),
           {"web-ar/page-labels", "web-ar/dated-stamp", "web-ar/picture-credit",
            "web-ar/read-more", "web-ar/share-follow", "web-ar/comment-label",
            "web-ar/related-header"}),
    "el": (EL_PAGE, EL_ARTICLE, "Η κυβέρνηση ενέκρινε τον προϋπολογισμό",
           ("ΚΛΕΙΣΙΜΟ", "Χρόνος", "ΦΩΤΟ", "ΔΙΑΒΑΣΤΕ", "Google News", "Σχετικά άρθρα",
            "Μ.Η.Τ."),
           {"web-el/page-buttons", "web-el/source-credit", "web-el/read-more",
            "web-el/share-follow", "web-el/related-header"}),
    "da": (DA_PAGE, DA_ARTICLE, "Regeringen fremlægger finansloven",
           ("Lyt til", "Publiceret", "Fold sammen", "Læs også:", "Del artiklen", "Følg os",
            "Mest læste"),
           {"web-da/listen-paywall", "web-da/dated-stamp", "web-da/caption-credit",
            "web-da/read-more", "web-da/share-follow", "web-da/related-header"}),
    "no": (NO_PAGE, NO_ARTICLE, "Regjeringen legger fram budsjettet",
           ("Publisert", "Sammendraget", "Les også:", "Tips oss", "Del saken", "Mest lest"),
           {"web-no/dated-stamp", "web-no/ai-summary-note", "web-no/read-more",
            "web-no/tip-appeal", "web-no/share-follow", "web-no/related-header"}),
    "fi": (FI_PAGE, FI_ARTICLE, "Hallitus esitteli budjetin",
           ("Julkaistu", "Mainos", "Lue myös:", "Kuva:", "Jaa artikkeli", "Luetuimmat"),
           {"web-fi/advertisement", "web-fi/read-more",
            "web-fi/picture-credit", "web-fi/share-follow", "web-fi/related-header"}),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_furniture_goes_and_the_article_stays(norm, lang):
    page, article, headline, gone, rules = PAGES[lang]
    result = norm.run(page, lang=lang)
    for sentence in article:
        assert sentence in result.text
    assert result.text.startswith(headline + "\n")
    for piece in gone:
        assert piece not in result.text, piece
    assert rules <= {removed.rule for removed in result.removed}
    assert norm.clean(result.text, lang=lang) == result.text


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_article_without_furniture_is_left_whole(norm, lang):
    """The sentences that open with a furniture word (Läs också, Čtěte také, Son haberler,
    Olvassa el ezt is, קראו עוד, اقرأ أيضا ...) are prose, also with no page around them."""
    article = PAGES[lang][1]
    text = "\n\n".join(article) + "\n"
    assert norm.run(text, lang=lang).removed == ()


def test_a_machine_translation_keeps_the_source_furniture_out(norm):
    """Language packs run on documents of every language: the Turkish pointer and the
    Swedish share prompt left in an English translation go too."""
    text = ("Parliament passed next year's budget on Tuesday after a five-hour debate.\n\n"
            "İLGİLİ HABER: EMEKLİLERE YENİ DÜZENLEME\n\n"
            "The minister said the deficit would fall below three percent next year.\n\n"
            "Dela artikeln\n")
    result = norm.run(text, lang="en")
    assert result.text == ("Parliament passed next year's budget on Tuesday after a five-hour "
                           "debate.\n\nThe minister said the deficit would fall below three "
                           "percent next year.\n")
