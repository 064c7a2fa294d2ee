"""Build hedges.toml, boosters.toml, reporting.toml and intensifiers.toml.

Entries are written by the framing authors, following the categories of Hyland (1998, 2005)
for hedges and boosters, Quirk et al. (1985) for intensifiers, and the reporting-verb studies
of Thompson & Ye (1991), Hyland (1999) and Bergler (1992); see PROVENANCE.md.

Run:  /work/venv/bin/python lexicons/tools/build_stance.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lexgen import Lexicon, seed

OUT = Path(__file__).resolve().parents[1] / "builtin"

# ------------------------------------------------------------------ hedges
hedges = Lexicon(
    name="hedges",
    version="1.1.0",
    kind="hedge",
    description="Hedges: words and phrases that withhold full commitment to a proposition "
    "(epistemic modals, epistemic verbs, approximators, hedging adverbs, hedging phrases).",
    provenance="Categories follow Hyland (1998) 'Hedging in Scientific Research Articles' and Hyland "
    "(2005) 'Metadiscourse' (appendix of hedges), with news attribution hedges after Bell "
    "(1991) 'The Language of News Media'. Entries written by the framing authors.",
)
H = hedges
H.category("modal", "Epistemic modal verbs (possibility, tentativeness)")
H.category("epistemic_verb", "Verbs of tentative knowledge, belief or inference")
H.category("approximator", "Approximators of quantity, degree or frequency")
H.category("adverb", "Hedging adverbs and adjectives (possibility, attribution at a distance)")
H.category("phrase", "Multiword hedges")

H.add(
    "may",
    "modal",
    1.0,
    "exact",
    case_sensitive=True,
    exclude=[
        "may #num",
        "#num may",
        "in may",
        "of may",
        "since may",
        "until may",
        "by may",
        "early may",
        "late may",
        "mid-may",
        "through may",
        "last may",
        "next may",
        "this may",
    ],
    note="lowercase only, so the month 'May' does not count",
)
H.add(
    "might",
    "modal",
    1.0,
    "exact",
    exclude=["might and", "military might", "economic might", "its might", "with all its might"],
)
H.add(
    "could",
    "modal",
    0.8,
    "exact",
    exclude=["could not", "could never", "could only", "could afford"],
    note="ability uses cannot be told apart reliably; weighted below may/might",
)
H.add(
    "would",
    "modal",
    0.5,
    "exact",
    exclude=["would not", "would like", "would never"],
    note="hypothetical/tentative; very frequent, low weight",
)
H.add("may well", "modal", 1.2, "phrase")
H.add("might well", "modal", 1.2, "phrase")
H.add("could well", "modal", 1.2, "phrase")
H.add("mightn't", "modal", 1.0, "exact")
seed(
    H,
    "epistemic_verb",
    1.0,
    """
=suggest =suggests =suggested =suggesting =indicate =indicates =indicated =indicating
=believe =believes =believed =believing =estimate =estimates =estimated =estimating
speculate presume suspect surmise
postulate hypothesize hypothesise conjecture guess imply tend assume
""",
)
H.add(
    "doubt",
    "epistemic_verb",
    1.0,
    "inflected",
    exclude=[
        "no doubt",
        "without doubt",
        "without a doubt",
        "beyond doubt",
        "beyond any doubt",
        "little doubt",
    ],
)
H.add(
    "appear",
    "epistemic_verb",
    1.0,
    "inflected",
    exclude=[
        "appeared in",
        "appear in",
        "appears in",
        "appearing in",
        "appeared on",
        "appear on",
        "appears on",
        "appearing on",
        "appeared before",
        "appear before",
        "appeared at",
        "appear at",
        "appears at",
        "appeared with",
        "appeared alongside",
        "appearance",
        "appearances",
    ],
)
H.add("seem", "epistemic_verb", 1.0, "inflected")
H.add(
    "suppose",
    "epistemic_verb",
    1.0,
    "inflected",
    exclude=["supposed to", "is supposed", "was supposed"],
)
H.add(
    "think",
    "epistemic_verb",
    0.7,
    "inflected",
    exclude=[
        "thinking mode",
        "thinking modes",
        "think tank",
        "think tanks",
        "thinking tokens",
        "deep think",
        "critical thinking",
        "design thinking",
    ],
)
seed(
    H,
    "epistemic_verb",
    0.7,
    """
=thought
""",
)
seed(
    H,
    "approximator",
    1.0,
    """
approximately =roughly circa =approx =nearly =almost =ballpark
an estimated | or so | more or less | give or take | upwards of | in the region of
somewhere between | somewhere around | in the neighborhood of | on the order of
just under | just over | a little over | a little under | the best part of | something like
""",
)
seed(
    H,
    "adverb",
    1.0,
    """
=reportedly =allegedly =possibly =perhaps =maybe =likely =unlikely =probably =apparently
=arguably =presumably =potentially =seemingly =supposedly =conceivably =plausibly
=ostensibly =purportedly =reputedly =tentatively =perchance
=possible =plausible =probable =uncertain =unclear =unconfirmed =unverified =alleged
=purported =speculative =tentative =hypothetical =rumored =rumoured =putative
""",
)
seed(
    H,
    "adverb",
    0.6,
    """
=largely =generally =usually =typically =often =somewhat =relatively =fairly =partly
=partially =mostly =broadly =essentially =mainly =predominantly =frequently =sometimes
=occasionally =rather =slightly =moderately =comparatively =virtually =practically
""",
)
seed(
    H,
    "phrase",
    1.0,
    """
appears to | appear to | appeared to | seems to | seem to | seemed to | hopes to | hope to
hoped to | it remains to be seen | remains to be seen | remain to be seen | it is unclear
it's unclear | it was unclear | unclear whether | unclear if | not yet clear | not clear
it is not clear | it's not clear | far from clear | less than clear | may be | could be | might be | would be | is expected to
are expected to | was expected to | were expected to | expected to | according to some
in part | to some extent | to a certain extent | to some degree | sources say | sources said
is said to | are said to | was said to | is believed to | are believed to | is thought to
are thought to | is likely to | are likely to | is unlikely to | it is possible | it's possible
it is likely | it's likely | there is a chance | there's a chance | in some cases | in many cases
as far as we know | it seems | it appears | it would appear | if true | not necessarily
in theory | on paper | on the face of it | kind of | sort of | tends to | tend to
suggests that | suggest that | could potentially | may potentially | we think | i think
i believe | we believe | i suspect | we suspect | it is thought | it is believed | it is said
it is estimated | is estimated to | are estimated to | by some estimates | by some accounts
some say | some argue | some believe | in principle | at least in part | at this stage
for now | for the time being | so far | as yet | not yet | yet to be | has yet to | have yet to
if confirmed | if accurate | reports suggest | reportedly has | signs point to | could mean
may mean | might mean | raises questions | open question | an open question | remains unclear
remains uncertain | remains an open question | the jury is still out | time will tell
""",
)
H.example("Meta may open-source future versions.", ["may"])
H.example("That era may be over.", ["may be"])
H.example("Meta said it hopes to open-source future versions.", ["hopes to"])
H.example("Whether that differentiation survives remains to be seen.", ["remains to be seen"])
H.example("The distribution strategy arguably carries more significance.", ["arguably"])
H.example("Meta's open-source models were, almost certainly, being used this way.", ["almost"])
H.example("The model appears to lag behind on coding tasks.", ["appears to"])
H.example("It is unclear whether Llama 5 will ship with open weights.", ["it is unclear"])
H.counter("Meta launched the model on May 8, 2026.", ["may"])
H.counter("The model appeared in a Meta blog post on Tuesday.", ["appear"])
H.counter("A Contemplating mode and a Thinking mode are available.", ["think"])
H.counter("In May the company launched the app.", ["may"])

# ------------------------------------------------------------------ boosters
boosters = Lexicon(
    name="boosters",
    version="1.1.0",
    kind="booster",
    description="Boosters: words and phrases expressing certainty and emphasising the force of a claim.",
    provenance="Categories follow Hyland (1998) 'Boosting, hedging and the negotiation of academic "
    "knowledge' (TEXT 18) and Hyland (2005) 'Metadiscourse' (appendix of boosters); "
    "Holmes (1984) on modifying illocutionary force. Entries written by the framing authors.",
)
B = boosters
B.category("adverb", "Certainty adverbs")
B.category("phrase", "Multiword certainty and emphasis markers")
B.category("verb", "Verbs presenting a claim as established fact")
B.category("adjective", "Certainty adjectives")
seed(
    B,
    "adverb",
    1.0,
    """
=clearly =undeniably =certainly =definitely =obviously =evidently =undoubtedly =indisputably
=unquestionably =surely =plainly =manifestly =decidedly =demonstrably =inevitably =invariably
=patently =incontrovertibly =conclusively =doubtless =unmistakably =indeed =unambiguously
=irrefutably =categorically =emphatically =assuredly =truly =actually =really =necessarily
""",
)
B.add("always", "adverb", 0.5, "exact")
B.add(
    "never",
    "adverb",
    0.5,
    "exact",
    exclude=["never before", "has never been", "have never been", "never clear", "never been clear"],
)
seed(
    B,
    "phrase",
    1.0,
    """
of course | in fact | no doubt | there is no doubt | there's no doubt | without a doubt
without doubt | beyond doubt | beyond any doubt | beyond question | without question
make no mistake | the message is clear | the message was clear | it is clear that
it's clear that | it is clear | it's clear | it was clear | it is obvious | it's obvious
the fact is | the truth is | the reality is | the reality is that | needless to say
it goes without saying | there is no question | there's no question | no question
by far | for sure | let's be clear | let us be clear | let's be honest | the bottom line
in reality | without exception | there is no denying | there's no denying | no denying
beyond dispute | it is certain | it's certain | we know | everyone knows | we all know
as everyone knows | the evidence is clear | the data are clear | the data is clear
crystal clear | crystal-clear | leaves no doubt | left no doubt | it is undeniable
it's undeniable | it is evident | make no bones | no two ways about it | the writing is on the wall
plain and simple | pure and simple | full stop | end of story | case closed
the simple truth | the plain truth | the hard truth | the fact of the matter
""",
)
seed(
    B,
    "verb",
    1.0,
    """
prove demonstrate
~make clear | ~made clear | ~show clearly | ~establish beyond
""",
)
seed(
    B,
    "verb",
    0.6,
    """
=establishes =established =confirms =confirmed =confirm =shows =showed =shown =realize
=realized =realise =realised
""",
)
B.add(
    "must",
    "verb",
    0.6,
    "exact",
    exclude=["must be approved", "must not"],
    note="epistemic 'must' cannot be separated from deontic uses reliably; low weight",
)
seed(
    B,
    "adjective",
    1.0,
    """
=undisputed =unambiguous =unmistakable =undeniable =indisputable =unquestionable =definite
=obvious =evident =conclusive =irrefutable =incontrovertible =bulletproof =self-evident
=inevitable =unequivocal =incontestable =indubitable =sure
=incontestably =unequivocally =definitive =decisive =clear-cut
""",
)
B.add(
    "clear",
    "adjective",
    1.0,
    "exact",
    exclude=["far from clear", "less than clear", "anything but clear", "never clear"],
    note="negated uses ('not clear') are marked negated by the matcher and weigh nothing",
)
B.example(
    "The message from Meta is clear: open-sourcing frontier weights is no longer viable.", ["clear"]
)
B.example("Meta has been the undisputed champion of open source AI.", ["undisputed"])
B.example("The economic logic was bulletproof.", ["bulletproof"])
B.example("The message was unambiguous: the open-source era was over.", ["unambiguous"])
B.example("The message is clear, wrote Trending Topics.", ["the message is clear"])
B.example("Of course, Meta will keep its weights.", ["of course"])
B.example("This clearly demonstrates the shift.", ["clearly", "demonstrate"])
B.counter("The company confirmed nothing about clearance sales.", ["clear"])
B.counter("Meta has never before released a closed model.", ["never"])
B.counter("Meta launched the model in April.")

# ------------------------------------------------------------------ reporting
rep = Lexicon(
    name="reporting",
    version="1.1.0",
    kind="reporting",
    description="Reporting verbs and attribution: neutral speech verbs, evaluative (loaded) reporting "
    "verbs, and attribution to unnamed sources.",
    provenance="Reporting-verb classes after Thompson & Ye (1991) 'Evaluation in the reporting verbs "
    "used in academic papers', Hyland (1999), Bergler (1992) on evidential reporting verbs, "
    "and Caldas-Coulthard (1994) on 'say' verbs in news; anonymous attribution after "
    "Bell (1991) and Sternadori & Wise (2010). Entries written by the framing authors.",
)
R = rep
R.category("neutral", "Neutral speech and attribution verbs")
R.category("loaded", "Evaluative reporting verbs that characterise the speaker or the claim")
R.category("unnamed_source", "Attribution to unnamed or collective sources")
seed(
    R,
    "neutral",
    1.0,
    """
say =said tell =told =stated =states =reported =added =adds =wrote =writes =noted =notes
=announce =announced =announces =announcing explain =remark =remarks =remarked =comment
=commented =commenting describe =observed mention
=responded reply =replied =recalled =continued =asked =answered =confirmed =confirms =declared
=disclosed =indicated =specified =elaborated =outlined =posted =tweeted =emailed
according to | told reporters | said in a statement | said in a blog post | wrote in a blog post
said in an interview | told the | point out | pointed out | points out | ~point out
in a statement | in a blog post | in a post | in an interview | in an email
""",
)
seed(
    R,
    "loaded",
    1.0,
    """
claim =claimed =claims insist concede confess complain deny =denied =assert =asserts =asserted
=asserting reveal vow
=contended =contends argue =argued =maintained acknowledge proclaim =declare =declares pledge
=promised
=demanded urge warn plead lament bemoan purport =profess =professes =professed quip retort
=predict =predicts =predicted =predicting
""",
)
R.add("admit", "loaded", 1.5, "inflected")
seed(
    R,
    "loaded",
    2.0,
    """
slam =blasted =blasts brag boast whine rant gloat gush scoff sneer =snapped grumble
moan =railed decry =trumpeted =touted =bragged gripe =griped =sniped =crowed =fumed
lash out | lashed out | lashes out | fired back | fires back | shot back | hit back | hits back
railed against | rails against | took aim | takes aim | tore into | tears into
""",
)
seed(
    R,
    "unnamed_source",
    1.0,
    """
=observers =insiders =critics =skeptics =sceptics =detractors =commentators =pundits
critics say | critics said | critics argue | critics argued | critics have said | critics contend
some say | some argue | some have said | some have argued | some believe | others argue
others say | many say | many believe | many argue | people familiar with the matter
people familiar with | a person familiar with | person familiar with | people close to
sources said | sources say | sources told | a source said | a source close to | sources close to
according to sources | according to people | according to a source | according to insiders
experts say | experts said | experts warn | experts believe | analysts say | analysts said
analysts believe | observers say | observers note | industry insiders | industry observers
officials said | an official said | a senior official | one official | a spokesperson said
who spoke on condition of anonymity | on condition of anonymity | spoke on condition of anonymity
speaking on condition of anonymity | who declined to be named | declined to be named
who asked not to be named | asked not to be identified | not authorized to speak
on background | anonymous sources | an anonymous source | unnamed sources | an unnamed source
word is | it is said | it has been said | rumor has it | rumour has it
developers say | developers said | users say | fans say | some developers | some analysts
""",
)
R.example("Meta said it hopes to open-source future versions.", ["said"])
R.example("Anthropic claims three Chinese firms generated 16 million exchanges.", ["claim"])
R.example("Meta eventually admitted it publicly.", ["admit"])
R.example("Meta openly acknowledges this.", ["acknowledge"])
R.example("Critics say the move betrays developers.", ["critics say"])
R.example(
    "The grand total, according to people familiar with the matter, was $14.3 billion.",
    ["people familiar with the matter"],
)
R.example(
    "Zuckerberg criticized OpenAI, and Meta stated in its launch blog post that it rebuilt the stack.",
    ["stated"],
)
R.counter("The state of California passed a law.", ["stated", "states"])
R.counter("The report is due next week.", ["reported"])
R.counter("The company has three billion users.")

# ------------------------------------------------------------------ intensifiers
ints = Lexicon(
    name="intensifiers",
    kind="intensifier",
    description="Intensifying adverbs (amplifiers and maximizers) that scale up the force of what they modify.",
    provenance="Intensifier classes (amplifiers: boosters and maximizers) after Quirk, Greenbaum, Leech & "
    "Svartvik (1985) 'A Comprehensive Grammar of the English Language' ch. 8, and Ito & "
    "Tagliamonte (2003) on 'very', 'really', 'so'. Entries written by the framing authors.",
)
I = ints  # noqa: E741 - short alias for the data block below
I.category(
    "intensifier", "Amplifying adverbs (Quirk et al.'s boosters), e.g. very, extremely, hugely"
)
I.category(
    "maximizer", "Maximizers: adverbs marking the upper extreme, e.g. utterly, totally, completely"
)
seed(
    I,
    "intensifier",
    1.0,
    """
=very =extremely =incredibly =hugely =massively =deeply =highly =remarkably =dramatically
=enormously =exceptionally =extraordinarily =immensely =intensely =profoundly =really
=terribly =awfully =insanely =wildly =vastly =greatly =strongly =sharply =considerably
=tremendously =exceedingly =overwhelmingly =astonishingly =staggeringly =strikingly
=painfully =desperately =radically =especially =particularly =super =ultra =bitterly
=fiercely =vehemently =acutely =amazingly =unbelievably =hopelessly =seriously
=substantially =significantly =markedly =notably =decidedly =distinctly =unusually
=uncommonly =exceptionally =phenomenally =spectacularly =stunningly =wonderfully
=horribly =dreadfully =frightfully =severely =badly =mightily =hella
=drastically =increasingly =ever-more =fundamentally
so much | even more | much more | all the more | far more | way more | a lot | by far
ever more | more than ever | like never before | to the core | through and through
""",
)
seed(
    I,
    "maximizer",
    1.5,
    """
=utterly =totally =absolutely =completely =entirely =thoroughly =wholly =fully =perfectly
=altogether =downright =outright =positively =purely =sheer =simply =quite
=infinitely =unreservedly =unconditionally =categorically
at all | whatsoever | in the slightest | one hundred percent | 100 percent | to the hilt
""",
)
I.example(
    "Meta's pivot has enormous downstream consequences and is extremely risky.", ["extremely"]
)
I.example("Bench-maxxing destroyed that value proposition entirely.", ["entirely"])
I.example("The bifurcation of open vs. closed AI just accelerated dramatically.", ["dramatically"])
I.example("Muse Spark is completely proprietary.", ["completely"])
I.example(
    "That pipeline shrinks dramatically and the community is deeply divided.",
    ["dramatically", "deeply"],
)
I.counter("Meta launched Muse Spark on April 8.")
I.counter("The model ranks fourth on the index.")
I.counter("Very few details were shared in the blog post about the very first model.", ["utterly"])

if __name__ == "__main__":
    for L, fn in ((H, "hedges"), (B, "boosters"), (R, "reporting"), (I, "intensifiers")):
        L.write(str(OUT / f"{fn}.toml"))
        print(f"wrote {fn}.toml: {len(L.entries)} entries")
