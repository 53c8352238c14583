"""Seals a snippet's interpreter off from the network: loopback only.

Every interpreter that runs a snippet (fresh interpreters, Jupyter kernels, and the worker
processes, DDP ranks and subprocesses they start) has this folder on PYTHONPATH
(rosetta.harness.SNIPPET_ENV), so Python runs its sitecustomize.py, which calls seal(), at
start-up, before any snippet code. A connection, datagram or name lookup for anything but
this machine raises NetworkBlocked and prints a marker line to stderr, which the harness
turns into an error that names the snippet; the marker also catches a snippet that
swallows the exception.

It imports nothing from the repository: it runs before the repository is on sys.path.
"""

from __future__ import annotations

import ipaddress
import socket
import sys

MARKER = "rosetta: network blocked:"
_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", socket.gethostname()}


class NetworkBlocked(PermissionError):
    """A snippet tried to reach another machine."""


def _is_local(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode(errors="replace")
    if host is None or host in _LOCAL_NAMES:
        return True
    try:
        address = ipaddress.ip_address(str(host).split("%")[0])
    except ValueError:
        return False  # a host name other than this machine's
    return address.is_loopback or address.is_unspecified


def _refuse(target) -> None:
    print(f"{MARKER} {target}", file=sys.stderr, flush=True)
    raise NetworkBlocked(
        f"snippets must not use the network: the harness blocked an attempt to reach {target}. "
        "Use data that ships with the libraries, or generate it in the snippet."
    )


def _check_address(sock, address) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
        _refuse(f"{address[0]}:{address[1]}")


def _guard(method):
    def guarded(self, address, *args):
        _check_address(self, address)
        return method(self, address, *args)

    guarded.__name__ = method.__name__
    return guarded


def _guard_sendto(method):
    def sendto(self, data, *args):
        _check_address(self, args[-1])  # sendto(data[, flags], address)
        return method(self, data, *args)

    return sendto


def _guard_lookup(function):
    def lookup(host, *args, **kwargs):
        if not _is_local(host):
            port = f":{args[0]}" if args and args[0] is not None else ""
            _refuse(f"{host}{port}")
        return function(host, *args, **kwargs)

    lookup.__name__ = function.__name__
    return lookup


def seal() -> None:
    if getattr(socket, "_rosetta_sealed", False):
        return
    socket.socket.connect = _guard(socket.socket.connect)
    socket.socket.connect_ex = _guard(socket.socket.connect_ex)
    socket.socket.sendto = _guard_sendto(socket.socket.sendto)
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, _guard_lookup(getattr(socket, name)))
    socket._rosetta_sealed = True
