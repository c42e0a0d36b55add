"""The illustration generator: committed SVGs up to date, well formed, legible on light
and dark backgrounds, and every figure touching what it stands, lies or leans on."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from deadbutt_tray.core.content.resources import resources_root
from tests.by_path import ROOT, load_module

RESOURCES = resources_root()
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def figures() -> ModuleType:
    return load_module(ROOT / "scripts" / "figures.py", "figures")


def test_committed_svgs_are_what_the_script_writes(
    figures: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    assert figures.main(["--check"]) == 0, capsys.readouterr().err


def test_check_notices_an_out_of_date_file(figures: ModuleType, tmp_path: Path) -> None:
    copy = tmp_path / "resources"
    for folder in ("exercises", "routines", "illustrations"):
        (copy / folder).mkdir(parents=True)
        for path in (RESOURCES / folder).iterdir():
            if path.is_file():  # not exercises/locale/: translations draw nothing
                (copy / folder / path.name).write_bytes(path.read_bytes())
    assert figures.main(["--check", "--resources", str(copy)]) == 0
    victim = copy / "illustrations" / "clamshell-end.svg"
    victim.write_text(victim.read_text().replace("#ff7043", "#ff0000"))
    (copy / "illustrations" / "stale.svg").write_text("<svg/>")
    assert figures.main(["--check", "--resources", str(copy)]) == 1
    assert figures.main(["--resources", str(copy)]) == 0  # rewrites and tidies up
    assert figures.main(["--check", "--resources", str(copy)]) == 0
    assert not (copy / "illustrations" / "stale.svg").exists()


def test_output_is_deterministic(figures: ModuleType) -> None:
    first, problems = figures.planned_files(RESOURCES)
    second, _ = figures.planned_files(RESOURCES)
    assert problems == []
    assert first == second


def all_svgs() -> list[Path]:
    return sorted((RESOURCES / "illustrations").glob("*.svg"))


def test_every_exercise_frame_is_drawn() -> None:
    expected = {"generic-start.svg", "generic-end.svg"}
    for path in (RESOURCES / "exercises").glob("*.toml"):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        assert len(data["pose"]) == len(data["frames"]) >= 2
        expected |= {Path(frame).name for frame in data["frames"]}
    assert {p.name for p in all_svgs()} == expected


@pytest.mark.parametrize("path", all_svgs(), ids=lambda p: p.name)
def test_each_svg_is_well_formed_with_the_fixed_view_box(path: Path) -> None:
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 240 240"
    title = root.find(f"{SVG}title")
    assert title is not None and title.text and "position" in title.text
    text = path.read_text(encoding="utf-8")
    assert "currentColor" not in text  # fixed colours, checked for both themes below
    assert "<script" not in text and "href" not in text  # nothing to run or fetch


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_colours_read_on_light_and_dark_backgrounds(figures: ModuleType) -> None:
    # WCAG asks 3:1 for graphics; the body also has a dark outline, which carries the
    # shape on light backgrounds, so the fills must stand out from a dark background.
    for background in ("#ffffff", "#202020"):
        for colour in (figures.FAR, figures.ACCENT, figures.PROP, figures.GROUND):
            assert contrast(colour, background) >= 2.5, (colour, background)
    assert contrast(figures.NEAR, "#202020") >= 4.5
    assert contrast(figures.OUTLINE, "#ffffff") >= 7
    # Near and far limbs, and muscles on the body, must be told apart.
    assert contrast(figures.NEAR, figures.FAR) >= 1.4
    assert contrast(figures.ACCENT_EDGE, figures.NEAR) >= 2.0
    colours = set()
    for path in all_svgs():
        colours |= set(re.findall(r"#[0-9a-f]{6}", path.read_text(encoding="utf-8")))
    palette = {
        figures.NEAR, figures.FAR, figures.OUTLINE, figures.ACCENT, figures.ACCENT_EDGE,
        figures.PROP, figures.PROP_EDGE, figures.GROUND,
    }  # fmt: skip
    assert colours <= palette


def test_every_contact_touches_its_surface(figures: ModuleType) -> None:
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        _svgs, errors = figures.render_poses(data["name"], data["pose"], data.get("props", []))
        assert errors == [], path.name


def test_the_anchor_stays_put_between_frames(figures: ModuleType) -> None:
    """Frames line up for animation: a foot (or hand...) that each frame is anchored by
    and that already touched the same surface in the first frame does not slide."""

    def centre_x(body: object, point: str) -> float:
        extent = figures.contact_extent(body, point)
        return sum(c[0] for c, _r in extent) / len(extent)

    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        props = figures.Props(tuple(data.get("props", [])))
        bodies = []
        for pose in data["pose"]:
            body = figures.place_body(pose, props)
            props.place(body, pose.get("contacts", {}))
            bodies.append(body)
        first_contacts = data["pose"][0]["contacts"]
        for pose, body in zip(data["pose"], bodies, strict=True):
            anchor = pose.get("anchor") or next(iter(pose["contacts"]))
            if first_contacts.get(anchor) == pose["contacts"][anchor]:
                moved = centre_x(body, anchor) - centre_x(bodies[0], anchor)
                assert abs(moved) <= 1, (path.name, anchor, moved)


def test_a_figure_is_drawn_inside_the_picture(figures: ModuleType) -> None:
    for path in all_svgs():
        text = path.read_text(encoding="utf-8")
        for x, y in re.findall(r'cx="(-?[\d.]+)" cy="(-?[\d.]+)"', text):
            assert 0 <= float(x) <= 240 and 0 <= float(y) <= 240, path.name


def _side(point: str) -> str:
    return {"l": "left", "r": "right"}[point[-1]]


def test_each_sided_figure_does_the_side_its_file_says_it_draws(figures: ModuleType) -> None:
    """``drawn_side`` is what the dialog mirrors by, so it must be what the frames show.

    The side is read off the drawing, independently of the key: the limb the arrow
    follows (the moving or leading leg), the only foot left on the ground (the standing
    leg), the front or back foot of a split stance, the elbow or knee lying on the floor.
    """
    checked = 0
    for path in sorted((RESOURCES / "exercises").glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        means = data.get("side_means")
        if means is None:
            continue
        first, last = data["pose"][0], data["pose"][-1]
        props = figures.Props(tuple(data.get("props", [])))
        body = figures.place_body(first, props)
        if means in ("moving", "leading"):
            step_foot = [p for p, s in first["contacts"].items() if s == "step"]
            shown = _side(step_foot[0] if step_foot else last["arrow"])
        elif means == "standing":
            feet = [
                p for p, s in last["contacts"].items() if p.startswith("foot") and s == "ground"
            ]
            assert len(feet) == 1, path.name
            shown = _side(feet[0])
        elif means in ("front", "back"):
            front = max(("l", "r"), key=lambda s: body.points[f"ankle_{s}"][0])
            back = "r" if front == "l" else "l"
            shown = _side(front if means == "front" else back)
        else:  # lying: the side of the elbow or knee on the floor
            lying = [p for p in first["contacts"] if p.startswith(("elbow", "knee"))]
            shown = _side(lying[0])
        assert data["drawn_side"] == shown, (path.name, means, shown)
        checked += 1
    assert checked == 18
