"""Bad input: network answers."""

from __future__ import annotations

import hostile_servers as hs

from bad_input.world import CASES, Case, World, case

# -- network answers ---------------------------------------------------------------------


for _name in (
    "broken_status",
    "not_http",
    "huge_header",
    "many_headers",
    "bad_chunks",
    "truncated_chunks",
    "drip_body",
    "drip_headers",
    "silent",
    "hang_up",
    "huge_length",
    "redirect_loop",
    "binary_page",
    "not_found",
):
    CASES.append(
        Case(
            f"net-{_name.replace('_', '-')}",
            lambda w: w.p("import", "--url", w.url, "--timeout", "1.5"),
            subprocess=_name == "drip_body",
            server=_name,
            says="within 1.5 seconds" if _name.startswith(("drip", "silent")) else "",
        )
    )


@case("net-nothing-listening")
def _(w: World) -> list[str]:
    return w.p("import", "--url", hs.closed_port())


@case("net-invalid-ipv6-address")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://[::1/story")


@case("net-port-out-of-range")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:99999/story")


@case("net-control-characters-in-address")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "http://127.0.0.1:9/\x1b[2J\x00")


@case("net-file-scheme")
def _(w: World) -> list[str]:
    return w.p("import", "--url", "file:///etc/passwd")
