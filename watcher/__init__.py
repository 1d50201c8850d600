"""watcher: follow the "What to watch" items of news briefings through the news to resolution."""

__version__ = "0.1.0"
