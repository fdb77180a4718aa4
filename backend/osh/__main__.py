from osh.cli import main

main()
