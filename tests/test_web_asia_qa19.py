"""Japanese, Chinese, Hindi, Vietnamese, Thai and Bengali pages (packs web-ja, web-zh,
web-hi, web-vi, web-th, web-bn): the furniture goes, every sentence of the article stays,
and cleaning leaves these scripts' own punctuation and letters alone. The pages are written
for these tests in the shapes of real news pages (bylines, source and editor lines, stamps,
share and app prompts, related headings, copyright lines, photo credits)."""

from __future__ import annotations

import unicodedata

import pytest

from normkit.language import detect_language
from normkit.stages.boilerplate.lines import split_lines


def _clean(norm, lang: str, text: str) -> str:
    """``text`` cleaned as ``lang``; a second cleaning must change nothing."""
    once = norm.run(text, lang=lang).text
    assert norm.run(once, lang=lang).text == once, "a second cleaning changed the text"
    return once


def _rules(norm, text: str, lang: str) -> set[str]:
    return {removed.rule for removed in norm.run(text, lang=lang).removed}


JA_ARTICLE = [
    "政府は1日、物価高に対応する新たな経済対策を閣議決定した。総額は約20兆円となる見通しだ。",
    "首相は記者会見で「国民の暮らしを守るため、あらゆる手段を講じる」と述べた。",
    "記者会見では、財源についての質問も相次いだ。",
]
JA_PAGE = "\n\n".join([
    "ホーム > ニュース > 政治",
    "政府、新たな経済対策を閣議決定",
    "時事通信 / 2024年11月1日 14時17分",
    "この記事をシェアする",
    JA_ARTICLE[0],
    "写真=ロイター",
    JA_ARTICLE[1],
    JA_ARTICLE[2],
    "（記者 山田太郎）",
    "無断転載・複製を禁じます",
    "関連記事",
    "トップへ戻る",
]) + "\n"

ZH_ARTICLE = [
    "国务院常务会议1日召开，研究部署下一阶段稳经济工作。会议指出，要加大宏观政策调节力度。",
    "会议强调，各地区各部门要抓好政策落实，确保取得实效。",
    "记者看到，与会人员就具体措施进行了讨论。",
]
ZH_PAGE = "\n\n".join([
    "首页 > 时政",
    "国务院常务会议部署稳经济工作",
    "2024-11-01 10:15:32 来源：新华社 责任编辑：张三",
    ZH_ARTICLE[0],
    "新华社记者 李明 摄",
    ZH_ARTICLE[1],
    ZH_ARTICLE[2],
    "（记者 王小明 陈芳）",
    "扫一扫，用手机继续阅读！",
    "相关新闻",
    "版权所有 © 2024 示例新闻网",
]) + "\n"

ZH_HANT_PAGE = "\n\n".join([
    "當前位置:",
    "行政院通過明年度總預算案",
    "發布日期:2024-11-01 08:23 來源:示例電視 責任編輯:林志明",
    "行政院會議今日通過明年度總預算案，總額創下新高。",
    "院長表示，預算將優先用於社會福利與國防。",
    "關鍵詞:預算 行政院",
    "« 返回前頁列印",
]) + "\n"

HI_ARTICLE = [
    "सरकार ने मंगलवार को किसानों के लिए नई योजना की घोषणा की। "
    "इसके तहत छोटे किसानों को हर साल सहायता मिलेगी।",
    "कृषि मंत्री ने कहा कि योजना अगले महीने से लागू होगी।",
    "विपक्ष ने योजना का स्वागत किया, लेकिन इसे देर से उठाया गया कदम बताया।",
]
HI_PAGE = "\n\n".join([
    "होम > देश",
    "किसानों के लिए नई योजना का ऐलान",
    "नई दिल्ली से हिमांशु शर्मा की रिपोर्ट",
    "अपडेटेड: 12 नवंबर 2024, 07:53 AM IST",
    HI_ARTICLE[0],
    "ये भी पढ़ें: बजट में किसानों को क्या मिला",
    HI_ARTICLE[1],
    "(फोटो साभार: सोशल मीडिया)",
    HI_ARTICLE[2],
    "हमें फेसबुक और ट्विटर पर फॉलो करें।",
    "संबंधित खबरें",
    "कोई टिप्पणी नहीं:",
]) + "\n"

VI_ARTICLE = [
    "Quốc hội đã thông qua dự toán ngân sách nhà nước năm 2025 vào chiều thứ Hai, "
    "với đa số đại biểu tán thành.",
    "Theo Bộ Tài chính, bội chi ngân sách sẽ được giữ dưới 4% GDP.",
    "Chia sẻ với báo chí, một đại biểu cho biết các khoản chi cho y tế sẽ tăng.",
]
VI_PAGE = "\n\n".join([
    "Trang chủ > Thời sự",
    "Quốc hội thông qua ngân sách năm 2025",
    "Thứ hai, 11/11/2024 16:05 (GMT+7)",
    "Theo dõi chúng tôi trên Google News",
    VI_ARTICLE[0],
    "Ảnh: Quang Trung",
    VI_ARTICLE[1],
    "Xem thêm: Bộ Tài chính công bố số liệu thu ngân sách",
    VI_ARTICLE[2],
    "(Theo TTXVN)",
    "Tin liên quan",
    "Bình luận (0)",
]) + "\n"

TH_ARTICLE = [
    "ตำรวจจับกุมผู้ต้องหา 4 คน พร้อมของกลางจำนวนมาก ขณะกำลังขึ้นรถแท็กซี่บริเวณแยกสำราญราษฎร์",
    "ภาพจากกล้องวงจรปิดพบว่าคนร้ายหลบหนีไปทางทิศเหนือก่อนถูกสกัดจับ",
]
TH_PAGE = "\n\n".join([
    "ตำรวจจับผู้ต้องหาพร้อมของกลาง",
    "เผยแพร่:   โดย: สำนักข่าวตัวอย่าง",
    TH_ARTICLE[0],
    "ภาพจาก เฟซบุ๊ก สถานีตำรวจภูธรตัวอย่าง",
    TH_ARTICLE[1],
    "ข่าวที่เกี่ยวข้อง",
    "กำลังโหลดความคิดเห็น",
]) + "\n"

BN_ARTICLE = [
    "রাজশাহী যে দেশের সেরা শহর, তা সবাই একবাক্যে স্বীকার করেন। সেই শহরটিও ডুবেছে বৃষ্টির পানিতে।",
    "গত বুধবার রাত সাড়ে ১০টায় রাজশাহীতে বৃষ্টি শুরু হয়। পরদিন সন্ধ্যা পর্যন্ত ঝরে।",
]
BN_PAGE = "\n\n".join([
    "শিরোনাম",
    "রাজশাহী শহর বৃষ্টির পানিতে ডুবল কেন",
    "নিজস্ব প্রতিবেদক, রাজশাহী",
    "আপডেট : ০৬ অক্টোবর ২০২৩, ২১: ৫০",
    BN_ARTICLE[0],
    "ছবি: সংগৃহীত",
    BN_ARTICLE[1],
    "আরও পড়ুন: পদ্মা সেতুতে রেকর্ড টোল আদায়",
    "নিউজটি শেয়ার করুন :",
]) + "\n"

PAGES = {
    "ja": (JA_PAGE, JA_ARTICLE, "政府、新たな経済対策を閣議決定",
           {"web-ja/breadcrumb", "web-ja/dated-stamp", "web-ja/share-app", "web-ja/photo-credit",
            "web-ja/byline", "web-ja/copyright", "web-ja/related-header", "web-ja/buttons"}),
    "zh": (ZH_PAGE, ZH_ARTICLE, "国务院常务会议部署稳经济工作",
           {"web-zh/breadcrumb", "web-zh/meta-line", "web-zh/picture-credit", "web-zh/byline",
            "web-zh/share-app", "web-zh/related-header", "web-zh/copyright"}),
    "hi": (HI_PAGE, HI_ARTICLE, "किसानों के लिए नई योजना का ऐलान",
           {"web-hi/breadcrumb", "web-hi/byline", "web-hi/dated-stamp", "web-hi/read-more",
            "web-hi/photo-credit", "web-hi/share-follow", "web-hi/related-header",
            "web-hi/comment-prompt"}),
    "vi": (VI_PAGE, VI_ARTICLE, "Quốc hội thông qua ngân sách năm 2025",
           {"web-vi/menu-label", "web-vi/dated-stamp", "web-vi/share-follow", "web-vi/photo-credit",
            "web-vi/read-more", "web-vi/source-line", "web-vi/related-header",
            "web-vi/comment-prompt"}),
    "th": (TH_PAGE, TH_ARTICLE, "ตำรวจจับผู้ต้องหาพร้อมของกลาง",
           {"web-th/meta-line", "web-th/photo-credit", "web-th/related-header", "web-th/buttons"}),
    "bn": (BN_PAGE, BN_ARTICLE, "রাজশাহী শহর বৃষ্টির পানিতে ডুবল কেন",
           {"web-bn/labels", "web-bn/byline", "web-bn/dated-stamp", "web-bn/read-more",
            "web-bn/share-comment"}),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_furniture_goes_and_the_article_stays(norm, lang):
    page, article, headline, rules = PAGES[lang]
    cleaned = _clean(norm, lang, page)
    assert cleaned.rstrip("\n").split("\n\n") == [headline, *article]
    assert rules <= _rules(norm, page, lang)


def test_traditional_chinese_page(norm):
    cleaned = _clean(norm, "zh", ZH_HANT_PAGE)
    assert cleaned.rstrip("\n").split("\n\n") == ["行政院通過明年度總預算案",
                                     "行政院會議今日通過明年度總預算案，總額創下新高。",
                                     "院長表示，預算將優先用於社會福利與國防。"]
    assert {"web-zh/breadcrumb", "web-zh/meta-line", "web-zh/keywords",
            "web-zh/buttons"} <= _rules(norm, ZH_HANT_PAGE, "zh")


# lines that look like furniture but are sentences, headlines or captions of an article
LOOKALIKES = {
    "ja": [
        "記者会見で首相は経済対策の必要性を強調した。",
        "共同通信によると、台風は夜に上陸する見込みだ。",
        "同社は記事の無断転載を禁止した。",
        "関連記事を読むと、背景がよく分かる。",
        "投開票は2024年10月27日に行われる。",
        "（近江八幡市で）",
        "写真：会見する首相、1日、首相官邸で",
    ],
    "zh": [
        "记者看到，现场秩序井然。",
        "法院认定，该公司的行为违反了未经授权不得转载的规定。",
        "版权所有人认为平台应当承担责任。",
        "相关新闻报道引起了广泛关注。",
        "分享到朋友圈的照片很快引起了网友的讨论。",
        "评论认为这一政策将有利于经济发展。",
        "更多信息请关注当地气象部门发布的预警。",
        "首页上的新闻每天更新一次。",
    ],
    "hi": [
        "संबंधित खबरें झूठी निकलीं, पुलिस ने बताया।",
        "रिपोर्ट: सरकार ने माना",
        "विश्व बैंक की रिपोर्ट",
        "विज्ञापन पर सरकार ने करोड़ों रुपये खर्च किए।",
        "टिप्पणी करें या न करें, यह आपका फैसला है।",
        "होम लोन की ब्याज दरें बढ़ गई हैं।",
    ],
    "vi": [
        "Xem thêm các quy định mới tại trang của Bộ Y tế.",
        "Tin mới nhất từ Bộ Y tế cho thấy dịch đang giảm.",
        "Hội nghị sẽ diễn ra vào ngày 12/03/2024",
        "Theo tôi, đây là quyết định đúng.",
        "Chia sẻ với báo chí, ông cho biết sẽ sớm khắc phục sự cố.",
        "Bình luận của ông về vụ việc đã gây tranh cãi.",
        "Danh mục đầu tư của quỹ đã tăng mạnh trong năm nay.",
        "Kết quả được trình bày trong Hình 1",
    ],
    "th": [
        "ภาพจากกล้องวงจรปิดพบว่าคนร้ายหลบหนีไปทางทิศเหนือ",
        "ข่าวล่าสุดจากกรมอุตุนิยมวิทยาระบุว่าจะมีฝนตกหนัก",
        "ตำรวจติดตามผลการสอบสวนผ่าน Facebook ของสถานี",
        "ความคิดเห็นของประชาชนแตกออกเป็นสองฝ่าย",
    ],
    "bn": [
        "জাতিসংঘে বাংলাদেশের নতুন স্থায়ী প্রতিনিধি",
        "নিজস্ব প্রতিবেদক জানান, আগুন নিয়ন্ত্রণে এসেছে।",
        "গত ৫ আগস্ট থানাগুলোতে তাণ্ডব চালানো হয়।",
        "সর্বশেষ খবর অনুযায়ী আগুন নিয়ন্ত্রণে এসেছে।",
        "মন্তব্য করুন বা না করুন, সিদ্ধান্ত আপনার।",
    ],
}


@pytest.mark.parametrize("lang", sorted(LOOKALIKES))
def test_lines_like_furniture_inside_an_article_stay(norm, lang):
    article = PAGES[lang][1]
    for line in LOOKALIKES[lang]:
        text = "\n\n".join([article[0], line, article[1]]) + "\n"
        assert _clean(norm, lang, text) == text, line


PUNCTUATION = {
    # full-width punctuation, no space around it, and nothing to add
    "ja": "首相は「国民の理解を得たい」と語った！本当か？ 会見は（午後）３時に終わった。",
    "zh": "国务院总理1日说：“我们要坚定信心。”他表示，今年经济将保持增长！会议为期（两天）；",
    "hi": "प्रधानमंत्री ने कहा कि सरकार मदद करेगी। उन्होंने कहा, “हम तैयार हैं”॥ यह १२ लाख रुपये की योजना है।",
    "vi": "Thủ tướng cho biết, Chính phủ sẽ hỗ trợ người dân bị ảnh hưởng bởi bão lũ ở miền Trung.",
    "th": "นายกรัฐมนตรีกล่าวว่า รัฐบาลจะช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากน้ำท่วม ๆ ในภาคเหนือ",
    "bn": "প্রধানমন্ত্রী বলেছেন, সরকার কৃষকদের সাহায্য করবে। তিনি আরও বলেন, “আমরা প্রস্তুত।”",
}


@pytest.mark.parametrize("lang", sorted(PUNCTUATION))
def test_own_punctuation_and_letters_are_kept(norm, lang):
    text = PUNCTUATION[lang]
    result = norm.run(text)
    assert result.lang == lang
    assert result.text == text, [(e.rule, e.before, e.after) for e in result.edits]


def test_a_space_before_the_danda_stays(norm):
    # a comma's space goes (as in any language); the danda and its space are the writer's
    text = "सरकार ने कहा कि किसानों की मदद करेगी । उन्होंने कहा , हम तैयार हैं ।"
    assert _clean(norm, "hi", text) == (
        "सरकार ने कहा कि किसानों की मदद करेगी । उन्होंने कहा, हम तैयार हैं ।")


@pytest.mark.parametrize("text,lang", [
    ("Thủ tướng Phạm Minh Chính cho biết, Chính phủ sẽ hỗ trợ người dân bị ảnh hưởng bởi bão lũ.",
     "vi"),
    ("정부는 내년 예산안을 다음 주 국회에 제출할 예정이라고 밝혔다.", "ko"),
])
def test_decomposed_text_is_read_in_its_language_and_composed(norm, text, lang):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert detect_language(decomposed) == lang
    result = norm.run(decomposed)
    assert result.lang == lang
    assert result.text == text  # composed (NFC), so the packs' rules match it


@pytest.mark.parametrize("text,lang", [
    ("政府は1日、新たな経済対策を閣議決定した。首相は会見で対策の意義を説明した。", "ja"),
    ("国务院常务会议1日召开，研究部署下一阶段稳经济工作。", "zh"),
    ("行政院會議今日通過明年度總預算案，總額創下新高。", "zh"),
    ("सरकार ने मंगलवार को किसानों के लिए नई योजना की घोषणा की।", "hi"),
    ("Quốc hội đã thông qua dự toán ngân sách nhà nước năm 2025.", "vi"),
    ("ตำรวจจับกุมผู้ต้องหา 4 คน พร้อมของกลางจำนวนมาก", "th"),
    ("রাজশাহী যে দেশের সেরা শহর, তা সবাই একবাক্যে স্বীকার করেন।", "bn"),
])
def test_language_is_detected(text, lang):
    assert detect_language(text) == lang


def test_hindi_words_keep_their_vowel_signs_and_the_danda_ends_a_sentence():
    lines = split_lines("सरकार ने मंगलवार को नई योजना की घोषणा की।\nसंबंधित वीडियो\n", "hi")
    assert [line.words for line in lines] == [9, 2]
    assert [line.terminal for line in lines] == [True, False]


def test_a_title_under_a_hindi_label_goes_with_it(norm):
    text = ("सरकार ने मंगलवार को नई योजना की घोषणा की।\n\nसंबंधित वीडियो\n"
            "किसानों के लिए नई योजना का ऐलान\n\nमंत्री ने कहा कि योजना अगले महीने से लागू होगी।\n")
    assert _clean(norm, "hi", text) == (
        "सरकार ने मंगलवार को नई योजना की घोषणा की।\n\nमंत्री ने कहा कि योजना अगले महीने से लागू होगी।\n")


@pytest.mark.parametrize("spelling", ["\u092a\u095d\u0947\u0902", "\u092a\u0922\u093c\u0947\u0902"])
def test_hindi_nukta_in_either_spelling(norm, spelling):
    text = (f"सरकार ने नई योजना की घोषणा की।\n\nये भी {spelling}: बजट में किसानों को क्या मिला\n\n"
            "मंत्री ने कहा कि योजना अगले महीने से लागू होगी।\n")
    assert _clean(norm, "hi", text) == (
        "सरकार ने नई योजना की घोषणा की।\n\nमंत्री ने कहा कि योजना अगले महीने से लागू होगी।\n")
