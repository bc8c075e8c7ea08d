"""The SVG charts: accessible titles, escaped text, one mark per value."""

import re
from datetime import date, timedelta
from xml.etree import ElementTree

from deepdive.services.progress import DayMinutes, RatingChange, WeekMinutes
from deepdive.web import charts

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ElementTree.Element:
    return ElementTree.fromstring(svg)  # well-formed, or this raises


def test_week_chart_has_a_title_and_a_bar_per_value():
    svg = charts.week_minutes([WeekMinutes(1, "study", 420, 355), WeekMinutes(2, "", 420, 95)])
    root = parse(svg)
    assert root.find(f"{SVG}title").text == "Minutes per week, planned against actual"
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Week 1 actual: 355 min" in titles and "Week 2 planned: 420 min" in titles
    assert root.get("role") == "img"


def test_calendar_marks_kept_and_missed_slots():
    start = date(2021, 4, 8)
    days = [DayMinutes(start, 60, True, False), DayMinutes(start + timedelta(1), 0, False, False),
            DayMinutes(start + timedelta(2), 20, None, True)]
    svg = charts.calendar(days, 60)
    root = parse(svg)
    assert len(root.findall(f".//{SVG}circle[@class='kept']")) == 1
    assert len(root.findall(f".//{SVG}circle[@class='missed']")) == 1
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Thu 08 Apr: 60 min, slot kept" in titles
    assert "Fri 09 Apr: 0 min, slot missed" in titles


def test_ratings_chart_escapes_titles_and_shows_first_and_latest():
    svg = charts.ratings([RatingChange(1, "<b>Annotated</b> & co", 4, 1, 2)])
    assert "<b>" not in svg
    root = parse(svg)
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "<b>Annotated</b> & co: first 4, latest 1" in titles
    assert root.find(f".//{SVG}g").get("class") == "down"


def test_empty_charts_are_still_valid_svg():
    for svg in (charts.week_minutes([]), charts.calendar([], 60), charts.ratings([])):
        parse(svg)
        assert re.search(r"<title[^>]*>[^<]+</title>", svg)


def test_review_chart_counts_reviews_and_retention_per_day():
    from deepdive.services.review_step import ReviewDay

    start = date(2021, 4, 8)
    svg = charts.reviews([ReviewDay(start, 10, 2), ReviewDay(start + timedelta(1), 0, 0),
                          ReviewDay(start + timedelta(2), 4, 0)])
    root = parse(svg)
    assert root.find(f"{SVG}title").text == "Cards reviewed per day, and retention"
    titles = [t.text for t in root.iter(f"{SVG}title")]
    assert "Thu 08 Apr: 10 reviewed, 2 again" in titles
    assert "Thu 08 Apr: retention 80%" in titles and "Sat 10 Apr: retention 100%" in titles
    assert not any(t.startswith("Fri 09 Apr: retention") for t in titles)  # no reviews, no dot
    assert "14 reviews over 3 days; 86% not again" in root.find(f"{SVG}desc").text
    parse(charts.reviews([]))
