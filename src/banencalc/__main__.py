"""`python -m banencalc`"""

from banencalc.cli.main import main

main()
