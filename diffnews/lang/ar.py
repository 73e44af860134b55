"""Arabic: "وقال الوزير يوم الخميس إن ..." A question ends with "؟"."""

from diffnews.lang import Profile, phrases

PROFILE = Profile(
    code="ar",
    cased=False,
    name="Arabic",
    stemmer="arabic",
    function_words=frozenset(
        """
        في من إلى على عن مع و أو ثم أن إن أنه إنه التي الذي الذين هذا هذه ذلك تلك هو هي هم
        كان كانت يكون قد لقد كما حيث بين بعد قبل عند حتى كل أي
        """.split()
    ),  # without the negations "لا" and "ما": they change the news
    sentence_ends="؟",
    speech=phrases(
        """
        أضاف, أضافت, أكد, أكدت, أوضح, أوضحت, بحسب, صرح, صرحت, قال, قالت, وأضاف, وأضافت,
        وأكد, وأكدت, وفقا, وقال, وقالت
        """
    ),
)
