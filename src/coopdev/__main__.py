from coopdev.cli import main

main()
