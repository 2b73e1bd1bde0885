"""Korean and Romanian page furniture (packs web-ko and web-ro) on pages shaped like the
real ones: the furniture goes, every sentence of the article stays. The texts are
written for these tests."""

from __future__ import annotations

KO_ARTICLE = [
    "시는 다음 달부터 시내버스 노선 열두 개를 조정한다고 5일 밝혔다. 이번 조정은 신도시 "
    "입주에 맞춰 출퇴근 시간의 혼잡을 줄이기 위한 것이다.",
    "시 관계자는 주민 설명회에서 나온 의견을 반영해 배차 간격도 줄일 계획이라고 말했다.",
    "김민수 기자가 만난 주민들은 대체로 환영하는 분위기였지만 일부는 정류장이 멀어진다고 "
    "걱정했다.",
]
KO_PAGE = "\n\n".join([
    "본문 바로가기",
    "시내버스 노선 12개 다음 달부터 바뀐다",
    "입력 2024.03.05 10:15 수정 2024.03.05 11:02",
    "댓글 0",
    "좋아요 구독",
    *KO_ARTICLE,
    "사진=예시시청",
    "김민수 기자 minsu@example.co.kr",
    "<저작권자 © 예시일보, 무단 전재 및 재배포 금지>",
    "관련기사",
    "지하철 요금 인상 연기",
    "많이 본 뉴스",
]) + "\n"

RO_ARTICLE = [
    "Guvernul a aprobat joi bugetul pentru anul viitor, după o ședință care a durat peste "
    "cinci ore, a anunțat purtătorul de cuvânt.",
    "Ministrul Finanțelor a spus că deficitul va scădea sub trei procente până în 2027.",
    "Citește și bugetul local, le-a cerut primarul consilierilor, înainte de vot.",
]
RO_PAGE = "\n\n".join([
    "Sari direct la conținut",
    "Guvernul a aprobat bugetul pentru anul viitor",
    "Publicat: 12.03.2024, 10:15 | Actualizat: 12.03.2024, 11:02",
    "Ascultă articolul",
    RO_ARTICLE[0],
    "Foto: Inquam Photos / Exemplu",
    RO_ARTICLE[1],
    "Citeşte şi: Cum arată noul buget pentru sănătate",
    RO_ARTICLE[2],
    "Urmărește-ne pe Google News",
    "Acest site folosește cookie-uri pentru a vă oferi o experiență de navigare mai bună.",
    "Cele mai citite",
    "Primarul anunță noi piste de biciclete",
]) + "\n"


def _rules(result) -> set[str]:
    return {removed.rule for removed in result.removed}


def test_korean_furniture_goes_and_the_article_stays(norm):
    result = norm.run(KO_PAGE, lang="ko")
    assert all(sentence in result.text for sentence in KO_ARTICLE)
    assert result.text.startswith("시내버스 노선 12개 다음 달부터 바뀐다\n")
    for gone in ("바로가기", "입력 2024", "댓글 0", "구독", "사진=", "minsu@", "무단", "많이 본"):
        assert gone not in result.text
    assert {"web-ko/buttons", "web-ko/dated-stamp", "web-ko/photo-credit", "web-ko/byline",
            "web-ko/copyright", "web-ko/related-header"} <= _rules(result)
    assert norm.clean(result.text, lang="ko") == result.text


def test_romanian_furniture_goes_and_the_article_stays(norm):
    result = norm.run(RO_PAGE, lang="ro")
    assert all(sentence in result.text for sentence in RO_ARTICLE)
    assert result.text.startswith("Guvernul a aprobat bugetul pentru anul viitor\n")
    for gone in ("Sari direct", "Publicat:", "Ascultă", "Inquam", "Citeşte şi:", "Google News",
                 "cookie", "Cele mai citite"):
        assert gone not in result.text
    assert {"web-ro/skip-link", "web-ro/dated-stamp", "web-ro/listen", "web-ro/read-more",
            "web-ro/follow-prompt", "web-ro/cookies", "web-ro/related-header"} <= _rules(result)
    assert norm.clean(result.text, lang="ro") == result.text
