"""Pelican plugin for the benchmark: Atom entries carry the summary only, as ai-timeline's do.

Pelican's Atom writer always adds each article's full HTML; at 10,000 articles and ~40 tag
feeds that would be hundreds of MB ours never writes, which would not be a like-for-like build.
"""

from pelican.writers import Writer

_add_item = Writer._add_item_to_the_feed


def _summary_only(self, feed, item):
    # Keep Pelican's own code path; drop only the content it would add to the entry.
    original = feed.add_item

    def add_item(**fields):
        fields["content"] = None
        return original(**fields)

    feed.add_item = add_item
    try:
        return _add_item(self, feed, item)
    finally:
        del feed.add_item


def register():
    Writer._add_item_to_the_feed = _summary_only
