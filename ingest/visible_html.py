"""What a browser would show of an HTML page: everything else is removed before its text is read.

Hidden text is how instructions get smuggled into a page: "ignore previous instructions…" in a
display:none span is invisible to whoever reviewed the page, yet a text extractor would index
it and quote it as policy. Judging the page as a browser with scripts on renders it:

- An element goes, with everything in it, when it is never rendered (<head>, <script>, <style>,
  <template>, <noscript>, <iframe>, <object>, <embed>, <canvas>, <audio>, <video>, <datalist>,
  a <dialog> that is not open); when it has the `hidden` attribute or aria-hidden="true" (what a
  screen reader skips is not for readers either); or when its style says display:none,
  visibility:hidden or collapse, content-visibility:hidden, an opacity below 0.1 (also as a
  filter), a transform that scales it to nothing, a clip or clip-path that leaves nothing, at
  most 1px wide or high with its overflow hidden, or 1000px or more off the top or left.
- A run of text goes when the style it inherits makes it unreadable: a font size under 2px, or a
  transparent colour. As in a browser, a child can set those back and be seen.
- Comments, CDATA sections and processing instructions are not shown either.

Style means the style attribute and the rules of the page's own <style> sheets, with the
cascade's order (!important, inline, specificity, order of appearance). Linked stylesheets are
not fetched, and values computed with var() or calc() are not worked out: text hidden only
that way stays. Closed <details> stay too: their summary shows that there is more to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

import soupsieve
import tinycss2
from bs4 import BeautifulSoup, NavigableString, Tag

from ingest.limits import LoadError, LoadLimits, byte_size

NEVER_RENDERED = frozenset(
    {
        "head",
        "script",
        "style",
        "template",
        "noscript",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "datalist",
    }
)
# The declarations that can hide text; no other part of a style sheet is read.
HIDING_PROPERTIES = frozenset(
    {
        "display",
        "visibility",
        "content-visibility",
        "opacity",
        "filter",
        "transform",
        "clip",
        "clip-path",
        "width",
        "height",
        "max-width",
        "max-height",
        "overflow",
        "overflow-x",
        "overflow-y",
        "position",
        "left",
        "top",
        "text-indent",
        "margin-left",
        "margin-top",
        "font-size",
        "color",
        "-webkit-text-fill-color",
    }
)
MIN_OPACITY = 0.1
MIN_FONT_PX = 2.0
OFF_SCREEN_PX = -1000.0
ROOT_FONT_PX = 16.0
VIEWPORT_PX = 1000.0  # what vw and vh are taken to be a hundredth of
SELECTOR_VISITS = 100  # what reading one selector counts for, in element visits
ABSOLUTE_UNITS = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}
FONT_SIZE_KEYWORDS = {
    "xx-small": 9,
    "x-small": 10,
    "small": 13,
    "medium": 16,
    "large": 18,
    "x-large": 24,
    "xx-large": 32,
    "xxx-large": 48,
}

Declarations = list[tuple[str, list, bool]]  # (property, value tokens, !important)


def remove_hidden(soup: BeautifulSoup, limits: LoadLimits) -> None:
    """Remove from a parsed page every element and run of text a browser would not show."""
    elements = soup.find_all(True)
    sheets = [
        style
        for style in soup.find_all("style")
        if _for_screens(tinycss2.parse_component_value_list(str(style.get("media", ""))))
    ]
    css = sum(len(style.get_text()) for style in sheets) + sum(
        len(str(e["style"])) for e in elements if e.has_attr("style")
    )
    if css > limits.html_css_bytes:
        raise LoadError(
            f"over the limit of {byte_size(limits.html_css_bytes)} of CSS (style sheets and style attributes)"
        )
    sheet = _style_sheet_declarations(sheets, elements, limits)
    hidden_elements: list[Tag] = []
    unreadable: list[NavigableString] = []
    inherited: dict[int, _Inherited | None] = {}  # None: inside a hidden element
    for element in elements:
        parent = inherited.get(id(element.parent), _Inherited())
        if parent is None:
            inherited[id(element)] = None
            continue
        style = _cascade(element, sheet.get(id(element), []))
        if _hides_element(element, style):
            hidden_elements.append(element)
            inherited[id(element)] = None
            continue
        own = inherited[id(element)] = parent.inherit(style)
        if not own.readable:
            unreadable += [child for child in element.children if type(child) is NavigableString]
    for element in hidden_elements:
        element.decompose()
    for text in unreadable:
        text.extract()
    for text in [
        node for node in soup.descendants if isinstance(node, NavigableString) and type(node) is not NavigableString
    ]:
        text.extract()  # comments, CDATA, processing instructions, doctype


@dataclass(frozen=True)
class _Inherited:
    """The inherited properties that can make text unreadable."""

    font_px: float = ROOT_FONT_PX
    visible: bool = True
    transparent: bool = False
    fill_transparent: bool | None = None  # -webkit-text-fill-color; None follows `color`

    @property
    def readable(self) -> bool:
        clear = self.transparent if self.fill_transparent is None else self.fill_transparent
        return self.visible and not clear and self.font_px >= MIN_FONT_PX

    def inherit(self, style: dict[str, list]) -> _Inherited:
        visibility = _idents(style.get("visibility"))
        fill = style.get("-webkit-text-fill-color")
        if _idents(fill)[:1] == ["currentcolor"]:
            fill = None
        return _Inherited(
            font_px=_font_px(style.get("font-size"), self.font_px),
            visible={"hidden": False, "collapse": False, "visible": True, "initial": True}.get(
                visibility[0] if visibility else "", self.visible
            ),
            transparent=_transparent(style.get("color"), self.transparent),
            fill_transparent=self.fill_transparent if fill is None else _transparent(fill, bool(self.fill_transparent)),
        )


def _hides_element(element: Tag, style: dict[str, list]) -> bool:
    if element.name in NEVER_RENDERED or element.has_attr("hidden"):
        return True
    if str(element.get("aria-hidden", "")).strip().lower() == "true":
        return True
    if element.name == "dialog" and not element.has_attr("open"):
        return True
    if "none" in _idents(style.get("display")) or "hidden" in _idents(style.get("content-visibility")):
        return True
    if _fraction(style.get("opacity"), 1.0) < MIN_OPACITY:
        return True
    for function in _functions(style.get("filter")):
        if function.lower_name == "opacity" and _fraction(_numbers(function), 1.0) < MIN_OPACITY:
            return True
    return _transformed_away(style) or _clipped_away(style) or _squeezed_away(style) or _off_screen(style)


def _transformed_away(style: dict[str, list]) -> bool:
    for function in _functions(style.get("transform")):
        name, values = function.lower_name, _numbers(function)
        if name.startswith("scale") and any(token.type == "number" and token.value == 0 for token in values):
            return True
        if name == "matrix" and len(values) == 6 and all(token.type == "number" for token in values):
            a, b, c, d = (token.value for token in values[:4])
            if a * d - b * c == 0:  # flattened to a line or a point
                return True
        if name.startswith("translate") and values and (_px(values[0]) or 0) <= OFF_SCREEN_PX:
            return True
    return False


def _clipped_away(style: dict[str, list]) -> bool:
    for function in _functions(style.get("clip")):
        edges = [_px(token) for token in _numbers(function)]
        lengths = [edge for edge in edges if edge is not None]
        if function.lower_name == "rect" and len(lengths) == len(edges) == 4:
            top, right, bottom, left = lengths
            if bottom <= top or right <= left:
                return True
    for function in _functions(style.get("clip-path")):
        values = _numbers(function)
        if function.lower_name == "inset" and any(t.type == "percentage" and t.value >= 50 for t in values):
            return True
        radii = values[: {"circle": 1, "ellipse": 2}.get(function.lower_name, 0)]
        if radii and all(_px(t) == 0 or (t.type == "percentage" and t.value == 0) for t in radii):
            return True
    return False


def _squeezed_away(style: dict[str, list]) -> bool:
    clipped = any(
        {"hidden", "clip"} & set(_idents(style.get(name))) for name in ("overflow", "overflow-x", "overflow-y")
    )
    if not clipped:
        return False
    sizes = [_px(_first(style.get(name))) for name in ("width", "height", "max-width", "max-height")]
    return any(size is not None and size <= 1 for size in sizes)


def _off_screen(style: dict[str, list]) -> bool:
    positioned = bool(set(_idents(style.get("position"))) & {"absolute", "fixed", "relative", "sticky"})
    offsets = (
        ("left", "top", "text-indent", "margin-left", "margin-top")
        if positioned
        else ("text-indent", "margin-left", "margin-top")
    )
    for name in offsets:
        token = _first(style.get(name))
        if token is None:
            continue
        if token.type == "percentage" and name in ("left", "top") and token.value <= -100:
            return True
        px = _px(token)
        if px is not None and px <= OFF_SCREEN_PX:
            return True
    return False


# --- values -----------------------------------------------------------------------------------


def _first(tokens: list | None):
    return tokens[0] if tokens else None


def _idents(tokens: list | None) -> list[str]:
    return [token.lower_value for token in tokens or () if token.type == "ident"]


def _functions(tokens: list | None) -> list:
    return [token for token in tokens or () if token.type == "function"]


def _numbers(function) -> list:
    return [token for token in function.arguments if token.type in ("number", "dimension", "percentage")]


def _px(token, font_px: float = ROOT_FONT_PX) -> float | None:
    """A length in CSS pixels; None when it is not an absolute or font-relative length."""
    if token is None:
        return None
    if token.type == "number" and token.value == 0:
        return 0.0
    if token.type != "dimension":
        return None
    unit = token.lower_unit
    if unit in ABSOLUTE_UNITS:
        return token.value * ABSOLUTE_UNITS[unit]
    relative = {"em": font_px, "rem": ROOT_FONT_PX, "ex": font_px / 2, "ch": font_px / 2}
    relative.update(dict.fromkeys(("vw", "vh", "vmin", "vmax"), VIEWPORT_PX / 100))
    return token.value * relative[unit] if unit in relative else None


def _fraction(tokens: list | None, default: float) -> float:
    token = _first(tokens)
    if token is not None and token.type == "number":
        return token.value
    if token is not None and token.type == "percentage":
        return token.value / 100
    return default


def _font_px(tokens: list | None, parent_px: float) -> float:
    token = _first(tokens)
    if token is None:
        return parent_px
    if token.type == "percentage":
        return parent_px * token.value / 100
    if token.type == "ident":
        keyword = token.lower_value
        if keyword == "smaller":
            return parent_px / 1.2
        if keyword == "larger":
            return parent_px * 1.2
        return FONT_SIZE_KEYWORDS.get(keyword, parent_px)
    px = _px(token, parent_px)
    return parent_px if px is None else px


def _transparent(tokens: list | None, parent: bool) -> bool:
    token = _first(tokens)
    if token is None:
        return parent
    if token.type == "ident":
        if token.lower_value in ("inherit", "currentcolor", "unset"):
            return parent
        return token.lower_value == "transparent"
    if token.type == "hash" and len(token.value) in (4, 8):
        return token.value[-(len(token.value) // 4) :].strip("0") == ""  # #rgba, #rrggbbaa with no alpha
    if token.type == "function" and token.lower_name in (
        "rgb",
        "rgba",
        "hsl",
        "hsla",
        "hwb",
        "lab",
        "lch",
        "oklab",
        "oklch",
        "color",
    ):
        values = _numbers(token)
        has_alpha = len(values) == 4 or any(t.type == "literal" and t.value == "/" for t in token.arguments)
        return has_alpha and _fraction(values[-1:], 1.0) == 0
    return False


# --- the cascade ------------------------------------------------------------------------------


def _declarations(source) -> Declarations:
    """The hiding declarations in a style attribute or a rule's block, shorthands spelled out."""
    found: Declarations = []
    for item in tinycss2.parse_blocks_contents(source, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            continue
        value = [token for token in item.value if token.type not in ("whitespace", "comment")]
        if item.lower_name == "font":  # font: [style] [weight] size[/line-height] family
            size = next(
                (t for t in value if t.type in ("dimension", "percentage") or (t.type == "number" and t.value == 0)),
                None,
            )
            if size is not None:
                found.append(("font-size", [size], item.important))
        elif item.lower_name == "margin" and value:
            top, left = value[0], value[{1: 0, 2: 1, 3: 1}.get(len(value), 3)]
            found += [("margin-top", [top], item.important), ("margin-left", [left], item.important)]
        elif item.lower_name in HIDING_PROPERTIES:
            found.append((item.lower_name, value, item.important))
    return found


def _cascade(element: Tag, from_sheet: list) -> dict[str, list]:
    """Each hiding property's winning value: !important first, then the style attribute over the
    sheets, then the more specific selector, then the later declaration."""
    candidates = list(from_sheet)
    if element.has_attr("style"):
        for position, (name, value, important) in enumerate(_declarations(str(element["style"]))):
            candidates.append(((important, 1, (0, 0, 0), 0, position), name, value))
    winners: dict[str, tuple] = {}
    for rank, name, value in candidates:
        if name not in winners or rank >= winners[name][0]:
            winners[name] = (rank, value)
    return {name: value for name, (_, value) in winners.items()}


def _style_sheet_declarations(sheets: list[Tag], elements: list[Tag], limits: LoadLimits) -> dict[int, list]:
    """For each element a <style> rule matches: (rank, property, value) of the rule's hiding
    declarations. Each selector is tried only on elements that carry its rightmost id, class or
    tag (as browsers do), and the work is counted in elements visited: walking up the ancestors
    for a descendant selector, along the siblings for :nth-child, through the subtree for :has;
    reading a selector counts as SELECTOR_VISITS (it takes about as long)."""
    rules = []
    for style in sheets:
        rules += _rules(tinycss2.parse_stylesheet(style.get_text(), skip_comments=True, skip_whitespace=True))
    if not rules:
        return {}
    page = _PageShape(elements)
    budget = limits.html_style_visits
    matched: dict[int, list] = {}

    def spend(visits: int) -> None:
        nonlocal budget
        budget -= visits
        if budget < 0:
            raise LoadError(
                f"over the limit of {limits.html_style_visits:,} element visits "
                "to work out which text its style rules hide"
            )

    for order, (selector_tokens, declarations) in enumerate(rules):
        for tokens in _selector_list(selector_tokens):
            rightmost, combined = _rightmost_compound(tokens)
            candidates = page.candidates(rightmost)
            if not candidates:
                continue
            selector = tinycss2.serialize(tokens).strip()
            spend(SELECTOR_VISITS)
            try:
                compiled = soupsieve.compile(selector)
            except Exception:  # a selector soupsieve cannot read (::before, …) hides no element text
                continue
            walks_siblings = bool(re.search(r":(nth-|first-|last-|only-)", selector)) or any(
                t.type == "literal" and t.value in "+~" for t in tokens
            )
            has = ":has(" in selector.lower()
            specificity = _specificity(selector)
            for element in candidates:
                spend(page.cost(element, combined, walks_siblings, has))
                if compiled.match(element):
                    matched.setdefault(id(element), []).extend(
                        ((important, 0, specificity, order, position), name, value)
                        for position, (name, value, important) in enumerate(declarations)
                    )
    return matched


def _rules(items) -> list[tuple[list, Declarations]]:
    """(selector tokens, hiding declarations) of every rule that applies on a screen."""
    rules = []
    for item in items:
        if item.type == "qualified-rule":
            declarations = _declarations(item.content)
            if declarations:
                rules.append((item.prelude, declarations))
        elif (
            item.type == "at-rule"
            and item.content is not None
            and item.lower_at_keyword in ("media", "supports", "layer", "container")
        ):
            if item.lower_at_keyword != "media" or _for_screens(item.prelude):
                rules += _rules(tinycss2.parse_rule_list(item.content, skip_comments=True, skip_whitespace=True))
    return rules


def _for_screens(media_query: list) -> bool:
    """Whether rules under a media query may apply to a screen: only print and speech are set
    aside (a query on width applies to some screen, and text hidden on any of them is counted
    hidden)."""
    words = set(_idents(media_query))
    return not (words & {"print", "speech"}) or bool(words & {"screen", "all", "not"})


def _selector_list(tokens: list) -> list[list]:
    selectors: list[list] = []
    current: list = []
    for token in tokens:
        if token.type == "literal" and token.value == ",":
            selectors.append(current)
            current = []
        else:
            current.append(token)
    return [selector for selector in selectors + [current] if tinycss2.serialize(selector).strip()]


def _rightmost_compound(tokens: list) -> tuple[tuple[str, str] | None, bool]:
    """The key of the selector's subject (its rightmost id, else class, else tag; None for any
    element), and whether it has combinators, which walk up the ancestors."""
    while tokens and tokens[-1].type == "whitespace":
        tokens = tokens[:-1]
    compound: list = []
    combined = False
    for token in tokens:
        if token.type == "whitespace" or (token.type == "literal" and token.value in (">", "+", "~")):
            compound, combined = [], combined or bool(compound) or token.type == "literal"
        else:
            compound.append(token)
    for token in compound:
        if token.type == "hash":
            return ("id", token.value.lower()), combined
    for before, token in pairwise(compound):
        if before.type == "literal" and before.value == "." and token.type == "ident":
            return ("class", token.value.lower()), combined
    if compound and compound[0].type == "ident":
        return ("tag", compound[0].lower_value), combined
    return None, combined


def _specificity(selector: str) -> tuple[int, int, int]:
    bare = re.sub(r"\"(?:\\.|[^\"])*\"|'(?:\\.|[^'])*'", "", selector)
    ids = len(re.findall(r"#", bare))
    classes = len(re.findall(r"\.|\[|(?<!:):(?!:)", bare))
    types = len(re.findall(r"(?:^|[\s>+~(,])[a-zA-Z]", bare)) + bare.count("::")
    return ids, classes, types


class _PageShape:
    """Where each element sits, to find a selector's candidates and count what matching costs."""

    def __init__(self, elements: list[Tag]):
        self.all = elements
        self.depth: dict[int, int] = {}
        self.position: dict[int, int] = {}
        self.subtree: dict[int, int] = {}
        self.keyed: dict[tuple[str, str], list[Tag]] = {}
        children: dict[int, int] = {}
        for element in elements:
            parent = id(element.parent)
            self.depth[id(element)] = self.depth.get(parent, 0) + 1
            self.position[id(element)] = children.get(parent, 0)
            children[parent] = children.get(parent, 0) + 1
            keys = [("tag", element.name.lower())]
            if element.get("id"):
                keys.append(("id", str(element["id"]).lower()))
            classes: str | list[str] = element.get("class") or []
            keys += [
                ("class", name)
                for name in {name.lower() for name in (classes.split() if isinstance(classes, str) else classes)}
            ]
            for key in keys:
                self.keyed.setdefault(key, []).append(element)
        for element in reversed(elements):
            size = self.subtree.get(id(element), 0) + 1
            self.subtree[id(element)] = size
            if isinstance(element.parent, Tag):
                self.subtree[id(element.parent)] = self.subtree.get(id(element.parent), 0) + size

    def candidates(self, key: tuple[str, str] | None) -> list[Tag]:
        return self.all if key is None else self.keyed.get(key, [])

    def cost(self, element: Tag, combined: bool, walks_siblings: bool, has: bool) -> int:
        return (
            1
            + (self.depth[id(element)] if combined else 0)
            + (self.position[id(element)] if walks_siblings else 0)
            + (self.subtree[id(element)] if has else 0)
        )
