"""ai-timeline: turn Korean AI news articles into a dated, tagged static timeline site."""

__version__ = "0.1.0"
