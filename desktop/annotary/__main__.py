from annotary.launcher import main

raise SystemExit(main())
