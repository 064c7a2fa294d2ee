"""Build frames_generic.toml, frames_policy.toml and moral_foundations.toml.

Cue words are written by the framing authors. "generous"/"generosity" left the morality
frame (a generous offer, generous terms: the ordinary sense is not moral); own-voice motive
and conduct words joined it (cynical, reckless, scheme, ploy, power grab; issue 21). Category schemes: Semetko & Valkenburg (2000)
generic news frames; Boydstun, Card, Gross, Resnik & Smith (2014) Policy Frames Codebook as
used in the Media Frames Corpus (Card et al. 2015); Moral Foundations (Graham, Haidt & Nosek
2009; Frimer et al. 2019 MFD 2.0). See PROVENANCE.md.

Run:  /work/venv/bin/python lexicons/tools/build_frames.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lexgen import Lexicon, seed

OUT = Path(__file__).resolve().parents[1] / "builtin"

# ------------------------------------------------------------------ generic frames
G = Lexicon(
    name="frames_generic",
    version="1.2.0",
    kind="frame_generic",
    description="Cue words for the five generic news frames of Semetko & Valkenburg (2000): conflict, "
    "human interest, economic consequences, morality, responsibility.",
    provenance="Frame categories from Semetko & Valkenburg (2000) 'Framing European politics: a content "
    "analysis of press and television news' (Journal of Communication 50(2)), building on "
    "Neuman, Just & Crigler (1992) 'Common Knowledge'. The frames were defined there by "
    "coder questions, not word lists; cue words written by the framing authors.",
)
G.category(
    "conflict",
    "Conflict between individuals, groups, companies or countries; disagreement, rivalry, winners and losers",
)
G.category(
    "human_interest",
    "A human face or emotional angle: individuals, families, personal stories, feelings",
)
G.add(
    "family",
    "human_interest",
    1.0,
    "inflected",
    exclude=["family of apps", "family of models", "family of products", "model family",
             "model families", "family models", "product family"],
)
# counts of people, downloads or tokens are not money: "three billion users" is not economic
_NOT_MONEY = [f"{w} {n}" for w in ("billion", "billions", "million", "millions")
              for n in ("users", "people", "daily", "monthly", "downloads", "developers",
                        "exchanges", "of", "parameters", "views", "readers", "visitors")]
G.category("economic", "Economic consequences: money, costs, markets, investment, revenue, jobs")
G.category("morality", "Moral messages, values, principles, right and wrong, trust and honesty")
G.category("responsibility", "Attribution of responsibility for causing or solving a problem")
seed(
    G,
    "conflict",
    1.0,
    """
disagree disagreement clash conflict rival rivalry battle versus =vs war fight dispute
opponent opposition backlash race feud spat standoff controversy controversial debate
showdown confrontation confront oppose attack counterattack argue bifurcation
accuse accusation retaliate retaliation tension tensions divide divided split rift
schism quarrel wrangle fray combat contest challenger adversary adversarial enemy
foe dueling duel face-off tussle struggle resist resistance pushback protest
defeat victory beat overtake dominate dominance winner loser
take on | at odds | head to head | head-to-head | arms race | pitted against | sides with
on the other side | fell out | falling out | war of words | price war | turf war
=competitor =competitors =competition =compete =competes =competing =critic =critics
=criticism =criticize =criticized =criticizes =criticise =criticised =criticising =criticizing
""",
)
seed(
    G,
    "human_interest",
    1.0,
    """
child children kid kids parent parents mother father son daughter
wife husband personally emotional emotion feel feeling felt heart heartbreaking
=life =lives individual individuals human humans
neighbor neighbour friend friends victim victims survivor survivors patient patients
student students teenager elderly grandmother grandfather baby babies home homes
suffering struggling dream dreams tears fear afraid grief
lonely loneliness love loved beloved proud pride memory memories
in their own words | the human cost | real people | ordinary people | everyday people
personal story | life story | human story | her story | his story | their story
""",
)
seed(
    G,
    "economic",
    1.0,
    """
=shares
share price | share prices | market share
trillion cost costs price pricing stock stocks investment invest
investor investors revenue market markets profit profitable profitability capex budget
monetization monetize monetise spend spending economic economy economics financial finance
funding fund funds valuation valued earnings income sales margin margins dividend
commercial commercially business businesses enterprise customer customers consumer
consumers subscription subscriptions pricey expensive cheap cheaper affordable
jobs job employment unemployment layoffs wage wages salary salaries tax taxes taxpayer
inflation recession growth gdp debt deficit loan loans bank banks dollar dollars =usd
=eur euro euros stake acquisition acquire deal deals payout capital startup startups
vendor vendors procurement roi shareholders shareholder nasdaq
wall street | return on investment | bottom line | market share | cash flow | per share
stock price | share price | business model | annualized revenue | cost-free | free of charge
""",
)
seed(
    G,
    "morality",
    1.0,
    """
moral morality immoral ethical ethics unethical principle principles trust trustworthy
betrayal betray honesty honest dishonest =values value-driven
hypocrisy hypocritical public-good =fairness unfair justice
injustice =integrity virtue virtuous sin sinful evil conscience decency decent shame
shameful duty obligation loyalty loyal deceive deception lie lies
cheat cheating transparency transparent =accountability righteous noble greed greedy
god religious religion faith bible church sacred dignity
public good | common good | the right thing | right thing to do | right and wrong
moral obligation | moral duty | good faith | bad faith | in good conscience
cynical cynically reckless recklessly =scheme =schemes ploy stunt grift grifter self-serving
=opportunistic =opportunism craven callous brazen brazenly shameless shamelessly
power grab | cash grab | naked ambition | political stunt | cynical ploy
""",
)
seed(
    G,
    "responsibility",
    1.0,
    """
blame blamed =responsible =responsibility =responsibilities =irresponsible
=accountable =accountability fault culpable
mandate tackle remedy
regulator regulators regulation regulate government
governments administration lawmakers congress legislation oversight
failure failed failing neglect
ignore ignored =owe =owes
is to blame | are to blame | to blame for | caused by | fault of | at fault
 government should | should have | must act | | should be held
held accountable | hold accountable | take responsibility | took responsibility
takes responsibility | step up | stepped up | in charge | the onus
""",
)
# lowercase only: FAIR is the name of Meta's research lab
G.add("fair", "morality", 1.0, "inflected", case_sensitive=True)
G.add("promise", "morality", 1.0, "inflected",
      exclude=["the promise of", "promise of this", "delivers on the", "deliver on the", "shows promise",
               "show promise", "showed promise"])
G.example("Open-source advocates called it a betrayal of trust.", ["betrayal", "trust"])
for _w in ("billion", "million"):
    G.add(_w, "economic", 1.0, "inflected", exclude=_NOT_MONEY)
G.add("row", "conflict", 1.0, "inflected", exclude=["in a row", "row of", "rows of", "rows and"])
G.counter("Meta's apps reach three billion users and 1.2 billion downloads.")
G.example(
    "Meta stock jumped 6.5% as investors cheered the $14.3 billion bet.",
    ["stock", "investor", "billion"],
)
G.example(
    "The reaction was swift and divided, with critics and rivals clashing.",
    ["divided", "critics", "rival", "clash"],
)
G.example(
    "Regulators must act; the Llama 4 failure is to blame.",
    ["regulator", "is to blame"],
)
G.example(
    "For families and children, it is a personal story.", ["family", "children", "personal story"]
)
G.counter("The model accepts text and image input.")
G.counter("The app is available on the web.")
G.counter("Muse Spark ranks fourth on the index.")
G.counter("Built by Meta's research lab FAIR, it serves Meta's family of apps.")
G.counter("The new model family answers in rapid responses.")

# ------------------------------------------------------------------ policy frames
P = Lexicon(
    name="frames_policy",
    version="1.1.0",
    kind="frame_policy",
    description="Cue words for the 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014), "
    "the scheme of the Media Frames Corpus (Card et al. 2015).",
    provenance="Frame dimensions and their definitions from Boydstun, Card, Gross, Resnik & Smith (2014) "
    "'Tracking the Development of Media Frames within and across Policy Issues' (APSA) and "
    "Card, Boydstun, Gross, Resnik & Smith (2015) 'The Media Frames Corpus' (ACL). The codebook "
    "has no word lists; cue words written by the framing authors.",
)
PCATS = {
    "economic": "Economic: costs, benefits, monetary or financial implications",
    "capacity_resources": "Capacity and resources: availability of physical, human or financial resources and capacity",
    "morality": "Morality: religious or ethical implications, duty, honour",
    "fairness_equality": "Fairness and equality: equal or unequal distribution of rights, benefits or burdens",
    "legality": "Legality, constitutionality and jurisprudence: laws, courts, rights, legal limits",
    "policy_prescription": "Policy prescription and evaluation: particular policies or strategies proposed or in place, and whether they work",
    "crime_punishment": "Crime and punishment: breaking laws, enforcement, sentencing, penalties",
    "security_defense": "Security and defense: threats to a nation, a group or a system; protection",
    "health_safety": "Health and safety: healthcare, illness, sanitation, public safety",
    "quality_of_life": "Quality of life: effects on individuals' and communities' wellbeing, ease and convenience",
    "cultural_identity": "Cultural identity: traditions, customs, values of a social group or nation",
    "public_opinion": "Public opinion: attitudes of the general public, polls, protests, popular reaction",
    "political": "Political: political considerations, parties, elections, lobbying, strategy",
    "external_regulation_reputation": "External regulation and reputation: international standing, relations with other nations or bodies, reputation",
    "other": "Other: frames not covered by the other dimensions",
}
for k, v in PCATS.items():
    P.category(k, v)
seed(
    P,
    "economic",
    1.0,
    """
economic economy cost costs price expensive billion million trillion revenue profit market
investment investor investors stock spending budget tax taxes taxpayer financial funding
jobs employment wage wages monetization monetize capex earnings valuation growth recession
inflation subsidy subsidies deficit debt commercial business affordability affordable
wall street | return on investment | business model | cost-benefit | bottom line
""",
)
seed(
    P,
    "capacity_resources",
    1.0,
    """
capacity resource resources infrastructure compute shortage shortages scarce scarcity
supply supplies staff staffing workforce talent manpower equipment facilities bandwidth
servers gpu gpus chips datacenter data-center backlog overcrowded overcrowding understaffed
underfunded shortfall stockpile inventory logistics  scaling hardware energy
electricity bottleneck constraint constraints throughput
data centers | data center | lack of | enough resources | run out | running out
""",
)
seed(
    P,
    "morality",
    1.0,
    """
moral morality ethical ethics unethical immoral religious religion faith god church
sin sinful sacred duty honor honour conscience virtue righteous evil =values principle
principles betrayal betray honesty dishonest hypocrisy =integrity decency shame trust
the right thing | moral obligation | good faith | public good | common good
""",
)
seed(
    P,
    "fairness_equality",
    1.0,
    """
=fairness unfair =unfairly equal equality inequality unequal equity inequitable
discrimination discriminate discriminatory bias biased privilege privileged disparity
disparities gap gaps access accessible excluded exclusion inclusive
inclusion marginalized underserved democratize democratise democratic everyone gatekeep
gatekeeper gatekeepers monopoly concentration concentrate distribute distribution
level playing field | equal access | equal rights | equal pay | double standard
the haves and have-nots | for everyone | for all
""",
)
seed(
    P,
    "legality",
    1.0,
    """
law laws legal illegal lawful unlawful legislation court courts judge judges ruling ruled
lawsuit lawsuits sue sued litigation constitutional unconstitutional constitution
statute statutes regulation regulations regulatory regulator regulators compliance
comply license licence licensing licensed copyright copyrighted patent patents
trademark liability liable jurisdiction supreme appeal appeals attorney attorneys
lawyer lawyers contract contracts terms-of-service antitrust gdpr hipaa fda ftc
terms of service | supreme court | first amendment | second amendment | due process
mit license | apache 2.0 | open license | ai act
""",
)
P.add("fair", "fairness_equality", 1.0, "inflected", case_sensitive=True)
seed(
    P,
    "policy_prescription",
    1.0,
    """
policy policies proposal proposals propose proposed reform reforms initiative initiatives
programme strategy strategies playbook recommend recommendation recommendations
effective effectiveness ineffective backfire backfired pilot
=program =programs =plan =plans =planned
policy change | policy shift | the plan | the strategy | the approach | what works | did not work
worked as long as | stopped working | it worked | pays off | paid off
""",
)
seed(
    P,
    "crime_punishment",
    1.0,
    """
crime crimes criminal criminals police arrest arrested prison jail sentence sentenced
convicted conviction prosecute prosecutor prosecution fraud fraudulent theft steal
stealing stolen illegal offender offenders penalty penalties fine fined punish
punishment enforcement investigate investigation indictment indicted charged felony
misdemeanor violation violate violent violence murder gang smuggling trafficking
hacking hacker hackers scam scammers espionage
law enforcement | broke the law | breaking the law | fraudulent accounts
""",
)
seed(
    P,
    "security_defense",
    1.0,
    """
security secure insecure threat threats defense defence defend military army war
terrorism terrorist attack attacks adversary adversarial adversaries espionage spy spying
cyberattack cyber cybersecurity hack breach breaches vulnerability vulnerabilities
protect protection safeguard safeguards border borders national-security geopolitics
geopolitical china chinese russia sovereignty weapon weapons pentagon
national security | homeland security | foreign adversaries | adversarial distillation
""",
)
seed(
    P,
    "health_safety",
    1.0,
    """
health healthcare health-care medical medicine doctor doctors physician physicians
hospital hospitals patient patients disease diseases illness sick virus pandemic
vaccine vaccines vaccination safety safe unsafe danger dangerous risk risks injury
injuries death deaths mental clinical clinic treatment therapy diagnosis diagnose
drug drugs overdose cancer wellness nutrition food-safety toxic harmful harm
public health | health care | mental health | side effects | alignment and safety
""",
)
seed(
    P,
    "quality_of_life",
    1.0,
    """
quality lifestyle wellbeing well-being convenience convenient everyday  routine
comfort comfortable happiness happy stress stressful commute housing neighborhood
neighbourhood community communities leisure family families home homes living livelihood
ease easier hassle privacy personal lives life
quality of life | standard of living | daily life | day-to-day | way of life | peace of mind
""",
)
seed(
    P,
    "cultural_identity",
    1.0,
    """
culture cultural tradition traditions traditional heritage identity identities custom
customs =values american european chinese national nationalism patriotism patriotic
language religion ethnic ethnicity  racial immigrant immigrants
ethos legacy history historical icon iconic symbol symbolic movement
 ideology ideals
way of life | brand identity | open source movement | open-source movement | hacker culture
""",
)
seed(
    P,
    "public_opinion",
    1.0,
    """
poll polls polling survey surveys public opinion popularity popular unpopular voters
voter backlash outcry protest protests protesters petition reaction reactions sentiment
approval disapproval critics supporters fans outrage
consensus perception perceived reputation trending viral social-media reddit twitter
public opinion | the public | public support | public backlash | social media
hacker news | the developer community | the community | many people | most people
""",
)
seed(
    P,
    "political",
    1.0,
    """
political politics politician politicians party parties republican republicans democrat
democrats gop congress senate senator senators election elections campaign campaigns
lobby lobbying lobbyist lobbyists partisan bipartisan legislature lawmaker lawmakers
administration president governor vote votes voting policymakers
 agenda ideology liberal conservative right-wing left-wing
white house | capitol hill | the administration | political strategy | power play
""",
)
seed(
    P,
    "external_regulation_reputation",
    1.0,
    """
public image | brand image | global reputation | on the global stage
international foreign abroad europe european eu china chinese
diplomatic diplomacy treaty treaties sanctions tariff tariffs trade alliance allies
ally reputation reputational credibility standing prestige brand relations
 competitiveness sovereignty
united nations | the eu | world stage | on the world stage | international community
digital sovereignty | frontier model forum | trade war
""",
)
seed(
    P,
    "other",
    0.5,
    """
miscellaneous =misc
""",
)
P.example("Meta plans to spend $115 billion on AI infrastructure.", ["billion", "infrastructure"])
P.example(
    "Healthcare is a $4 trillion sector with HIPAA and FDA requirements.",
    ["trillion", "hipaa", "fda"],
)
P.example("Google's Gemma 4 is released under the Apache 2.0 license.", ["apache 2.0"])
P.example(
    "Chinese firms used fraudulent accounts to steal models, a national security threat.",
    ["fraudulent accounts", "national security"],
)
P.example(
    "The open-source community's reaction was a public backlash on Hacker News.",
    ["public backlash", "hacker news"],
)
P.counter("The model accepts text and image input.")
P.counter("Muse Spark ranks fourth on the index.")
P.counter("It launched on April 8.")
P.example("The open-source strategy worked as long as Llama was competitive.",
          ["strategy", "worked as long as"])

# ------------------------------------------------------------------ moral foundations
M = Lexicon(
    name="moral_foundations",
    version="1.1.0",
    kind="moral",
    description="Moral foundations cue words: virtue and vice for care, fairness, loyalty, authority "
    "and sanctity (Moral Foundations Theory).",
    provenance="Foundations from Graham, Haidt & Nosek (2009) 'Liberals and conservatives rely on "
    "different sets of moral foundations' (JPSP 96(5)), whose Moral Foundations Dictionary "
    "and its successor MFD 2.0 (Frimer, Boghrati, Haidt, Graham & Dehghani 2019) define "
    "the ten categories. Our cue words are written by the framing authors; the MFD word "
    "lists were not copied. Weight 2 for words whose plain meaning is the foundation "
    "(betray, cheat, cruel, loyal, fair, sacred), 1 for words that usually invoke it; "
    "words that in news are mostly topical (community, family, team, trust, care, help, "
    "leader) are left out.",
)
MCATS = [
    ("care_virtue", "care", "virtue", "Care: kindness, protection, compassion, nurturing"),
    ("care_vice", "care", "vice", "Harm: cruelty, suffering, violence, damage to the vulnerable"),
    (
        "fairness_virtue",
        "fairness",
        "virtue",
        "Fairness: justice, reciprocity, rights, honesty, equal treatment",
    ),
    (
        "fairness_vice",
        "fairness",
        "vice",
        "Cheating: fraud, injustice, exploitation, bias, dishonesty",
    ),
    (
        "loyalty_virtue",
        "loyalty",
        "virtue",
        "Loyalty: solidarity, allegiance, patriotism, self-sacrifice for the group",
    ),
    (
        "loyalty_vice",
        "loyalty",
        "vice",
        "Betrayal: disloyalty, treachery, desertion, breaking faith with the group",
    ),
    (
        "authority_virtue",
        "authority",
        "virtue",
        "Authority: respect for tradition, leadership, order, legitimate rule",
    ),
    (
        "authority_vice",
        "authority",
        "vice",
        "Subversion: rebellion, disobedience, chaos, disrespect of authority",
    ),
    (
        "sanctity_virtue",
        "sanctity",
        "virtue",
        "Sanctity: purity, holiness, integrity of body and spirit",
    ),
    (
        "sanctity_vice",
        "sanctity",
        "vice",
        "Degradation: contamination, disgust, depravity, desecration",
    ),
]
for key, f, side, desc in MCATS:
    M.category(key, desc, foundation=f, side=side)
# Two tiers per category: weight 2.0 for words whose plain meaning *is* the foundation
# (betray, cheat, cruel, loyal, fair, sacred ...), 1.0 for words that usually invoke it.
# Words that in news are mostly topical rather than moral are left out on purpose:
# community, family, team, nation, trust, united (loyalty); care, help, save, kind,
# protect (care); leader, leadership, mandate, legitimate, compliance, protocol,
# parent (authority); undermine, disrupt (subversion); collaborator (betrayal: its stem
# also matches "collaborate"); threat (security rather than harm); balanced (budgets).
seed(
    M,
    "care_virtue",
    2.0,
    """
compassion compassionate kindness kind-hearted empathy empathetic mercy merciful humane
""",
)
seed(
    M,
    "care_virtue",
    1.0,
    """
=caring caregiver caregivers nurture nurturing sympathy sympathetic
heal healing rescue rescued generosity generous benevolent benevolence charity charitable
welfare wellbeing well-being gentle tender humanitarian alleviate shelter safeguard
look after | take care of | took care of | takes care of | care for | cared for | caring for
out of harm's way | keep safe | keep them safe | save lives | saving lives | saved lives
""",
)
seed(
    M,
    "care_vice",
    2.0,
    """
cruel cruelty brutality abuse abusive torture torment heartless callous sadistic
""",
)
seed(
    M,
    "care_vice",
    1.0,
    """
harm harmful hurt hurting suffer suffering brutal violence violent kill killing assault
wound wounded injure injured injury victim victims pain painful damage damaging destroy
destruction devastate devastating endanger endangered vulnerable neglect neglected starve
starving bully bullying harass harassment ruthless vicious savage slaughter massacre
carnage bloodbath trauma traumatic
""",
)
seed(
    M,
    "fairness_virtue",
    2.0,
    """
=fairness =fairly justice impartial impartiality even-handed
fair play | fair share | equal treatment | equal rights | level playing field | square deal
""",
)
M.add("fair", "fairness_virtue", 2.0, "inflected", case_sensitive=True)
seed(
    M,
    "fairness_virtue",
    1.0,
    """
=rights
equal equality equity equitable reciprocity reciprocal honest honesty transparent
transparency unbiased proportional proportionate deserve deserved deserving merit
=integrity trustworthy =accountable =accountability
due process | good faith | played by the rules
""",
)
seed(
    M,
    "fairness_vice",
    2.0,
    """
cheat cheating unfair =unfairly injustice unjust fraud fraudulent scam swindle rig rigged
dishonest dishonesty hypocrisy hypocritical corrupt corruption bribe bribery
bench-maxxing benchmark-gaming
double standard | caught red-handed | rigged game | stacked deck | bait and switch
""",
)
seed(
    M,
    "fairness_vice",
    1.0,
    """
inequality unequal inequitable bias biased discrimination discriminate prejudice
exploit exploitation deceive deception lie lying favoritism favouritism nepotism cronyism
steal stealing stolen theft rip-off gouge manipulate manipulation overclaim overclaiming
free-rider freeload misleading
""",
)
seed(
    M,
    "loyalty_virtue",
    2.0,
    """
loyal loyalty allegiance solidarity patriot patriotic patriotism fidelity
stand by | stood by | stand with | stood with | stick together | one of us
""",
)
seed(
    M,
    "loyalty_virtue",
    1.0,
    """
faithful devoted devotion brotherhood sisterhood kinship comrade comrades teammate
homeland belonging
our own | keep faith | kept faith | keep its word | kept its word | kept their word
""",
)
seed(
    M,
    "loyalty_vice",
    2.0,
    """
=defector =defectors =defection =defected
betray betrayal betrayed traitor treason treachery treacherous disloyal disloyalty
backstab backstabbing turncoat sellout sell-out double-cross
sold out | sell out | sells out | stab in the back | stabbed in the back
""",
)
seed(
    M,
    "loyalty_vice",
    1.0,
    """
=deserter =deserters =desertion abandon abandonment unfaithful infidelity renege forsake
apostate renegade
turned its back | turned their back | turns its back | broke ranks | went back on
broken promise | broken promises | broke its promise | breaks every promise | break a promise
broke every promise | left behind | walked away from
""",
)
M.add(
    "order",
    "authority_virtue",
    1.0,
    "inflected",
    exclude=[
        "in order",
        "order to",
        "order of magnitude",
        "orders of magnitude",
        "order of",
        "in order to",
    ],
)
seed(
    M,
    "authority_virtue",
    2.0,
    """
obey obedience obedient law-abiding deference
law and order | rule of law | chain of command
""",
)
seed(
    M,
    "authority_virtue",
    1.0,
    """
authority respectful tradition traditional duty hierarchy discipline disciplined
defer honor honour elder elders institution institutions sovereign =respect
by the book | respect for
""",
)
seed(
    M,
    "authority_vice",
    2.0,
    """
subvert subversion subversive insubordinate insubordination mutiny insurrection sedition
seditious disobey disobedience disobedient lawless lawlessness
""",
)
seed(
    M,
    "authority_vice",
    1.0,
    """
rebel rebellion rebellious revolt defy defiance defiant anarchy anarchist chaos chaotic
riot riots rioter overthrow topple disrespect disrespectful illegitimate unauthorized
dissent dissident heretic heresy usurp coup tyranny tyrant authoritarian dictator
oppress oppression
""",
)
seed(
    M,
    "sanctity_virtue",
    2.0,
    """
sacred holy sanctity sanctify divine purity pious piety
sanctity of life | sacred trust
""",
)
seed(
    M,
    "sanctity_virtue",
    1.0,
    """
pure godly blessed blessing saint saintly chaste chastity modest modesty
pristine wholesome innocent innocence spiritual soul righteous
righteousness noble nobility dignity dignified temperance abstain
""",
)
seed(
    M,
    "sanctity_vice",
    2.0,
    """
disgust disgusting disgusted depraved depravity desecrate desecration defile blasphemy
blasphemous unholy abomination
""",
)
seed(
    M,
    "sanctity_vice",
    1.0,
    """
repulsive revolting filthy filth dirty contaminate contamination contaminated pollute
pollution polluted taint tainted impure impurity degrade degrading degradation decadent
decadence debauchery sleazy sleaze obscene obscenity perverted pervert sinful sin
profane vile rotten rot corrupted toxic poison poisoned sickening
""",
)
M.example("Open-source AI advocates called it a betrayal.", ["betrayal"])
M.example("But the real issue wasn't performance — it was the cheating.", ["cheating"])
M.example(
    "Meta got caught red-handed manipulating benchmarks.", ["caught red-handed", "manipulate"]
)
M.example(
    "The community loved Meta for its generosity and transparency.", ["generosity", "transparency"]
)
M.example("Developers felt betrayed after years of loyalty.", ["betray", "loyalty"])
M.example("Critics called the benchmark trick a desecration of open science.", ["desecration"])
M.counter("The model accepts text and image input.")
M.counter("Muse Spark ranks fourth on the index.")
M.counter("It launched on April 8 in the Meta AI app.")
M.counter("The company collaborated with 1,000 physicians and dedicated nine months to the work.")
M.counter("The developer community and the open-source community reacted across Meta's family of apps.")
M.counter("Built by FAIR, it was released in the United States; who should care?")
M.counter("The closure will save $1.2 million a year and help the system balance its budget.")

if __name__ == "__main__":
    for L, fn in ((G, "frames_generic"), (P, "frames_policy"), (M, "moral_foundations")):
        L.write(str(OUT / f"{fn}.toml"))
        counts: dict[str, int] = {}
        for e in L.entries:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
        print(f"wrote {fn}.toml: {len(L.entries)} entries", counts)
