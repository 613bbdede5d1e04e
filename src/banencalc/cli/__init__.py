"""The command line: typer glue over the library. The console script is
`banencalc.cli.main:main`."""
