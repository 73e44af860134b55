"""Turkish: "Bakan perşembe günü yaptığı açıklamada ... dedi." """

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="tr",
    numbers="1.234,5",
    name="Turkish",
    stemmer="turkish",
    function_words=frozenset(
        """
        ve ile veya ama fakat ancak ki de da mi mı mu mü bu şu o bir için gibi kadar daha çok en
        her bazı olan olarak ise ya hem ne diye sonra önce göre kendi onun bunun ben sen biz siz
        onlar
        """.split()
    ),
    abbreviations=frozenset("dr prof doç av vb vs yy no st".split()),
    months=(
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
    links="(?:ilginizi çekebilir|bunlar da ilginizi çekebilir|ayrıca okuyun)",
    furniture=(
        r"tüm hakları saklıdır\.?",
        "reklam",
    ),
    photo_credits=r"^(?:fotoğraf|foto)\s*:|\((?:fotoğraf|foto)\s*:",
    speech=phrases(
        """
        açıkladı, belirtti, dedi, diye, ekledi, göre, ifade etti, kaydetti, söyledi,
        vurguladı
        """
    ),
)
