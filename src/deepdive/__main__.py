from deepdive.entry import main

main()
