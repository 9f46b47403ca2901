from annotary.cli.main import main

raise SystemExit(main())
