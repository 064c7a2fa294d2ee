"""Build frames_generic.toml, frames_policy.toml and moral_foundations.toml.

Cue words are written by the framing authors. Category schemes: Semetko & Valkenburg (2000)
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
G.category("economic", "Economic consequences: money, costs, markets, investment, revenue, jobs")
G.category("morality", "Moral messages, values, principles, right and wrong, trust and honesty")
G.category("responsibility", "Attribution of responsibility for causing or solving a problem")
seed(
    G,
    "conflict",
    1.0,
    """
disagree disagreement clash conflict rival rivalry battle versus =vs war fight dispute
opponent opposition backlash competitor competition compete race feud spat standoff
showdown confrontation confront oppose critic criticize criticise attack counterattack
accuse accusation retaliate retaliation tension tensions divide divided split rift
schism row quarrel wrangle fray combat contest challenger adversary adversarial enemy
foe dueling duel face-off tussle struggle resist resistance pushback protest
defeat victory beat outperform outpace overtake dominate dominance lose winner loser
take on | at odds | head to head | head-to-head | arms race | pitted against | sides with
on the other side | fell out | falling out | war of words | price war | turf war
""",
)
seed(
    G,
    "human_interest",
    1.0,
    """
family families child children kid kids parent parents mother father son daughter
wife husband personal personally emotional emotion feel feeling felt heart heartbreaking
life lives story stories individual individuals people's human humans
neighbor neighbour friend friends victim victims survivor survivors patient patients
student students teenager elderly grandmother grandfather baby babies home homes
suffering struggle struggling hope hopes dream dreams tears fear afraid grief
lonely loneliness love loved beloved proud pride memory memories journey young age

in their own words | the human cost | real people | ordinary people | everyday people
""",
)
seed(
    G,
    "economic",
    1.0,
    """
=shares
share price | share prices | market share
billion million trillion cost costs price pricing stock stocks investment invest
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
betrayal betray honesty honest dishonest promise promises =values value-driven
hypocrisy hypocritical generosity generous public-good fairness fair unfair justice
injustice =integrity virtue virtuous sin sinful evil conscience decency decent shame
shameful duty obligation loyalty loyal deceive deception lie lies
cheat cheating transparency transparent =accountability righteous noble greed greedy
god religious religion faith bible church sacred dignity
public good | common good | the right thing | right thing to do | right and wrong
moral obligation | moral duty | good faith | bad faith | in good conscience
""",
)
seed(
    G,
    "responsibility",
    1.0,
    """
blame blamed responsible responsibility =accountable =accountability fault culpable
decision decide decided mandate solution solutions fix fixes address tackle remedy
cause caused policy policies regulator regulators regulation regulate government
governments administration lawmakers congress legislation law laws oversight
leadership leader leaders ceo executives management failure failed failing neglect
ignore ignored =owe =owes
is to blame | are to blame | to blame for | caused by | the result of | as a result of
 government should | should have | must act | | should be held
held accountable | hold accountable | take responsibility | took responsibility
takes responsibility | step up | stepped up | in charge | the onus
""",
)
G.example("Open-source advocates called it a betrayal of trust.", ["betrayal", "trust"])
G.example(
    "Meta stock jumped 6.5% as investors cheered the $14.3 billion bet.",
    ["stock", "investor", "billion"],
)
G.example(
    "The reaction was swift and divided, with critics and rivals clashing.",
    ["divided", "critic", "rival", "clash"],
)
G.example(
    "Zuckerberg decided to restructure; the Llama 4 failure is to blame.",
    ["decided", "is to blame"],
)
G.example(
    "For families and children, the story is personal.", ["family", "children", "story", "personal"]
)
G.counter("The model accepts text and image input.")
G.counter("The app is available on the web.")
G.counter("Muse Spark ranks fourth on the index.")

# ------------------------------------------------------------------ policy frames
P = Lexicon(
    name="frames_policy",
    kind="frame_policy",
    description="Cue words for the 14 dimensions of the Policy Frames Codebook (Boydstun et al. 2014), "
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
fair fairness unfair unfairly equal equality inequality unequal equity inequitable
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
administration president governor vote votes voting policy policymakers
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

# ------------------------------------------------------------------ moral foundations
M = Lexicon(
    name="moral_foundations",
    kind="moral",
    description="Moral foundations cue words: virtue and vice for care, fairness, loyalty, authority "
    "and sanctity (Moral Foundations Theory).",
    provenance="Foundations from Graham, Haidt & Nosek (2009) 'Liberals and conservatives rely on "
    "different sets of moral foundations' (JPSP 96(5)), whose Moral Foundations Dictionary "
    "and its successor MFD 2.0 (Frimer, Boghrati, Haidt, Graham & Dehghani 2019) define "
    "the ten categories. Our cue words are written by the framing authors; the MFD word "
    "lists were not copied.",
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
seed(
    M,
    "care_virtue",
    1.0,
    """
care caring compassion compassionate kindness kind protect protection protective shelter
safeguard nurture nurturing empathy empathetic sympathy sympathetic comfort console
heal healing rescue rescued save saving help helping helpful generosity generous
benevolent benevolence charity charitable welfare wellbeing well-being gentle tender
mercy merciful humane humanitarian alleviate relieve relief
look after | take care of | took care of | out of harm's way | keep safe
""",
)
seed(
    M,
    "care_vice",
    1.0,
    """
harm harmful hurt hurting suffer suffering cruel cruelty brutal brutality violence
violent abuse abusive kill killing attack assault wound wounded injure injured injury
victim victims torture torment pain painful damage damaging destroy destruction
devastate devastating exploit endanger endangered threaten threat vulnerable neglect
neglected starve starving bully bullying harass harassment ruthless callous heartless
vicious savage slaughter massacre carnage bloodbath trauma traumatic
""",
)
seed(
    M,
    "fairness_virtue",
    1.0,
    """
=rights
fair fairness fairly justice equal equality equity equitable reciprocity
reciprocal honest honesty transparent transparency impartial impartiality unbiased
balanced even-handed proportional proportionate deserve deserved deserving merit
=integrity trustworthy =accountable =accountability tolerance tolerant
level playing field | fair share | fair play | equal treatment | equal rights | due process
good faith | square deal
""",
)
seed(
    M,
    "fairness_vice",
    1.0,
    """
cheat cheating unfair unfairly injustice unjust inequality unequal inequitable fraud
fraudulent scam swindle rig rigged bias biased discrimination discriminate prejudice
exploit exploitation dishonest dishonesty deceive deception lie lying hypocrisy
hypocritical double-standard favoritism favouritism nepotism cronyism corrupt corruption
bribe bribery steal stealing stolen theft rip-off gouge manipulate manipulation
bench-maxxing benchmark-gaming free-rider freeload
double standard | caught red-handed | rigged game | stacked deck | bait and switch
""",
)
seed(
    M,
    "loyalty_virtue",
    1.0,
    """
loyal loyalty allegiance solidarity patriot patriotic patriotism faithful fidelity
devoted devotion dedicated commitment committed unity united unite together
community family brotherhood sisterhood kin kinship comrade comrades ally allies
teammate team nation national homeland fellow belong belonging trust trusted
stand by | stood by | stand with | stood with | stick together | one of us | our own
""",
)
seed(
    M,
    "loyalty_vice",
    1.0,
    """
=defector =defectors =defection =defected
betray betrayal betrayed traitor treason treachery treacherous disloyal disloyalty
desert deserter abandon abandonment sellout sell-out turncoat
backstab backstabbing unfaithful infidelity renege forsake apostate renegade
double-cross collaborator foreigner outsider enemy
sold out | sell out | stab in the back | turned its back | turned their back | broke ranks
went back on | broken promise | broken promises | left behind | walked away from
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
    1.0,
    """
authority obey obedience obedient respect respectful law-abiding lawful legitimate
legitimacy tradition traditional duty leader leadership command chain-of-command hierarchy
 rule rules regulate regulation discipline disciplined deference defer honor honour
elder elders parent parents father mother institution
institutions stability protocol compliance comply mandate sovereign
law and order | rule of law | chain of command | by the book
""",
)
seed(
    M,
    "authority_vice",
    1.0,
    """
subvert subversion subversive rebel rebellion rebellious revolt defy defiance defiant
disobey disobedience disobedient insubordinate insubordination anarchy anarchist chaos
chaotic lawless lawlessness riot riots rioter mutiny insurrection sedition seditious
overthrow topple undermine disrupt disruption disruptive disrespect disrespectful
illegitimate unauthorized dissent dissident heretic heresy renegade usurp coup
tyranny tyrant authoritarian dictator oppress oppression
""",
)
seed(
    M,
    "sanctity_virtue",
    1.0,
    """
pure purity sacred holy sanctity sanctify divine god godly blessed blessing pious
piety saint saintly virtuous virtue chaste chastity modest modesty clean cleanliness
pristine wholesome innocent innocence spiritual soul faith faithful righteous
righteousness noble nobility dignity dignified temperance abstain =integrity
sanctity of life | holy grail
""",
)
seed(
    M,
    "sanctity_vice",
    1.0,
    """
disgust disgusting disgusted repulsive revolting filthy filth dirty contaminate
contamination contaminated pollute pollution polluted taint tainted impure impurity
degrade degrading degradation depraved depravity decadent decadence debauchery
sleazy sleaze obscene obscenity perverted pervert sinful sin desecrate desecration
defile profane blasphemy blasphemous unholy vile rotten rot corrupt corrupted toxic
poison poisoned sick sickening abomination
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

if __name__ == "__main__":
    for L, fn in ((G, "frames_generic"), (P, "frames_policy"), (M, "moral_foundations")):
        L.write(str(OUT / f"{fn}.toml"))
        counts: dict[str, int] = {}
        for e in L.entries:
            counts[e["category"]] = counts.get(e["category"], 0) + 1
        print(f"wrote {fn}.toml: {len(L.entries)} entries", counts)
