"""Shared data for the corpus tests: clean news text and the sample's boilerplate."""

from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "corpus" / "muse-spark"

#: clean news copy (headline first): short one-sentence paragraphs, headings, quotes,
#: a list, numbers, camel-case names, a date inside a sentence
CLEAN_NEWS = "\n".join([
    'City Council Approves $2.1 Billion Budget After Marathon Session',
    '',
    'The city council approved a $2.1 billion budget early on Wednesday, ending a '
    '14-hour session that stretched past midnight.',
    '',
    'The vote was 7-4.',
    '',
    '“This budget keeps libraries open and buses running,” said Council President '
    'Maria Alvarez, who called the compromise “imperfect but necessary.”',
    '',
    'Opponents were unmoved. Councillor James Okafor said the plan “borrows from our '
    'children to pay for today’s promises,” and warned that property taxes would rise '
    'by 3.5% next year.',
    '',
    'What changes for residents',
    '',
    'Bus fares stay at $2.50. Library hours, cut in 2023, return to seven days a week.',
    '',
    '  • Parks: $48 million, up 6%',
    '  • Police: $610 million, flat',
    '  • Housing: $92 million, up 11%',
    '',
    'The mayor, who had threatened a veto, said on Tuesday she would sign it.',
    '',
    'Residents can ride buses for free on weekends, the council said.',
    '',
    'What happens next?',
    '',
    'He declined to comment.',
    '',
    'By the end of the night, only four councillors remained in the chamber.',
    '',
    'Officials at OpenAI and DeepSeek were not involved, though the city’s new iPhone '
    'app, built with YouTube tutorials, drew laughs.',
    '',
    'Why it matters',
    '',
    'Analysts at Moody’s said the deal “removes a near-term risk” to the city’s '
    'credit rating. The agency rates the city A2.',
    '',
    'The budget takes effect on July 1, 2025.',
    '',
    'Not everyone was convinced.',
    '',
    '“We’ll be back here in six months,” Okafor said.',
    '',
])

#: every boilerplate line of the sample, by file: (text, reason)
SAMPLE_BOILERPLATE: dict[str, list[tuple[str, str]]] = {
    "000_0c28bc0b96d17de6.txt": [
        ("100% free AI setup guides — no credit card needed", "promo"),
        ("← AI News", "navigation"),
        ("April 8, 2026✦ Featuredmetaopen-sourcellama", "tags"),
        ("Related Stories", "navigation"),
    ],
    "001_527def5b500aae0d.txt": [
        ("Featured News", "navigation"),
        ("2026-04-13 by AICC", "byline"),
        ("Meta AI Muse Spark", "tags"),
        ("300+ AI Models for", "promo"),
        ("OpenClaw & AI Agents", "promo"),
        ("Save 20% on Costs", "promo"),
    ],
    "002_9adc690a433f877f.txt": [
        ("Original source", "navigation"),
    ],
    "003_2d2451d633ec01fe.txt": [
        ("Meta Muse Spark: The End of Open Source AI at Meta?", "duplicate-headline"),
        ("BenchmarkMuse SparkClaude Opus 4.6GPT-5.4Gemini 3.1 Pro", "table"),
        ("GPQA Diamond (PhD reasoning)89.5%92.7%92.8%94.3%", "table"),
        ("HealthBench Hard (healthcare)42.8%42.1%", "table"),
        ("ModelDeveloperParams (total/active)LicenseSpecialty", "table"),
        ("GLM-5.1Zhipu AI744B / 40BMITAgentic coding (8h autonomous)", "table"),
        ("Gemma 4Google27B (dense)Apache 2.0Multimodal (text+image+audio)", "table"),
        ("Qwen 3.6-PlusAlibabaMoEOpenAgents, 1M context", "table"),
        ("Mistral Small 4Mistral119B MoEApache 2.0Efficiency, EU deployment", "table"),
        ("gpt-oss-120bOpenAI120BOpen weightOpenAI’s first open model", "table"),
    ],
    "004_416d7c02cae64a78.txt": [
        ("top of page", "marker"),
        ("If keeping track of rapid AI model launches and strategy shifts is something your "
         "team struggles to do efficiently, tools that help you capture and connect "
         "fast-moving information — like a structured second brain — can make the difference "
         "between being reactive and being ahead.", "promo"),
        ("Get started for free", "promo"),
        ("A local first AI Assistant w/ Personal Knowledge Management", "promo"),
        ("For better AI experience,", "promo"),
        ("remio only supports Windows 10+ (x64) and M-Chip Macs currently.", "promo"),
        ("Add Search Bar in Your Brain", "promo"),
        ("Just Ask remio", "promo"),
        ("Remember Everything", "promo"),
        ("Organize Nothing", "promo"),
        ("bottom of page", "marker"),
    ],
}

#: the headline of each sample file (its first real content line)
SAMPLE_TITLES = {
    "000_0c28bc0b96d17de6.txt": "Meta Abandons Open Source AI — Launches Closed-Weight Muse Spark",
    "001_527def5b500aae0d.txt":
        "Meta's AI Model Loses Open-Source Status: What It Means for Developers",
    "002_9adc690a433f877f.txt":
        "Meta Goes Proprietary — Muse Spark Marks the End of the Llama Open-Source Era",
    "003_2d2451d633ec01fe.txt": "Meta Muse Spark: The End of Open Source AI at Meta?",
    "004_416d7c02cae64a78.txt": "Meta's First Closed-Source AI Model Arrives — and It Breaks "
                                "Every Promise Zuckerberg Made About Open AI",
}
