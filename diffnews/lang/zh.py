"""Chinese: "外交部发言人周四表示，……。" No spaces between words and "。" ends a sentence, so
each character is a token and character pairs stand for words (``Profile.characters``)."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="zh",
    cased=False,
    name="Chinese",
    function_words=frozenset(
        "的 了 和 与 及 或 在 是 也 都 就 而 对 把 被 从 向 将 这 那 其 之 于 以 为".split()
    ),
    sentence_ends="。！？",
    characters=True,
    links="(?:相关阅读|延伸阅读|推荐阅读)",
    furniture=(
        "版权所有.{0,80}",
        "本文版权归.{0,80}",
        "广告",
    ),
    photo_credits=r"[（(][^（）()]{0,40}摄[）)]|^图片来源\s*[:：]",
    speech=phrases(
        """
        介绍, 强调, 指出, 据, 称, 表示, 说, 透露
        """
    ),
)
