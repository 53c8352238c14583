"""Run by Python at start-up in every interpreter that runs a snippet (see network_seal)."""

from network_seal import seal

seal()
