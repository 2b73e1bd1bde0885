"""Function words per language: running prose is dense with them, menus and titles are not.

This is the jusText idea: the share of a line's words that are function words
(articles, pronouns, prepositions, auxiliaries) tells prose from link lists.
The lists are short, hand-written, lowercase; a language without one falls back
to the union of all lists. The boilerplate stage reads them to tell prose from menus;
language detection reads them to choose between the model's candidates on a short
text (:func:`normkit.language.settle_by_function_words`).

>>> words = "the talks went on in the capital".split()
>>> round(stopword_share(words, "en"), 2)
0.57
>>> stopword_share("Home World Europe Sport".lower().split(), "en")
0.0
"""

from __future__ import annotations

import functools

_LISTS = {
    "en": """a about above after again against all also am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers herself him himself his how i if in
        into is it its itself just may me might more most must my myself no nor not now of off on
        once only or other our ours ourselves out over own same she should so some such than that
        the their theirs them themselves then there these they this those through to too under
        until up upon us very was we were what when where which while who whom whose why will
        with would you your yours yourself yourselves said says its it's don't didn't doesn't
        can't won't isn't wasn't aren't weren't""",
    "es": """a al algo algunos ante antes aquel aquella así aun aunque bajo bien cada como con
        contra cual cuando de del desde donde dos durante e el ella ellas ellos en entre era eran
        es esa ese eso esta estaba estado están este esto estos fue fueron ha habla había han
        hasta hay la las le les lo los más me mi mientras muy nada ni no nos nosotros o otra otro
        para pero poco por porque que quien se sea ser si sido sin sino sobre son su sus también
        tanto te tiene tienen todo todos tras tu un una uno unos y ya yo""",
    "de": """aber alle allem allen aller als also am an auch auf aus bei beim bin bis bist da
        damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser dir doch
        dort du durch ein eine einem einen einer eines er es etwa für gegen hat hatte haben hier
        ich ihm ihn ihr ihre im in ist ja jedoch kann kein keine mich mir mit muss nach nicht noch
        nun nur ob oder ohne schon sehr sein seine sich sie sind so soll über um und uns unter vom
        von vor war waren was weil welche wenn werden wie wieder wir wird wurde wurden zu zum zur
        zwischen""",
    "fr": """à au aux avec avait avoir c ce cela ces cet cette comme d dans de des deux donc dont
        du elle elles en entre est et été être eu fait il ils je l la le les leur leurs lui m mais
        me même mes moi mon n ne ni nos notre nous on ont ou où par pas pendant peu plus pour
        qu que qui s sa sans se ses si son sont sous sur ta te tes toi ton tous tout très tu un
        une vos votre vous y""",
    "it": """a ad agli ai al alla alle allo anche che chi ci come con contro cui da dai dal dalla
        dalle degli dei del della delle dello di dove e è ed era erano essere fa gli ha hanno i il
        in io la le lei lo loro lui ma mi ne negli nei nel nella nelle noi non nostro o per perché
        più quale quando quella quelle quello questa queste questo se sei si sia siamo sono sta
        stato su sua sue sui sul sulla suo suoi tra tu tutti tutto un una uno voi""",
    "pt": """a ao aos as até com como da das de dela dele deles depois do dos e ela elas ele eles
        em entre era essa esse esta este eu foi for foram há isso isto já lhe mais mas me mesmo
        meu minha muito na não nas nem no nos nós num numa o os ou para pela pelas pelo pelos
        por qual quando que quem se sem ser seu seus sua suas só também te tem tinha um uma você
        à às é está estão são""",
    "pl": """a aby ale bez bo być był była było były by co czy dla do gdy gdzie go ich ile im
        i jak jako je jego jej jest jeszcze jednak już ją każdy kiedy kto który która które
        którzy ma mają mi mnie może można my na nad nie nich nim niż o od on ona one oni ono
        oraz po pod przed przez przy się są ta tak także tam te tego tej ten to tu tylko tym
        u w we wszystko z za ze że żeby""",
    "uk": """а але без би був була були було в вже від він вона вони воно все всі для до же з за
        і із їх їй його коли лише мене ми між на над не ні ним них ну о от після по під при про
        саме свою своє свої себе так також там те теж тим то тобто того тому треба у уже хоча
        це цей ця ці чи що щоб як який яка які яке є ж бо вам ви ще дуже
        я мені мене ти тобі тебе нас якщо де хто вас""",
    "ru": """а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да
        даже для до его ее если есть еще же за здесь и из или им их к как когда кто ли либо мне
        может мы на над надо наш не него нее нет ни них но ну о об однако он она они оно от очень
        по под при с со так также такой там те тем то того тоже только том ты у уже хотя чего чей
        чем что чтобы эта эти это этого этой этом я""",
    "nl": """aan al als bij dan dat de den der deze die dit door een en er had heb hebben heeft
        het hier hij hoe hun ik in is je kan maar me met mijn na naar niet nog nu of om ook op
        over te tot uit van veel voor was wat we wel werd wie wij worden wordt zal ze zich zij
        zijn zo zou""",
    "id": """ada adalah akan antara atau bagi bahwa banyak belum bisa dalam dan dari dengan di
        dia ia ini itu juga kami kata kita ke karena kepada lebih masih mereka oleh pada para
        saat saja sangat sebagai sebuah secara sedang sejak sekitar sementara setelah sudah tak
        tapi telah tersebut tidak untuk yaitu yang""",
}

STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _LISTS.items()
}


@functools.cache
def stopwords(lang: str) -> frozenset[str]:
    """The function words of ``lang``; the union of all lists for other languages."""
    found = STOPWORDS.get(lang)
    if found is not None:
        return found
    return frozenset().union(*STOPWORDS.values())


def stopword_share(words: list[str], lang: str) -> float:
    """Share of lowercase ``words`` that are function words of ``lang``."""
    if not words:
        return 0.0
    known = stopwords(lang)
    return sum(word in known for word in words) / len(words)
