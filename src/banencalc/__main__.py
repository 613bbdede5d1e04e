"""`python -m banencalc`"""

from banencalc.cli.app import main

main()
