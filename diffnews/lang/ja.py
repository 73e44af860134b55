"""Japanese: "外務省は４日、……と発表した。" No spaces between words and "。" ends a sentence,
so each character is a token and character pairs stand for words (``Profile.characters``);
quotations in 「かぎかっこ」."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="ja",
    cased=False,
    name="Japanese",
    function_words=frozenset(  # single characters, each a token; not な, which
        # begins the negation ない
        "の は が を に へ と で も や か ね よ た だ し て".split()
    ),
    sentence_ends="。！？",
    characters=True,
    links="(?:関連記事|あわせて読みたい)",
    furniture=(
        "無断転載を?禁(?:じます|止).{0,40}",
        "広告",
    ),
    photo_credits=r"[（(][^（）()]{0,40}撮影[）)]|^写真\s*[:：]",
    speech=phrases(
        """
        と強調した, と話した, と語った, と述べた, によると
        """
    ),
)
