"""The installed distribution says what it is: its licence and the notice of the data it ships."""

from __future__ import annotations

from importlib.metadata import distribution


def test_the_distribution_carries_its_licence_and_data_notice() -> None:
    dist = distribution("framing-analysis")
    assert dist.metadata["License-Expression"] == "MIT"
    files = {str(f).rsplit("/", 1)[-1]: f for f in dist.files or [] if "licenses" in str(f)}
    assert set(files) == {"LICENSE", "NOTICE.md"}
    licence = files["LICENSE"].read_text()
    notice = files["NOTICE.md"].read_text()
    assert licence.startswith("MIT License")
    # the shipped tone model is trained on NewsMTSC: its MIT notice travels with it
    assert "framing/models/tone_v2.json" in notice
    assert "Copyright (c) 2020 Felix Hamborg" in notice
    # every data file of the package that is not code is named in the notice
    shipped = {str(f) for f in dist.files or [] if str(f).startswith("framing/")
               and str(f).endswith((".json", ".toml")) and "/templates/" not in str(f)}
    for path in shipped:
        named = path if path.startswith("framing/models/") else "framing/_lexicons/*.toml"
        assert named in notice, f"{path} ships in the wheel but NOTICE.md does not name it"
