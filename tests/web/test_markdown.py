"""Notes as Markdown: external images become links; headings sit under the page's own."""

from deepdive.web.markdown import render_markdown


def test_an_image_becomes_a_link_and_no_img_is_left():
    html = render_markdown("![diagram](http://example.com/p.png) <img src=http://x/y.png>")
    assert "<img" not in html
    link = '<a href="http://example.com/p.png" rel="noopener noreferrer">diagram (image)</a>'
    assert link in html


def test_headings_shift_down():
    assert "<h3>Notes</h3>" in render_markdown("# Notes\n## More", 2)
    assert "<h4>More</h4>" in render_markdown("# Notes\n## More", 2)
    assert "<h6>x</h6>" in render_markdown("###### x", 2)
