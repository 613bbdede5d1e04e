"""`python -m banencalc`"""

from banencalc.cli import main

main()
