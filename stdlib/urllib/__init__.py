"""urllib: URL handling (atoll provides urllib.parse)."""
