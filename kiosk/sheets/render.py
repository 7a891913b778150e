"""Draws the pathway sheet as a PDF: A4 for a laser printer, or an 80 mm thermal roll."""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from xml.sax.saxutils import escape

from babel.dates import format_date, format_datetime, format_time
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.locales import money
from kiosk.sheets.content import SheetContent, StepLines
from kiosk.sheets.fonts import register_fonts
from kiosk.sheets.qr import BORDER, qr_rows
from kiosk.sheets.rtl import RtlParagraph, draw_line
from kiosk.sheets.strings import locale, right_to_left, strings

LAYOUTS = ("a4", "80mm")
ROLL_WIDTH = 80 * mm
ROLL_PRINTABLE = 72 * mm  # 576 dots at 203 dpi: what an 80 mm thermal head reaches


@dataclass(frozen=True)
class _Geometry:
    page_width: float
    page_height: float | None  # None: as long as the content (a roll)
    margin_x: float
    margin_y: float
    body: float  # font size in points
    qr: float


def geometry(layout: str, large_print: bool) -> _Geometry:
    if layout == "a4":
        return _Geometry(A4[0], A4[1], 18 * mm, 16 * mm, 15.0 if large_print else 10.5, 42 * mm)
    if layout == "80mm":
        # ~48 characters a line at 8.5 pt on the 72 mm a thermal head can reach.
        return _Geometry(ROLL_WIDTH, None, (ROLL_WIDTH - ROLL_PRINTABLE) / 2, 5 * mm,
                         12.0 if large_print else 8.5, 46 * mm)
    raise ValueError(f"unknown sheet layout {layout!r}; choose one of {', '.join(LAYOUTS)}")


class _Styles:
    def __init__(self, size: float, rtl: bool = False, tight: bool = False) -> None:
        regular, bold = register_fonts()
        # Leading 1.22 (was 1.28) and the tighter step and fact spacing below: the sample's six steps
        # fit two A4 pages in every language, with the text no smaller. ``tight`` closes the lines
        # and gaps up further, never the letters: for a sheet that would otherwise need one more page.
        lead, gap = (1.12, 0.5) if tight else (1.22, 1.0)
        base = ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * lead)
        if rtl:  # every style below inherits it; _p sets these right to left (kiosk/sheets/rtl.py)
            base = ParagraphStyle("body", base, alignment=TA_RIGHT, wordWrap="RTL")
        self.rtl = rtl
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=size * 0.88, leading=size * 1.12)
        self.bold = ParagraphStyle("bold", base, fontName=bold)
        self.title = ParagraphStyle("title", base, fontName=bold, fontSize=size * 1.8, leading=size * 2.1,
                                    spaceAfter=size * 0.3)
        self.step = ParagraphStyle("step", base, fontName=bold, fontSize=size * 1.25, leading=size * 1.5 * lead / 1.22,
                                   spaceBefore=size * 0.8 * gap, spaceAfter=size * 0.25 * gap)
        self.section = ParagraphStyle("section", base, fontName=bold, fontSize=size * 1.15, leading=size * 1.4,
                                      spaceBefore=size * 1.2 * gap, spaceAfter=size * 0.3 * gap)
        self.code = ParagraphStyle("code", base, fontName=bold, fontSize=size * 1.6, leading=size * 1.9)
        self.centre = ParagraphStyle("centre", base, alignment=TA_CENTER)
        self.labelled = ParagraphStyle("labelled", base, bulletFontName=bold, bulletFontSize=size, bulletIndent=0)
        label_width = 32 * mm if size < 12 else 44 * mm  # the A4 sheet's label column
        self.fact = ParagraphStyle("fact", self.labelled, leftIndent=label_width, spaceBefore=1.5 * gap)
        self.fact_more = ParagraphStyle("fact_more", base, leftIndent=label_width)
        # An offer that nearly fits: a bullet, its title, and under it what stops it.
        self.near = ParagraphStyle("near", base, bulletFontName=regular, bulletFontSize=size, bulletIndent=0,
                                   leftIndent=size * 1.2, spaceBefore=size * 0.3)
        self.near_more = ParagraphStyle("near_more", base, leftIndent=size * 1.2)
        self.regular, self.bold_font = regular, bold


def build_sheet(content: SheetContent, layout: str = "a4", large_print: bool = False) -> bytes:
    """The sheet as PDF bytes. Every font is embedded; no text is ever set in Helvetica.

    Steps are never split over a page, so a long step could leave most of a page blank and
    start a third one (Arabic and Greek six-step sheets on most dates of the demo catalogue). A
    regular A4 sheet that runs past two pages is set again with closer lines, the letters no
    smaller, and kept when that brings it to two. Large print keeps its spacing: it runs to
    four pages anyway, and its readers need the space most.
    """
    geo = geometry(layout, large_print)
    pdf, pages = _build(content, layout, geo, _Styles(geo.body, right_to_left(content.lang)))
    if layout == "a4" and not large_print and pages > 2:
        tight, fewer = _build(content, layout, geo, _Styles(geo.body, right_to_left(content.lang), tight=True))
        if fewer <= 2:
            return tight
    return pdf


def _build(content: SheetContent, layout: str, geo: _Geometry, styles: _Styles) -> tuple[bytes, int]:
    words = strings(content.lang)
    story = _story(content, layout, geo, styles, words)
    width = geo.page_width - 2 * geo.margin_x
    if geo.page_height is None:
        # A roll is cut where the text ends: measure the story, then make one page that tall.
        needed = sum(f.wrap(width, 10_000 * mm)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
        page = (geo.page_width, needed + 2 * geo.margin_y + 8 * mm)
    else:
        page = (geo.page_width, geo.page_height)
    out = io.BytesIO()
    frame = Frame(geo.margin_x, geo.margin_y, width, page[1] - 2 * geo.margin_y,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    # An A4 sheet can run to a second page: each page names the code. A roll is one page.
    footer = _footer(content, words, styles, geo) if layout == "a4" else _no_footer
    doc = BaseDocTemplate(
        out, pagesize=page, leftMargin=geo.margin_x, rightMargin=geo.margin_x,
        topMargin=geo.margin_y, bottomMargin=geo.margin_y,
        title=words["title"], author="CONNECT Kiosk", subject="", creator="CONNECT Kiosk",
        initialFontName=styles.regular, initialFontSize=geo.body, invariant=True,
        pageTemplates=[PageTemplate(id="sheet", frames=[frame], onPage=footer)],
    )
    doc.build(story)
    return out.getvalue(), doc.page


def _no_footer(canvas, doc) -> None:
    pass


def _footer(content: SheetContent, words, styles: _Styles, geo: _Geometry):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(styles.regular, geo.body * 0.8)
        canvas.setFillColor(colors.HexColor("#444444"))
        line = f"{words['code']}: {content.claim_code}   ·   {content.project_url}"
        if styles.rtl:  # mirrored: the code from the right, the page number on the left
            draw_line(canvas, geo.page_width - geo.margin_x, geo.margin_y * 0.5, line, styles.regular, geo.body * 0.8)
            canvas.setFont(styles.regular, geo.body * 0.8)
            canvas.drawString(geo.margin_x, geo.margin_y * 0.5, str(doc.page))
        else:
            canvas.drawString(geo.margin_x, geo.margin_y * 0.5, line)
            canvas.drawRightString(geo.page_width - geo.margin_x, geo.margin_y * 0.5, str(doc.page))
        canvas.restoreState()
    return draw


class _Paragraph(Paragraph):
    """A paragraph that breaks its lines once per width: the roll is measured before it is
    built, and tables wrap their cells more than once; line breaking is most of the work."""

    def wrap(self, available_width, available_height):
        if getattr(self, "_wrapped_for", None) != available_width:
            self._wrapped = super().wrap(available_width, available_height)
            self._wrapped_for = available_width
        return self._wrapped

    def split(self, available_width, available_height):
        self._wrapped_for = None  # splitting changes the lines; wrap afresh afterwards
        return super().split(available_width, available_height)


class _Table(Table):
    """A table that sizes its cells once per width: KeepTogether measures it, then the frame
    measures it again, and each time reportlab wraps every cell anew."""

    def wrap(self, available_width, available_height):
        if getattr(self, "_wrapped_for", None) != available_width:
            self._wrapped = super().wrap(available_width, available_height)
            self._wrapped_for = available_width
        return self._wrapped

    def split(self, available_width, available_height):
        self._wrapped_for = None
        return super().split(available_width, available_height)


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    """Catalogue text is plain text: escape it so reportlab never reads it as markup."""
    if style.wordWrap == "RTL":
        return RtlParagraph(value, style)
    return _Paragraph(escape(value).replace("\n", "<br/>"), style)


def _story(content: SheetContent, layout: str, geo: _Geometry, styles: _Styles, words) -> list[Flowable]:
    loc = locale(content.lang)
    story: list[Flowable] = [
        _p(words["title"], styles.title),
        _p(words["printed"].format(date=format_date(content.printed_at.date(), "long", locale=loc)), styles.small),
        Spacer(1, geo.body * 0.6),
        _Paragraph(f"<b>{escape(words['goal'])}:</b> {escape(words.get('aim_' + content.aim, words['aim_other']))}",
                  styles.body) if not styles.rtl else
        _labelled(f"{words['goal']}:", words.get("aim_" + content.aim, words["aim_other"]), styles.labelled,
                  styles.body)[0],
    ]
    if content.own_words:
        story.append(_p(words["quote"].format(text=content.own_words), styles.body))
    if content.unchecked:  # needs nobody could check (childcare…): ask before going
        story.append(Spacer(1, geo.body * 0.6))
        story.append(_p(content.unchecked, styles.bold))
    if not content.complete:
        story.append(Spacer(1, geo.body * 0.6))
        story.append(_p(words["incomplete"], styles.bold))
        if content.closest:
            # Each with what stops it: with no step at all they are what the sheet is for.
            story.append(_p(words["closest"] + ":", styles.body))
            for near in content.closest:
                story.extend(_near(near, styles))
    privacy = [_p(words["privacy_title"], styles.section), _p(words["privacy"], styles.small)]
    # On regular A4 the note sits under the code it speaks of ("anyone who has the code…"): at the
    # end it was the one thing a long language pushed onto a third page of its own. Large print runs
    # to four pages anyway, and there the note on page one would push step 1 off it.
    note_first = layout == "a4" and geo.body < 12
    if layout == "a4":  # the code on the first page, where it cannot get lost with page two
        story.extend(_project(content, layout, geo, styles, words))
    contact = content.help_contact or words["help_default"]
    help_lines = [_p(words["help"], styles.section), _p(contact, styles.body)]
    if note_first:
        story.append(KeepTogether(privacy))  # in one piece: split over a page it reads as two notes
        # Who to ask goes on the first page too, in one line: at the end, after six steps, it was
        # often the only thing on a third page.
        story.append(Spacer(1, geo.body * 0.4))
        if styles.rtl:  # a Latin contact after an Arabic label on one line would read out of order
            story.append(KeepTogether([_p(words["help"], styles.bold), _p(contact, styles.body)]))
        else:
            story.append(_Paragraph(
                f"<b>{escape(words['help'])}</b> {escape(contact).replace(chr(10), '<br/>')}", styles.body))
    for step in content.steps:
        story.extend(_step(step, content, layout, geo, styles, words, loc))
    if layout == "80mm":  # on a roll it closes the sheet, above the tear-off
        story.extend(_project(content, layout, geo, styles, words))
    if not note_first:
        story.extend(help_lines)
        story.extend([KeepTogether(privacy)] if layout == "a4" else privacy)
    return story


def _when(visits, loc: str) -> str:
    first = visits[0]
    span = f"{format_time(first.starts_at, 'HH:mm', locale=loc)}–{format_time(first.ends_at, 'HH:mm', locale=loc)}"
    line = f"{format_date(first.starts_at.date(), 'full', locale=loc)}, {span}"
    if len(visits) == 1:
        return line
    same_slot = len({(v.starts_at.weekday(), v.starts_at.time(), v.ends_at.time()) for v in visits}) == 1
    if same_slot:
        rest = ", ".join(format_datetime(v.starts_at, "d MMM", locale=loc) for v in visits[1:])
        return f"{line}\n+ {rest}"
    return "\n".join(
        f"{format_datetime(v.starts_at, 'EEE d MMM, HH:mm', locale=loc)}–{format_time(v.ends_at, 'HH:mm', locale=loc)}"
        for v in visits
    )


def _facts(step: StepLines, content: SheetContent, words, loc: str) -> list[tuple[str, str]]:
    # The count ends the last date line rather than taking a line of its own: lines are what fill a page.
    count = f" ({words['dates'].format(count=len(step.visits))})" if len(step.visits) > 1 else ""
    facts = [(words["when"], _when(step.visits, loc) + count)]
    if step.venue is None:
        facts.append((words["where"], words["online"]))
    else:
        facts.append((words["where"], "\n".join(x for x in (step.venue.name, step.venue.address) if x)))
        if step.venue.directions:
            facts.append((words["getting_there"], step.venue.directions))
        access = [words["step_free"] if step.venue.step_free else words["not_step_free"]]
        access += [words[k] for k in ("hearing_loop", "accessible_toilet") if getattr(step.venue, k)]
        facts.append((words["access"], " · ".join(access)))
    cost = words["free"] if step.cost_cents == 0 else money(step.cost_cents, content.lang)  # € as on the screen
    facts.append((words["cost"], cost))
    if step.what_to_bring:
        facts.append((words["bring"], step.what_to_bring))
    facts.append((words["provider"], step.provider + (f", {step.provider_phone}" if step.provider_phone else "")))
    facts.append((words["signup"], words[f"status_{step.status}"]))
    return facts


def _step(step: StepLines, content, layout, geo, styles: _Styles, words, loc) -> list[Flowable]:
    level = words.get(f"level_{step.level}", step.level)
    heading = _p(f"{words['step'].format(n=step.number)}: {step.title} ({level})", styles.step)
    facts = _facts(step, content, words, loc)
    if layout == "80mm":
        lines = [line for label, value in facts
                 for line in _labelled(f"{label}:", value, styles.labelled, styles.body)]
        rule = HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=geo.body * 0.6)
        return [rule, heading, *lines]  # one long page: nothing to keep together
    # Labels in a column of their own (each label is its paragraph's bullet, the value hangs
    # beside it): it looks like a two-column table, and builds in a fraction of a table's time.
    lines = [line for label, value in facts for line in _labelled(label, value, styles.fact, styles.fact_more)]
    rule = HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#999999"), spaceBefore=2)
    return [KeepTogether([heading, *lines, rule])]


def _labelled(label: str, value: str, first: ParagraphStyle, more: ParagraphStyle) -> list[Paragraph]:
    """A value with a bold label. The label is the paragraph's bullet and each line of the value
    its own paragraph: one style per paragraph keeps reportlab on its fast path (a <b> run inside
    the text took a quarter of a roll's build time, and a table per step a fifth of an A4's)."""
    head, *rest = value.split("\n")
    if first.wordWrap == "RTL":
        return [RtlParagraph(head, first, bulletText=label, ends_row=not rest), *(_p(line, more) for line in rest)]
    return [_Paragraph(escape(head), first, bulletText=label), *(_p(line, more) for line in rest)]


def _near(near: str, styles: _Styles) -> list[Flowable]:
    """"Title — provider" after a bullet, and on the lines under it why it does not fit: on an
    Arabic sheet the Latin title and the Arabic reason each keep their own direction."""
    head, *rest = near.split("\n")
    first = (RtlParagraph(head, styles.near, bulletText="•") if styles.rtl
             else _Paragraph(escape(head), styles.near, bulletText="•"))
    return [first, *(_p(line, styles.near_more) for line in rest)]


def _unbroken(value: str, style: ParagraphStyle, width: float) -> Paragraph:
    """One line, made smaller if need be: a web address broken in two is hard to type."""
    natural = stringWidth(value, style.fontName, style.fontSize)
    if natural <= width:
        return _p(value, style)
    size = max(5.5, style.fontSize * width / natural * 0.98)
    return _p(value, ParagraphStyle("unbroken", style, fontSize=size, leading=size * 1.25))


def _table_style(styles: _Styles, commands: list) -> TableStyle:
    # A table's cell font defaults to Helvetica, which it sets (and so references) even for
    # cells that hold paragraphs.
    return TableStyle([("FONT", (0, 0), (-1, -1), styles.regular, styles.body.fontSize), *commands])


class QrCode(Flowable):
    """A QR code drawn straight onto the page as one filled path (reportlab's barcode widget
    builds a shape object per dark run and encodes twice, which made it most of a sheet's build)."""

    BORDER = BORDER

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.modules = qr_rows(value)
        self.size = size
        self.hAlign = "CENTER"

    def wrap(self, available_width, available_height):
        return self.size, self.size

    def draw(self) -> None:
        count = len(self.modules)
        box = self.size / (count + 2 * self.BORDER)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.size - (r + self.BORDER + 1) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect((c + self.BORDER) * box, y, length * box, box)
                c += length
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def _qr(value: str, size: float) -> QrCode:
    return QrCode(value, size)


def _project(content: SheetContent, layout, geo: _Geometry, styles: _Styles, words) -> list[Flowable]:
    qr = _qr(content.project_url, geo.qr)
    width = geo.page_width - 2 * geo.margin_x - (0 if layout == "80mm" else geo.qr + 10 * mm)
    texts = [
        _p(words["project"], styles.bold),
        _p(words["scan"], styles.body),
        _unbroken(content.project_url, styles.bold, width),
        Spacer(1, geo.body * 0.5),
        _p(f"{words['code']}:", styles.body),
        _p(content.claim_code, styles.code),
    ]
    if layout == "80mm":
        table = _Table([[qr]], colWidths=[geo.page_width - 2 * geo.margin_x],
                      style=_table_style(styles, [("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                        ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, geo.body), *texts[:3], table, *texts[4:]]
    cells, widths = [qr, texts], [geo.qr + 6 * mm, geo.page_width - 2 * geo.margin_x - geo.qr - 6 * mm]
    if styles.rtl:  # the code on the right, where an Arabic reader starts
        cells, widths = cells[::-1], widths[::-1]
    table = _Table(
        [cells],
        colWidths=widths,
        style=_table_style(styles, [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                          ("LEFTPADDING", (0, 0), (-1, -1), 0),
                          ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                          ("LEFTPADDING", (1, 0), (1, 0), 4),
                          ("TOPPADDING", (0, 0), (-1, -1), 4),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]),
    )
    return [Spacer(1, geo.body), KeepTogether([table])]
