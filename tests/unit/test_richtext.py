"""Imported HTML fields shown as safe terminal text."""

from deepdive.domain.richtext import media_names, to_text


def test_tags_become_text_and_lines():
    assert to_text("<b>Sortir de</b> means<br>to come out&nbsp;of <div>a break</div>") == (
        "Sortir de means\nto come out of\na break")


def test_images_sounds_and_control_characters():
    field = '<img src="paste-1.jpg"> [sound:foo.wav] \x1b[31mred\x1b[0m <script>x()</script>'
    assert to_text(field) == "[image: paste-1.jpg] [sound: foo.wav] [31mred[0m"


def test_rich_markup_is_left_alone_for_the_printer_to_escape():
    assert to_text("[bold]not markup[/bold]") == "[bold]not markup[/bold]"


def test_media_names_in_a_field():
    assert media_names('<img src="a.png"><img src=\'b.jpg\'>[sound:c.mp3]<img src="a.png">') == [
        "a.png", "b.jpg", "c.mp3"]
