"""Italian: "Il ministro ha dichiarato giovedì che ..." """

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="it",
    numbers="1.234,5",
    name="Italian",
    stemmer="italian",
    function_words=frozenset(
        """
        il lo la i gli le l un uno una un' e ed o ma però che chi cui di del dello della dei
        degli delle d a al allo alla ai agli alle da dal dalla dai in nel nello nella nei negli
        nelle su sul sulla sui con per tra fra è sono era erano fu stato stata essere ha hanno
        aveva avevano avere si suo sua suoi sue loro mi ti ci vi lui lei noi voi questo questa
        questi queste quello quella molto più meno come quando dove se anche già tutto tutti
        """.split()
    ),
    abbreviations=frozenset("sig sigg dott prof ing avv on sen n art ecc pag".split()),
    months=(
        "gennaio|genn|gen",
        "febbraio|febbr|feb",
        "marzo|mar",
        "aprile|apr",
        "maggio|magg|mag",
        "giugno|giu",
        "luglio|lug",
        "agosto|ago",
        "settembre|sett|set",
        "ottobre|ott",
        "novembre|nov",
        "dicembre|dic",
    ),
    links="(?:leggi anche|potrebbe interessarti)",
    furniture=(
        r"tutti i diritti riservati\.?",
        "iscriviti alla (?:nostra )?newsletter.{0,80}",
        "pubblicità",
    ),
    photo_credits=r"^foto\s*:|\(foto\s*:",
    speech=phrases(
        """
        afferma, aggiunge, dice, dichiara, ha affermato, ha aggiunto, ha annunciato, ha
        assicurato, ha detto, ha dichiarato, ha sottolineato, ha spiegato, secondo,
        sottolinea, spiega
        """
    ),
)
