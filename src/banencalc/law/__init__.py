"""The statutes as pure functions on exact numbers, one module per law: each article, and each
rounding it prescribes, is written here once and cited once. Nothing here reads a data file or
knows a command-line option; callers (one employer, a batch row, the library) pass the figures.

- `rounding`: the roundings the statutes prescribe (Wfsv art 38f lid 1; Besluit Wfsv art 2.22
  lid 2, 2.23 lid 2 and 3)
- `quota_levy`: one employer under the quota law (Wfsv art 34, 38g, 38h; Besluit Wfsv
  art 2.20-2.33), in integer hundredths of an hour
"""
