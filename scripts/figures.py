#!/usr/bin/env python3
"""Draw the exercise illustrations: one SVG per ``[[pose]]`` of every exercise TOML.

    python scripts/figures.py           # (re)write resources/illustrations/*.svg
    python scripts/figures.py --check   # exit 1 if a committed SVG is not what this writes

Each pose is a handful of joint angles for one small parametric figure (see
``ANGLE_KEYS`` in ``deadbutt_tray/core/exercise_library.py`` for their meaning). The
figure is drawn as round-capped "pill" limbs: a mid-blue body with a dark outline, so it
reads on light and on dark backgrounds alike; the far-side limbs in a darker blue; the
working muscles as a warm orange overlay; props (desk, chair, wall, step) in neutral
grey. The viewBox is fixed, and the figure is placed by an anchor point (the standing
foot, say) that stays put from frame to frame, so frames line up for animation. Props are
placed from the first frame that touches them and then stay where they are.

The output is deterministic (fixed rounding, fixed element order), so ``--check`` can
compare bytes, and nothing is generated at run time.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from deadbutt_tray.core.content.exercise_library import GENERIC_FRAMES, load_library  # noqa: E402

SIZE = 240
GROUND_Y = 218.0  # canvas y of the floor line

# Body measures in pixels (a figure about 175 px tall).
HEAD_R = 12.0
NECK = 5.0
TRUNK = 54.0
THIGH = 44.0
SHANK = 43.0
FOOT = 17.0
ARM = 29.0
FOREARM = 27.0
HIP_W = 9.0  # front view: half the distance between the hip joints
SHOULDER_W = 17.0

W_TRUNK, W_THIGH, W_SHANK, W_FOOT, W_ARM, W_FOREARM = 28.0, 19.0, 14.0, 8.0, 11.0, 9.0
W_CHEST = 34.0  # front view
PELVIS_R = 15.0
HAND_R = 5.0
OUTLINE_W = 2.5  # added on each side of every limb

# Colours: fixed (no currentColor), chosen to have contrast on white and on #202020.
NEAR = "#7fa3c8"
FAR = "#56779a"
OUTLINE = "#1f2d3d"
ACCENT = "#ff7043"
ACCENT_EDGE = "#a8361a"
PROP = "#9e9e9e"
PROP_EDGE = "#5f5f5f"
GROUND = "#8a8a8a"

STEP_H = 26.0
DESK_H = 74.0  # default desk-top height when no hand rests on it
CONTACT_TOL = 3.0
FLAT_CONTACTS = {
    "side": ("foot_l", "foot_r", "back"),
    "front": (),
}  # px a contact may be off its surface and still count as touching

Vec = tuple[float, float]


def rot(v: Vec, degrees: float) -> Vec:
    """``v`` turned counter-clockwise (y up) by ``degrees``."""
    a = math.radians(degrees)
    c, s = math.cos(a), math.sin(a)
    return (v[0] * c - v[1] * s, v[0] * s + v[1] * c)


def add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + b[0] * k, a[1] + b[1] * k)


def neg(v: Vec) -> Vec:
    return (-v[0], -v[1])


# --- the skeleton ------------------------------------------------------------------------


@dataclass
class Body:
    """Joint positions of one pose in world coordinates (y up, floor at 0)."""

    view: str
    up: Vec  # along the trunk, pelvis to shoulders
    front: Vec  # the way the chest faces (side view) / the figure's right (front view)
    points: dict[str, Vec] = field(default_factory=dict)
    dirs: dict[str, Vec] = field(default_factory=dict)

    def moved(self, dx: float, dy: float) -> Body:
        return Body(
            self.view,
            self.up,
            self.front,
            {k: (x + dx, y + dy) for k, (x, y) in self.points.items()},
            dict(self.dirs),
        )


def build(pose: Mapping[str, Any]) -> Body:
    """The figure for one pose, pelvis at the origin."""
    a = {k: float(v) for k, v in pose.items() if isinstance(v, int | float)}
    view = pose.get("view", "side")
    t = a.get("trunk", 0.0)
    up = (math.sin(math.radians(t)), math.cos(math.radians(t)))
    down = neg(up)
    pelvis = (0.0, 0.0)
    shoulders = add(pelvis, up, TRUNK)
    pts: dict[str, Vec] = {"pelvis": pelvis, "shoulders": shoulders}
    dirs: dict[str, Vec] = {}
    if view == "side":
        front = rot(up, -90)
        head_dir = rot(up, -a.get("neck", 0.0))
        pts["head"] = add(shoulders, head_dir, NECK + HEAD_R)
        dirs["head"] = head_dir
        for side in ("l", "r"):
            hip_j, sh_j = pelvis, shoulders
            thigh = rot(down, a.get(f"hip_{side}", 0.0))
            shank = rot(thigh, -a.get(f"knee_{side}", 0.0))
            foot = rot(shank, 90 + a.get(f"ankle_{side}", 0.0))
            sole = rot(foot, -90)
            arm = rot(down, a.get(f"shoulder_{side}", 0.0))
            forearm = rot(arm, a.get(f"elbow_{side}", 0.0))
            _limbs(pts, dirs, a, side, hip_j, sh_j, thigh, shank, foot, sole, arm, forearm)
    else:
        right = rot(up, 90)  # the figure's right is on the viewer's left
        pts["head"] = add(shoulders, rot(up, -a.get("neck", 0.0)), NECK + HEAD_R)
        dirs["head"] = up
        front = right
        for side, sign, lateral in (("l", 1.0, neg(right)), ("r", -1.0, right)):
            hip_j = add(pelvis, lateral, HIP_W)
            sh_j = add(shoulders, lateral, SHOULDER_W)
            thigh = rot(down, sign * a.get(f"hip_{side}", 0.0))
            shank = rot(thigh, sign * a.get(f"knee_{side}", 0.0))
            foot = rot(shank, -sign * (90 + a.get(f"ankle_{side}", 0.0)))
            arm = rot(down, sign * a.get(f"shoulder_{side}", 0.0))
            forearm = rot(arm, sign * a.get(f"elbow_{side}", 0.0))
            _limbs(pts, dirs, a, side, hip_j, sh_j, thigh, shank, foot, shank, arm, forearm)
    return Body(view, up, front, pts, dirs)


def _limbs(
    pts: dict[str, Vec],
    dirs: dict[str, Vec],
    a: Mapping[str, float],
    side: str,
    hip_j: Vec,
    sh_j: Vec,
    thigh: Vec,
    shank: Vec,
    foot: Vec,
    sole: Vec,
    arm: Vec,
    forearm: Vec,
) -> None:
    def length(part: str, full: float) -> float:
        return full * a.get(f"len_{part}_{side}", 1.0)

    knee = add(hip_j, thigh, length("thigh", THIGH))
    ankle = add(knee, shank, length("shank", SHANK))
    foot_len = length("foot", FOOT)
    heel = add(add(ankle, sole, 3.0), foot, -4.0 * min(1.0, foot_len / FOOT))
    toe = add(add(ankle, sole, 3.0), foot, foot_len)
    elbow = add(sh_j, arm, length("arm", ARM))
    hand = add(elbow, forearm, length("forearm", FOREARM))
    pts.update(
        {
            f"hip_{side}": hip_j,
            f"knee_{side}": knee,
            f"ankle_{side}": ankle,
            f"heel_{side}": heel,
            f"toe_{side}": toe,
            f"shoulder_{side}": sh_j,
            f"elbow_{side}": elbow,
            f"hand_{side}": hand,
        }
    )
    dirs.update({f"thigh_{side}": thigh, f"sole_{side}": sole})


# --- contacts: which point touches which surface ---------------------------------------------


def contact_extent(body: Body, point: str) -> list[tuple[Vec, float]]:
    """The circles (centre, radius) whose edge is the named contact point."""
    p = body.points
    if point in ("foot_l", "foot_r"):
        side = point[-1]
        return [(p[f"heel_{side}"], W_FOOT / 2), (p[f"toe_{side}"], W_FOOT / 2)]
    if point.startswith(("heel_", "toe_")):
        return [(p[point], W_FOOT / 2)]
    if point.startswith("knee_"):
        return [(p[point], W_SHANK / 2)]
    if point.startswith("hand_"):
        return [(p[point], HAND_R)]
    if point.startswith("elbow_"):
        return [(p[point], W_ARM / 2)]
    if body.view == "front" and point in ("pelvis", "shoulders", "back"):
        hips = [(p["hip_l"], HIP_W + 4), (p["hip_r"], HIP_W + 4)]
        chest = [(p["shoulder_l"], 8.0), (p["shoulder_r"], 8.0)]
        return {"pelvis": hips, "shoulders": chest}.get(point, hips + chest)
    if point == "pelvis":
        return [(pelvis_centre(body), PELVIS_R)]
    if point == "shoulders":
        return [(body.points["shoulders"], W_TRUNK / 2)]
    if point == "back":  # shoulder blades and buttocks, as on a wall or the floor
        return [(body.points["shoulders"], W_TRUNK / 2), (pelvis_centre(body), PELVIS_R)]
    return [(p["head"], HEAD_R)]


def pelvis_centre(body: Body) -> Vec:
    if body.view == "side":
        return add(add(body.points["pelvis"], body.front, -4.0), body.up, 3.0)
    return add(body.points["pelvis"], body.up, 4.0)


def trunk_base(body: Body) -> Vec:
    return add(body.points["pelvis"], body.up, 6.0)


def bottom(body: Body, point: str) -> float:
    return min(c[1] - r for c, r in contact_extent(body, point))


def back_x(body: Body, point: str) -> float:
    return min(c[0] - r for c, r in contact_extent(body, point))


# --- props --------------------------------------------------------------------------------


@dataclass
class Props:
    """Where the props stand (world coordinates), fixed for all frames of an exercise."""

    names: tuple[str, ...]
    desk: tuple[float, float, float] | None = None  # x0, x1, top
    chair: tuple[float, float, float] | None = None  # x0, x1, seat
    wall: float | None = None  # x of the wall face
    step: tuple[float, float] | None = None  # x0, x1 (height STEP_H)

    def surface(self, name: str) -> float | None:
        if name == "ground":
            return 0.0
        if name == "step":
            return STEP_H
        if name == "desk" and self.desk:
            return self.desk[2]
        if name == "chair" and self.chair:
            return self.chair[2]
        return None

    def place(self, body: Body, contacts: Mapping[str, str]) -> None:
        """Put each prop not yet placed where this frame touches it."""
        for point, surface in contacts.items():
            if surface == "desk" and self.desk is None:
                hand = contact_extent(body, point)[0][0]
                top = bottom(body, point)
                if body.view == "side":
                    self.desk = (hand[0] - 12, hand[0] + 70, top)
                else:  # seen end-on, beside the figure
                    self.desk = (hand[0] - 22, hand[0] + 22, top)
            elif surface == "chair" and self.chair is None:
                seat = bottom(body, point)
                x = pelvis_centre(body)[0]
                self.chair = (x - 22, x + 16, seat)
            elif surface == "wall" and self.wall is None:
                self.wall = back_x(body, point)
            elif surface == "step" and self.step is None:
                xs = [c[0] for c, _r in contact_extent(body, point)]
                self.step = (min(xs) - 8, max(xs) + 34)

    def finish(self, body: Body) -> None:
        """Props named but never touched stand at a sensible default place."""
        if "desk" in self.names and self.desk is None:
            x = max(x for x, _y in body.points.values()) + 10
            self.desk = (x, x + 70, DESK_H)
        if "chair" in self.names and self.chair is None:
            x = pelvis_centre(body)[0]
            self.chair = (x - 22, x + 16, 46.0)
        if "wall" in self.names and self.wall is None:
            self.wall = min(x for x, _y in body.points.values()) - 16
        if "step" in self.names and self.step is None:
            x = max(x for x, _y in body.points.values())
            self.step = (x - 30, x + 20)


def place_body(pose: Mapping[str, Any], props: Props) -> Body:
    """The figure moved so its anchor sits on its surface at ``anchor_x``."""
    body = build(pose)
    contacts: Mapping[str, str] = pose.get("contacts", {})
    anchor = pose.get("anchor") or next(iter(contacts), "pelvis")
    surface = props.surface(contacts.get(anchor, "ground")) or 0.0
    target_x = float(pose.get("anchor_x", SIZE / 2))
    ax = sum(c[0] for c, _r in contact_extent(body, anchor)) / len(contact_extent(body, anchor))
    return body.moved(target_x - ax, surface - bottom(body, anchor))


def contact_errors(pose: Mapping[str, Any], body: Body, props: Props) -> list[str]:
    """Contacts of this frame that do not touch their surface (for tests and --check)."""
    errors: list[str] = []
    for point, surface in pose.get("contacts", {}).items():
        if surface == "wall":
            if props.wall is None or abs(back_x(body, point) - props.wall) > CONTACT_TOL:
                errors.append(f"{point} is not against the wall")
            continue
        height = props.surface(surface)
        if height is None:
            errors.append(f"{point}: no {surface} to touch")
            continue
        off = bottom(body, point) - height
        if surface == "ground" and point in FLAT_CONTACTS[body.view]:
            # A whole foot, or the back lying flat, touches along its length.
            for centre, radius in contact_extent(body, point):
                off = max(off, centre[1] - radius - height, key=abs)
        if abs(off) > CONTACT_TOL:
            errors.append(f"{point} is {off:+.1f} px off the {surface}")
    for name in ("pelvis", "shoulders", "head", "knee_l", "knee_r", "hand_l", "hand_r"):
        if bottom(body, name) < -CONTACT_TOL:
            errors.append(f"{name} is below the floor")
    return errors


# --- SVG -------------------------------------------------------------------------------------


def fmt(v: float) -> str:
    text = f"{v:.1f}"
    text = text.removesuffix(".0")
    return "0" if text == "-0" else text


def cx(p: Vec) -> str:
    return fmt(p[0])


def cy(p: Vec) -> str:
    return fmt(GROUND_Y - p[1])


def line(a: Vec, b: Vec, width: float, colour: str, extra: str = "") -> str:
    return (
        f'<line x1="{cx(a)}" y1="{cy(a)}" x2="{cx(b)}" y2="{cy(b)}" stroke="{colour}" '
        f'stroke-width="{fmt(width)}" stroke-linecap="round"{extra}/>'
    )


def circle(c: Vec, r: float, fill: str, stroke: str = "", width: float = 0.0) -> str:
    edge = f' stroke="{stroke}" stroke-width="{fmt(width)}"' if stroke else ""
    return f'<circle cx="{cx(c)}" cy="{cy(c)}" r="{fmt(r)}" fill="{fill}"{edge}/>'


def limb(parts: Sequence[tuple[Vec, Vec, float]], colour: str) -> list[str]:
    """Pills with a shared outline: all outlines first, so joints join smoothly."""
    out = [line(a, b, w + 2 * OUTLINE_W, OUTLINE) for a, b, w in parts]
    out += [line(a, b, w, colour) for a, b, w in parts]
    return out


def leg(body: Body, side: str, colour: str) -> list[str]:
    p = body.points
    return limb(
        [
            (p[f"hip_{side}"], p[f"knee_{side}"], W_THIGH),
            (p[f"knee_{side}"], p[f"ankle_{side}"], W_SHANK),
            (p[f"heel_{side}"], p[f"toe_{side}"], W_FOOT),
        ],
        colour,
    )


def arm(body: Body, side: str, colour: str) -> list[str]:
    p = body.points
    out = limb(
        [
            (p[f"shoulder_{side}"], p[f"elbow_{side}"], W_ARM),
            (p[f"elbow_{side}"], p[f"hand_{side}"], W_FOREARM),
        ],
        colour,
    )
    out.append(circle(p[f"hand_{side}"], HAND_R, colour, OUTLINE, 2.0))
    return out


def torso(body: Body) -> list[str]:
    p = body.points
    if body.view == "side":
        base, top = trunk_base(body), add(p["shoulders"], body.up, -2.0)
        return [
            circle(pelvis_centre(body), PELVIS_R + OUTLINE_W, OUTLINE),
            line(base, top, W_TRUNK + 2 * OUTLINE_W, OUTLINE),
            circle(pelvis_centre(body), PELVIS_R, NEAR),
            line(base, top, W_TRUNK, NEAR),
        ]
    # Front view: a wide chest tapering to the hips.
    hips = (p["hip_l"], p["hip_r"])
    chest = (add(p["shoulder_l"], body.up, -6.0), add(p["shoulder_r"], body.up, -6.0))
    waist = add(p["pelvis"], body.up, 20.0)
    parts = [
        (hips[0], hips[1], 2 * HIP_W + 8),
        (waist, add(p["shoulders"], body.up, -6.0), W_CHEST - 6),
        (chest[0], chest[1], 16.0),
        (add(p["pelvis"], body.up, 4.0), waist, W_CHEST - 10),
    ]
    return limb(parts, NEAR)


def head(body: Body) -> list[str]:
    h = body.points["head"]
    out = [
        line(body.points["shoulders"], h, 9 + 2 * OUTLINE_W, OUTLINE),
        line(body.points["shoulders"], h, 9, NEAR),
        circle(h, HEAD_R, NEAR, OUTLINE, OUTLINE_W),
    ]
    if body.view == "side":
        face = rot(body.dirs["head"], -90)
        eye = add(add(h, face, 6.0), body.dirs["head"], 2.5)
        nose = add(add(h, face, HEAD_R - 0.5), body.dirs["head"], -0.5)
        out.append(circle(nose, 2.6, NEAR, OUTLINE, 1.5))
        out.append(circle(eye, 1.6, OUTLINE))
    else:
        side = rot(body.dirs["head"], 90)
        for k in (-1.0, 1.0):
            out.append(circle(add(add(h, side, 4.5 * k), body.dirs["head"], 2.0), 1.6, OUTLINE))
    return out


def muscle_shapes(body: Body, names: Iterable[str]) -> list[str]:
    """The working muscles, drawn over the body in the accent colour."""
    p = body.points
    out: list[str] = []
    up, front = body.up, body.front
    for name in names:
        side = name[-1]
        if body.view == "side":
            thigh = body.dirs.get(f"thigh_{side}", neg(up))
            thigh_front = rot(thigh, 90)
            hip = p["pelvis"]
        else:
            thigh = body.dirs.get(f"thigh_{side}", neg(up))
            lateral = front if side == "r" else neg(front)
            thigh_front = lateral
            hip = p.get(f"hip_{side}", p["pelvis"])
        if name.startswith("glute_max"):
            if body.view == "side":
                centre = add(add(hip, front, -8.5), up, -1.0)
                out.append(ellipse(centre, up, 9.5, 7.0))
            else:
                centre = add(add(hip, lateral, 3.0), up, -5.0)
                out.append(ellipse(centre, up, 6.0, 5.0))
        elif name.startswith("glute_med"):
            if body.view == "side":
                out.append(ellipse(add(add(hip, up, 10.0), front, -3.0), up, 6.5, 5.0))
            else:
                out.append(ellipse(add(add(hip, lateral, 6.0), up, 6.0), up, 7.0, 4.5))
        elif name.startswith("hip_flexor"):
            a = add(add(hip, up, 13.0), front if body.view == "side" else neg(lateral), 6.0)
            b = add(add(hip, thigh, 16.0), thigh_front, 4.0)
            out += pill(a, b, 6.0)
        elif name.startswith(("quad", "hamstring")):
            k = 3.5 if name.startswith("quad") else -3.5
            knee = p[f"knee_{side}"]
            a = add(add(hip, thigh, 12.0), thigh_front, k)
            b = add(add(knee, thigh, -8.0), thigh_front, k)
            out += pill(a, b, 8.0)
        elif name == "core":
            off = front if body.view == "side" else (0.0, 0.0)
            a = add(add(p["pelvis"], up, 14.0), off, 5.5)
            b = add(add(p["pelvis"], up, 38.0), off, 5.5)
            out += pill(a, b, 9.0 if body.view == "side" else 12.0)
    return out


def pill(a: Vec, b: Vec, width: float) -> list[str]:
    return [line(a, b, width + 3, ACCENT_EDGE), line(a, b, width, ACCENT)]


def ellipse(centre: Vec, axis: Vec, along: float, across: float) -> str:
    angle = math.degrees(math.atan2(-axis[1], axis[0]))  # canvas y points down
    return (
        f'<ellipse cx="{cx(centre)}" cy="{cy(centre)}" rx="{fmt(along)}" ry="{fmt(across)}" '
        f'transform="rotate({fmt(angle)} {cx(centre)} {cy(centre)})" fill="{ACCENT}" '
        f'stroke="{ACCENT_EDGE}" stroke-width="1.5"/>'
    )


def arrow(start: Vec, end: Vec, body: Body) -> list[str]:
    """A curved accent arrow from where a point was to where it is now."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    dist = math.hypot(dx, dy)
    if dist < 10:
        return []
    ux, uy = dx / dist, dy / dist
    a = (start[0] + ux * 5, start[1] + uy * 5)
    b = (end[0] - ux * 9, end[1] - uy * 9)
    # Bow the arrow away from the body's centre so it does not cross the figure.
    normal = (-uy, ux)
    mid = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    centre = add(body.points["pelvis"], body.up, TRUNK / 2)
    if (mid[0] - centre[0]) * normal[0] + (mid[1] - centre[1]) * normal[1] < 0:
        normal = neg(normal)
    ctrl = add(mid, normal, dist * 0.25)
    tip_dir = (b[0] - ctrl[0], b[1] - ctrl[1])
    n = math.hypot(*tip_dir) or 1.0
    tip_dir = (tip_dir[0] / n, tip_dir[1] / n)
    tip = add(b, tip_dir, 4.0)
    left = add(add(tip, tip_dir, -8.0), rot(tip_dir, 90), 5.0)
    right = add(add(tip, tip_dir, -8.0), rot(tip_dir, -90), 5.0)
    path = f"M{cx(a)} {cy(a)} Q{cx(ctrl)} {cy(ctrl)} {cx(b)} {cy(b)}"
    head_pts = " ".join(f"{cx(q)},{cy(q)}" for q in (tip, left, right))
    return [
        f'<path d="{path}" fill="none" stroke="{ACCENT}" stroke-width="3" '
        'stroke-linecap="round" stroke-dasharray="1 5.5"/>',
        f'<polygon points="{head_pts}" fill="{ACCENT}" stroke="{ACCENT}" '
        'stroke-width="1.5" stroke-linejoin="round"/>',
    ]


def rect(x0: float, y_top: float, x1: float, y_bottom: float, rx: float = 2.0) -> str:
    """A prop rectangle given in world coordinates."""
    return (
        f'<rect x="{fmt(x0)}" y="{fmt(GROUND_Y - y_top)}" width="{fmt(x1 - x0)}" '
        f'height="{fmt(y_top - y_bottom)}" rx="{fmt(rx)}" fill="{PROP}" '
        f'stroke="{PROP_EDGE}" stroke-width="2"/>'
    )


def prop_shapes(props: Props, view: str) -> list[str]:
    out: list[str] = []
    if props.wall is not None:
        x = props.wall
        out.append(rect(x - 14, 214, x, 0, 1))
        for y in range(20, 210, 24):
            out.append(line((x - 13, y), (x - 1, y + 9), 1.5, PROP_EDGE))
    if props.step is not None:
        x0, x1 = props.step
        out.append(rect(x0, STEP_H, x1, 0, 3))
    if props.chair is not None:
        x0, x1, seat = props.chair
        out.append(rect(x0 + 3, seat - 6, x0 + 8, 0, 2))
        out.append(rect(x1 - 8, seat - 6, x1 - 3, 0, 2))
        out.append(rect(x0 - 3, seat + 44, x0 + 4, seat - 4, 3))  # backrest
        out.append(rect(x0 - 3, seat, x1, seat - 7, 3))
    if props.desk is not None:
        x0, x1, top = props.desk
        out.append(rect(x0 + 4, top - 5, x0 + 10, 0, 2))
        out.append(rect(x1 - 10, top - 5, x1 - 4, 0, 2))
        if view == "side":  # a screen makes it read as a desk, not a bench
            out.append(rect(x1 - 20, top + 4, x1 - 16, top, 1))
            out.append(rect(x1 - 30, top + 30, x1 - 6, top + 4, 2))
        out.append(rect(x0, top, x1, top - 6, 2))
    return out


def ground_shapes(kind: str) -> list[str]:
    if kind == "floor":
        return [
            f'<rect x="16" y="{fmt(GROUND_Y - 4)}" width="208" height="6" rx="3" '
            f'fill="{GROUND}" fill-opacity="0.55"/>',
            line((12, 0), (228, 0), 3, GROUND),
        ]
    return [line((12, 0), (228, 0), 3, GROUND)]


def draw(
    pose: Mapping[str, Any],
    body: Body,
    props: Props,
    title: str,
    previous: Body | None,
) -> str:
    parts: list[str] = []
    parts += ground_shapes(pose.get("ground", "standing"))
    parts += prop_shapes(props, body.view)
    highlight = list(pose.get("highlight", []))
    if body.view == "side":
        far_muscles = [m for m in highlight if m.endswith("_l") and not m.startswith("glute")]
        near_muscles = [m for m in highlight if m not in far_muscles]
        parts += arm(body, "l", FAR)
        parts += leg(body, "l", FAR)
        parts += muscle_shapes(body, far_muscles)
        parts += torso(body)
        parts += head(body)
        parts += leg(body, "r", NEAR)
        parts += muscle_shapes(body, near_muscles)
        parts += arm(body, "r", NEAR)
    else:
        parts += leg(body, "l", NEAR)
        parts += leg(body, "r", NEAR)
        parts += torso(body)
        parts += muscle_shapes(body, highlight)
        parts += head(body)
        parts += arm(body, "l", NEAR)
        parts += arm(body, "r", NEAR)
    point = pose.get("arrow")
    if point and previous is not None:
        parts += arrow(previous.points[_joint(point)], body.points[_joint(point)], body)
    body_text = "\n  ".join(parts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" '
        f'width="{SIZE}" height="{SIZE}" role="img">\n'
        f"  <title>{_escape(title)}</title>\n  {body_text}\n</svg>\n"
    )


def _joint(point: str) -> str:
    """The skeleton point an arrow follows for a contact name."""
    if point.startswith("foot_"):
        return f"ankle_{point[-1]}"
    return point


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- exercises -> files ----------------------------------------------------------------------


FRAME_WORDS = ("start", "middle", "end")


def frame_title(name: str, index: int, count: int) -> str:
    word = "start" if index == 0 else "end" if index == count - 1 else f"step {index + 1}"
    return f"{name}: {word} position"


def render_poses(
    name: str, poses: Sequence[Mapping[str, Any]], prop_names: Sequence[str]
) -> tuple[list[str], list[str]]:
    """SVG text for each pose, and any contact problems found while placing them."""
    props = Props(tuple(prop_names))
    bodies: list[Body] = []
    errors: list[str] = []
    for pose in poses:
        body = place_body(pose, props)
        props.place(body, pose.get("contacts", {}))
        bodies.append(body)
    props.finish(bodies[0])
    svgs: list[str] = []
    for index, (pose, body) in enumerate(zip(poses, bodies, strict=True)):
        errors += [f"pose[{index}]: {e}" for e in contact_errors(pose, body, props)]
        previous = bodies[index - 1] if index else None
        svgs.append(draw(pose, body, props, frame_title(name, index, len(poses)), previous))
    return svgs, errors


GENERIC_POSES: tuple[dict[str, Any], ...] = (
    {
        "view": "side",
        "contacts": {"foot_l": "ground", "foot_r": "ground"},
        "shoulder_l": 8,
        "shoulder_r": -8,
        "elbow_l": 10,
        "elbow_r": 10,
    },
    {
        "view": "side",
        "contacts": {"foot_l": "ground", "foot_r": "ground"},
        "shoulder_l": 150,
        "shoulder_r": 145,
        "elbow_l": 5,
        "elbow_r": 5,
        "highlight": ["glute_max_r"],
        "arrow": "hand_r",
    },
)


def planned_files(resources: Path) -> tuple[dict[Path, str], list[str]]:
    """Every SVG this script writes (path -> text) and every problem found on the way."""
    library, problems = load_library(resources, None, check_frames=False)
    messages = [str(p) for p in problems]
    files: dict[Path, str] = {}
    generic, errors = render_poses("Exercise", GENERIC_POSES, ())
    messages += [f"generic: {e}" for e in errors]
    for rel, text in zip(GENERIC_FRAMES, generic, strict=True):
        files[resources.joinpath(*PurePosixPath(rel).parts)] = text
    for ex_id, exercise in sorted(library.exercises.items()):
        data = tomllib.loads(exercise.source.read_text(encoding="utf-8"))
        poses = data.get("pose", [])
        frames = data.get("frames", [])
        if not poses:
            messages.append(f"{exercise.source}: no [[pose]] tables to draw")
            continue
        svgs, errors = render_poses(exercise.name, poses, data.get("props", []))
        messages += [f"{exercise.source}: {e}" for e in errors]
        for rel, text in zip(frames, svgs, strict=False):
            files[resources.joinpath(*PurePosixPath(rel).parts)] = text
        del ex_id
    return files, messages


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--resources", type=Path, default=ROOT / "resources")
    args = parser.parse_args(argv)
    files, messages = planned_files(args.resources)
    for message in messages:
        print(message, file=sys.stderr)
    if messages:
        return 2
    folder = args.resources / "illustrations"
    stale = sorted(p for p in folder.glob("*.svg") if p not in files) if folder.is_dir() else []
    if args.check:
        differ = [p for p, text in files.items() if not _same(p, text)]
        for path in differ:
            print(f"out of date: {path}", file=sys.stderr)
        for path in stale:
            print(f"not made by this script: {path}", file=sys.stderr)
        return 1 if differ or stale else 0
    folder.mkdir(parents=True, exist_ok=True)
    for path, text in sorted(files.items()):
        if not _same(path, text):
            path.write_text(text, encoding="utf-8", newline="\n")
    for path in stale:
        path.unlink()
    print(f"{len(files)} illustrations up to date in {folder}")
    return 0


def _same(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except FileNotFoundError:
        return False


if __name__ == "__main__":
    sys.exit(main())
