"""The one way the resolvers fetch: bounded in time and size, never raising httpx errors."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from deepdive.config import SourceEndpoints

USER_AGENT = "deepdive/0.1"


class FetchProblem(Exception):
    """A fetch failed; the message is one short line meant for the user."""


@dataclass(frozen=True)
class Fetched:
    url: str  # final URL, after redirects
    status: int
    content_type: str  # the full header value, e.g. "text/html; charset=utf-8"
    body: bytes


def describe_size(limit: int) -> str:
    mb = 1024 * 1024
    if limit >= mb:
        return f"{limit / mb:.4g} MB"
    if limit >= 1024:
        return f"{limit / 1024:.4g} KB"
    return f"{limit} bytes"


def fetch(url: str, endpoints: SourceEndpoints, *, accept: str = "*/*") -> Fetched:
    """GET url, following redirects; raise FetchProblem for anything that went wrong."""
    import httpx  # heavy: imported only when something is actually fetched

    limit = endpoints.max_bytes
    seconds = endpoints.timeout_seconds
    too_big = f"page is larger than the {describe_size(limit)} limit: {url}"
    # httpx timeouts bound each connect/read; the deadline also bounds a server that trickles.
    deadline = time.monotonic() + 2 * seconds
    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    try:
        with (
            httpx.Client(
                timeout=httpx.Timeout(seconds), follow_redirects=True, headers=headers
            ) as client,
            client.stream("GET", url) as response,
        ):
            final_url = str(response.url)
            if response.status_code >= 400:
                reason = response.reason_phrase or ""
                raise FetchProblem(
                    f"HTTP {response.status_code} {reason}".rstrip() + f" fetching {final_url}"
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise FetchProblem(too_big)
            chunks: list[bytes] = []
            received = 0
            # No chunk size: a fixed size would buffer a trickle and defer the deadline check.
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > limit:
                    raise FetchProblem(too_big)
                if time.monotonic() > deadline:
                    raise FetchProblem(f"timed out after {seconds:g}s fetching {url}")
                chunks.append(chunk)
            return Fetched(
                url=final_url,
                status=response.status_code,
                content_type=response.headers.get("content-type", ""),
                body=b"".join(chunks),
            )
    except httpx.TimeoutException:
        raise FetchProblem(f"timed out after {seconds:g}s fetching {url}") from None
    except httpx.ConnectError as error:
        # e.g. "[Errno 111] Connection refused" -> "Connection refused"
        why = re.sub(r"^\[Errno -?\d+\]\s*", "", str(error)) or "connection failed"
        raise FetchProblem(f"could not connect to {_origin(url)}: {why}") from None
    except httpx.TooManyRedirects:
        raise FetchProblem(f"too many redirects fetching {url}") from None
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as error:
        raise FetchProblem(f"could not fetch {url}: {error or type(error).__name__}") from None
    except ValueError:
        # Malformed addresses surface from the URL and IDNA parsers as ValueError/UnicodeError.
        raise FetchProblem(f"{url} is not a valid web address") from None


def _origin(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else url
