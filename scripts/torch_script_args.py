# SPDX-License-Identifier: MIT
"""What the PyTorch round-trip scripts (parity-sweep.py, pytorch-roundtrip.py) share: their command
line (options that take a value, then the one rnnlab-cli path) and the skip (exit status 77) when
PyTorch is not installed. Plain Python 3: it does not import torch itself, it only tries to."""
import sys


def take_option(args, name, default=None):
    """Removes `name VALUE` from args; returns VALUE, or default when name is not there."""
    if name not in args:
        return default
    i = args.index(name)
    value = args[i + 1]
    del args[i:i + 2]
    return value


def cli_path(args, usage):
    """The one argument left (rnnlab-cli's path), or None after printing usage when that is not all."""
    if len(args) != 1:
        print(usage, file=sys.stderr)
        return None
    return args[0]


def torch_missing(what):
    """True, after a SKIP line saying that `what` did not run, when PyTorch cannot be imported."""
    try:
        import torch  # noqa: F401
    except ImportError:
        print(f"SKIP: PyTorch is not installed for {sys.executable} (apt-get install python3-torch, or "
              f"scripts/setup --torch): {what} did not run", flush=True)
        return True
    return False
